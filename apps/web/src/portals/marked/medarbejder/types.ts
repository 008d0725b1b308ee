/** The marketplace's answers as the case's "Forløb og tilbud" tab reads them (apps/server/src/modules/marked/routes.ts). */

export type UdbudArt = "online" | "webinar" | "on_demand" | "fysisk" | "blended";
export const UDBUD_ARTER: readonly UdbudArt[] = ["online", "webinar", "on_demand", "fysisk", "blended"];

export type TilmeldingStatus = "tilmeldt" | "startet" | "gennemfoert" | "afbrudt" | "afmeldt";

/** One enrolment of the citizen (tilmeldingOut). */
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
  af_navn: string | null;
  registreret: string;
}

export type TilmeldingMedRapporter = Tilmelding & { rapporter: Rapport[] };

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

/** GET /api/medarbejder/borgere/:id/marked */
export interface BorgerMarked {
  tilmeldinger: Tilmelding[];
  tokens: number;
  forslag: Forslag[];
}

/** An approved offer in the catalogue (udbudOut). */
export interface Udbud {
  id: string;
  titel: string;
  beskrivelse: string;
  art: UdbudArt;
  sprog: string[];
  niveau: string;
  varighedUger: number;
  timerPrUge: number;
  kompetencer: { uri: string; navn: string }[];
  maalgrupper: { kode: string; navn: string }[];
  prisTokens: number | null;
  abonnement: boolean;
  status: string;
  leverandoer: string;
  leverandoerId: string;
  ledigePladser?: number | null;
  naesteModul?: string | null;
}
