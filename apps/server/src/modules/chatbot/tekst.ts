/**
 * The chatbot's text processing, pure: CPR masking, normalising and tokenising a Danish question, stop words, the
 * Danish Snowball stemmer, and the municipality's synonym groups (single words and phrases) mapped onto one term.
 * The same processing runs over the articles when the index is built and over the question when it is asked.
 */
import { stemmer } from "@orama/stemmers/danish";

/** A CPR number as a person types it: ddmmyy-ssss, ddmmyyssss or ddmmyy ssss (no digit right before or after). */
const CPR = /(?<!\d)(\d{6})[-\s]?(\d{4})(?!\d)/g;

/** The question with every CPR-like number replaced by a mask (before it is stored, logged or forwarded). */
export function maskerCpr(tekst: string): string {
  return tekst.replace(CPR, "XXXXXX-XXXX");
}

export const harCpr = (tekst: string): boolean => new RegExp(CPR.source).test(tekst);

/**
 * Question words kept as terms (they tell a why-question from a how-question) but not counted against a match when
 * an article does not have them.
 */
export const SVAGE = new Set(["hvorfor", "hvornår", "hvem", "why", "when", "who"]);

/**
 * Words that carry no topic in a question. Question words and the pronouns are kept out of retrieval; the intent
 * detection reads the raw tokens, where "min", "jeg" and "hvornår" matter.
 */
export const STOPORD = new Set(
  (
    "af alle alt andet andre at bare begge blev blive bliver da de dem den denne der deres det dette dig din dine disse dit du " +
    "efter eller en end er et for fra fik få får gør gøre gjorde ha hvad hende hendes her hos hvis hvor hvordan " +
    "hvilke hvilken hvilket hun han hans have har havde hej i ikke ind jeg jer jo kan kunne lige man med " +
    "meget men mere mig min mine mit mod må mon ned noget nogen nogle nu når og også om op os over på sig sin sine sit skal " +
    "skulle som så sådan til under ud var vi vil ville være været ved vel hvornaar paa naar faa gaar saa dig ok okay tak " +
    "please lige altså egentlig nok helt rigtig rigtigt bare sgu lidt ud hvorledes ift mht evt osv fx eks ens " +
    "se gerne hele nu går igår idag imorgen morgen venligst hejsa spørgsmål spørge tror synes vide nødt glemt glemte " +
    "mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts april maj juni juli august september " +
    "oktober november december systemet system appen hjemmesiden nettet online " +
    // colloquial fillers and conjunctions that carry no topic ("selvom jeg er ledig", "mens jeg er syg", "pga")
    "selvom mens overhovedet pga grundet fordi dog stadig stadigvæk altid bare allerede stå står stod " +
    // "hvor finder jeg …" asks where, in front of any topic
    "finde finder find fandt " +
    // simple English: the small words around the topic ("when do I get paid")
    "the an do does did get got my me is are am was were to from of in on at can could how what where which will " +
    "would should have has had it this that with be you your there any about if"
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** At most one edit (insert, delete, substitute, or two neighbours swapped: "samtlae") apart: one typo. */
export function enRettelse(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length < b.length) [a, b] = [b, a];
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (a.length !== b.length) return a.slice(i + 1) === b.slice(i);
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Lower case, Danish letters kept, the old spellings aa/ae/oe left as typed, punctuation to spaces. */
export function normaliser(tekst: string): string {
  return tekst
    .toLowerCase()
    .normalize("NFC")
    .replace(/[^a-z0-9æøåéü]+/g, " ")
    .trim();
}

/** Colloquial and chat spellings of small words, read as the written word ("kan ik komme", "hva gør jeg"). */
const SKRIVEMAADER: Record<string, string> = {
  ik: "ikke",
  ikk: "ikke",
  ikek: "ikke",
  hva: "hvad",
  hvaa: "hvad",
  va: "hvad",
  ka: "kan",
  hvornå: "hvornår",
  hvorn: "hvornår",
  sku: "skulle",
};

/** The words of a text, lower case, in order, colloquial spellings of small words read as written. */
export const ord = (tekst: string): string[] =>
  normaliser(tekst)
    .split(" ")
    .filter(Boolean)
    .map((w) => SKRIVEMAADER[w] ?? w);

/**
 * Phrases of several words that carry no topic, left out of retrieval as the weekdays are: time adverbs that say
 * when, not what ("i dag", "i denne uge"; "om ugen", per week, is not among them: it belongs to the job log's
 * questions), and the frame "få hjælp til", which says that something is asked, not what (its "hjælp" would
 * otherwise match the articles about kontanthjælp).
 */
const FYLDUDTRYK: readonly (readonly string[])[] = [
  ["få", "hjælp", "til"],
  ["hjælp", "til"],
  ["i", "denne", "uge"],
  ["i", "den", "her", "uge"],
  ["i", "næste", "uge"],
  ["i", "sidste", "uge"],
  ["i", "dag"],
  ["i", "går"],
  ["i", "morgen"],
  ["i", "aften"],
  ["i", "weekenden"],
  ["hele", "tiden"],
  ["denne", "uge"],
  ["næste", "uge"],
  ["sidste", "uge"],
  ["today"],
  ["tomorrow"],
  ["yesterday"],
];

/** Pronouns that come between the verb and the rest in a Danish question ("laver jeg en aftale", "tager man fri"). */
const INVERSION = new Set(["jeg", "man", "du", "vi", "i"]);

/** How a text is turned into terms: with or without the stemmer (the evaluation's baseline is without). */
export interface Behandling {
  stamme: boolean;
  synonymer: boolean;
}
export const FULD: Behandling = { stamme: true, synonymer: true };
export const UDEN_STAMME_OG_SYNONYMER: Behandling = { stamme: false, synonymer: false };

export const stam = (w: string, b: Behandling = FULD): string => (b.stamme && w.length > 2 ? stemmer(w) : w);

/**
 * The synonym groups as a lookup: each word or phrase (stemmed, as a sequence of terms) maps to the group's first
 * word, its canonical term. Longer phrases are tried first.
 */
export interface Synonymer {
  fraser: { terms: string[]; kanonisk: string }[];
}

export function byggSynonymer(grupper: readonly (readonly string[])[], b: Behandling = FULD): Synonymer {
  const fraser: Synonymer["fraser"] = [];
  for (const gruppe of grupper) {
    const kanonisk = ord(gruppe[0] ?? "")
      .map((w) => stam(w, b))
      .join("_");
    if (!kanonisk) continue;
    for (const udtryk of gruppe) {
      const terms = ord(udtryk).map((w) => stam(w, b));
      if (terms.length > 0) fraser.push({ terms, kanonisk });
    }
  }
  fraser.sort((a, b2) => b2.terms.length - a.terms.length);
  return { fraser };
}

export const INGEN_SYNONYMER: Synonymer = { fraser: [] };

/**
 * The terms of a text: words (stop words out, unless a synonym phrase uses them), stemmed, with every synonym (or
 * synonym phrase) replaced by its group's canonical term. A word that is both kept as itself and mapped adds the
 * canonical term only.
 */
export function termer(tekst: string, syn: Synonymer, b: Behandling = FULD): string[] {
  const raa = ord(tekst);
  const stammer = raa.map((w) => stam(w, b));
  const ud: string[] = [];
  let i = 0;
  while (i < raa.length) {
    const fyld = FYLDUDTRYK.find((x) => x.every((w, k) => raa[i + k] === w));
    if (fyld) {
      i += fyld.length;
      continue;
    }
    let match: Synonymer["fraser"][number] | undefined;
    let laengde = 0;
    if (b.synonymer) {
      for (const f of syn.fraser) {
        if (f.terms.length > raa.length - i) continue;
        if (f.terms.every((t, k) => stammer[i + k] === t)) {
          match = f;
          laengde = f.terms.length;
          break;
        }
        // a phrase of several words with the subject after its verb, as a question has it ("laver jeg en aftale")
        if (
          f.terms.length > 1 &&
          f.terms.length < raa.length - i &&
          stammer[i] === f.terms[0] &&
          INVERSION.has(raa[i + 1]!) &&
          f.terms.every((t, k) => k === 0 || stammer[i + k + 1] === t)
        ) {
          match = f;
          laengde = f.terms.length + 1;
          break;
        }
      }
    }
    if (match) {
      ud.push(match.kanonisk);
      i += laengde;
      continue;
    }
    const w = raa[i]!;
    if (!STOPORD.has(w) && w.length > 1) ud.push(stammer[i]!);
    i++;
  }
  return ud;
}
