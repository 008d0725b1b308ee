/**
 * The marketplace API's answers as every portal reads them (apps/server/src/modules/marked: routes.ts `udbudOut` and
 * `tilmeldingOut`, forslag-store.ts `VistForslag`, effekt.ts `vurderEffekt`). The code lists mirror the server's
 * model, which the web bundle cannot import. Types only one portal reads stay in that portal's folder.
 */
export const UDBUD_ARTER = ["online", "webinar", "on_demand", "fysisk", "blended"] as const;
export type UdbudArt = (typeof UDBUD_ARTER)[number];
export const NIVEAUER = ["begynder", "oevet", "erfaren"] as const;
export type Niveau = (typeof NIVEAUER)[number];
export const MODUL_FORMER = ["digital", "live", "fysisk"] as const;
export type ModulForm = (typeof MODUL_FORMER)[number];
export const SPROG = ["da", "en", "ar", "uk", "pl", "so", "tr", "ti"] as const;
export type Sprog = (typeof SPROG)[number];
export const UDBUD_STATUS = ["kladde", "indsendt", "godkendt", "afvist", "tilbagetrukket"] as const;
export type UdbudStatus = (typeof UDBUD_STATUS)[number];
export type TilmeldingStatus = "tilmeldt" | "startet" | "gennemfoert" | "afbrudt" | "afmeldt";

export interface Kompetence {
  uri: string;
  navn: string;
}

export interface Modul {
  id: string;
  titel: string;
  form: ModulForm;
  start: string;
  slut: string;
  sted: string | null;
  kapacitet: number;
  ledige: number;
}

/** An offer (udbudOut). */
export interface Udbud {
  id: string;
  titel: string;
  beskrivelse: string;
  art: UdbudArt;
  sprog: Sprog[];
  niveau: Niveau;
  varighedUger: number;
  timerPrUge: number;
  kompetencer: Kompetence[];
  maalgrupper: { kode: string; navn: string }[];
  prisTokens: number | null;
  abonnement: boolean;
  status: UdbudStatus;
  statusAarsag: string | null;
  leverandoer: string;
  leverandoerId: string;
  opdateret: string;
  /** in lists: the fewest free seats in a coming live or physical module; null without one */
  ledigePladser?: number | null;
  /** in lists: the start of the next live or physical module; null without one */
  naesteModul?: string | null;
  /** on one offer: its modules */
  moduler?: Modul[];
}

/** The measured effect of an offer for one target group (effekt.ts vurderEffekt). */
export interface Effekt {
  status: "nok_data" | "ikke_nok_data";
  andel13: number | null;
  kontrol13: number | null;
  effekt13: number | null;
  andel26: number | null;
  kontrol26: number | null;
  effekt26: number | null;
  tekst: string;
}

/** One enrolment of a citizen (tilmeldingOut). */
export interface Tilmelding {
  id: string;
  udbudId: string;
  titel: string;
  art: UdbudArt;
  leverandoer: string | null;
  /** who enrolled: the citizen, or the jobcentre */
  kilde: "borger" | "jobkonsulent";
  /** a formal tilbud, registered on the case and paid from the municipality's budget */
  formeltTilbud: boolean;
  status: TilmeldingStatus;
  start: string;
  slut: string;
  tokens: number;
  /** 0–100 */
  fremskridt: number;
  tilmeldt: string;
  startet: string | null;
  afsluttet: string | null;
  afmeldtAarsag: string | null;
}

/** A report from the provider (or its system) on an enrolment. */
export interface Rapport {
  art: "fremmoede" | "fravaer" | "fremskridt" | "gennemfoert" | "afbrudt";
  dato: string;
  fremskridt: number | null;
  bemaerkning: string | null;
  kilde: string;
  af_navn: string;
  registreret: string;
}

/** One enrolment with its reports. */
export interface TilmeldingDetalje extends Tilmelding {
  rapporter: Rapport[];
}

/** A suggestion with its reason in plain Danish (forslag-store.ts VistForslag). */
export interface Forslag {
  udbudId: string;
  /** effect: a measured effect for the citizen's target group; skills: teaches skills the citizen lacks for the goal */
  kilde: "effekt" | "kompetence";
  grund: string;
  score: number;
  titel: string;
  art: UdbudArt;
  prisTokens: number | null;
  abonnement: boolean;
}

/** The municipality's token ledger totals, and whether every token is accounted for (admin and manager). */
export interface Regnskab {
  budget: number;
  kommunensSaldo: number;
  borgernesSaldo: number;
  forbrugt: number;
  udloebet: number;
  bevaret: boolean;
}
