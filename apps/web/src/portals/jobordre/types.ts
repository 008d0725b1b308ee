/** The job orders' answers as the API gives them (modules/jobordre/routes.ts). */
export type Art = "ordinaer" | "loentilskud" | "virksomhedspraktik" | "fleksjob" | "smaajob";
export type Status = "kladde" | "aaben" | "besat" | "lukket";
export type Sikkerhed = "hoej" | "middel" | "lav";
export const ARTER: readonly Art[] = ["ordinaer", "loentilskud", "virksomhedspraktik", "fleksjob", "smaajob"];
export const STATUSSER: readonly Status[] = ["kladde", "aaben", "besat", "lukket"];

export interface OrdreRaekke {
  id: string;
  nummer: string;
  cvr: string;
  virksomhed: string;
  titel: string;
  erhverv: { uri: string; titel: string };
  art: Art;
  status: Status;
  timerMin: number;
  timerMax: number;
  postnr: string;
  arbejdssted: string;
  start: string;
  slut: string | null;
  antal: number;
  opgaveboers: boolean;
  tilladNaboer: boolean;
  kontaktet: number;
  accepteret: number;
  oprettetAfNavn: string;
  oprettet: string;
  opdateret: string;
  version: number;
}

export interface Ordning {
  art: Art;
  titel: string;
  betingelser: string[];
  hjemmel: string;
  sikkerhed: Sikkerhed;
  kilde: string;
  gyldigFra: string;
  gyldigTil: string | null;
}

export interface OrdningForslag extends Ordning {
  passer: boolean;
  begrundelse: string;
}

export interface Ordre extends OrdreRaekke {
  beskrivelse: string | null;
  annonceTekst: string | null;
  uddannelseskrav: string[];
  certifikater: string[];
  koerekort: string[];
  faerdigheder: { uri: string; titel: string; relation: "essentiel" | "valgfri" }[];
  historik: { status: string; tekst: string | null; afNavn: string; tidspunkt: string }[];
  naesteStatus: Status[];
  ordning: Ordning | null;
}

export interface OrdreBody {
  titel: string;
  erhvervUri: string;
  beskrivelse: string | null;
  annonceTekst: string | null;
  art: Art;
  timerMin: number;
  timerMax: number;
  postnr: string;
  arbejdssted: string;
  start: string;
  slut: string | null;
  antal: number;
  uddannelseskrav: string[];
  certifikater: string[];
  koerekort: string[];
  opgaveboers: boolean;
  tilladNaboer: boolean;
  faerdigheder: { uri: string; relation: "essentiel" | "valgfri" }[];
}

/** Where the pages and the API of each portal are. */
export interface Sted {
  portal: "virksomhed" | "medarbejder";
  /** the web path of the list */
  web: string;
  /** the API path of the orders */
  api: string;
}
export const VIRKSOMHED: Sted = { portal: "virksomhed", web: "/virksomhed/ordrer", api: "/api/virksomhed/jobordrer" };
export const MEDARBEJDER: Sted = {
  portal: "medarbejder",
  web: "/medarbejder/jobordrer",
  api: "/api/medarbejder/jobordrer",
};
