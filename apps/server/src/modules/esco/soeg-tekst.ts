/**
 * Text processing for the occupation search (pure): normalising a job title as a person types it, folding the Danish
 * letters, stop words, a small table of common Danish job-language abbreviations, the Danish Snowball stemmer, and
 * the edit-distance helpers used for typos. The same processing runs over the ESCO labels when the index is built and
 * over the query when it is asked, so both sides always meet on the same keys.
 */
import { stemmer } from "@orama/stemmers/danish";

/**
 * Lower case, Unicode NFKC, driving-licence classes joined ("C/E" → "ce", "C1/E" → "c1e"), apostrophes of Danish
 * genitives and agent nouns dropped ("hk'er" → "hker"), every other character that is not a letter or digit to a space.
 */
export function normaliser(tekst: string): string {
  return tekst
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\b([a-d]1?)\s*[/+-]\s*(e)\b/g, "$1$2")
    .replace(/(\p{L})['’´`](\p{L})/gu, "$1$2")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** æ/ø/å (and their neighbours from other languages) as the two-letter spellings a keyboard without them gives. */
export function fold(ord: string): string {
  return ord.replace(/æ|ä/g, "ae").replace(/ø|ö/g, "oe").replace(/å/g, "aa").normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * Words that carry no occupation: Danish and English function words, and the usual words of a job ad's title
 * ("Lagermedarbejder søges til travlt lager", "Erfaren tømrer (m/k) til fast stilling"). Folded spelling.
 */
export const STOPORD: ReadonlySet<string> = new Set(
  (
    "og i for inden paa af til med en et den det de der ved under hos om fra eller samt som mv mm osv evt " +
    "the of and in on at to a an with or for by as " +
    "m k mk kvinde soeges soeger soeg vi dig du os gerne dygtig dygtige erfaren erfarne ny nye travlt travl " +
    "stilling stillinger fuldtid deltid fast faste job jobs timer timeloennet vikariat barselsvikariat " +
    "omgaaende snarest straks hurtigst muligt mulig"
  )
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Abbreviations and informal words of Danish job language, each read as the words it stands for. A key also
 * works as the first part of a compound ("sosuassistent" → "social og sundhedsassistent"). General knowledge of
 * Danish job titles, folded spelling.
 */
export const FORKORTELSER: Readonly<Record<string, string>> = {
  sosu: "social og sundheds",
  ssa: "social og sundhedsassistent",
  ssh: "social og sundhedshjaelper",
  pau: "paedagogisk assistent",
  paed: "paedagog",
  ikt: "it",
  hker: "kontorassistent",
  hk: "kontor",
  pedel: "vicevaert",
  taxa: "taxi",
  vvser: "vvs installatoer",
};

/** Driving-licence classes after "chauffør"/"fører": what the person drives. */
const KOEREKORT: Readonly<Record<string, string>> = {
  c: "lastbil",
  ce: "lastbil",
  c1: "lastbil",
  c1e: "lastbil",
  d: "bus",
  de: "bus",
  d1: "bus",
};

/**
 * Heads of compounds that are near each other in Danish job titles: the second form is found from the first with
 * the given similarity ("lagermand" → lagerarbejder, "lagerchef" → lagerleder, "truckchauffør" → truckfører).
 */
export const DELSYNONYMER: readonly [string, string, number][] = [
  ["mand", "arbejder", 0.8],
  ["mand", "medarbejder", 0.8],
  ["dame", "medarbejder", 0.8],
  ["dame", "assistent", 0.75],
  ["kone", "medarbejder", 0.75],
  ["pige", "medhjaelper", 0.75],
  ["arbejder", "medarbejder", 0.85],
  ["medarbejder", "arbejder", 0.85],
  ["medarbejder", "assistent", 0.75],
  ["assistent", "medarbejder", 0.75],
  ["hjaelper", "medhjaelper", 0.85],
  ["medhjaelper", "hjaelper", 0.85],
  ["medhjaelper", "assistent", 0.75],
  ["chef", "leder", 0.85],
  ["leder", "chef", 0.85],
  ["chauffoer", "foerer", 0.8],
  ["foerer", "chauffoer", 0.8],
  ["ekspedient", "assistent", 0.75],
  ["saelger", "salgsassistent", 0.75],
];

/** The words of a normalised, folded text after abbreviations and licence classes are read. */
export function ord(tekst: string): string[] {
  const raa = fold(normaliser(tekst)).split(" ").filter(Boolean);
  const harFoerer = raa.some((o) => o.includes("chauff") || o.endsWith("foerer") || o === "koerekort");
  const ud: string[] = [];
  for (const o of raa) {
    const k = harFoerer && Object.hasOwn(KOEREKORT, o) ? KOEREKORT[o] : undefined;
    if (k) {
      ud.push(k);
      continue;
    }
    const f = Object.hasOwn(FORKORTELSER, o) ? FORKORTELSER[o] : undefined;
    if (f !== undefined) {
      ud.push(...f.split(" "));
      continue;
    }
    const forled = forkortetForled(o);
    if (forled) {
      ud.push(...forled);
      continue;
    }
    if (!STOPORD.has(o)) ud.push(o);
  }
  return ud.filter((o) => !STOPORD.has(o));
}

/** "sosuassistent" → ["social", "og", "sundhedsassistent"]: an abbreviation as the first part of a compound. */
function forkortetForled(o: string): string[] | null {
  for (const forled of ["sosu", "ssa", "ssh"]) {
    if (o.length > forled.length + 2 && o.startsWith(forled)) {
      const udvidet = FORKORTELSER[forled]!.split(" ");
      const sidste = udvidet.pop()!;
      const rest = o.slice(forled.length);
      return [...udvidet, forled === "sosu" ? sidste + rest : rest];
    }
  }
  return null;
}

/** The Danish Snowball stem of a folded word. */
export function stamme(o: string): string {
  return o.length <= 3 ? o : stemmer(o);
}

/** Edit distance of a and b with transpositions (restricted Damerau–Levenshtein), giving up above `max`. */
export function afstand(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let forrige2 = new Array<number>(n + 1).fill(0);
  let forrige = Array.from({ length: n + 1 }, (_, j) => j);
  let denne = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    denne[0] = i;
    let raekkeMin = i;
    for (let j = 1; j <= n; j++) {
      const pris = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(forrige[j]! + 1, denne[j - 1]! + 1, forrige[j - 1]! + pris);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, forrige2[j - 2]! + 1);
      denne[j] = v;
      if (v < raekkeMin) raekkeMin = v;
    }
    if (raekkeMin > max) return max + 1;
    [forrige2, forrige, denne] = [forrige, denne, forrige2];
  }
  return forrige[n]!;
}

/** The strings made by deleting one character (for the one-edit neighbourhood index). */
export function sletninger(o: string): string[] {
  const ud: string[] = [];
  for (let i = 0; i < o.length; i++) ud.push(o.slice(0, i) + o.slice(i + 1));
  return ud;
}

/** Character trigrams of a text (words padded with a space on each side), as a set. */
export function trigrammer(tekst: string): Set<string> {
  const ud = new Set<string>();
  for (const o of tekst.split(" ")) {
    if (!o) continue;
    const p = ` ${o} `;
    for (let i = 0; i + 3 <= p.length; i++) ud.add(p.slice(i, i + 3));
  }
  return ud;
}
