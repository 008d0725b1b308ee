/** The conversations API's answers as the web reads them (apps/server/src/modules/samtale/routes.ts). */

export type Kanal = "fremmoede" | "telefon" | "video";
export type SamtaleStatus = "booket" | "afholdt" | "udeblevet" | "aflyst" | "flyttet";

export interface Henvisning {
  lov: string;
  paragraf: string;
  url?: string;
}

export interface KanalRegel {
  kanaler: Kanal[];
  begrundelse: string;
  henvisning?: Henvisning;
  vurdering?: { begrundelse: string; af: string; dato: string };
}

/** A conversation the law asks of the citizen now. */
export interface Behov {
  regelId: string;
  titel: string;
  henvisning: Henvisning;
  forklaring: string;
  frist: string;
  overskredet: boolean;
  arter: string[];
  indkaldt: string | null;
  /** the meeting types that can meet it, preferred first */
  moedetyper: string[];
}

export interface MoedetypeValg {
  id: string;
  kode: string;
  navn: string;
  varighedMin: number;
  aendringVarselTimer: number;
  kanalRegel: KanalRegel;
}

export interface Samtale {
  id: string;
  status: SamtaleStatus;
  moedetype: { id: string; navn: string; kode: string };
  art: string;
  kanal: Kanal;
  start: string;
  slut: string;
  medarbejder: { id: string; navn: string };
  lokale: { id: string; navn: string | null; adresse: string | null } | null;
  regelId: string | null;
  frist: string | null;
  booketAf: "borger" | "medarbejder";
  forberedelse: string | null;
  forberedelseAendret: string | null;
  checkinKode: string | null;
  checketInd: string | null;
  video: { udbyder: string | null } | null;
  /** the meeting has begun (server's clock) */
  begyndt: boolean;
  kanAendres: boolean;
  aendresSenest: string;
  aflystAarsag: string | null;
  referat: { id: string; status: "udkast" | "godkendt" } | null;
  flyttetFra: string | null;
  /** the citizen's view: on the waiting list for an earlier time */
  venteliste?: boolean;
  /** the caseworker's calendar and meeting view */
  borger?: { id: string; navn: string };
}

export interface Muligheder {
  behov: Behov[];
  moedetyper: MoedetypeValg[];
  kanalVurdering: { kraevFremmoede: boolean; begrundelse: string; af: string; dato: string } | null;
  samtaler: Samtale[];
}

export interface LedigTid {
  start: string;
  slut: string;
  medarbejderId: string;
  medarbejderNavn: string;
  lokaleId: string | null;
}

export interface LedigeTider {
  fra: string;
  til: string;
  alleMedarbejdere: boolean;
  tider: LedigTid[];
  frist: string | null;
  kanalRegel?: KanalRegel;
}

export interface VideoLink {
  url: string;
  gyldigFra: string;
  gyldigTil: string;
}

export interface Besked {
  id: string;
  art: string;
  emne: string;
  tekst: string;
  samtaleId: string | null;
  dokumentId: string | null;
  oprettet: string;
  laest: string | null;
}

export interface Aftale {
  /** the caseworker's view only ("A1", …) */
  id?: string;
  hvem: string;
  hvad: string;
  frist?: string | null;
  fristTekst?: string | null;
  linjer?: number[];
}

export interface Kommentar {
  id: string;
  tekst: string;
  oprettet: string;
}

/** The approved minutes as the citizen reads them. */
export interface BorgerReferat {
  id: string;
  samtaleId: string;
  tekst: string;
  aftaler: Aftale[];
  godkendt: string;
  godkendtAf: string | null;
  kommentarer: Kommentar[];
}

export interface Linje {
  nr: number;
  start?: string;
  taler?: string;
  tekst: string;
}

export interface Flag {
  id?: string;
  art: string;
  tekst: string;
  linje?: number;
  begrundelse: string;
  noegle: string;
}

/** The minutes as the caseworker works on them. */
export interface Referat {
  id: string;
  samtaleId: string;
  status: "udkast" | "godkendt";
  kilde: "webvtt" | "tekst";
  tekst: string;
  linjer: Linje[];
  deltagere: string[];
  droeftet: { emne: string; resume: string; linjer: number[] }[];
  aftaler: Aftale[];
  flag: Flag[];
  godkendt: string | null;
  godkendtAf: string | null;
  notatId: string | null;
  kommentarer: Kommentar[];
}

export interface Kalender {
  uge: string;
  medarbejder: { id: string; navn: string; team: string | null } | null;
  kolleger: { id: string; navn: string; team: string | null }[];
  samtaler: (Samtale & { borger: { id: string; navn: string } })[];
  fravaer: { id: string; aarsag: string; fra: string; til: string }[];
  notifikationer: {
    id: string;
    art: string;
    tekst: string;
    samtaleId: string | null;
    borgerId: string | null;
    oprettet: string;
  }[];
}
