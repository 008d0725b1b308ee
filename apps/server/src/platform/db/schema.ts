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

export interface SagHaendelseTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  type: string;
  dato: string;
  maalgruppe: string | null;
  kanal: "fremmoede" | "telefon" | "video" | null;
  art: string | null;
  uger: number | null;
  kategori: number | null;
  afholder: ColumnType<"jobcenter" | "akasse" | null, "jobcenter" | "akasse" | null | undefined>;
  tilbudsart: ColumnType<string | null, string | null | undefined>;
  foreloebigt: ColumnType<boolean | null, boolean | null | undefined>;
  beskrivelse: string | null;
  registreret: Timestamp;
  registreret_af: string | null;
}
export interface JobplanPunktTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  art: "maal" | "aktivitet";
  titel: string;
  beskrivelse: string | null;
  status: "planlagt" | "i_gang" | "afventer_borger" | "afventer_jobcenter" | "gennemfoert" | "afbrudt";
  aftalt_med_borger: boolean;
  start: string | null;
  slut: string | null;
  opdateret: Timestamp;
}
export interface NotatTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  dato: string;
  kategori: string;
  emne: string;
  tekst: string;
  forfatter_id: string | null;
  forfatter_navn: string;
  oprettet: Timestamp;
  makro_id: string | null;
  retter_id: string | null;
  idempotens: string | null;
  /** generated: the Danish full-text vector of emne and tekst */
  soeg: ColumnType<string, never, never>;
}
export interface DokumentTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  dato: string;
  titel: string;
  kategori: string;
  helbred: boolean;
  filnavn: string;
  mimetype: string;
  stoerrelse: number;
  sha256: string;
  indhold: Buffer | null;
  tekst: string;
  uploadet: Timestamp;
  uploadet_af: string | null;
  uploadet_af_navn: string;
  idempotens: string | null;
  /** generated: the Danish full-text vector of titel and tekst */
  soeg: ColumnType<string, never, never>;
}
export interface MakrotekstTable {
  id: string;
  kommunekode: string;
  titel: string;
  kategori: string;
  tekst: string;
  aktiv: Generated<boolean>;
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
  sag_haendelse: SagHaendelseTable;
  jobplan_punkt: JobplanPunktTable;
  notat: NotatTable;
  dokument: DokumentTable;
  makrotekst: MakrotekstTable;
}
