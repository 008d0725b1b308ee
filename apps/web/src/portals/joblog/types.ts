import type { Henvisning, Sikkerhed } from "../../api/types.ts";

/** The job log's API shapes (apps/server/src/modules/joblog/routes.ts, modules/rettigheder/routes.ts). */
export type Maade = "skriftlig" | "mundtlig" | "personlig" | "uopfordret";
export type AnsoegningStatus = "sendt" | "samtale" | "afslag" | "ansat" | "intet_svar";
export const MAADER: readonly Maade[] = ["skriftlig", "mundtlig", "personlig", "uopfordret"];
export const STATUSSER: readonly AnsoegningStatus[] = ["sendt", "samtale", "afslag", "ansat", "intet_svar"];

export interface JoblogRegel {
  id: string;
  titel: string;
  pligt: boolean;
  standardAntalPrUge: number;
  henvisning: Henvisning;
  yderligereHenvisninger: Henvisning[];
  gyldigFra: string;
  gyldigTil: string | null;
  sikkerhed: Sikkerhed;
  antalSikkerhed: Sikkerhed;
  forklaring: string;
  fortolkning: string;
}

export interface KravIndstilling {
  antal: number | null;
  gyldigFra: string;
  begrundelse: string;
  fastsatAfNavn: string;
  fastsat: string;
}

export type KravKilde = "regel" | "kommune" | "individuelt" | "ingen";
export type UgeStatus = "intet_krav" | "opfyldt" | "igang" | "ikke_opfyldt";

export interface Uge {
  aar: number;
  uge: number;
  mandag: string;
  soendag: string;
  arbejdsdage: number;
  krav: number;
  antal: number;
  status: UgeStatus;
  kilde: KravKilde;
}

export interface Ansoegning {
  id: string;
  arbejdsgiver: string;
  stilling: string;
  dato: string;
  maade: Maade;
  status: AnsoegningStatus;
  note: string | null;
  link: string | null;
  oprettet: string;
  opdateret: string;
}

export interface Joblog {
  maalgruppe: { kode: string; tekst: string };
  idag: string;
  krav: {
    pligt: boolean;
    antalPrUge: number;
    kilde: KravKilde;
    regel: JoblogRegel | null;
    indstilling: KravIndstilling | null;
    helligdagsuger: "forholdsmaessig" | "fuld";
  };
  denneUge: Uge | null;
  /** newest first */
  uger: Uge[];
  ansoegninger: Ansoegning[];
  /** staff only: the individual numbers, newest first */
  individuelleKrav?: KravIndstilling[];
}

export interface NyAnsoegning {
  arbejdsgiver: string;
  stilling: string;
  dato: string;
  maade: Maade;
  status: AnsoegningStatus;
  note?: string;
  link?: string;
  idempotensnoegle: string;
}

export interface Afsnit {
  id: string;
  art: "pligt" | "rettighed";
  overskrift: string;
  tekst: string[];
  henvisninger: Henvisning[];
}

export interface Bekraeftelse {
  gennemgangId: string;
  version: string;
  bekraeftet: string;
}

export interface Rettigheder {
  maalgruppe: { kode: string; tekst: string };
  gennemgang: { id: string; titel: string } | null;
  version: { gyldigFra: string; note?: string; afsnit: Afsnit[] } | null;
  status: "bekraeftet" | "ikke_bekraeftet" | "ny_version" | null;
  seneste: Bekraeftelse | null;
  iKraftBekraeftet: Bekraeftelse | null;
}

export interface AdminKrav {
  kilde: string;
  helligdagsuger: string;
  helligdagsugerNote: string;
  regler: (Omit<JoblogRegel, "maalgrupper"> & {
    maalgrupper: { kode: string; tekst: string }[];
    kommunensAntal: { maalgruppe: string; antal: number | null }[];
  })[];
  historik: (KravIndstilling & { maalgruppe: { kode: string; tekst: string } })[];
}

/** "2026-48": a week's key in test ids and React keys */
export const ugeNoegle = (u: Uge) => `${u.aar}-${u.uge}`;
