import type { ColumnType, Generated } from "kysely";
import type { MinsideTables } from "./schema-minside.ts";
import type { IndsigtTables } from "./schema-indsigt.ts";
import type { DialogTables } from "./schema-dialog.ts";
import type { JoblogTables } from "./schema-joblog.ts";
import type { BefordringTables } from "./schema-befordring.ts";
import type { JobTables } from "./schema-job.ts";
import type { ChatbotTables } from "./schema-chatbot.ts";

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
  refusion_dage: Generated<number>;
  refusion_maks_fremskridt: Generated<number>;
  effekt_beregnet: Timestamp | null;
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

/** A PostgreSQL tstzrange as text, e.g. "[2026-12-01 09:00:00+00,2026-12-01 09:45:00+00)"; read lower()/upper() in queries. */
type Tidsrum = ColumnType<string, string, string>;
type KanalKode = "fremmoede" | "telefon" | "video";

export interface MoedetypeTable {
  id: string;
  kommunekode: string;
  kode: "jobsamtale" | "opfoelgning" | "faelles" | "sygeopfoelgning";
  art: "jobsamtale" | "opfoelgning" | "faelles" | "anden";
  navn: string;
  varighed_min: number;
  buffer_min: Generated<number>;
  min_varsel_timer: Generated<number>;
  bookingvindue_dage: Generated<number>;
  aendring_varsel_timer: Generated<number>;
  kanaler: KanalKode[];
  min_deltagere: Generated<number>;
  aktiv: Generated<boolean>;
}
export interface LokaleTable {
  id: string;
  kommunekode: string;
  navn: string;
  adresse: string;
  kapacitet: number;
  aktiv: Generated<boolean>;
}
export interface AabningsvindueTable {
  id: string;
  kommunekode: string;
  medarbejder_id: string;
  ugedag: number;
  fra_min: number;
  til_min: number;
  gyldig_fra: string;
  gyldig_til: string | null;
}
export interface FravaerTable {
  id: string;
  kommunekode: string;
  medarbejder_id: string;
  periode: Tidsrum;
  aarsag: string;
}
export interface LukkedagTable {
  kommunekode: string;
  dato: string;
  navn: string;
}
export type SamtaleStatus = "booket" | "afholdt" | "udeblevet" | "aflyst" | "flyttet";
export interface SamtaleTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  medarbejder_id: string;
  moedetype_id: string;
  art: string;
  kanal: KanalKode;
  lokale_id: string | null;
  tid: Tidsrum;
  blokeret: Tidsrum;
  status: SamtaleStatus;
  booket_af: string;
  booket_af_rolle: string;
  oprettet: Timestamp;
  aendret: Timestamp;
  idempotens: string | null;
  regel_id: string | null;
  frist: string | null;
  flyttet_fra: string | null;
  aflyst_aarsag: string | null;
  forberedelse: string | null;
  forberedelse_aendret: Timestamp | null;
  checkin_kode: string;
  checket_ind: Timestamp | null;
  video_udbyder: string | null;
  video_rum: string | null;
  fremmoede_laast: Generated<boolean>;
}
export interface KanalVurderingTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  kraev_fremmoede: boolean;
  begrundelse: string;
  af: string;
  af_navn: string;
  oprettet: Timestamp;
}
export interface VentelisteTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  samtale_id: string;
  oprettet: Timestamp;
  aktiv: Generated<boolean>;
}
export interface ReferatTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  samtale_id: string;
  status: "udkast" | "godkendt";
  kilde: "webvtt" | "tekst";
  transskription: string;
  udkast: ColumnType<unknown, string, string>;
  tekst: string;
  oprettet: Timestamp;
  aendret: Timestamp;
  godkendt: Timestamp | null;
  godkendt_af: string | null;
  godkendt_af_navn: string | null;
  notat_id: string | null;
}
export interface ReferatKommentarTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  referat_id: string;
  tekst: string;
  oprettet: Timestamp;
}
export interface UdsendelseTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  samtale_id: string | null;
  art: string;
  noegle: string;
  planlagt: Timestamp;
  sendt: Timestamp | null;
  annulleret: Timestamp | null;
  forsoeg: Generated<number>;
  naeste_forsoeg: Timestamp;
  fejl: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
}
export interface BeskedTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  art: string;
  emne: string;
  tekst: string;
  samtale_id: string | null;
  dokument_id: string | null;
  udsendelse_id: string | null;
  oprettet: Timestamp;
  laest: Timestamp | null;
}
export interface MedarbejderNotifikationTable {
  id: string;
  kommunekode: string;
  medarbejder_id: string;
  art: string;
  tekst: string;
  samtale_id: string | null;
  borger_id: string | null;
  oprettet: Timestamp;
  laest: Timestamp | null;
}

export interface UdbudTable {
  id: string;
  kommunekode: string;
  leverandoer_id: string;
  titel: string;
  beskrivelse: string;
  art: "online" | "webinar" | "on_demand" | "fysisk" | "blended";
  sprog: string[];
  niveau: "begynder" | "oevet" | "erfaren";
  varighed_uger: number;
  timer_pr_uge: number;
  kompetencer: ColumnType<string[], string[] | undefined, string[]>;
  maalgrupper: ColumnType<string[], string[] | undefined, string[]>;
  pris_tokens: number | null;
  abonnement: Generated<boolean>;
  status: "kladde" | "indsendt" | "godkendt" | "afvist" | "tilbagetrukket";
  status_aarsag: string | null;
  behandlet_af: string | null;
  behandlet: Timestamp | null;
  oprettet: Timestamp;
  opdateret: Timestamp;
  idempotens: string | null;
}
export interface UdbudModulTable {
  id: string;
  kommunekode: string;
  udbud_id: string;
  titel: string;
  form: "digital" | "live" | "fysisk";
  start: Timestamp;
  slut: Timestamp;
  sted: string | null;
  kapacitet: number;
  optaget: Generated<number>;
}
export interface TokenKontoTable {
  id: string;
  kommunekode: string;
  borger_id: string | null;
  oprettet: Timestamp;
}
export interface TokenPostTable {
  id: string;
  kommunekode: string;
  konto_id: string;
  art: "budget" | "tildeling" | "forbrug" | "refusion" | "udloeb";
  antal: number;
  overfoersel: string;
  tilmelding_id: string | null;
  regel_id: string | null;
  tekst: string;
  af_bruger_id: string | null;
  af_navn: string;
  tidspunkt: Timestamp;
  noegle: string;
}
export interface TokenRegelTable {
  id: string;
  kommunekode: string;
  maalgruppe: string;
  tokens: number;
  gyldig_fra: ColumnType<string, string, string>;
  gyldig_til: ColumnType<string | null, string | null | undefined, string | null>;
  udloeb_dage: number | null;
  oprettet_af: string | null;
  oprettet: Timestamp;
}
export interface TilmeldingTable {
  id: string;
  kommunekode: string;
  udbud_id: string;
  borger_id: string;
  kilde: "borger" | "jobkonsulent";
  formelt_tilbud: Generated<boolean>;
  status: "tilmeldt" | "startet" | "gennemfoert" | "afbrudt" | "afmeldt";
  start: ColumnType<string, string, string>;
  slut: ColumnType<string, string, string>;
  tokens: Generated<number>;
  fremskridt: Generated<number>;
  tilmeldt: Timestamp;
  tilmeldt_af: string | null;
  startet: Timestamp | null;
  afsluttet: Timestamp | null;
  afmeldt_aarsag: string | null;
  idempotens: string;
}
export interface TilmeldingModulTable {
  tilmelding_id: string;
  modul_id: string;
  kommunekode: string;
}
export interface TilmeldingRapportTable {
  id: string;
  kommunekode: string;
  tilmelding_id: string;
  art: "fremmoede" | "fravaer" | "fremskridt" | "gennemfoert" | "afbrudt";
  dato: ColumnType<string, string, string>;
  modul_id: string | null;
  fremskridt: number | null;
  bemaerkning: string | null;
  kilde: "skaerm" | "api";
  af_navn: string;
  registreret: Timestamp;
  noegle: string;
}
export interface ApiNoegleTable {
  id: string;
  kommunekode: string;
  leverandoer_id: string;
  navn: string;
  praefiks: string;
  hash: string;
  scopes: string[];
  oprettet: Timestamp;
  oprettet_af: string | null;
  tilbagekaldt: Timestamp | null;
  sidst_brugt: Timestamp | null;
}
export interface ApiIdempotensTable {
  kommunekode: string;
  leverandoer_id: string;
  noegle: string;
  metode_sti: string;
  status: number;
  svar: ColumnType<unknown, string, string>;
  oprettet: Timestamp;
}
export interface WebhookTable {
  leverandoer_id: string;
  kommunekode: string;
  url: string;
  hemmelighed: string;
  aktiv: Generated<boolean>;
  opdateret: Timestamp;
}
export interface WebhookLeveringTable {
  id: string;
  kommunekode: string;
  leverandoer_id: string;
  haendelse: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  noegle: string;
  oprettet: Timestamp;
  forsoeg: Generated<number>;
  naeste_forsoeg: Timestamp;
  leveret: Timestamp | null;
  opgivet: Timestamp | null;
  sidste_status: number | null;
  sidste_fejl: string | null;
}
export interface UdbudEffektTable {
  kommunekode: string;
  udbud_id: string;
  maalgruppe: string;
  beregnet: Timestamp;
  gennemfoert: number;
  i_arbejde_13: number;
  observeret_13: number;
  i_arbejde_26: number;
  observeret_26: number;
  kontrol_andel_13: number | null;
  kontrol_andel_26: number | null;
  kontrol_antal: number;
}

export interface DB
  extends MinsideTables,
    IndsigtTables,
    DialogTables,
    JoblogTables,
    BefordringTables,
    ChatbotTables,
    JobTables {
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
  moedetype: MoedetypeTable;
  lokale: LokaleTable;
  aabningsvindue: AabningsvindueTable;
  fravaer: FravaerTable;
  lukkedag: LukkedagTable;
  samtale: SamtaleTable;
  kanal_vurdering: KanalVurderingTable;
  venteliste: VentelisteTable;
  referat: ReferatTable;
  referat_kommentar: ReferatKommentarTable;
  udsendelse: UdsendelseTable;
  besked: BeskedTable;
  medarbejder_notifikation: MedarbejderNotifikationTable;
  udbud: UdbudTable;
  udbud_modul: UdbudModulTable;
  token_konto: TokenKontoTable;
  token_post: TokenPostTable;
  token_regel: TokenRegelTable;
  tilmelding: TilmeldingTable;
  tilmelding_modul: TilmeldingModulTable;
  tilmelding_rapport: TilmeldingRapportTable;
  api_noegle: ApiNoegleTable;
  api_idempotens: ApiIdempotensTable;
  webhook: WebhookTable;
  webhook_levering: WebhookLeveringTable;
  udbud_effekt: UdbudEffektTable;
}
