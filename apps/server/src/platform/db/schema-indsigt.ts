/** Kysely's view of the tables of db/migrations/0008_indsigt.sql and 0013_dialog_i_sagen.sql. Keep in step. */
import type { ColumnType } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface IndsigtUndtagelseTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  genstand_art: "notat" | "dokument" | "besked" | "dialogbesked";
  genstand_id: string;
  begrundelse: string;
  hjemmel: string;
  besluttet: Timestamp;
  besluttet_af: string | null;
  besluttet_af_navn: string;
  ophaevet: Timestamp | null;
  ophaevet_af: string | null;
  ophaevet_af_navn: string | null;
  ophaevet_begrundelse: string | null;
  idempotens: string;
}

export interface AktindsigtAnmodningTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  oenske: string;
  periode_fra: string | null;
  periode_til: string | null;
  form: "minside" | "post";
  modtaget: Timestamp;
  modtaget_dato: string;
  frist: string;
  regel_id: string;
  status: "modtaget" | "udsat" | "besvaret";
  forventet: string | null;
  svar_udfald: "fuld" | "delvis" | null;
  svar_tekst: string | null;
  svar_udvalg: ColumnType<unknown, string | null, string | null> | null;
  besvaret: Timestamp | null;
  besvaret_af: string | null;
  besvaret_af_navn: string | null;
  svar_dokument_id: string | null;
  svar_idempotens: string | null;
  idempotens: string;
}

export interface AktindsigtUdsaettelseTable {
  id: string;
  kommunekode: string;
  anmodning_id: string;
  begrundelse: string;
  forventet: string;
  sendt: Timestamp;
  sendt_af: string | null;
  sendt_af_navn: string;
  dokument_id: string | null;
  idempotens: string;
}

export interface IndsigtTables {
  indsigt_undtagelse: IndsigtUndtagelseTable;
  aktindsigt_anmodning: AktindsigtAnmodningTable;
  aktindsigt_udsaettelse: AktindsigtUdsaettelseTable;
}
