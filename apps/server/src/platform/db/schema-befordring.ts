/** Kysely's view of the tables of db/migrations/0011_befordring.sql. Keep in step with the SQL. */
import type { ColumnType } from "kysely";
import type { AfstandForklaring, Beregning, Sikkerhed } from "../../modules/befordring/model.ts";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** jsonb: written as JSON text, read as the value */
type Json<T> = ColumnType<T, string, string>;

export interface PostnummerKoordinatTable {
  postnr: string;
  lat: number;
  lon: number;
  kilde: ColumnType<string, string | undefined, string>;
}

export interface BefordringRegelTable {
  kommunekode: string;
  id: string;
  titel_da: string;
  titel_en: string;
  tekst_da: string;
  tekst_en: string;
  lov: string;
  paragraf: string;
  url: string | null;
  gyldig_fra: string;
  gyldig_til: string | null;
  taerskel_km: number;
  sats_oere: number;
  maks_maaned_oere: number | null;
  afrund_krone: boolean;
  sikkerhed: Sikkerhed;
  kilde: string;
}

export type AnsoegningStatus = "indsendt" | "godkendt" | "afvist";

export interface BefordringAnsoegningTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  kvitteringsnr: string;
  aktivitet_art: "jobplan" | "tilmelding";
  aktivitet_id: string;
  aktivitet_titel: string;
  fra_postnr: string;
  til_postnr: string;
  enkelttur_hm: number;
  afstand: Json<AfstandForklaring>;
  dage: Json<string[]>;
  beregning: Json<Beregning>;
  beloeb_oere: number;
  status: AnsoegningStatus;
  indsendt: Timestamp;
  rettet_hm: number | null;
  rettet_begrundelse: string | null;
  godkendt_oere: number | null;
  afgjort: Timestamp | null;
  afgjort_af: string | null;
  afgjort_af_navn: string | null;
  begrundelse: string | null;
  afgoerelse_tekst: string | null;
  idempotens: string;
}

export interface BefordringTables {
  postnummer_koordinat: PostnummerKoordinatTable;
  befordring_regel: BefordringRegelTable;
  befordring_ansoegning: BefordringAnsoegningTable;
}
