import type { Role } from "#contracts/roles.ts";

/** The shapes of the API's answers, as the server promises them. */
export type Lang = "da" | "en";

export interface CodeText {
  kode: string;
  tekst: string;
}

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  kommunekode: string;
  kommunenavn: string | null;
  jobcenterNavn: string | null;
  lang: Lang;
  expiresAt: string;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export interface Jobcenter {
  navn: string;
  adresse: string;
  postnr: string;
  bynavn: string;
  telefon: string;
  email: string;
}

export interface Sagsbehandler {
  navn: string;
  team: string | null;
}

export interface BorgerMig {
  id: string;
  navn: string;
  cpr: string;
  foedselsdato: string;
  maalgruppe: CodeText;
  ydelseStart: string | null;
  adresse: string;
  postnr: string;
  bynavn: string;
  telefon: string | null;
  email: string | null;
  uddannelse: CodeText | null;
  sagsbehandler: Sagsbehandler | null;
  jobcenter: Jobcenter | null;
}

export interface AdgangslogEntry {
  id: string | number;
  tidspunkt: string;
  aktoerNavn: string;
  aktoerRolle: Role;
  handling: string;
  ressource: string;
  formaal: string;
}

export interface CitizenListItem {
  id: string;
  navn: string;
  alder: number;
  maalgruppe: CodeText;
  postnr: string;
  bynavn: string;
}

/** What staff see of a citizen: the citizen's own view (with the full CPR number), age and sex, without the jobcentre. */
export interface CitizenDetails extends Omit<BorgerMig, "jobcenter"> {
  alder: number;
  koen: "K" | "M";
}

export type Weekday = "man" | "tir" | "ons" | "tor" | "fre" | "lor" | "son";

export interface AdminKommune {
  kommunekode: string;
  navn: string;
  jobcenterNavn: string;
  adresse: string;
  postnr: string;
  bynavn: string;
  telefon: string;
  email: string;
  aabningstider: { dag: Weekday; fra: string; til: string }[];
  medarbejdere: {
    id: string;
    navn: string;
    rolle: Role;
    titel: string | null;
    team: string | null;
    email: string | null;
  }[];
}

export interface LedelseOverblik {
  borgere: number;
  perMaalgruppe: (CodeText & { antal: number })[];
  jobkonsulenter: number;
  sagerPrJobkonsulent: number;
}

export interface VirksomhedMig {
  cvr: string;
  navn: string;
  kommunenavn: string;
}

export interface LeverandoerMig {
  id: string;
  navn: string;
  cvr: string | null;
}
