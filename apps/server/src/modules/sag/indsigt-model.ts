/**
 * The citizen's full access to their own case (Min sag), as pure logic: which items there are, what kind each is to
 * the citizen (note, document, letter, decision), the legal bases a municipality may withhold an item on (kept as data
 * with their references), and the one list that puts every item and every withholding decision together. No I/O: the
 * store reads the rows, the routes present the list.
 *
 * What counts as what (docs/indsigt.md):
 * - a journal note (notat) is a note; notes have no draft state in the case file (a saved note is final and a
 *   correction is a new note), so every note is shown, the corrected one too. Draft conversation minutes are not notes
 *   and are not part of the case until approved.
 * - a letter is a message the jobcentre sent the citizen (besked), and a document of the category "brev" (the PDF
 *   letters, e.g. an invitation);
 * - a decision is a document of a decision category (AFGOERELSE_KATEGORIER: a grant, "bevilling", or a decision,
 *   "afgoerelse", such as the answer to an aktindsigt request);
 * - every other document is a document;
 * - a message of the secure dialog (dialogbesked, from the citizen or from the jobcentre) is a dialog message, one
 *   item per message (not per thread), so that a withholding decision and an aktindsigt selection can name one message
 *   (forvaltningsloven § 15 c: only what a basis covers is withheld). Its title is the thread's subject.
 */
import type { Henvisning, Sikkerhed } from "../regler/model.ts";

/** The kinds of stored item a withholding decision can name. */
export const GENSTAND_ARTER = ["notat", "dokument", "besked", "dialogbesked"] as const;
export type GenstandArt = (typeof GENSTAND_ARTER)[number];

/** The kinds the citizen sees and filters by. */
export const VISNINGSARTER = ["notat", "dokument", "brev", "afgoerelse", "dialog"] as const;
export type Visningsart = (typeof VISNINGSARTER)[number];

/** Document categories that are decisions (afgørelser). */
export const AFGOERELSE_KATEGORIER: readonly string[] = ["bevilling", "afgoerelse"];
/** Document categories that are letters to the citizen. */
export const BREV_KATEGORIER: readonly string[] = ["brev"];

export function visningsart(art: GenstandArt, kategori: string | null): Visningsart {
  if (art === "notat") return "notat";
  if (art === "besked") return "brev";
  if (art === "dialogbesked") return "dialog";
  if (kategori && AFGOERELSE_KATEGORIER.includes(kategori)) return "afgoerelse";
  if (kategori && BREV_KATEGORIER.includes(kategori)) return "brev";
  return "dokument";
}

/** A legal basis for withholding an item from the party's own access, with its reference. */
export interface Hjemmel {
  id: string;
  titel: { da: string; en: string };
  /** what it covers, in words the citizen can read */
  forklaring: { da: string; en: string };
  henvisning: Henvisning;
  sikkerhed: Sikkerhed;
}

const FVL = "Forvaltningsloven";
const FVL_URL = "https://www.retsinformation.dk/eli/lta/2014/433";

/**
 * The bases a jobcentre may withhold on when the citizen is the party of the case (forvaltningsloven chapter 4,
 * §§ 12–15 b; § 15 c: only the part of a document the basis covers may be withheld). The exact number within §§ 15 a
 * and 15 b is marked "middel": a lawyer should check the wording the municipality uses.
 */
export const HJEMLER: readonly Hjemmel[] = [
  {
    id: "FVL-12-INTERN",
    titel: { da: "Internt arbejdsdokument", en: "Internal working document" },
    forklaring: {
      da: "Dokumentet er udarbejdet til jobcentrets egen interne overvejelse og er ikke sendt til andre. Faktiske oplysninger, der har betydning for sagen, og den endelige afgørelse er ikke undtaget.",
      en: "The document was made for the jobcentre's own internal deliberation and was not sent to anyone. Facts that matter to the case and the final decision are not withheld.",
    },
    henvisning: { lov: FVL, paragraf: "§ 12, stk. 1", url: FVL_URL },
    sikkerhed: "høj",
  },
  {
    id: "FVL-14-SAGKYNDIG",
    titel: {
      da: "Brevveksling med sagkyndige om en retssag",
      en: "Correspondence with experts about legal proceedings",
    },
    forklaring: {
      da: "Brevveksling med sagkyndige til brug i en retssag eller ved overvejelse af, om en retssag bør føres.",
      en: "Correspondence with experts for use in legal proceedings or in considering whether to bring them.",
    },
    henvisning: { lov: FVL, paragraf: "§ 14, nr. 1", url: FVL_URL },
    sikkerhed: "middel",
  },
  {
    id: "FVL-15A-KONTROL",
    titel: { da: "Hensyn til kontrol eller efterforskning", en: "Regard for control or investigation" },
    forklaring: {
      da: "Oplysningerne kan ikke gives nu, fordi det ville skade en igangværende kontrol eller efterforskning af en lovovertrædelse.",
      en: "The information cannot be given now because it would harm ongoing control or the investigation of an offence.",
    },
    henvisning: { lov: FVL, paragraf: "§ 15 a", url: FVL_URL },
    sikkerhed: "middel",
  },
  {
    id: "FVL-15B-ANDRE",
    titel: { da: "Oplysninger om andre personer", en: "Information about other people" },
    forklaring: {
      da: "Oplysningerne handler om andre personers private forhold, og hensynet til dem vejer tungere end din interesse i at se dem.",
      en: "The information concerns other people's private affairs, and regard for them outweighs your interest in seeing it.",
    },
    henvisning: { lov: FVL, paragraf: "§ 15 b, nr. 1", url: FVL_URL },
    sikkerhed: "middel",
  },
  {
    id: "FVL-15B-PARTEN",
    titel: { da: "Hensyn til dig selv", en: "Regard for yourself" },
    forklaring: {
      da: "Oplysningerne, fx om helbred, kan skade dig at få at vide på denne måde. De kan i stedet gives gennem en læge eller en anden sagkyndig.",
      en: "The information, e.g. about health, could harm you to learn this way. It can be given through a doctor or another expert instead.",
    },
    henvisning: { lov: FVL, paragraf: "§ 15 b, nr. 1", url: FVL_URL },
    sikkerhed: "middel",
  },
];

export const HJEMMEL_IDER = HJEMLER.map((h) => h.id) as [string, ...string[]];

export function hjemmel(id: string): Hjemmel {
  const h = HJEMLER.find((x) => x.id === id);
  if (!h) throw new Error(`ukendt hjemmel ${id}`);
  return h;
}

/** "Forvaltningsloven § 12, stk. 1". */
export const henvisningTekst = (h: Henvisning) => `${h.lov} ${h.paragraf}`;

export interface NotatRaekke {
  id: string;
  dato: string;
  kategori: string;
  emne: string;
  forfatter_navn: string;
  oprettet: Date | string;
  retter_id: string | null;
}
export interface DokumentRaekke {
  id: string;
  dato: string;
  titel: string;
  kategori: string;
  mimetype: string;
  filnavn: string;
  uploadet: Date | string;
}
export interface BeskedRaekke {
  id: string;
  dato: string;
  emne: string;
  art: string;
  dokument_id: string | null;
  oprettet: Date | string;
}
/** A message of the secure dialog with its thread's subject and the names of its attachments. */
export interface DialogBeskedRaekke {
  id: string;
  dato: string;
  traad_id: string;
  emne: string;
  fra: "borger" | "jobcenter";
  afsender_navn: string;
  oprettet: Date | string;
  bilag: string[];
}
export interface UndtagelseRaekke {
  id: string;
  genstand_art: GenstandArt;
  genstand_id: string;
  begrundelse: string;
  hjemmel: string;
  besluttet: Date | string;
  besluttet_af_navn: string;
  ophaevet: Date | string | null;
}

/** One item of the citizen's case as the citizen's list shows it. */
export interface Punkt {
  art: GenstandArt;
  id: string;
  visningsart: Visningsart;
  dato: string;
  /** for ordering items of the same day: when it was written, uploaded or sent */
  tidspunkt: string;
  titel: string;
  kategori: string | null;
  /** null when readable; otherwise the decision that withholds it */
  undtaget: { id: string; begrundelse: string; hjemmel: Hjemmel; besluttet: string } | null;
  /** a note that a later note corrects */
  rettetAf: string | null;
  /** a letter's attached document */
  bilag: string | null;
  /** a dialog message: its thread, which side wrote it, the writer's name, when, and the names of its attachments */
  dialog?: DialogInfo | null;
}

export interface DialogInfo {
  traadId: string;
  fra: "borger" | "jobcenter";
  afsender: string;
  tidspunkt: string;
  bilag: string[];
}

const iso = (d: Date | string) => new Date(d).toISOString();
export const noegle = (art: GenstandArt, id: string) => `${art}:${id}`;

/**
 * Every note, document, letter and dialog message of the case, newest first, each either readable or withheld by the decision in
 * force on it. Lifted decisions withhold nothing. Nothing is left out.
 */
export function samlIndsigt(
  r: {
    notater: NotatRaekke[];
    dokumenter: DokumentRaekke[];
    beskeder: BeskedRaekke[];
    dialogbeskeder?: DialogBeskedRaekke[];
  },
  undtagelser: readonly UndtagelseRaekke[],
): Punkt[] {
  const aktive = new Map<string, UndtagelseRaekke>();
  for (const u of undtagelser) if (!u.ophaevet) aktive.set(noegle(u.genstand_art, u.genstand_id), u);
  const undtaget = (art: GenstandArt, id: string): Punkt["undtaget"] => {
    const u = aktive.get(noegle(art, id));
    return u
      ? { id: u.id, begrundelse: u.begrundelse, hjemmel: hjemmel(u.hjemmel), besluttet: iso(u.besluttet) }
      : null;
  };
  const rettelser = new Map(r.notater.filter((n) => n.retter_id).map((n) => [n.retter_id!, n.id]));
  const punkter: Punkt[] = [
    ...r.notater.map((n) => ({
      art: "notat" as const,
      id: n.id,
      visningsart: visningsart("notat", n.kategori),
      dato: n.dato,
      tidspunkt: iso(n.oprettet),
      titel: n.emne,
      kategori: n.kategori,
      undtaget: undtaget("notat", n.id),
      rettetAf: rettelser.get(n.id) ?? null,
      bilag: null,
      dialog: null,
    })),
    ...r.dokumenter.map((d) => ({
      art: "dokument" as const,
      id: d.id,
      visningsart: visningsart("dokument", d.kategori),
      dato: d.dato,
      tidspunkt: iso(d.uploadet),
      titel: d.titel,
      kategori: d.kategori,
      undtaget: undtaget("dokument", d.id),
      rettetAf: null,
      bilag: null,
      dialog: null,
    })),
    ...r.beskeder.map((b) => ({
      art: "besked" as const,
      id: b.id,
      visningsart: visningsart("besked", null),
      dato: b.dato,
      tidspunkt: iso(b.oprettet),
      titel: b.emne,
      kategori: b.art,
      undtaget: undtaget("besked", b.id),
      rettetAf: null,
      bilag: b.dokument_id,
      dialog: null,
    })),
    ...(r.dialogbeskeder ?? []).map((m) => {
      const u = undtaget("dialogbesked", m.id);
      return {
        art: "dialogbesked" as const,
        id: m.id,
        visningsart: visningsart("dialogbesked", null),
        dato: m.dato,
        tidspunkt: iso(m.oprettet),
        titel: m.emne,
        kategori: m.fra,
        undtaget: u,
        rettetAf: null,
        bilag: null,
        // a withheld message keeps its subject, side, writer and time; its text and attachments are withheld
        dialog: {
          traadId: m.traad_id,
          fra: m.fra,
          afsender: m.afsender_navn,
          tidspunkt: iso(m.oprettet),
          bilag: u ? [] : m.bilag,
        },
      };
    }),
  ];
  return punkter.sort(nyesteFoerst);
}

/** Newest first: by date, then by the time it was made, then by id (a stable order). */
export function nyesteFoerst(a: Punkt, b: Punkt): number {
  if (a.dato !== b.dato) return a.dato < b.dato ? 1 : -1;
  if (a.tidspunkt !== b.tidspunkt) return a.tidspunkt < b.tidspunkt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The Danish name of a kind, for the PDF and the letters. */
export const VISNINGSART_NAVN: Record<Visningsart, string> = {
  notat: "Journalnotat",
  dokument: "Dokument",
  brev: "Brev",
  afgoerelse: "Afgørelse",
  dialog: "Besked i dialogen",
};
