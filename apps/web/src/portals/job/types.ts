/** The job part's API shapes (apps/server/src/modules/job/routes.ts). */
export type KontaktStatus = "afventer" | "accepteret" | "afvist" | "trukket";
export type KontaktKilde = "virksomhed" | "formidling" | "ansoegning";
export type Afstandsbaand = "0-10 km" | "10-25 km" | "25-50 km" | "50+ km" | "ukendt";

export interface Forklaring {
  resume: string;
  punkter: string[];
}

export interface Kandidat {
  kandidatId: string;
  score: number;
  forklaring: Forklaring;
  faerdigheder: string[];
  mangler: { titel: string; essentiel: boolean }[];
  erfaring: { titel: string; aar: number }[];
  afstandsbaand: Afstandsbaand;
  tilgaengelig: string;
  timer: string;
  nabokommune: boolean;
  kontakt: null | { id: string; status: KontaktStatus; anmodet: string };
}

export interface Kandidater {
  ordre: { id: string; titel: string; status: string; tilladNaboer: boolean };
  kandidater: Kandidat[];
}

export interface OrdreKontakt {
  id: string;
  kandidatId: string;
  kilde: KontaktKilde;
  status: KontaktStatus;
  anmodet: string;
  besvaret: string | null;
  score: number | null;
  nabokommune: boolean;
  person: null | { navn: string; telefon: string | null; email: string | null };
}

export interface OrdreKontakter {
  ordre: { id: string; titel: string };
  kontakter: OrdreKontakt[];
}

export interface KontaktRef {
  id: string;
  kilde: KontaktKilde;
  status: KontaktStatus;
}

export interface MatchetJob {
  ordreId: string;
  titel: string;
  virksomhed: string;
  art: string;
  arbejdssted: string;
  postnr: string;
  bynavn: string | null;
  timer: string;
  start: string;
  slut: string | null;
  opgaveboers: boolean;
  score: number;
  forklaring: Forklaring;
  har: string[];
  mangler: { titel: string; essentiel: boolean }[];
  afstandKm: number | null;
  kontakt: KontaktRef | null;
}

export interface BorgerAnmodning {
  id: string;
  kilde: KontaktKilde;
  status: KontaktStatus;
  besked: string | null;
  anmodetAfNavn: string | null;
  anmodet: string;
  besvaret: string | null;
  score: number | null;
  forklaring: Forklaring | null;
  /** the citizen's reason for declining: to herself and the jobkonsulent only (never to the employer) */
  afslagBegrundelse: string | null;
  ordre: null | {
    id: string;
    titel: string;
    virksomhed: string;
    arbejdssted: string;
    postnr: string;
    art: string;
    timer: string;
    start: string;
    slut: string | null;
    beskrivelse: string | null;
    nabokommune: boolean;
  };
  virksomhedSerVedAccept: string;
}

export interface JobTilDig {
  harCv: boolean;
  ordrer: MatchetJob[];
  kontakter: BorgerAnmodning[];
}

export interface MedarbejderJob extends JobTilDig {
  borger: { id: string; navn: string };
}

export interface Ordre {
  id: string;
  titel: string;
  virksomhed: string;
  art: string;
  arbejdssted: string;
  postnr: string;
  bynavn: string | null;
  timer: string;
  start: string;
  slut: string | null;
  beskrivelse: string | null;
  opgaveboers: boolean;
}

export interface OrdreMedMatch extends Ordre {
  match: Omit<MatchetJob, "kontakt"> | null;
  kontakt: KontaktRef | null;
}

export interface OpgaveHit extends Ordre {
  afstandKm: number | null;
  score: number | null;
  forklaring: Forklaring | null;
  mangler: { titel: string; essentiel: boolean }[];
  kontakt: KontaktRef | null;
}

export interface Kvittering {
  kontaktId: string;
  kvittering: string;
  status: KontaktStatus;
  ordre: { id: string; titel: string; virksomhed: string };
  tidspunkt: string;
  joblogId: string;
}

export const ORDRE_ARTER = ["ordinaer", "loentilskud", "virksomhedspraktik", "fleksjob", "smaajob"] as const;
