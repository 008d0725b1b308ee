/**
 * What a question asks for, decided by pure code over its words and their stems, before any retrieval:
 *
 * - a question with a CPR number is refused (the chatbot never looks anyone up by CPR number, and never stores one);
 * - a question about case data (conversations, deadlines, offers) that names or points at another person ("hvornår
 *   er Ahmads næste samtale?", "har min søn en samtale?") is refused: the chatbot only ever reads the signed-in
 *   citizen's own case;
 * - a question about the citizen's own case ("hvornår er min næste samtale?", "er jeg bagud med noget?", "hvilke
 *   kurser er jeg tilmeldt?") is an own-case intent, answered from the citizen's data;
 * - everything else goes to retrieval over the knowledge base.
 *
 * A question that asks how to do something ("hvordan flytter jeg min samtale?") or what happens if ("hvad sker der,
 * hvis jeg ikke møder op?") is general, not about the state of the case, and goes to retrieval.
 */
import { enRettelse, harCpr, ord, stam } from "./tekst.ts";

export const HENSIGTER = ["naeste_samtale", "forfaldne", "mine_tilbud"] as const;
export type Hensigt = (typeof HENSIGTER)[number];

export type Vurdering =
  | { art: "afvist"; grund: "cpr" | "anden_person" }
  | { art: "egen"; hensigt: Hensigt }
  | { art: "ukendt"; grund: "opgave" }
  | { art: "soeg" };

/** Stems that mark a topic of the case's own data, per intent. */
const EMNER: Record<Hensigt, readonly string[]> = {
  naeste_samtale: [
    "samtal",
    "mød",
    "møde",
    "jobsamtal",
    "opfølgningssamtal",
    "aftal",
    "samtaletid",
    "mødetid",
    "tid",
    "tider",
    "mødes",
    "indkald",
    "indkaldt",
    "appointment",
    "meeting",
    "interview",
  ],
  forfaldne: [
    "overskred",
    "overskrid",
    "forfald",
    "forfaldn",
    "bagud",
    "frist",
    "mangl",
    "glemt",
    "forsømt",
    "restanc",
    "nåe",
    "nået",
    "nå",
    "deadlin",
    "deadline",
    "tidsfrist",
    "udestå",
    "udestående",
    "bageft",
    "bagefter",
    "mis",
    "misset",
    "overs",
    "overset",
    "overdue",
    "behind",
  ],
  mine_tilbud: [
    "tilbud",
    "kursus",
    "kurs",
    "kursu",
    "forløb",
    "tilmeld",
    "tilmeldt",
    "aktivitet",
    "uddannels",
    "praktik",
    "workshop",
    "undervisning",
    "deltag",
    "course",
    "courses",
    "enrolled",
  ],
};

/** Deadline words that are also everyday words. */
const SVAGE_FORFALDNE = new Set(["mangl", "glemt", "nåe", "nået", "nå", "mis", "misset", "overs", "overset"]);

/** Words of the conversation topic that are also everyday words: a topic only with "har jeg" or a time word. */
const SVAGE_SAMTALE = new Set(["tid", "tider"]);

/** Topics of the knowledge base that a weak deadline word ("glemt") is about instead ("jeg har glemt jobloggen"). */
const ANDRE_EMNER = [
  "joblog",
  "jobloggen",
  "ansøgning",
  "udfyld",
  "feri",
  "syg",
  "sygemeld",
  "aktinds",
  "befordring",
  // money: "mangler min udbetaling" asks about a payment, not a deadline
  "udbetal",
  "udbetaling",
  "peng",
  "dagpeng",
  "kontanthjælp",
  "løn",
  "ydels",
  "betal",
];

/** Words that make a question the citizen's own: the first person. */
const FOERSTE_PERSON = new Set(["jeg", "min", "mit", "mine", "mig", "jeg'", "ja", "my", "me"]);

/** Stems that ask how to act, not what the case holds. */
const HANDLING = new Set([
  "book",
  "flyt",
  "aflys",
  "ændr",
  "ændre",
  "rykk",
  "udskyd",
  "afmeld",
  "bestil",
  "søg",
  "melde",
  "meld",
]);

/** People a question can be about who are not the citizen. */
const RELATIONER = new Set(
  (
    "søn sønnen datter datteren mand manden kone konen kæreste kæresten mor moren far faren bror broren søster søsteren " +
    "ven vennen veninde veninden nabo naboen kollega kollegaen barn barnet børn børnene ægtefælle ægtefællen samlever " +
    "samleveren svigermor svigerfar fætter kusine onkel tante nevø niece bedstemor bedstefar chef chefen lejer roommate " +
    "partner partneren ekskone eksmand exkone exmand lillebror storebror lillesøster storesøster forældre forældrene " +
    "dreng drengen pige pigen stedsøn steddatter stedfar stedmor svigersøn svigerdatter mormor morfar farmor farfar " +
    "barnebarn kammerat kammeraten bofælle bofællen underbo overbo genbo bekendt familiemedlem husbond hustru " +
    "wife husband son daughter mother father brother sister friend"
  )
    .split(" ")
    // the possessive too: "min søns samtale", "datterens kursus"
    .flatMap((x) => [x, `${x}s`]),
);
/** Words before a relation that make it a person ("min søn", "en ven", "my son"). */
const FORAN_RELATION = new Set([
  "min",
  "mit",
  "mine",
  "vores",
  "hans",
  "hendes",
  "en",
  "et",
  "my",
  "his",
  "her",
  "our",
  "a",
]);
const TREDJE_PERSON = new Set(["han", "hun", "hans", "hendes", "ham", "he", "she", "his", "him", "hers"]);

/** Common first names, so a lower-case name is seen too ("hvornår er ahmads samtale"). */
const FORNAVNE = new Set(
  (
    "ahmad ahmed ali mohammad mohammed fatima aisha omar hassan yusuf mette jonas lone sara peter kim birgitte jens " +
    "anne hanne susanne lene karen kirsten marianne camilla louise maria sofie emma ida freja anna laura julie " +
    "lars jens niels søren morten michael thomas martin henrik jesper rasmus mads frederik mikkel christian " +
    "anders jan per ole hans poul erik bo john karl william noah oliver lucas emil magnus victor mathias " +
    "mustafa leila zainab ibrahim khalid bilal ayse mehmet piotr anna katarzyna " +
    "jonas ali hussein abdi amina hamza yasmin nadia sana mariam ahmet fatma emine tomasz agnieszka " +
    "kasper jakob simon daniel andreas nikolaj jonathan tobias alexander sebastian benjamin oscar carl alfred " +
    "mia sara signe cecilie mathilde nanna line maja clara josefine caroline amalie stine trine pia tina helle " +
    "bente inge lise grethe ulla birthe dorthe jette lotte gitte rikke charlotte"
  ).split(" "),
);

/** Words after which a capitalised word is a person's name acting or owning ("har Ahmad", "for Ahmad"). */
const FOER_NAVN = new Set([
  "har",
  "er",
  "skal",
  "kan",
  "for",
  "om",
  "til",
  "får",
  "fik",
  "mangler",
  "hvornår",
  "går",
  "hvad",
]);

export interface EgetNavn {
  fornavn?: string;
  efternavn?: string;
}

/**
 * Does the question point at another person than the asker? Relations ("min søn"), third-person pronouns, a name in
 * the possessive ("Ahmads", "Ahmad's"), or a name after a verb or preposition ("har Ahmad", "for Ahmad"). The
 * citizen's own names do not count.
 */
export function andenPerson(tekst: string, eget: EgetNavn = {}): boolean {
  const egne = new Set(
    [eget.fornavn, eget.efternavn]
      .filter((x): x is string => Boolean(x))
      .flatMap((x) => ord(x))
      .flatMap((x) => [x, `${x}s`]),
  );
  const w = ord(tekst.replace(/['’]s\b/g, "s"));
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!;
    if (TREDJE_PERSON.has(x)) return true;
    if (RELATIONER.has(x) && i > 0 && FORAN_RELATION.has(w[i - 1]!)) return true;
    if (egne.has(x)) continue;
    const base = x.endsWith("s") ? x.slice(0, -1) : x;
    if (FORNAVNE.has(base) && (x !== base || (i > 0 && FOER_NAVN.has(w[i - 1]!)))) return true;
  }
  // a capitalised word inside the sentence in the possessive, or after a verb or preposition
  const raa = tekst
    .replace(/['’]s\b/g, "s")
    .split(/[^A-Za-zÆØÅæøåéü0-9]+/)
    .filter(Boolean);
  for (let i = 1; i < raa.length; i++) {
    const x = raa[i]!;
    if (!/^[A-ZÆØÅ][a-zæøåéü]+$/.test(x)) continue;
    const lille = x.toLowerCase();
    if (egne.has(lille)) continue;
    if (/s$/.test(x) && x.length > 3 && !ERKENDTE_EGENNAVNE.has(lille)) return true;
    if (FOER_NAVN.has(raa[i - 1]!.toLowerCase()) && !ERKENDTE_EGENNAVNE.has(lille)) return true;
  }
  return false;
}

/** Proper nouns that are not people (places, services) and may be written with a capital. */
const ERKENDTE_EGENNAVNE = new Set(
  (
    "jobcenter jobcentret jobcenterets jobcentrets roskilde roskildes køge køges danmark danmarks mitid borger dk " +
    "jobnet jobnets min side sides a kasse akasse akassens udbetaling udbetalings kommune kommunens kommunes lone sara " +
    "stps ydelsesservice"
  ).split(" "),
);

/** The stems of the words of a question (no stop words removed: the intent rules read the small words). */
const stammer = (tekst: string) => ord(tekst).map((w) => stam(w));

/**
 * Does the question name one of the topic words `xs`? A word matches a topic as its stem or as typed, with one typo
 * (both of 5+ letters: "samtlae", "kurser" → "kurs"), or as the head of a compound (a topic of 4+ letters ending a
 * longer word: "telefonsamtale", "sprogkursus", "tidsfristen"), Danish compounds being head-last.
 */
function naevner(raa: readonly string[], st: readonly string[], xs: readonly string[]): boolean {
  return st.some((s, i) => {
    const w = raa[i]!;
    return xs.some(
      (x) =>
        x === s ||
        x === w ||
        (x.length >= 5 && s.length >= 5 && enRettelse(x, s)) ||
        (x.length >= 4 && !SVAGE_SAMTALE.has(x) && [s, w].some((y) => y.length >= x.length + 3 && y.endsWith(x))),
    );
  });
}

/**
 * Ways of asking when one is to come in, without naming the conversation ("hvornår skal jeg ind til jer?"). Matched
 * against the words joined by single spaces with a space at each end (JavaScript's \b does not know æ, ø and å).
 */
const SAMTALE_MOENSTRE = [
  / har jeg (fået )?(en|nogen|nogle) (tid|tider|aftale|aftaler) /,
  / (min|mine) (næste )?(tid|tider|aftale) /,
  / hvornår (skal|er) (jeg|vi) (ind|inde|ses|mødes|møde op|komme ind|komme forbi|forbi) /,
  / hvornår (ses|mødes|snakkes|tales) (vi|jeg) /,
  / skal jeg (ind|op|forbi) (til|på|hos) (jer|jobcent\S*|kommunen|min sagsbehandler) /,
  / hvornår skal jeg (til|på|ind på|over på) (jobcent\S*|kommunen) /,
  / skal jeg (til|ind til) noget /,
  / (er|bliver) jeg (indkaldt|booket|skrevet op) /,
  / (har|skal) jeg (noget|nogen|nogle) (\S+ )?i kalenderen /,
];

/** Ways of asking what one takes part in, without naming a course ("hvad går jeg på?"). */
const TILBUD_MOENSTRE = [
  / (hvad|hvilke|hvilket|hvilken) (.* )?(går jeg på|går jeg til|deltager jeg i|er jeg i gang med|er jeg med i|er jeg startet på|er jeg skrevet op til|er jeg meldt til) /,
];

/** Does the question ask about the state of the citizen's own case, and which part? Pure; unit-tested. */
export function hensigt(tekst: string): Hensigt | null {
  const raa = ord(tekst);
  const st = stammer(tekst);
  const har = (xs: readonly string[]) => naevner(raa, st, xs);
  const saetning = raa.join(" ");
  const ramme = ` ${saetning} `;
  // "vi" when one asks when we meet; English "I" only after an English verb ("do I", "am I": Danish "i" is "in")
  const foerstePerson =
    raa.some((w) => FOERSTE_PERSON.has(w)) || / hvornår (ses|mødes|skal) vi | (do|am|have|did) i /.test(ramme);
  if (!foerstePerson) return null;
  // how-to and what-if questions are general
  if (raa.includes("hvordan") || raa.includes("hvorledes") || raa.includes("hvis") || raa.includes("hvorfor"))
    return null;
  // "kan jeg …", "må jeg …" ask what is possible, not what the case holds
  if (/\b(kan|må) jeg\b|\bjeg (kan|må)\b/.test(saetning)) return null;
  const handling = st.some((s) => HANDLING.has(s)) || raa.some((w) => HANDLING.has(w));
  // "mangler", "glemt" and "nå" are about deadlines only when no other topic is named ("jeg glemte min samtale")
  const staerk = har(EMNER.forfaldne.filter((x) => !SVAGE_FORFALDNE.has(x)));
  const andetEmne =
    har(EMNER.naeste_samtale.filter((x) => !SVAGE_SAMTALE.has(x))) || har(EMNER.mine_tilbud) || har(ANDRE_EMNER);
  if (staerk || (har([...SVAGE_FORFALDNE]) && !andetEmne)) return "forfaldne";
  if (har(EMNER.mine_tilbud) && !handling) {
    const tilstand = ["hvilke", "hvilket", "hvad", "mine", "nogen", "nogle", "what", "which", "my", "any"].some((w) =>
      raa.includes(w),
    );
    if (tilstand || /\b(er|har) jeg\b/.test(saetning)) return "mine_tilbud";
  }
  if (!handling && TILBUD_MOENSTRE.some((m) => m.test(ramme))) return "mine_tilbud";
  if (!handling && SAMTALE_MOENSTRE.some((m) => m.test(ramme))) return "naeste_samtale";
  if (har(EMNER.naeste_samtale.filter((x) => !SVAGE_SAMTALE.has(x))) && !handling) {
    const tid = raa.some((w) =>
      [
        "hvornår",
        "næste",
        "naeste",
        "hvornaar",
        "snart",
        "dato",
        "tidspunkt",
        "kalenderen",
        "booket",
        "kl",
        "klokken",
        "hvilken",
        "dag",
        "indkaldt",
        "when",
        "next",
      ].includes(w),
    );
    const harJeg = /\bhar jeg\b/.test(saetning);
    if (tid || harJeg) return "naeste_samtale";
  }
  return null;
}

/** Any topic of case data, whoever it is about (for the refusal of questions about others). */
function omSagsdata(tekst: string): boolean {
  const raa = ord(tekst);
  const st = stammer(tekst);
  const alle = [
    ...EMNER.naeste_samtale,
    ...EMNER.forfaldne,
    ...EMNER.mine_tilbud,
    "sag",
    "ydels",
    "peng",
    "udbetal",
    "dagpeng",
    "kontanthjælp",
    "cpr",
    "adress",
    "journal",
    "notat",
    "joblog",
    "ansøgning",
    // meeting and taking part in words the own-case phrasings use ("hvornår ses I med min mor?")
    "ses",
    "snakkes",
    "mødes",
    "deltag",
  ];
  return naevner(raa, st, alle);
}

/** Bringing someone along ("kan min veninde komme med til mødet?") is a question about companions, not their case. */
function ledsager(tekst: string): boolean {
  const t = ` ${ord(tekst).join(" ")} `;
  return / med til | komme med | tage \S+( \S+)? med /.test(t) && !/ hvornår | hvilke | hvad har /.test(t);
}

/**
 * Asking the chatbot to write something ("kan du skrive en ansøgning for mig?", "skriv et CV") is a task it cannot
 * do, not a question the knowledge base answers, however many of its words an article shares. Writing to someone
 * ("kan du skrive til min sagsbehandler") is not such a task: it is about messages.
 */
export function opgave(tekst: string): boolean {
  const t = ` ${ord(tekst).join(" ")} `;
  return (
    / (kan|vil|gider|kunne) du (\S+ )?(skrive|formulere|oversætte|digte) (?!til )/.test(t) ||
    /^ (skriv|formuler|oversæt|digt) (?!til )/.test(t) ||
    / (can|could|will|would) you (write|draft|translate) (?!to )/.test(t)
  );
}

/** Decides what to do with a question: refuse, answer from the own case, or search the knowledge base. */
export function vurder(tekst: string, eget: EgetNavn = {}): Vurdering {
  if (harCpr(tekst)) return { art: "afvist", grund: "cpr" };
  if (andenPerson(tekst, eget) && omSagsdata(tekst) && !ledsager(tekst))
    return { art: "afvist", grund: "anden_person" };
  const h = hensigt(tekst);
  if (h) return { art: "egen", hensigt: h };
  return opgave(tekst) ? { art: "ukendt", grund: "opgave" } : { art: "soeg" };
}
