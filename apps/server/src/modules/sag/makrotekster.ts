/**
 * The administrator's maintenance of the municipality's macro texts: the check of a text's {{placeholders}} against
 * the catalogue (pure), and the store functions (under row-level security, so only the own municipality's texts).
 * A macro text is never deleted, because notes refer to the macro they were written from; it is deactivated instead,
 * which hides it from the caseworkers.
 */
import type { Tx } from "../../platform/db/tenant.ts";
import type { Lang } from "../../platform/http/errors.ts";
import { REFERAT_PLADSHOLDERE } from "../samtale/referat.ts";
import { erMakroFelt, MAKRO_FELTER, type MakroFelt } from "./model.ts";

/**
 * The categories a macro text (and the note written from it) can have. "referatskabelon" is the municipality's
 * template for minutes drafted from a transcript (modules/samtale/referat.ts): it uses the minutes' own fields and is
 * not offered in the caseworker's note editor.
 */
export const MAKRO_KATEGORIER = [
  "notat",
  "samtale",
  "telefon",
  "helbred",
  "tilbud",
  "sanktion",
  "referatskabelon",
] as const;
export type MakroKategori = (typeof MAKRO_KATEGORIER)[number];
export const REFERATSKABELON = "referatskabelon";

/** Anything between {{ and }}; what udfyldMakro fills is a known name with optional spaces around it. */
const PLADSHOLDER = /\{\{([^{}]*)\}\}/g;
/** How much of an unknown placeholder is repeated in the message. */
const MAKS_NAVN = 40;

export interface MakroKontrol {
  /** the placeholders not in the catalogue, as written (without braces and surrounding spaces), each once */
  ukendte: string[];
  /** a {{ or }} that does not belong to a whole placeholder, e.g. "{{navn}" */
  ufuldstaendig: boolean;
}

/**
 * Checks a macro text's placeholders: every {{felt}} must be one of MAKRO_FELTER (for a minutes template: one of the
 * minutes' fields), and every {{ must be closed.
 */
export function kontrollerMakro(tekst: string, kategori?: string): MakroKontrol {
  const kendt = kategori === REFERATSKABELON ? (n: string) => REFERAT_PLADSHOLDERE.includes(n) : erMakroFelt;
  const ukendte: string[] = [];
  for (const m of tekst.matchAll(PLADSHOLDER)) {
    const navn = m[1]!.trim();
    if (!kendt(navn) && !ukendte.includes(navn)) ukendte.push(navn);
  }
  const rest = tekst.replace(PLADSHOLDER, "");
  return { ukendte, ufuldstaendig: rest.includes("{{") || rest.includes("}}") };
}

const vis = (navn: string) => `{{${navn.length > MAKS_NAVN ? `${navn.slice(0, MAKS_NAVN)}…` : navn}}}`;

/**
 * The field errors for a macro text's placeholders (path `body.tekst`), in the user's language; empty when the text
 * is fine.
 */
export function makroFejl(tekst: string, lang: Lang, kategori?: string): { path: string; message: string }[] {
  const { ukendte, ufuldstaendig } = kontrollerMakro(tekst, kategori);
  const fejl: { path: string; message: string }[] = [];
  if (ukendte.length) {
    const liste = ukendte.map(vis).join(", ");
    fejl.push({
      path: "body.tekst",
      message:
        lang === "en"
          ? `The text uses ${ukendte.length === 1 ? "a field" : "fields"} Jobunivers does not know: ${liste}. Use only the fields in the list.`
          : `Teksten bruger ${ukendte.length === 1 ? "et felt" : "felter"}, som Jobunivers ikke kender: ${liste}. Brug kun felterne i listen.`,
    });
  }
  if (ufuldstaendig) {
    fejl.push({
      path: "body.tekst",
      message:
        lang === "en"
          ? "The text has a field that is not written correctly. Write a field with two curly brackets on each side, e.g. {{navn}}."
          : "Teksten har et felt, der ikke er skrevet rigtigt. Skriv et felt med to krøllede parenteser på hver side, fx {{navn}}.",
    });
  }
  return fejl;
}

/** The placeholder catalogue for the administrator's editor: name and Danish description. */
export const makroKatalog = () =>
  (Object.entries(MAKRO_FELTER) as [MakroFelt, string][]).map(([navn, beskrivelse]) => ({ navn, beskrivelse }));

/** The minutes template's fields, filled from the draft (modules/samtale/referat.ts). */
export const referatKatalog = () => [
  { navn: "deltagere", beskrivelse: "Deltagerne i samtalen" },
  { navn: "tidspunkt", beskrivelse: "Dato og klokkeslæt for samtalen" },
  { navn: "kanal", beskrivelse: "Hvordan samtalen blev holdt (telefon eller video)" },
  { navn: "droeftet", beskrivelse: "Hvad der blev drøftet, emne for emne, med citater fra udskriften" },
  { navn: "aftaler", beskrivelse: "Aftalerne: hvem gør hvad, og hvornår" },
];

// ---------------------------------------------------------------------------------------------------------------------
// Store
// ---------------------------------------------------------------------------------------------------------------------

const KOLONNER = ["id", "titel", "kategori", "tekst", "aktiv"] as const;

export interface MakroIndhold {
  titel: string;
  kategori: MakroKategori;
  tekst: string;
}

/** All the municipality's macro texts, active and inactive, by category and title. */
export async function alleMakrotekster(tx: Tx) {
  return tx.selectFrom("makrotekst").select(KOLONNER).orderBy("kategori").orderBy("titel").orderBy("id").execute();
}

/**
 * Creates a macro text with the given id. A retry with the same id (the client's idempotency key) gets the text it
 * made the first time; undefined if the id is taken by a text the municipality cannot see.
 */
export async function opretMakrotekst(tx: Tx, kommunekode: string, id: string, m: MakroIndhold) {
  const ny = await tx
    .insertInto("makrotekst")
    .values({ id, kommunekode, ...m, aktiv: true })
    .onConflict((oc) => oc.column("id").doNothing())
    .returning(KOLONNER)
    .executeTakeFirst();
  return ny ?? tx.selectFrom("makrotekst").select(KOLONNER).where("id", "=", id).executeTakeFirst();
}

/**
 * Changes a macro text; fields left out stay as they are. `aktiv: false` deactivates it (hidden from the
 * caseworkers), `aktiv: true` activates it again. Undefined if the municipality has no such text.
 */
export async function opdaterMakrotekst(tx: Tx, id: string, aendringer: Partial<MakroIndhold & { aktiv: boolean }>) {
  const saet = Object.fromEntries(Object.entries(aendringer).filter(([, v]) => v !== undefined));
  if (Object.keys(saet).length === 0)
    return tx.selectFrom("makrotekst").select(KOLONNER).where("id", "=", id).executeTakeFirst();
  return tx.updateTable("makrotekst").set(saet).where("id", "=", id).returning(KOLONNER).executeTakeFirst();
}
