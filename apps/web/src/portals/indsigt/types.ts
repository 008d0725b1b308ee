/** The answers of the indsigt and aktindsigt API (apps/server/src/modules/sag/indsigt-routes.ts, modules/aktindsigt). */
export type GenstandArt = "notat" | "dokument" | "besked" | "dialogbesked";
export type Visningsart = "notat" | "dokument" | "brev" | "afgoerelse" | "dialog";
export const VISNINGSARTER: readonly Visningsart[] = ["notat", "dokument", "brev", "afgoerelse", "dialog"];

/** The kind shown for a stored kind (a letter is a `besked`, a dialog message a `dialogbesked`). */
export const artSomVisning = (art: GenstandArt): Visningsart =>
  art === "besked" ? "brev" : art === "dialogbesked" ? "dialog" : art;

export interface Henvisning {
  lov: string;
  paragraf: string;
  url?: string;
}

export interface Hjemmel {
  id: string;
  titel: string;
  forklaring: string;
  henvisning: Henvisning;
  sikkerhed: string;
}

export interface Punkt {
  art: GenstandArt;
  id: string;
  visningsart: Visningsart;
  dato: string;
  titel: string;
  kategori: string | null;
  rettetAf: string | null;
  bilag: string | null;
  /** a message of the secure dialog: its thread, which side wrote it, who, when, and its attachments' names */
  dialog: { traadId: string; fra: "borger" | "jobcenter"; afsender: string; tidspunkt: string; bilag: string[] } | null;
  undtaget: { id: string; begrundelse: string; hjemmel: Hjemmel; besluttet: string } | null;
}

export interface MinSag {
  antal: Record<"alle" | Visningsart, number>;
  undtagne: number;
  punkter: Punkt[];
}

export interface PunktDetalje extends Punkt {
  tekst: string | null;
  af: string | null;
  erPdf: boolean;
}

export interface Anmodning {
  id: string;
  oenske: string;
  periodeFra: string | null;
  periodeTil: string | null;
  form: "minside" | "post";
  modtaget: string;
  modtagetDato: string;
  frist: string;
  forventet: string | null;
  status: "modtaget" | "udsat" | "besvaret";
  tilstand: "aaben" | "overskredet" | "besvaret";
  svarSenest: string;
  regel: { id: string; titel: string; henvisninger: Henvisning[] };
  svar: { udfald: "fuld" | "delvis"; tekst: string; besvaret: string; af: string; dokumentId: string } | null;
  udsaettelser: { id: string; begrundelse: string; forventet: string; sendt: string; af: string; dokumentId: string }[];
}

export interface FristSvar {
  frist: string;
  regel: { id: string; titel: string; henvisninger: Henvisning[] };
}

export interface Undtagelse {
  id: string;
  art: GenstandArt;
  genstandId: string;
  titel: string | null;
  begrundelse: string;
  hjemmel: Hjemmel;
  besluttet: string;
  besluttetAf: string;
  ophaevet: string | null;
  ophaevetAf: string | null;
  ophaevetBegrundelse: string | null;
}

export interface SagsIndsigt {
  punkter: Punkt[];
  undtagelser: Undtagelse[];
  hjemler: Hjemmel[];
  anmodninger: Anmodning[];
}

export const punktNoegle = (p: { art: GenstandArt; id: string }) => `${p.art}-${p.id}`;
export const henvisningTekst = (h: Henvisning) => `${h.lov} ${h.paragraf}`;
