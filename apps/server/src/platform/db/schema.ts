import type { ColumnType, Generated } from "kysely";

/** Kysely's view of the tables in db/migrations. Keep in step with the SQL. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface KommuneTable {
  kommunekode: string;
  navn: string;
  regionskode: string;
  regionsnavn: string;
  er_kommune: boolean;
  centroid_lat: number | null;
  centroid_lon: number | null;
}
export interface PostnummerTable {
  postnr: string;
  bynavn: string;
  kommunekode: string;
}
export interface KommuneIndstillingerTable {
  kommunekode: string;
  jobcenter_navn: string;
  adresse: string;
  postnr: string;
  bynavn: string;
  telefon: string | null;
  email: string | null;
  aabningstider: ColumnType<Aabningstid[], string, string>;
  opdateret: Generated<Timestamp>;
}
export interface Aabningstid {
  dag: "man" | "tir" | "ons" | "tor" | "fre" | "lor" | "son";
  fra: string;
  til: string;
}
export interface VirksomhedTable {
  kommunekode: string;
  cvr: string;
  navn: string;
}
export interface LeverandoerTable {
  id: string;
  kommunekode: string;
  navn: string;
  cvr: string | null;
}
export interface BorgerTable {
  id: string;
  kommunekode: string;
  cpr_krypteret: string;
  cpr_noegle_id: string;
  cpr_hash: string;
  fornavn: string;
  efternavn: string;
  foedselsdato: string;
  koen: "K" | "M";
  adresse: string | null;
  postnr: string | null;
  telefon: string | null;
  email: string | null;
  maalgruppe: string;
  ydelse_start: string | null;
  uddannelse: string;
  sagsbehandler_id: string | null;
  oprettet: Generated<Timestamp>;
}
export interface BrugerTable {
  id: string;
  kommunekode: string;
  rolle: string;
  navn: string;
  email: string | null;
  titel: string | null;
  team: string | null;
  idp_issuer: string;
  idp_subject: string;
  borger_id: string | null;
  cvr: string | null;
  leverandoer_id: string | null;
  aktiv: Generated<boolean>;
  oprettet: Generated<Timestamp>;
}
export interface SessionTable {
  id_hash: string;
  bruger_id: string;
  kommunekode: string;
  rolle: string;
  sprog: Generated<"da" | "en">;
  login_metode: string;
  id_token: string | null;
  oprettet: Timestamp;
  sidst_brugt: Timestamp;
  udloeber: Timestamp;
}
export interface AdgangslogTable {
  id: Generated<number>;
  kommunekode: string;
  tidspunkt: Timestamp;
  aktoer_id: string;
  aktoer_navn: string;
  aktoer_rolle: string;
  borger_id: string;
  handling: string;
  ressource: string;
  formaal: string;
  forrige_hash: string;
  hash: string;
}

export interface SamlAnmodningTable {
  id: string;
  vaerdi: string;
  oprettet: Timestamp;
}

export interface DB {
  kommune: KommuneTable;
  postnummer: PostnummerTable;
  kommune_indstillinger: KommuneIndstillingerTable;
  virksomhed: VirksomhedTable;
  leverandoer: LeverandoerTable;
  borger: BorgerTable;
  bruger: BrugerTable;
  session: SessionTable;
  adgangslog: AdgangslogTable;
  saml_anmodning: SamlAnmodningTable;
}
