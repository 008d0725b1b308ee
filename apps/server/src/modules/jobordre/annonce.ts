/**
 * Skills from a pasted job ad, pure (docs/annonce.md). A lexicon approach: the taxonomy's skill labels (Danish
 * labels, Danish alternative labels and the project's Danish synonyms; the English labels too, since Danish ads
 * often write "teamwork", "SAP" or "Excel") and the hand-written Danish expression lexicon (annonce-leksikon.json)
 * become phrase patterns; the ad's words are matched against them on Danish Snowball stems, a phrase of several
 * words with small gaps allowed (never across a sentence or list boundary), a Danish word also inside a compound
 * ("rengøringsopgaver", "telefonkundeservice"), the longest match winning where matches overlap. The suggestions are
 * the matched skills, one per URI, the most mentioned first (then the earliest).
 */
import { ordAf, type Ord, SMAAORD, stam } from "./annonce-tekst.ts";
import { STANDARD_UDTRYK, type UdtrykFil } from "./annonce-udtryk.ts";

/** A skill of the taxonomy as the lexicon is built from it (the shape of an `esco_faerdighed` row). */
export interface LeksikonFaerdighed {
  uri: string;
  titel_da: string | null;
  titel_en: string;
  alt_da: string[];
  alt_en: string[];
  synonymer_da: string[];
}

export interface AnnonceForslag {
  uri: string;
  /** the Danish label where the taxonomy has one, else the English */
  titel: string;
  /** the words of the text that matched, as written, each once */
  fund: string[];
}

/** One word of a pattern: Danish words are compared on stems, English on the word as written. */
interface MoensterOrd {
  /** the word as written in the phrase, lower case */
  form: string;
  /** what a text word is compared on: the stem (Danish) or the word (English) */
  maal: string;
  /** may be part of a compound word (a Danish word of at least 6 letters) */
  sammensat: boolean;
}

interface Moenster {
  ord: MoensterOrd[];
  dansk: boolean;
  /** null: a phrase that is not a skill ("motiveret ansøgning"); matched, then dropped */
  uri: string | null;
  /** length of the phrase in characters (a longer phrase wins a tie) */
  laengde: number;
}

export interface Leksikon {
  /** patterns by their first word's key (stem for Danish, word for English) */
  foerste: Map<string, Moenster[]>;
  /** Danish patterns whose first word may end a compound, by that word's stem */
  haleFoerste: Map<string, Moenster[]>;
  /** Danish patterns whose last word may begin a compound, by that word's stem */
  hovedSidste: Map<string, Moenster[]>;
  titler: Map<string, string>;
  antalMoenstre: number;
}

/** Between two words of a phrase at most this many other words ("arbejde meget selvstændigt"). */
const MAKS_HUL = 2;
/** A word is matched inside a compound only where its stem has this length (so "pleje" does not match "plejecenter"). */
const MIN_SAMMENSAT = 6;
/**
 * A stem shorter than this conflates too much (the Snowball stem of "ledelse", "leder" and "ledig" is "led", of
 * "være" and "værelser" "vær"): such a pattern word matches only its own inflections.
 */
const KORT_STAMME = 5;
const BOEJNINGER = ["", "e", "r", "er", "en", "et", "ne", "erne", "ene", "s", "es", "t", "ede", "ende"];

function boejning(tekstOrd: string, form: string): boolean {
  const baser = form.endsWith("e") ? [form, form.slice(0, -1)] : [form];
  return baser.some((b) => tekstOrd.startsWith(b) && BOEJNINGER.includes(tekstOrd.slice(b.length)));
}
/** The rest of a compound around the matched part must be at least this long ("rengørings|opgaver"). */
const MIN_REST = 3;

function moenster(tekst: string, uri: string | null, dansk: boolean): Moenster | null {
  const alle = ordAf(tekst, false).map((o) => o.ord);
  // small words are left out only where two words or more remain ("tørre af" keeps its "af")
  const indhold = alle.filter((w) => !SMAAORD.has(w));
  const ord = indhold.length >= 2 ? indhold : alle;
  if (ord.length === 0) return null;
  // an English single word of under 4 letters is too ambiguous in Danish text ("pr"), unless an acronym ("SQL")
  if (
    !dansk &&
    ord.length === 1 &&
    (ord[0]!.length < 3 || (ord[0]!.length < 4 && tekst.trim() !== tekst.trim().toUpperCase()))
  )
    return null;
  return {
    ord: ord.map((w) => {
      const s = dansk ? stam(w) : w;
      return {
        form: w,
        maal: dansk ? s : w,
        // a compound part only where the stem is long and close to the word ("samarbejd(e)", not "organis(eret)")
        sammensat: dansk && s.length >= MIN_SAMMENSAT && w.length - s.length <= 2,
      };
    }),
    dansk,
    uri,
    laengde: tekst.trim().length,
  };
}

const tilfoej = (m: Map<string, Moenster[]>, k: string, p: Moenster) => {
  const l = m.get(k);
  if (l) l.push(p);
  else m.set(k, [p]);
};

/**
 * The lexicon of the given skills: their labels and synonyms, and the hand-written Danish expressions for those of
 * them that the expression file names (an expression for a skill outside the taxonomy is left out).
 */
export function bygLeksikon(
  faerdigheder: readonly LeksikonFaerdighed[],
  udtryk: UdtrykFil = STANDARD_UDTRYK,
  valg: { engelsk?: boolean } = {},
): Leksikon {
  const engelsk = valg.engelsk ?? true;
  const leks: Leksikon = {
    foerste: new Map(),
    haleFoerste: new Map(),
    hovedSidste: new Map(),
    titler: new Map(),
    antalMoenstre: 0,
  };
  const set = new Set<string>();
  const laeg = (tekst: string, uri: string | null, dansk: boolean) => {
    const p = moenster(tekst, uri, dansk);
    if (!p) return;
    const noegle = `${uri}|${dansk}|${p.ord.map((o) => o.maal).join(" ")}`;
    if (set.has(noegle)) return;
    set.add(noegle);
    leks.antalMoenstre++;
    tilfoej(leks.foerste, p.ord[0]!.maal, p);
    if (p.ord[0]!.sammensat) tilfoej(leks.haleFoerste, p.ord[0]!.maal, p);
    const sidste = p.ord[p.ord.length - 1]!;
    if (sidste.sammensat) tilfoej(leks.hovedSidste, sidste.maal, p);
  };
  for (const f of faerdigheder) {
    leks.titler.set(f.uri, f.titel_da?.trim() || f.titel_en);
    for (const t of [f.titel_da, ...f.alt_da, ...f.synonymer_da]) if (t) laeg(t, f.uri, true);
    if (engelsk) for (const t of [f.titel_en, ...f.alt_en]) if (t) laeg(t, f.uri, false);
  }
  for (const u of udtryk.udtryk) {
    if (!leks.titler.has(u.uri)) continue;
    for (const t of u.da) laeg(t, u.uri, true);
  }
  for (const t of udtryk.ikke) laeg(t, null, true);
  return leks;
}

/** A pattern found in the text: the indexes of the words it matched. */
interface Fund {
  m: Moenster;
  ordIdx: number[];
  /** how many of its words matched exactly (not inside a compound) */
  hele: number;
  /** how many of its words are written in the text exactly as in the phrase */
  samme: number;
}

const noegle = (o: Ord, dansk: boolean) => (dansk ? o.stamme : o.ord);

/** Does pattern word `p` match text word `o` in position `pos` of the pattern (first, last, in the middle)? */
function passer(p: MoensterOrd, o: Ord, dansk: boolean, foerst: boolean, sidst: boolean): "hel" | "del" | null {
  if (noegle(o, dansk) === p.maal) {
    if (!dansk || p.maal.length >= KORT_STAMME || o.ord === p.form || boejning(o.ord, p.form)) return "hel";
    return null;
  }
  if (!p.sammensat) return null;
  // the pattern word ends the compound ("telefon|kundeservice"): only where it is the phrase's first word
  if (foerst && o.stamme.length >= p.maal.length + MIN_REST && o.stamme.endsWith(p.maal)) return "del";
  // the pattern word begins the compound ("rengørings|opgaver"): only where it is the phrase's last word
  if (sidst && begynder(o.ord, p.maal)) return "del";
  return null;
}

/** The word begins with the stem, a linking -s- or -e- allowed after it, and a long enough rest. */
function begynder(ord: string, stamme: string): boolean {
  if (!ord.startsWith(stamme)) return false;
  let rest = ord.length - stamme.length;
  const fuge = ord[stamme.length];
  if (fuge === "s" || fuge === "e") rest--;
  return rest >= MIN_REST;
}

/**
 * The rest of a pattern from word `fra`, starting after text word `i`. Small gaps are allowed between whole words;
 * a word matched inside a compound must stand right next to the rest of the phrase.
 */
function resten(m: Moenster, ord: readonly Ord[], i: number, fra: number, acc: number[], hele: number): Fund | null {
  if (fra === m.ord.length) {
    const samme = acc.filter((x, k) => ord[x]!.ord === m.ord[k]!.form).length;
    return { m, ordIdx: acc, hele, samme };
  }
  const sidst = fra === m.ord.length - 1;
  const helForrige = hele === acc.length;
  for (let j = i + 1; j <= i + 1 + MAKS_HUL && j < ord.length; j++) {
    if (ord[j]!.graense) return null;
    const r = passer(m.ord[fra]!, ord[j]!, m.dansk, false, sidst);
    if (r && (j === i + 1 || (helForrige && r === "hel"))) {
      return resten(m, ord, j, fra + 1, [...acc, j], hele + (r === "hel" ? 1 : 0));
    }
  }
  return null;
}

function alleFund(leks: Leksikon, ord: readonly Ord[]): Fund[] {
  const fund: Fund[] = [];
  for (let i = 0; i < ord.length; i++) {
    const o = ord[i]!;
    const kandidater = new Set<Moenster>();
    for (const k of [o.stamme, o.ord]) for (const p of leks.foerste.get(k) ?? []) kandidater.add(p);
    // compounds: every ending of the word that is a pattern's first word, every beginning that is a pattern's last
    for (let s = 1; s <= o.stamme.length - MIN_SAMMENSAT; s++) {
      for (const p of leks.haleFoerste.get(o.stamme.slice(s)) ?? []) kandidater.add(p);
    }
    for (let l = MIN_SAMMENSAT; l <= o.ord.length - MIN_REST; l++) {
      for (const p of leks.hovedSidste.get(o.ord.slice(0, l)) ?? []) if (p.ord.length === 1) kandidater.add(p);
    }
    for (const p of kandidater) {
      const r = passer(p.ord[0]!, o, p.dansk, true, p.ord.length === 1);
      if (!r) continue;
      const f = resten(p, ord, i, 1, [i], r === "hel" ? 1 : 0);
      if (f) fund.push(f);
    }
  }
  return fund;
}

/**
 * Longest match wins: more pattern words, then a not-a-skill phrase, then exact over compound, then written as the
 * phrase writes it over another inflection, then tighter, then the longer phrase.
 */
function udvaelg(fund: Fund[]): Fund[] {
  const spaend = (f: Fund) => f.ordIdx[f.ordIdx.length - 1]! - f.ordIdx[0]!;
  const sorteret = [...fund].sort(
    (a, b) =>
      b.m.ord.length - a.m.ord.length ||
      (a.m.uri === null ? 0 : 1) - (b.m.uri === null ? 0 : 1) ||
      b.hele - a.hele ||
      b.samme - a.samme ||
      spaend(a) - spaend(b) ||
      b.m.laengde - a.m.laengde ||
      a.ordIdx[0]! - b.ordIdx[0]!,
  );
  const brugt = new Map<number, Fund>();
  const valgt: Fund[] = [];
  for (const f of sorteret) {
    const optaget = f.ordIdx.map((i) => brugt.get(i));
    if (optaget.every((x) => x === undefined)) {
      valgt.push(f);
      for (const i of f.ordIdx) brugt.set(i, f);
      continue;
    }
    // the same words matched as well by a pattern of another skill with the same rank: both are suggested
    const v = optaget[0];
    if (
      v &&
      optaget.every((x) => x === v) &&
      v.ordIdx.length === f.ordIdx.length &&
      v.ordIdx.every((i, k) => f.ordIdx[k] === i) &&
      v.hele === f.hele &&
      v.samme === f.samme &&
      v.m.ord.length === f.m.ord.length &&
      v.m.uri !== null &&
      f.m.uri !== null
    ) {
      valgt.push(f);
    }
  }
  return valgt.sort((a, b) => a.ordIdx[0]! - b.ordIdx[0]!);
}

function fundI(tekst: string, leks: Leksikon): { ord: Ord[]; valgt: Fund[] } {
  const ord = ordAf(tekst);
  return { ord, valgt: udvaelg(alleFund(leks, ord)).filter((f) => f.m.uri !== null) };
}

/** The skills the text mentions, one per URI, the most mentioned first, then the earliest. */
export function udtraekFaerdigheder(tekst: string, leksikon: Leksikon): AnnonceForslag[] {
  const t = tekst.normalize("NFC");
  const { ord, valgt } = fundI(t, leksikon);
  const per = new Map<string, { antal: number; foerst: number; fund: string[] }>();
  for (const f of valgt) {
    const uri = f.m.uri!;
    const a = ord[f.ordIdx[0]!]!;
    const b = ord[f.ordIdx[f.ordIdx.length - 1]!]!;
    const tekstStykke = t.slice(a.start, b.slut);
    const x = per.get(uri) ?? { antal: 0, foerst: a.start, fund: [] };
    x.antal++;
    if (!x.fund.some((s) => s.toLowerCase() === tekstStykke.toLowerCase())) x.fund.push(tekstStykke);
    per.set(uri, x);
  }
  return [...per.entries()]
    .sort((a, b) => b[1].antal - a[1].antal || a[1].foerst - b[1].foerst)
    .map(([uri, x]) => ({ uri, titel: leksikon.titler.get(uri) ?? uri, fund: x.fund }));
}

/**
 * The spans the lexicon recognised, as offsets of whitespace-separated tokens of the text (`slut` exclusive): the
 * evaluation compares them with annotated spans of tokenised sentences.
 */
export function fundneSpan(tekst: string, leksikon: Leksikon): { start: number; slut: number }[] {
  const t = tekst.normalize("NFC");
  // the whitespace token each character belongs to
  const tokenAf: number[] = new Array(t.length).fill(-1);
  let n = -1;
  for (let i = 0; i < t.length; i++) {
    if (/\s/.test(t[i]!)) continue;
    if (i === 0 || /\s/.test(t[i - 1]!)) n++;
    tokenAf[i] = n;
  }
  const { ord, valgt } = fundI(t, leksikon);
  const set = new Set<string>();
  const ud: { start: number; slut: number }[] = [];
  for (const f of valgt) {
    const start = tokenAf[ord[f.ordIdx[0]!]!.start]!;
    const slut = tokenAf[ord[f.ordIdx[f.ordIdx.length - 1]!]!.slut - 1]! + 1;
    const k = `${start}-${slut}`;
    if (set.has(k)) continue;
    set.add(k);
    ud.push({ start, slut });
  }
  return ud;
}
