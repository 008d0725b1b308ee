/** Kysely's view of the tables of db/migrations/0014_job.sql (ESCO, CV, job orders, contact). Keep in step with the SQL. */
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Dato = ColumnType<string, string, string>;

export type EscoRelation = "essentiel" | "valgfri";
export type EscoArt = "faerdighed" | "viden";
export type EscoGenbrug = "tvaergaaende" | "tvaersektoriel" | "sektorspecifik" | "erhvervsspecifik";
export type JobordreArt = "ordinaer" | "loentilskud" | "virksomhedspraktik" | "fleksjob" | "smaajob";
export type JobordreStatus = "kladde" | "aaben" | "besat" | "lukket";
export type KontaktKilde = "virksomhed" | "formidling" | "ansoegning";
export type KontaktStatus = "afventer" | "accepteret" | "afvist" | "trukket";
export interface CvSprog {
  sprog: string;
  niveau: "modersmaal" | "flydende" | "godt" | "basis";
}

export interface EscoImportTable {
  id: Generated<string>;
  version: string;
  sprog: string;
  kilde: string;
  importeret: Timestamp;
  antal_erhverv: number;
  antal_faerdigheder: number;
  antal_relationer: number;
}

export interface EscoIscoGruppeTable {
  kode: string;
  titel_da: string | null;
  titel_en: string;
}

export interface EscoErhvervTable {
  uri: string;
  isco: string;
  kode: string | null;
  titel_da: string | null;
  titel_en: string;
  alt_da: ColumnType<string[], string[] | undefined, string[]>;
  alt_en: ColumnType<string[], string[] | undefined, string[]>;
  synonymer_da: ColumnType<string[], string[] | undefined, string[]>;
  beskrivelse: string | null;
  udgaaet: ColumnType<boolean, boolean | undefined, boolean>;
  import_id: string | null;
}

export interface EscoFaerdighedTable {
  uri: string;
  titel_da: string | null;
  titel_en: string;
  alt_da: ColumnType<string[], string[] | undefined, string[]>;
  alt_en: ColumnType<string[], string[] | undefined, string[]>;
  synonymer_da: ColumnType<string[], string[] | undefined, string[]>;
  art: EscoArt;
  genbrug: EscoGenbrug | null;
  udgaaet: ColumnType<boolean, boolean | undefined, boolean>;
  import_id: string | null;
}

export interface EscoErhvervFaerdighedTable {
  erhverv_uri: string;
  faerdighed_uri: string;
  relation: EscoRelation;
}

export interface CvTable {
  borger_id: string;
  kommunekode: string;
  timer_min: ColumnType<number, number | undefined, number>;
  timer_max: ColumnType<number, number | undefined, number>;
  max_afstand_km: ColumnType<number, number | undefined, number>;
  tilgaengelig_fra: Dato | null;
  koerekort: ColumnType<string[], string[] | undefined, string[]>;
  certifikater: ColumnType<string[], string[] | undefined, string[]>;
  sprog: ColumnType<CvSprog[], string | undefined, string>;
  om_mig: string | null;
  synlig: ColumnType<boolean, boolean | undefined, boolean>;
  synlig_naboer: ColumnType<boolean, boolean | undefined, boolean>;
  opdateret: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

export interface CvErfaringTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  erhverv_uri: string | null;
  titel: string;
  arbejdsgiver: string | null;
  fra: Dato;
  til: Dato | null;
  beskrivelse: string | null;
  idempotens: string;
}

export interface CvUddannelseTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  titel: string;
  institution: string | null;
  niveau: string;
  fra: Dato | null;
  til: Dato | null;
  afsluttet: ColumnType<boolean, boolean | undefined, boolean>;
  idempotens: string;
}

export interface CvFaerdighedTable {
  borger_id: string;
  kommunekode: string;
  faerdighed_uri: string;
  kilde: "forslag" | "egen";
  tilfoejet: Timestamp;
}

export interface CvJobmaalTable {
  borger_id: string;
  kommunekode: string;
  erhverv_uri: string;
  brancheskift: ColumnType<boolean, boolean | undefined, boolean>;
  prioritet: ColumnType<number, number | undefined, number>;
}

export interface JobordreTable {
  id: string;
  kommunekode: string;
  cvr: string;
  titel: string;
  erhverv_uri: string;
  beskrivelse: string | null;
  annonce_tekst: string | null;
  art: JobordreArt;
  timer_min: number;
  timer_max: number;
  postnr: string;
  arbejdssted: string;
  start: Dato;
  slut: Dato | null;
  antal: ColumnType<number, number | undefined, number>;
  uddannelseskrav: ColumnType<string[], string[] | undefined, string[]>;
  certifikater: ColumnType<string[], string[] | undefined, string[]>;
  koerekort: ColumnType<string[], string[] | undefined, string[]>;
  opgaveboers: ColumnType<boolean, boolean | undefined, boolean>;
  tillad_naboer: ColumnType<boolean, boolean | undefined, boolean>;
  status: JobordreStatus;
  oprettet_af: string;
  oprettet_af_navn: string;
  oprettet: Timestamp;
  opdateret: Timestamp;
  version: ColumnType<number, number | undefined, number>;
  idempotens: string;
}

export interface JobordreFaerdighedTable {
  ordre_id: string;
  kommunekode: string;
  faerdighed_uri: string;
  relation: EscoRelation;
}

export interface JobordreStatusTable {
  id: string;
  kommunekode: string;
  ordre_id: string;
  status: string;
  tekst: string | null;
  af_navn: string;
  tidspunkt: Timestamp;
}

export interface KontaktanmodningTable {
  id: string;
  kommunekode: string;
  ordre_id: string;
  ordre_kommunekode: string;
  borger_id: string;
  kilde: KontaktKilde;
  status: KontaktStatus;
  besked: string | null;
  score: number | null;
  forklaring: ColumnType<unknown, string | null | undefined, string | null>;
  anmodet_af: string;
  anmodet_af_navn: string;
  anmodet: Timestamp;
  besvaret: Timestamp | null;
  idempotens: string;
  /** the citizen's optional reason for declining (0016): for the jobcentre, never shown to the employer */
  afslag_begrundelse: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface JobTables {
  esco_import: EscoImportTable;
  esco_isco_gruppe: EscoIscoGruppeTable;
  esco_erhverv: EscoErhvervTable;
  esco_faerdighed: EscoFaerdighedTable;
  esco_erhverv_faerdighed: EscoErhvervFaerdighedTable;
  cv: CvTable;
  cv_erfaring: CvErfaringTable;
  cv_uddannelse: CvUddannelseTable;
  cv_faerdighed: CvFaerdighedTable;
  cv_jobmaal: CvJobmaalTable;
  jobordre: JobordreTable;
  jobordre_faerdighed: JobordreFaerdighedTable;
  jobordre_status: JobordreStatusTable;
  kontaktanmodning: KontaktanmodningTable;
}
