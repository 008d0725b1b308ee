/** The citizen's marketplace API's answers as the web reads them (apps/server/src/modules/marked/routes.ts). */

export type UdbudArt = "online" | "webinar" | "on_demand" | "fysisk" | "blended";
export type Niveau = "begynder" | "oevet" | "erfaren";
export type ModulForm = "digital" | "live" | "fysisk";
export type TilmeldingStatus = "tilmeldt" | "startet" | "gennemfoert" | "afbrudt" | "afmeldt";

export const UDBUD_ARTER: readonly UdbudArt[] = ["online", "webinar", "on_demand", "fysisk", "blended"];
export const NIVEAUER: readonly Niveau[] = ["begynder", "oevet", "erfaren"];
export const SPROG = ["da", "en", "ar", "uk", "pl", "so", "tr", "ti"] as const;
/** The choices of "at most … weeks" in the filter. */
export const MAKS_UGER = [1, 2, 4, 8, 12, 26] as const;

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

/** An approved offer as the list shows it. */
export interface Udbud {
  id: string;
  titel: string;
  beskrivelse: string;
  art: UdbudArt;
  sprog: string[];
  niveau: Niveau;
  varighedUger: number;
  timerPrUge: number;
  kompetencer: Kompetence[];
  maalgrupper: { kode: string; navn: string }[];
  prisTokens: number | null;
  abonnement: boolean;
  status: string;
  leverandoer: string;
  opdateret: string;
  /** the fewest free seats in a coming live or physical module; null without one */
  ledigePladser?: number | null;
  /** the start of the next live or physical module; null without one */
  naesteModul?: string | null;
  moduler?: Modul[];
}

/** The measured effect for the citizen's target group (effekt.ts vurderEffekt). */
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

export interface UdbudDetalje extends Udbud {
  moduler: Modul[];
  effekt: Effekt | null;
}

export interface TokenPost {
  id: string;
  art: "budget" | "tildeling" | "forbrug" | "refusion" | "udloeb";
  antal: number;
  tekst: string;
  tidspunkt: string;
  tilmelding_id: string | null;
  af_navn: string;
}

export interface Tegnebog {
  saldo: number;
  /** newest first */
  poster: TokenPost[];
}

export interface Tilmelding {
  id: string;
  udbudId: string;
  titel: string;
  art: UdbudArt;
  leverandoer: string | null;
  kilde: "borger" | "jobkonsulent";
  formeltTilbud: boolean;
  status: TilmeldingStatus;
  start: string;
  slut: string;
  tokens: number;
  fremskridt: number;
  tilmeldt: string;
  startet: string | null;
  afsluttet: string | null;
  afmeldtAarsag: string | null;
}

export interface Rapport {
  art: "fremmoede" | "fravaer" | "fremskridt" | "gennemfoert" | "afbrudt";
  dato: string;
  fremskridt: number | null;
  bemaerkning: string | null;
  kilde: string;
  af_navn: string;
  registreret: string;
}

export interface TilmeldingDetalje extends Tilmelding {
  rapporter: Rapport[];
}

export interface Afmelding {
  tilmelding: Tilmelding;
  refusion: { tokens: number; grund: string };
}

/** A suggestion with its reason in plain Danish (forslag-store.ts VistForslag). */
export interface Forslag {
  udbudId: string;
  kilde: "effekt" | "kompetence";
  grund: string;
  score: number;
  titel: string;
  art: UdbudArt;
  prisTokens: number | null;
  abonnement: boolean;
}

export interface UdbudFilter {
  q?: string;
  sprog?: string;
  niveau?: string;
  art?: string;
  maksUger?: string;
  kompetence?: string;
}

export const aktiv = (t: Tilmelding) => t.status === "tilmeldt" || t.status === "startet";

/** What enrolling costs: nothing for an offer in the subscription. */
export const prisFor = (u: Pick<Udbud, "abonnement" | "prisTokens">) => (u.abonnement ? 0 : (u.prisTokens ?? 0));
