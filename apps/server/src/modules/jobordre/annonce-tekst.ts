/**
 * Text processing for skills in a job ad, pure: the words of a text with their place in it (character offsets), the
 * boundaries between sentences and list items (a phrase is never matched across one), and the Danish Snowball stem.
 */
import { stemmer } from "@orama/stemmers/danish";

/** A word of the text. */
export interface Ord {
  /** lower case, as written */
  ord: string;
  /** the Danish Snowball stem of `ord` */
  stamme: string;
  /** character offsets in the text (NFC-normalised), `slut` exclusive */
  start: number;
  slut: number;
  /** a sentence, clause or list boundary lies between this word and the one before it */
  graense: boolean;
}

/** Letters (any script) and digits; "C-kørekort" is two words, "c" and "kørekort". */
const ORD = /[\p{L}\p{N}]+/gu;
/** Characters between two words that end a sentence, clause or list item. */
const GRAENSE = /[.,;:!?()[\]{}\n\r•·*|"“”»«]/;

export const stam = (w: string): string => (w.length > 2 ? stemmer(w) : w);

/** The words of a text; without `stammer` the stem is the word itself (for English phrases, which are not stemmed). */
export function ordAf(tekst: string, stammer = true): Ord[] {
  const ud: Ord[] = [];
  const t = tekst.normalize("NFC");
  let forrige = 0;
  for (const m of t.matchAll(ORD)) {
    const start = m.index;
    const ord = m[0].toLowerCase();
    ud.push({
      ord,
      stamme: stammer ? stam(ord) : ord,
      start,
      slut: start + m[0].length,
      graense: GRAENSE.test(t.slice(forrige, start)),
    });
    forrige = start + m[0].length;
  }
  return ud;
}

/**
 * Small words left out of a phrase when it is matched ("indgå i et team" is matched as "indgå … team", so "indgå i
 * vores team" matches too). A phrase of small words only keeps them.
 */
export const SMAAORD = new Set(
  (
    "af at de den der det du din dine dit dig en et for fra i med og om på sig sin sine sit som til vi vores jeres " +
    "the a an and of in on to for with at by or"
  ).split(" "),
);
