import type { CodeText, Henvisning } from "../../api/types.ts";

/** The answers of Min side's API (apps/server/src/modules/minside/routes.ts). */

export interface PlanPunkt {
  id: string;
  art: "maal" | "aktivitet";
  titel: string;
  beskrivelse: string | null;
  status: "planlagt" | "i_gang" | "afventer_borger" | "afventer_jobcenter" | "gennemfoert" | "afbrudt";
  aftalt: boolean;
  start: string | null;
  slut: string | null;
}

export interface BorgerForpligtelse {
  regelId: string;
  del: string | null;
  titel: string;
  hvem: "borger" | "jobcenter" | "akasse";
  status: "kommende" | "forfalden" | "opfyldt" | "opfyldt_for_sent";
  frist: string;
  opfyldt: string | null;
  indkaldt: string | null;
  krav: string;
  hvorfor: string;
  henvisning: Henvisning;
  yderligereHenvisninger: Henvisning[];
  gyldigFra: string;
  gyldigTil: string | null;
  gaelderFra: string;
}

export interface Aabningstid {
  dag: string;
  fra: string;
  til: string;
}

export interface Jobcenter {
  navn: string;
  adresse: string;
  postnr: string;
  bynavn: string;
  telefon: string | null;
  email: string | null;
  aabningstider: Aabningstid[];
}

export interface NaesteSamtale {
  id: string;
  start: string;
  slut: string;
  kanal: "fremmoede" | "telefon" | "video";
  moedetype: string;
  medarbejder: string;
  lokale: { navn: string; adresse: string | null } | null;
  kanAendres: boolean;
  aendresSenest: string;
}

export interface Overblik {
  borger: {
    navn: string;
    fornavn: string;
    maalgruppe: CodeText;
    ydelseStart: string | null;
    sagsbehandler: { navn: string; team: string | null } | null;
  };
  plan: { offentliggjort: string | null; maal: PlanPunkt[]; aktiviteter: PlanPunkt[] };
  forpligtelser: BorgerForpligtelse[];
  naesteSamtale: NaesteSamtale | null;
  jobcenter: Jobcenter | null;
}

export type BisidderStatus = "afventer" | "aktiv" | "spaerret" | "udloebet" | "tilbagekaldt";

export interface BisidderAdgang {
  id: string;
  navn: string;
  status: BisidderStatus;
  oprettet: string;
  gyldigTil: string;
  tilbagekaldt: string | null;
  sidstBrugt: string | null;
  kodeUdstedt: string;
  kodeBrugt: string | null;
}

export interface Bisiddere {
  maksDage: number;
  standardDage: number;
  adgange: BisidderAdgang[];
}

export interface NyBisidder {
  adgang: BisidderAdgang;
  link: string | null;
  kode: string | null;
}

/** The companion's page: the grant's state and, in a companion session, the overview. */
export interface BisidderSide {
  status: BisidderStatus;
  gyldigTil: string;
  jobcenter: { navn: string; telefon: string | null } | null;
  session: { udloeber: string; bisidder: string } | null;
  overblik: Overblik | null;
  csrfToken: string;
}
