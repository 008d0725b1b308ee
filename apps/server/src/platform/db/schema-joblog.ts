/** Kysely's view of the tables of db/migrations/0010_joblog.sql. Keep in step with the SQL. */
import type { ColumnType } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Dato = ColumnType<string, string, string>;

export type JoblogMaade = "skriftlig" | "mundtlig" | "personlig" | "uopfordret";
export type JoblogStatus = "sendt" | "samtale" | "afslag" | "ansat" | "intet_svar";

export interface JoblogAnsoegningTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  arbejdsgiver: string;
  stilling: string;
  dato: Dato;
  maade: JoblogMaade;
  status: JoblogStatus;
  note: string | null;
  link: string | null;
  oprettet: Timestamp;
  opdateret: Timestamp;
  idempotens: string;
}

export interface JoblogStatusaendringTable {
  id: string;
  kommunekode: string;
  ansoegning_id: string;
  fra_status: JoblogStatus;
  til_status: JoblogStatus;
  tidspunkt: Timestamp;
}

interface KravIndstilling {
  id: string;
  kommunekode: string;
  gyldig_fra: Dato;
  begrundelse: string;
  fastsat_af: string;
  fastsat_af_navn: string;
  fastsat: Timestamp;
  idempotens: string;
}

export interface JoblogKommunekravTable extends KravIndstilling {
  maalgruppe: string;
  antal: number;
}

export interface JoblogIndividueltKravTable extends KravIndstilling {
  borger_id: string;
  /** null: the individual number is lifted from gyldig_fra */
  antal: number | null;
}

export interface RettighedBekraeftelseTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  gennemgang_id: string;
  version: Dato;
  bekraeftet: Timestamp;
  idempotens: string;
}

export interface JoblogTables {
  joblog_ansoegning: JoblogAnsoegningTable;
  joblog_statusaendring: JoblogStatusaendringTable;
  joblog_kommunekrav: JoblogKommunekravTable;
  joblog_individuelt_krav: JoblogIndividueltKravTable;
  rettighed_bekraeftelse: RettighedBekraeftelseTable;
}
