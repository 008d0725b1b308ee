/** Kysely's view of the tables of db/migrations/0009_dialog.sql. Keep in step with the SQL. */
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type Side = "borger" | "jobcenter";
export type VenterPaa = "jobcenter" | "borger" | "ingen";
export type Kilde = "borger" | "chatbot" | "medarbejder";
export type OplysningGruppe = "kontakt" | "uddannelse" | "koerekort" | "boern" | "sprog";

export interface DialogIndstillingTable {
  kommunekode: string;
  svarfrist_arbejdsdage: number;
  opdateret: Timestamp;
}
export interface DialogTraadTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  emne: string;
  kilde: Kilde;
  venter_paa: VenterPaa;
  venter_siden: Timestamp;
  /** yyyy-mm-dd (date), set exactly when venter_paa is 'jobcenter' */
  svarfrist: ColumnType<string | null, string | null, string | null>;
  sidste_besked: Timestamp;
  oprettet: Timestamp;
  idempotens: string;
}
export interface DialogBeskedTable {
  id: string;
  nr: Generated<number>;
  kommunekode: string;
  traad_id: string;
  borger_id: string;
  fra: Side;
  kilde: Kilde;
  afsender_id: string | null;
  afsender_navn: string;
  tekst: string;
  oprettet: Timestamp;
  laest: Timestamp | null;
  laest_af_navn: string | null;
  idempotens: string;
}
export interface DialogBilagTable {
  id: string;
  kommunekode: string;
  besked_id: string;
  borger_id: string;
  filnavn: string;
  mimetype: "application/pdf" | "image/jpeg" | "image/png";
  stoerrelse: number;
  indhold: Uint8Array;
  oprettet: Timestamp;
}
export interface BorgerOplysningTable {
  kommunekode: string;
  borger_id: string;
  gruppe: OplysningGruppe;
  data: Json<Record<string, unknown>>;
  opdateret: Timestamp;
}
export interface OplysningIndberetningTable {
  id: string;
  nr: Generated<number>;
  kommunekode: string;
  borger_id: string;
  gruppe: OplysningGruppe;
  handling: "bekraeftet" | "rettet";
  data: Json<Record<string, unknown>>;
  tidligere: Json<Record<string, unknown>>;
  straks: boolean;
  oprettet: Timestamp;
  behandlet: Timestamp | null;
  behandlet_af: string | null;
  behandlet_navn: string | null;
  udfald: "godkendt" | "afvist" | null;
  bemaerkning: string | null;
  idempotens: string;
}

export interface DialogTables {
  dialog_indstilling: DialogIndstillingTable;
  dialog_traad: DialogTraadTable;
  dialog_besked: DialogBeskedTable;
  dialog_bilag: DialogBilagTable;
  borger_oplysning: BorgerOplysningTable;
  oplysning_indberetning: OplysningIndberetningTable;
}
