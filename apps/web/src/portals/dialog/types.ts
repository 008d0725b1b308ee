/** The dialog's and the own details' answers (apps/server/src/modules/dialog/routes.ts, borger/oplysninger-routes.ts). */
export type VenterPaa = "jobcenter" | "borger" | "ingen";

export interface Besvares {
  sagsbehandler: string | null;
  fravaerende: boolean;
  team: string | null;
}

export interface Traad {
  id: string;
  emne: string;
  kilde: "borger" | "chatbot" | "medarbejder";
  venterPaa: VenterPaa;
  venterSiden: string;
  svarfrist: string | null;
  overskredet: boolean;
  sidsteBesked: string;
  oprettet: string;
  ulaeste: number;
  antal?: number;
}

export interface Bilag {
  id: string;
  filnavn: string;
  mimetype: string;
  stoerrelse: number;
}

export interface Besked {
  id: string;
  fra: "borger" | "jobcenter";
  kilde: string;
  afsender: string;
  tekst: string;
  oprettet: string;
  laest: string | null;
  laestAf?: string | null;
  bilag: Bilag[];
}

export interface TraadDetalje extends Traad {
  beskeder: Besked[];
  besvares?: Besvares;
  jobcenter?: string | null;
  borgerId?: string;
}

export interface BorgerOversigt {
  jobcenter: string | null;
  svarfristArbejdsdage: number;
  besvares: Besvares;
  traade: Traad[];
}

export interface KortStatus {
  venterPaaDig: number;
  venterPaaOs: number;
  traade: number;
  ulaeste: number;
}

export interface IndbakkeRaekke extends Traad {
  borger: { id: string; navn: string };
  sagsbehandler: string | null;
  forKollega: boolean;
}

export interface SagDialog {
  svarfristArbejdsdage: number;
  besvares: Besvares;
  traade: Traad[];
}

/** A file the person chose, read to base64 for sending. */
export interface ValgtFil {
  filnavn: string;
  stoerrelse: number;
  indhold: string;
}

/* ------------------------------------------------------------------ own details */
export type Gruppe = "kontakt" | "uddannelse" | "koerekort" | "boern" | "sprog";
export interface Kontakt {
  telefon: string | null;
  email: string | null;
}
export interface UddannelseData {
  niveau: string;
  tekst: string;
}
export interface KoerekortData {
  kategorier: string[];
}
export interface BoernData {
  antal: number;
  aldre: number[];
}
export interface SprogData {
  sprog: { sprog: string; niveau: string }[];
}
export type GruppeVaerdi = Kontakt | UddannelseData | KoerekortData | BoernData | SprogData;

export interface Indberetning {
  id: string;
  gruppe: Gruppe;
  handling: "bekraeftet" | "rettet";
  data: Record<string, unknown>;
  tidligere: Record<string, unknown>;
  straks: boolean;
  oprettet: string;
  behandlet: string | null;
  behandletAf: string | null;
  udfald: "godkendt" | "afvist" | null;
  bemaerkning: string | null;
}

export interface GruppeOversigt {
  gruppe: Gruppe;
  straks: boolean;
  vaerdi: GruppeVaerdi | null;
  senest: Indberetning | null;
  afventer: Indberetning | null;
  senestAfgjort: Indberetning | null;
}

export interface Oplysninger {
  jobcenter: string | null;
  grupper: GruppeOversigt[];
  historik: Indberetning[];
  tilBehandling?: Indberetning[];
}

export interface RettelseTilBehandling {
  id: string;
  gruppe: Gruppe;
  straks: boolean;
  oprettet: string;
  borger: { id: string; navn: string };
}
