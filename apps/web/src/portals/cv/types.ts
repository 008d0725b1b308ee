/** The CV as the API answers it (apps/server/src/modules/cv/routes.ts). */
export interface Erhverv {
  uri: string;
  titel: string;
}
export interface Sprog {
  sprog: string;
  niveau: "modersmaal" | "flydende" | "godt" | "basis";
}
export interface Grundlag {
  timerMin: number;
  timerMax: number;
  maxAfstandKm: number;
  tilgaengeligFra: string | null;
  koerekort: string[];
  certifikater: string[];
  sprog: Sprog[];
  omMig: string | null;
  synlig: boolean;
  synligNaboer: boolean;
}
export interface Erfaring {
  id: string;
  erhverv: Erhverv | null;
  titel: string;
  arbejdsgiver: string | null;
  fra: string;
  til: string | null;
  beskrivelse: string | null;
}
export interface Uddannelse {
  id: string;
  titel: string;
  institution: string | null;
  niveau: string;
  fra: string | null;
  til: string | null;
  afsluttet: boolean;
}
export interface CvFaerdighed {
  uri: string;
  titel: string;
  kilde: "forslag" | "egen";
}
export interface Jobmaal {
  erhverv: Erhverv;
  brancheskift: boolean;
  prioritet: number;
}
export interface Cv extends Grundlag {
  findes: boolean;
  version: number;
  opdateret: string | null;
  erfaring: Erfaring[];
  uddannelse: Uddannelse[];
  faerdigheder: CvFaerdighed[];
  jobmaal: Jobmaal[];
}
export interface StaffCv extends Cv {
  borger: { id: string; navn: string };
}
export interface NyErfaring {
  erhvervUri: string | null;
  titel: string;
  arbejdsgiver: string | null;
  fra: string;
  til: string | null;
}
export interface NyUddannelse {
  titel: string;
  institution: string | null;
  niveau: string;
  fra: string | null;
  til: string | null;
  afsluttet: boolean;
}
export interface ForslagsGruppe {
  erhverv: { uri: string; titel: string; kilde: "erfaring" | "jobmaal" };
  faerdigheder: { uri: string; titel: string; essentiel: boolean }[];
}
export interface Brancheskift {
  fra: Erhverv;
  erhverv: {
    uri: string;
    titel: string;
    naerhed: number;
    faelles: Erhverv[];
    har: number;
    af: number;
    mangler: Erhverv[];
  }[];
}

export const NIVEAUER = [
  "grundskole",
  "gymnasial",
  "erhvervsuddannelse",
  "kort_videregaaende",
  "mellemlang",
  "lang",
  "kursus",
] as const;
export const SPROGNIVEAUER = ["modersmaal", "flydende", "godt", "basis"] as const;
export const KOEREKORT = ["B", "BE", "C1", "C", "CE", "D1", "D", "A", "AM"] as const;

export const grundlagAf = (cv: Cv): Grundlag => ({
  timerMin: cv.timerMin,
  timerMax: cv.timerMax,
  maxAfstandKm: cv.maxAfstandKm,
  tilgaengeligFra: cv.tilgaengeligFra,
  koerekort: cv.koerekort,
  certifikater: cv.certifikater,
  sprog: cv.sprog,
  omMig: cv.omMig,
  synlig: cv.synlig,
  synligNaboer: cv.synligNaboer,
});
