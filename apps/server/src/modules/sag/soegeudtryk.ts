/**
 * Caseworkers' search queries in Danish, turned into a tsquery for `to_tsquery('danish', $1)` (always as a bound
 * parameter) that matches the generated `soeg` columns of notat and dokument (to_tsvector('danish', …)).
 *
 * What a query can say:
 *   udeblev fra samtalen      every word must occur (AND); stop words such as "fra" are left out, as PostgreSQL does
 *   "ondt i ryggen"           a phrase: the words in this order (<->); also „…“ and »…«
 *   praktik -løntilskud       a leading "-" excludes a word or a "phrase" (what the word alone would find)
 *   rygsmert*                 a trailing "*" matches words that begin so (:*)
 *   lægeerklæring 2025        a year 1990–2100 is not a word to find but a date filter: lægeerklæringer dated 2025
 *                             (only when something else is searched for; "2025" alone searches for the text 2025)
 *
 * Every term is single-quoted and escaped, so no input can produce a tsquery syntax error; the operators are ours.
 *
 * PostgreSQL's Danish (Snowball) stemmer unites regular inflections (samtale/samtalen/samtaler → samtal,
 * lægeerklæring/lægeerklæringen → lægeerklæring, ryg/ryggen → ryg, udeblev/udeblevet → udeblev) but not irregular
 * verbs (udeblev ≠ udeblive, gik ≠ gå), nor many weak verbs' past tense (mødte ≠ møde, ringede ≠ ringe). So:
 *   - a word that is, or ends in (after a prefix such as ude-, frem-, af-), a form in UREGELMAESSIGE becomes an OR of
 *     all the verb's forms: "udeblev" → udeblev | udeblive | udebliver | udeblevet;
 *   - any other word ending in -ede also looks for -e and vice versa: "ringede" → ringede | ringe;
 *   - a word of 3–4 letters also matches longer words (prefix :*): "ryg" finds ryggen, rygsmerter, rygproblemer
 *     (the stemmer does not split compounds); the price is a little noise (rygning).
 */

export type SoegeUdtryk = {
  /** for to_tsquery('danish', $1) */
  tsquery: string;
  /** the words searched for (not excluded ones, stop words or the year), lower case, for highlighting */
  ord: string[];
  /** a year in the query, meant as "dated that year" */
  aar?: number;
};

/** Longer queries are cut; nobody types more, and it bounds the work. */
export const MAKS_SOEGELAENGDE = 200;
/** At most this many terms (words or phrases) are used. */
export const MAKS_LED = 12;

/** ts_headline's markers around a hit: characters that do not occur in text (normalised text has no control chars). */
export const START_MARKOER = "\u0002";
export const SLUT_MARKOER = "\u0003";

/**
 * Options for ts_headline('danish', tekst, to_tsquery('danish', $1), options): hits wrapped in START_MARKOER/
 * SLUT_MARKOER (the route escapes the text and turns them into <mark>), up to two excerpts of 8–25 words around the
 * hits, joined by " … ". Without words to highlight (ord empty), the opening of the text instead of excerpts.
 */
export function fremhaevning(ord: readonly string[]): string {
  const uddrag = ord.length > 0 ? "MaxFragments=2" : "MaxFragments=0";
  return `StartSel=${START_MARKOER}, StopSel=${SLUT_MARKOER}, MaxWords=25, MinWords=8, ${uddrag}, FragmentDelimiter=" … "`;
}

// PostgreSQL's Danish stop word list (tsearch_data/danish.stop, from Snowball): to_tsquery drops these words.
const STOPORD = new Set(
  (
    "og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham hun " +
    "nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog " +
    "noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt meget sit sine " +
    "vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan"
  ).split(" "),
);

/**
 * Verbs whose forms the Danish stemmer does not unite: infinitive, present, past, past participle. Written by hand
 * from Danish grammar (the strong and irregular verbs in Retskrivningsordbogen's verb tables), limited to verbs that
 * occur in case notes, plus common weak verbs in -te whose past the stemmer keeps apart (checked against
 * to_tsvector('danish', …)). Left out on purpose: være/have/kunne/skulle/ville (stop words), "ved" (vide; mostly the
 * preposition), "lidt" (lide; mostly "a little").
 */
const UREGELMAESSIGE: readonly (readonly string[])[] = [
  ["bede", "beder", "bad", "bedt"],
  ["betyde", "betyder", "betød", "betydet"],
  ["binde", "binder", "bandt", "bundet"],
  ["blive", "bliver", "blev", "blevet"],
  ["bringe", "bringer", "bragte", "bragt"],
  ["bryde", "bryder", "brød", "brudt"],
  ["byde", "byder", "bød", "budt"],
  ["drikke", "drikker", "drak", "drukket"],
  ["drive", "driver", "drev", "drevet"],
  ["finde", "finder", "fandt", "fundet"],
  ["flyve", "flyver", "fløj", "fløjet"],
  ["følge", "følger", "fulgte", "fulgt"],
  ["få", "får", "fik", "fået"],
  ["gå", "går", "gik", "gået"],
  ["give", "giver", "gav", "givet"],
  ["gribe", "griber", "greb", "grebet"],
  ["gælde", "gælder", "gjaldt"],
  ["gøre", "gør", "gjorde", "gjort"],
  ["hedde", "hedder", "hed", "heddet"],
  ["hjælpe", "hjælper", "hjalp", "hjulpet"],
  ["komme", "kommer", "kom", "kommet"],
  ["lade", "lader", "lod", "ladet", "ladt"],
  ["lide", "lider", "led"],
  ["ligge", "ligger", "lå", "ligget"],
  ["lyde", "lyder", "lød", "lydt"],
  ["lyve", "lyver", "løj", "løjet"],
  ["lægge", "lægger", "lagde", "lagt"],
  ["se", "ser", "så", "set"],
  ["sidde", "sidder", "sad", "siddet"],
  ["sige", "siger", "sagde", "sagt"],
  ["skrive", "skriver", "skrev", "skrevet"],
  ["slå", "slår", "slog", "slået"],
  ["spørge", "spørger", "spurgte", "spurgt"],
  ["stjæle", "stjæler", "stjal", "stjålet"],
  ["stå", "står", "stod", "stået"],
  ["sælge", "sælger", "solgte", "solgt"],
  ["sætte", "sætter", "satte", "sat"],
  ["tage", "tager", "tog", "taget"],
  ["trække", "trækker", "trak", "trukket"],
  ["træde", "træder", "trådte", "trådt"],
  ["tælle", "tæller", "talte", "talt"],
  ["vide", "vidste", "vidst"],
  ["vinde", "vinder", "vandt", "vundet"],
  ["vælge", "vælger", "valgte", "valgt"],
  // weak verbs in -te
  ["bruge", "bruger", "brugte", "brugt"],
  ["føre", "fører", "førte", "ført"],
  ["høre", "hører", "hørte", "hørt"],
  ["købe", "køber", "købte", "købt"],
  ["køre", "kører", "kørte", "kørt"],
  ["lyse", "lyser", "lyste", "lyst"],
  ["lære", "lærer", "lærte", "lært"],
  ["læse", "læser", "læste", "læst"],
  ["møde", "møder", "mødte", "mødt"],
  ["rejse", "rejser", "rejste", "rejst"],
  ["søge", "søger", "søgte", "søgt"],
  ["tale", "taler", "talte", "talt"],
  ["vise", "viser", "viste", "vist"],
];

/** Verb prefixes that form compounds with the verbs above: udeblev, fremkom, afgik, deltog, ansat, henvist. */
const FORSTAVELSER = (
  "af an be bort del efter for fore fort frem fra gen genop gennem hen hjem ind med mis mod ned om op over på " +
  "sammen til tilbage tilrette ud ude und under ved"
).split(" ");

const FORMER = new Map<string, (readonly string[])[]>();
for (const verbum of UREGELMAESSIGE) {
  for (const form of verbum) FORMER.set(form, [...(FORMER.get(form) ?? []), verbum]);
}

/** All forms of the (possibly compound) irregular verb a word is a form of, the word itself first; else undefined. */
export function boejningsformer(ord: string): string[] | undefined {
  if (STOPORD.has(ord)) return undefined;
  const ud = new Set<string>([ord]);
  for (const forstavelse of ["", ...FORSTAVELSER]) {
    if (!ord.startsWith(forstavelse)) continue;
    for (const verbum of FORMER.get(ord.slice(forstavelse.length)) ?? []) {
      for (const form of verbum) ud.add(forstavelse + form);
    }
  }
  if (ud.size === 1 && /^\p{L}+$/u.test(ord)) {
    // Weak verbs in -ede (ringede, kontaktede, startede), which the stemmer does not join to -e.
    if (ord.length >= 6 && ord.endsWith("ede")) ud.add(ord.slice(0, -2));
    else if (ord.length >= 5 && ord.endsWith("e")) ud.add(`${ord}de`);
  }
  return ud.size > 1 ? [...ud] : undefined;
}

const CITAT_START = '"„“”»«';
const CITAT_SLUT: Record<string, string> = { '"': '"', "„": "“”", "“": "”", "”": "”", "»": "«", "«": "»" };

type Led = { ord: string[]; frase: boolean; ikke: boolean; prefiks: boolean };

export function fortolkSoegning(q: string): SoegeUdtryk | { fejl: "SEARCH_EMPTY" } {
  const led = opdel(rens(q));

  let aar: number | undefined;
  let aarLed: Led | undefined;
  const soeg = led.filter((l) => {
    const w = l.ord[0]!;
    if (aar === undefined && !l.frase && !l.ikke && !l.prefiks && /^\d{4}$/.test(w) && +w >= 1990 && +w <= 2100) {
      aar = +w;
      aarLed = l;
      return false;
    }
    return l.frase || !l.ord.every((o) => STOPORD.has(o));
  });
  const harIndhold = (l: Led) => !l.ikke && l.ord.some((o) => !STOPORD.has(o));
  // A year alone (or with only exclusions) is searched for as text: a date filter needs something to find.
  if (aarLed && !soeg.some(harIndhold)) {
    soeg.unshift(aarLed);
    aar = undefined;
  }
  if (!soeg.some(harIndhold)) return { fejl: "SEARCH_EMPTY" };

  const positive = soeg.filter((l) => !l.ikke).map(operand);
  const negative = soeg.filter((l) => l.ikke).map((l) => `!${operand(l)}`);
  const ord = [...new Set(soeg.filter((l) => !l.ikke).flatMap((l) => l.ord.filter((o) => !STOPORD.has(o))))];
  return { tsquery: [...positive, ...negative].join(" & "), ord, ...(aar !== undefined ? { aar } : {}) };
}

/** NFC, lower case, no control or invisible characters, no lone surrogates; cut at MAKS_SOEGELAENGDE. */
function rens(q: string): string {
  return q
    .normalize("NFC")
    .replace(/\p{Cc}/gu, " ")
    .replace(/[\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, "")
    .toLowerCase()
    .slice(0, MAKS_SOEGELAENGDE)
    .replace(/[\ud800-\udbff]$/, "");
}

/** Words keep inner punctuation (a-kasse, cpr-nr., navn@mail.dk: PostgreSQL's parser handles it as in the text). */
function kerne(s: string): string {
  return s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

function opdel(s: string): Led[] {
  const led: Led[] = [];
  let i = 0;
  while (i < s.length && led.length < MAKS_LED) {
    if (/\s/u.test(s[i]!)) {
      i++;
      continue;
    }
    let ikke = false;
    if ((s[i] === "-" || s[i] === "\u2212") && i + 1 < s.length && !/\s/u.test(s[i + 1]!)) {
      ikke = true;
      i++;
    }
    const c = s[i]!;
    if (CITAT_START.includes(c)) {
      let slut = i + 1;
      while (slut < s.length && !CITAT_SLUT[c]!.includes(s[slut]!) && s[slut] !== '"') slut++;
      const ord = s
        .slice(i + 1, slut)
        .split(/\s+/u)
        .map(kerne)
        .filter((o) => o !== "");
      if (ord.length > 0) led.push({ ord, frase: true, ikke, prefiks: false });
      i = slut + 1;
      continue;
    }
    let slut = i;
    while (slut < s.length && !/\s/u.test(s[slut]!) && !CITAT_START.includes(s[slut]!)) slut++;
    const stykke = s.slice(i, slut);
    const o = kerne(stykke);
    if (o !== "") led.push({ ord: [o], frase: false, ikke, prefiks: /\*$/.test(stykke) });
    i = slut;
  }
  return led;
}

/** A quoted tsquery term: inside '…' only the quote and the backslash are special. */
function citer(o: string): string {
  return `'${o.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

function term(o: string, prefiks: boolean): string {
  if (prefiks) return `${citer(o)}:*`;
  const former = /^\p{L}+$/u.test(o) ? boejningsformer(o) : undefined;
  return former ? `(${former.map(citer).join(" | ")})` : citer(o);
}

function operand(l: Led): string {
  if (l.frase) {
    // Stop words stay in a phrase: PostgreSQL drops them but keeps the distance ('ondt' <2> 'ryg').
    const dele = l.ord.map((o) => term(o, false));
    return dele.length === 1 ? dele[0]! : `(${dele.join(" <-> ")})`;
  }
  const o = l.ord[0]!;
  const kort = /^\p{L}{3,4}$/u.test(o) && !boejningsformer(o);
  return term(o, l.prefiks || kort);
}
