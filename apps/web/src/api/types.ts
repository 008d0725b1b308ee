import type { Role } from "#contracts/roles.ts";
import type { SagsstammeFilter } from "#contracts/sag.ts";

/** The shapes of the API's answers, as the server promises them. */
export type Lang = "da" | "en";

export interface CodeText {
  kode: string;
  tekst: string;
}

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  kommunekode: string;
  kommunenavn: string | null;
  jobcenterNavn: string | null;
  lang: Lang;
  expiresAt: string;
  serverTid: string;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export interface Jobcenter {
  navn: string;
  adresse: string;
  postnr: string;
  bynavn: string;
  telefon: string;
  email: string;
}

export interface Sagsbehandler {
  navn: string;
  team: string | null;
}

export interface BorgerMig {
  id: string;
  navn: string;
  cpr: string;
  foedselsdato: string;
  maalgruppe: CodeText;
  ydelseStart: string | null;
  adresse: string;
  postnr: string;
  bynavn: string;
  telefon: string | null;
  email: string | null;
  uddannelse: CodeText | null;
  sagsbehandler: Sagsbehandler | null;
  jobcenter: Jobcenter | null;
}

export interface AdgangslogEntry {
  id: string | number;
  tidspunkt: string;
  aktoerNavn: string;
  /** a member of staff's role, or "Bisidder" for a companion the citizen gave access to their overview */
  aktoerRolle: Role | "Bisidder";
  handling: string;
  ressource: string;
  formaal: string;
}

export interface CitizenListItem {
  id: string;
  navn: string;
  alder: number;
  maalgruppe: CodeText;
  postnr: string;
  bynavn: string;
}

/** What staff see of a citizen: the citizen's own view (with the full CPR number), age and sex, without the jobcentre. */
export interface CitizenDetails extends Omit<BorgerMig, "jobcenter"> {
  alder: number;
  koen: "K" | "M";
}

export type Weekday = "man" | "tir" | "ons" | "tor" | "fre" | "lor" | "son";

export interface AdminKommune {
  kommunekode: string;
  navn: string;
  jobcenterNavn: string;
  adresse: string;
  postnr: string;
  bynavn: string;
  telefon: string;
  email: string;
  aabningstider: { dag: Weekday; fra: string; til: string }[];
  medarbejdere: {
    id: string;
    navn: string;
    rolle: Role;
    titel: string | null;
    team: string | null;
    email: string | null;
  }[];
}

export interface LedelseOverblik {
  borgere: number;
  perMaalgruppe: (CodeText & { antal: number })[];
  jobkonsulenter: number;
  sagerPrJobkonsulent: number;
}

export interface VirksomhedMig {
  cvr: string;
  navn: string;
  kommunenavn: string;
}

export interface LeverandoerMig {
  id: string;
  navn: string;
  cvr: string | null;
}

// ---------------------------------------------------------------------------------------------------------------------
// The case file (sag): caseload, case, notes, documents, search, rule set
// ---------------------------------------------------------------------------------------------------------------------

/** Where a rule comes from in the law, e.g. LAB § 31, stk. 1, with a link to retsinformation.dk where known. */
export interface Henvisning {
  lov: string;
  paragraf: string;
  url?: string;
}

/** How sure the rule set's authors are that the rule reads the law right. */
export type Sikkerhed = "høj" | "middel" | "lav";

export type ForpligtelseStatus = "opfyldt" | "opfyldt_for_sent" | "kommende" | "forfalden" | "bortfaldet";

export type Kanal = "fremmoede" | "telefon" | "video";

export interface SagsstammeRaekke {
  id: string;
  navn: string;
  alder: number;
  maalgruppe: CodeText;
  postnr: string | null;
  bynavn: string | null;
  ydelseStart: string | null;
  dageMedYdelse: number | null;
  naesteFrist: {
    regelId: string;
    titel: string;
    frist: string;
    status: ForpligtelseStatus;
    henvisning: Henvisning;
  } | null;
  forfaldne: number;
  naesteSamtale: string | null;
  flag: SagsstammeFilter[];
}

export interface Medarbejder {
  id: string;
  navn: string;
  team: string | null;
  rolle: Role;
}

export interface Sagsstamme {
  sagsbehandler: string | null;
  medarbejdere: Medarbejder[];
  taelling: Record<SagsstammeFilter, number>;
  total: number;
  side: number;
  sider: number;
  raekker: SagsstammeRaekke[];
}

export interface Forpligtelse {
  regelId: string;
  titel: string;
  henvisning: Henvisning;
  sikkerhed: Sikkerhed;
  trigger: { type: string; dato: string };
  frist: string;
  status: ForpligtelseStatus;
  antal?: { krav: number; opnaaet: number };
  opfyldt: string | null;
  kanal?: Kanal;
  forklaring: string;
}

export interface Forslag {
  regelId: string;
  titel: string;
  henvisning: Henvisning;
  sikkerhed: Sikkerhed;
  trigger: { type: string; dato: string };
  frist: string | null;
  forklaring: string;
}

export const NOTAT_KATEGORIER = ["notat", "samtale", "telefon", "helbred", "tilbud", "sanktion"] as const;
/** A macro text is a note's template, or the municipality's template for conversation minutes. */
export const MAKRO_KATEGORIER = [...NOTAT_KATEGORIER, "referatskabelon"] as const;
export type MakroKategori = (typeof MAKRO_KATEGORIER)[number];
export type NotatKategori = (typeof NOTAT_KATEGORIER)[number];

export const DOKUMENT_KATEGORIER = [
  "laegeerklaering",
  "partshoering",
  "cv",
  "ansoegning",
  "bevilling",
  "mail",
  "andet",
] as const;
export type DokumentKategori = (typeof DOKUMENT_KATEGORIER)[number];

export interface Notat {
  id: string;
  dato: string;
  kategori: string;
  emne: string;
  tekst: string;
  forfatter: string;
  oprettet: string;
  /** the note this one corrects */
  retter: string | null;
}

export interface SagNotat extends Notat {
  /** a later note corrects this one */
  erRettet: boolean;
}

export interface SagDokument {
  id: string;
  dato: string;
  titel: string;
  kategori: string;
  helbred: boolean;
  filnavn: string;
  mimetype: string;
  stoerrelse: number;
  uploadet: string;
  uploadetAf: string;
}

export type JobplanStatus =
  | "planlagt"
  | "i_gang"
  | "afventer_borger"
  | "afventer_jobcenter"
  | "gennemfoert"
  | "afbrudt";

export interface JobplanPunkt {
  id: string;
  art: "maal" | "aktivitet";
  titel: string;
  beskrivelse: string | null;
  status: JobplanStatus;
  aftaltMedBorger: boolean;
  start: string | null;
  slut: string | null;
  /** the statuses the item may change to (none: it is finished) */
  naesteStatus: JobplanStatus[];
}

export interface NytJobplanPunkt {
  art: "maal" | "aktivitet";
  titel: string;
  beskrivelse?: string;
  aftaltMedBorger: boolean;
  start?: string;
  slut?: string;
  idempotensnoegle: string;
}

export interface JobplanAendring {
  status?: JobplanStatus;
  aftaltMedBorger?: boolean;
}

export interface PlanOffentliggjort {
  id: string;
  dato: string;
  tekst: string;
  registreret: string;
  /** false: the plan was already published today, and this is that publication */
  ny: boolean;
}

export interface TidslinjePunkt {
  art: "haendelse" | "notat" | "dokument";
  id: string;
  dato: string;
  type: string;
  tekst: string;
}

export interface Sag {
  ydelser: { dato: string; type: "YDELSE_START" | "YDELSE_OPHOER"; maalgruppe: CodeText | null }[];
  plan: JobplanPunkt[];
  tidslinje: TidslinjePunkt[];
  notater: SagNotat[];
  dokumenter: SagDokument[];
  forpligtelser: Forpligtelse[];
  forslag: Forslag[];
}

export interface Makrotekst {
  id: string;
  titel: string;
  kategori: string;
  tekst: string;
}

/** A macro text as the administrator maintains it: an inactive one is hidden from the caseworkers. */
export interface AdminMakrotekst extends Makrotekst {
  aktiv: boolean;
}

/** GET /api/admin/makrotekster: all the municipality's macro texts and the placeholders a text may use. */
export interface AdminMakrotekster {
  makrotekster: AdminMakrotekst[];
  felter: { navn: string; beskrivelse: string }[];
  /** the fields of a minutes template */
  referatFelter: { navn: string; beskrivelse: string }[];
  kategorier: MakroKategori[];
}

/** POST /api/admin/makrotekster (with an idempotency key) and PUT /api/admin/makrotekster/:id. */
export interface NyMakrotekst {
  titel: string;
  kategori: MakroKategori;
  tekst: string;
  idempotensnoegle?: string;
}
export type MakrotekstAendring = Partial<Omit<NyMakrotekst, "idempotensnoegle"> & { aktiv: boolean }>;

export interface UdfyldtMakrotekst {
  id: string;
  titel: string;
  kategori: string;
  emne: string;
  tekst: string;
  /** placeholders the system did not know, left in the text as they stand */
  ukendte: string[];
}

export interface NytNotat {
  emne: string;
  tekst: string;
  kategori: NotatKategori;
  makroId?: string;
  retter?: string;
  idempotensnoegle: string;
}

export interface NytDokument {
  titel: string;
  kategori: DokumentKategori;
  helbred: boolean;
  filnavn: string;
  mimetype?: string;
  indhold: string;
  idempotensnoegle: string;
}

export interface GemtDokument {
  id: string;
  borger_id: string;
  dato: string;
  titel: string;
  kategori: string;
  helbred: boolean;
  filnavn: string;
  mimetype: string;
  stoerrelse: number;
  tegn: number;
}

/** A note opened on its own (from a search hit), with its citizen and the note correcting it, if any. */
export interface AabnetNotat extends Notat {
  rettetAf: string | null;
  borger: { id: string; navn: string };
}

export interface Uddragsdel {
  tekst: string;
  fremhaevet: boolean;
}

export interface SoegeHit {
  type: "notat" | "dokument";
  id: string;
  borger: { id: string; navn: string };
  dato: string;
  titel: string;
  kategori: string;
  helbred: boolean;
  uddrag: Uddragsdel[];
}

export interface SoegeSvar {
  ord: string[];
  aar: number | null;
  antal: number;
  /** a common word: the hits are the newest from this many days back (null: all dates asked for) */
  vindueDage: number | null;
  hits: SoegeHit[];
  borgere: { id: string; navn: string; maalgruppe: CodeText }[];
}

export interface SoegeAnmodning {
  q: string;
  borgerId?: string;
  type?: "notat" | "dokument";
  fra?: string;
  til?: string;
  side?: number;
}

export interface Regel {
  id: string;
  titel: string;
  /** a deadline for one person, a quota over a cohort, a proposal, or a step that must not be skipped */
  art: string;
  maalgrupper: "alle" | { kode: string; nr: number; navn: string }[];
  henvisning: Henvisning;
  yderligereHenvisninger: Henvisning[];
  gyldigFra: string;
  /** null: in force until further notice */
  gyldigTil: string | null;
  gyldighedNote?: string;
  sikkerhed: Sikkerhed;
  /** the rule in plain Danish */
  beskrivelse: string;
  /** how the rule set reads the law, where it had to choose */
  fortolkning?: string;
  /** the law or amendment the rule comes from */
  kilde: string;
}

export interface Regelsaet {
  dato: string;
  regler: Regel[];
}

export interface RegelsaetAendringer {
  fra: string;
  til: string;
  tilfoejet: Regel[];
  ophoert: Regel[];
  aendret: { id: string; foer: Regel; efter: Regel; felter: string[] }[];
}

/** A cohort quota (lov nr. 1750/2025) over the citizens who started in a period. */
export interface Kohortekvote {
  regelId: string;
  del?: string;
  titel: string;
  henvisning: Henvisning;
  kvote: number;
  kohorte: number;
  naaet: number;
  undtaget: number;
  igang: number;
  andel: number | null;
  kvoteOpfyldt: boolean;
  afgjort: boolean;
  undtagetOverGraense: boolean;
}

export interface Kohortesvar {
  periode: { fra: string; til: string };
  kvoter: Kohortekvote[];
}
