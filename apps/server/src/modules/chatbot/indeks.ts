/**
 * Retrieval over one municipality's knowledge base, pure: a MiniSearch index (BM25) over each article's question
 * forms, title and answer, every text turned into terms by tekst.ts (stop words out, Danish Snowball stems, synonym
 * groups onto one term). A question is searched with fuzzy matching of longer terms (typos) and prefix matching
 * (compounds: "syg" finds "sygemelding"). The best article answers only when the match is confident:
 *
 * - coverage: the share of the question's terms found in the article must reach DAEKNING (a question about the
 *   weather shares at most a word or two with any article, and most of its terms are found nowhere);
 * - score: the BM25 score must reach MIN_SCORE;
 * - margin: the best must beat the second best by MARGIN (a near tie between two articles about different things
 *   is a guess), unless their titles share a term (two articles on one topic for different benefits, such as the
 *   payment of dagpenge and of kontanthjælp, where either answer names the other).
 *
 * Below either, the chatbot says it does not know. The thresholds were tuned on the development half of the
 * evaluation set only (docs/chatbot.md).
 */
import MiniSearch from "minisearch";
import {
  type Behandling,
  byggSynonymer,
  enRettelse,
  FULD,
  INGEN_SYNONYMER,
  SVAGE,
  type Synonymer,
  stam,
  termer,
} from "./tekst.ts";

export interface IndeksArtikel {
  id: string;
  noegle: string;
  titel: string;
  spoergsmaal: readonly string[];
  svar: string;
}

export interface Indeks {
  ms: MiniSearch<{ id: string; titel: string; spoergsmaal: string; svar: string }>;
  syn: Synonymer;
  behandling: Behandling;
  antal: number;
  /** every term of the articles (for splitting compounds) */
  ordforraad: Set<string>;
  /** single-word synonyms (stemmed) and their group's term (for splitting compounds: "telefonansøgning") */
  enkelte: ReadonlyMap<string, string>;
  /** the terms of each article's title (for the margin test) */
  titler: ReadonlyMap<string, ReadonlySet<string>>;
}

export const DAEKNING = 0.6;
/** coverage is scaled by this when the question has a long term the knowledge base has nothing like */
export const FREMMED_FAKTOR = 0.8;

/** Does the knowledge base have the term, a term it begins, or a term one typo away? */
function kendt(indeks: Indeks, t: string): boolean {
  if (indeks.ordforraad.has(t)) return true;
  for (const o of indeks.ordforraad)
    if (o.startsWith(t) || (Math.abs(o.length - t.length) <= 1 && enRettelse(o, t))) return true;
  return false;
}

export const MIN_SCORE = 3;
/** the best article's score must be at least this many times the second best's (unless they share a title term) */
export const MARGIN = 1.1;

export function byggIndeks(
  artikler: readonly IndeksArtikel[],
  synonymgrupper: readonly (readonly string[])[],
  behandling: Behandling = FULD,
): Indeks {
  const syn = behandling.synonymer ? byggSynonymer(synonymgrupper, behandling) : INGEN_SYNONYMER;
  const ms = new MiniSearch<{ id: string; titel: string; spoergsmaal: string; svar: string }>({
    fields: ["titel", "spoergsmaal", "svar"],
    tokenize: (tekst) => termer(tekst, syn, behandling),
    processTerm: (t) => t,
    searchOptions: { boost: { spoergsmaal: 2, titel: 1.5, svar: 0.6 } },
  });
  const docs = artikler.map((a) => ({
    id: a.id,
    titel: a.titel,
    spoergsmaal: a.spoergsmaal.join(" \n "),
    svar: a.svar,
  }));
  ms.addAll(docs);
  const ordforraad = new Set(docs.flatMap((d) => termer(`${d.titel} ${d.spoergsmaal} ${d.svar}`, syn, behandling)));
  const enkelte = new Map(syn.fraser.filter((f) => f.terms.length === 1).map((f) => [f.terms[0]!, f.kanonisk]));
  const titler = new Map(docs.map((d) => [d.id, new Set(termer(d.titel, syn, behandling))]));
  return { ms, syn, behandling, antal: artikler.length, ordforraad, enkelte, titler };
}

/**
 * A Danish compound the articles do not have, split into parts they do: "raskmelde" into "rask" and "meld",
 * "sommerferie" into its head "ferie" (compounds are head-last, so the longest known ending is kept when the first
 * part is unknown). A linking s or e between the parts is allowed. A known or short term is kept as it is.
 */
export function delSammensat(
  term: string,
  ordforraad: Set<string>,
  enkelte: ReadonlyMap<string, string> = new Map(),
): string[] {
  if (ordforraad.has(term) || term.length < 7 || term.includes("_")) return [term];
  // a part as it stands or as its stem ("billet" of "busbillet", "rettighed" of "rettighedssamtal")
  const form = (x: string) => (ordforraad.has(x) || enkelte.has(x) ? x : stam(x));
  const kendt = (x: string) => [x, form(x)].some((y) => ordforraad.has(y) || enkelte.has(y));
  const som = (x: string) => enkelte.get(form(x)) ?? form(x);
  for (let i = 3; i <= term.length - 3; i++) {
    const hoved = term.slice(i);
    if (!kendt(hoved)) continue;
    for (const foran of [term.slice(0, i), term.slice(0, i - 1)]) {
      const led = term.slice(foran.length, i);
      if (foran.length >= 3 && (led === "" || led === "s" || led === "e") && kendt(foran))
        return [som(foran), som(hoved)];
    }
  }
  for (let i = 3; i <= term.length - 4; i++) {
    const hoved = term.slice(i);
    if (kendt(hoved)) return [som(hoved)];
  }
  return [term];
}

/**
 * A term the articles do not have that is one typo from a single-word synonym ("influensa", "kørselsgodtgørlse")
 * becomes that synonym's group term. Only terms of 5+ letters: a short word is too close to too many others.
 */
export function retTilSynonym(term: string, indeks: Pick<Indeks, "ordforraad" | "enkelte">): string {
  if (term.length < 5 || term.includes("_") || indeks.ordforraad.has(term) || indeks.enkelte.has(term)) return term;
  for (const [ord, kanonisk] of indeks.enkelte) if (ord.length >= 5 && enRettelse(ord, term)) return kanonisk;
  return term;
}

export interface Fund {
  artikelId: string;
  score: number;
  daekning: number;
  /** a second article about something else scores nearly as high (within MARGIN) */
  tvetydig: boolean;
}

/** The best article for a question and how confident the match is (null when nothing matches at all). */
export function bedsteFund(indeks: Indeks, spoergsmaal: string): Fund | null {
  const fuld = indeks.behandling.stamme;
  const raa = termer(spoergsmaal, indeks.syn, indeks.behandling);
  const q = [
    ...new Set(
      fuld
        ? raa.map((t) => retTilSynonym(t, indeks)).flatMap((t) => delSammensat(t, indeks.ordforraad, indeks.enkelte))
        : raa,
    ),
  ];
  if (q.length === 0 || indeks.antal === 0) return null;
  const hits = indeks.ms.search(q.join(" "), {
    tokenize: (s) => s.split(" "),
    processTerm: (t) => t,
    fuzzy: (t) => (fuld && !t.includes("_") ? (t.length >= 8 ? 2 : t.length >= 5 ? 1 : false) : false),
    prefix: (t) => fuld && t.length >= 4 && !t.includes("_"),
    combineWith: "OR",
  });
  const top = hits[0];
  if (!top) return null;
  const svage = new Set([...SVAGE].map((w) => stam(w, indeks.behandling)));
  const fundne = new Set(top.queryTerms);
  const taeller = q.filter((t) => fundne.has(t) || !svage.has(t)).length;
  // a long term the knowledge base has nothing like (not even by prefix or a typo) is likely what the question is
  // really about ("tandlægen"): then the rest must match more of the question
  const fremmed = fuld && q.some((t) => t.length >= 6 && !t.includes("_") && !kendt(indeks, t));
  const daekning = taeller === 0 ? 0 : fundne.size / taeller;
  const naest = hits[1];
  const sammeEmne = (a: string, b: string) =>
    [...(indeks.titler.get(a) ?? [])].some((t) => indeks.titler.get(b)?.has(t));
  const tvetydig = naest !== undefined && top.score < naest.score * MARGIN && !sammeEmne(top.id, naest.id);
  return {
    artikelId: top.id as string,
    score: top.score,
    daekning: fremmed ? daekning * FREMMED_FAKTOR : daekning,
    tvetydig,
  };
}

/** The article that answers, or null when the best match is not confident enough. */
export function find(indeks: Indeks, spoergsmaal: string): Fund | null {
  const f = bedsteFund(indeks, spoergsmaal);
  return f && f.daekning >= DAEKNING && f.score >= MIN_SCORE && !f.tvetydig ? f : null;
}
