/**
 * Suggestions of offers for one citizen, each with its reason in plain Danish. A pure function: the store
 * (forslag-store.ts) reads the citizen and the municipality's approved offers and calls it.
 *
 * The order (docs/marketplace.md):
 *  1. Offers with a measured effect for the citizen's target group that is based on enough data and positive
 *     (vurderEffekt: at least MIN_OBSERVERET completers observed at 13 weeks, more of them in work or education than
 *     of similar citizens): the best effect first. The reason gives the counts.
 *  2. Then offers that teach skills the citizen lacks for the job goal (ESCO): ranked by how much of what is missing
 *     they cover, an essential skill counting 1 and an optional one 0.5. The reason names the skills.
 *  Never an offer the citizen is already on (or has completed), never one that is not open to the citizen's target
 *  group (an offer with no target groups is open to all), never one in none of the citizen's languages (when both
 *  are known). An offer appears once: when its effect qualifies it, it is listed for that.
 *
 * Speed: the missing skills become one map from skill URI to weight; each offer costs a set look-up and a look-up per
 * skill it teaches. Only the best `antal` of each kind are kept (insertion into a short sorted list), and the texts
 * are written for those alone, so thousands of offers take well under a millisecond.
 */
import { effektTal, type EffektTal, vurderEffekt } from "./effekt.ts";
import { faerdighed } from "./esco.ts";

export interface ForslagMaal {
  /** the job goal's occupation, its Danish label ("lagermedarbejder") */
  erhverv: string;
  /** the occupation's essential skills the citizen lacks (ESCO skill URIs) */
  essentielle: readonly string[];
  /** … and its optional ones */
  valgfrie: readonly string[];
}

export interface ForslagBorger {
  maalgruppe: string;
  /** languages the citizen can follow an offer in (codes as on offers); unknown: no filter */
  sprog?: readonly string[];
  /** ESCO skill URIs the citizen has (from completed offers) */
  har: ReadonlySet<string>;
  maal: ForslagMaal | null;
  /** offers the citizen is enrolled in or has completed */
  aktive: ReadonlySet<string>;
}

export interface ForslagUdbud {
  id: string;
  titel: string;
  art: string;
  kompetencer: readonly string[];
  /** the target groups the offer is open to; empty: all */
  maalgrupper: readonly string[];
  pris_tokens: number | null;
  sprog?: readonly string[];
  /** the measured effect for the citizen's target group, if computed */
  effekt?: (EffektTal & { maalgruppe?: string }) | null;
}

export interface Forslag {
  udbudId: string;
  kilde: "effekt" | "kompetence";
  /** why, in plain Danish */
  grund: string;
  /** effect: the difference in percentage points; skills: the weighted coverage (essential 1, optional 0.5) */
  score: number;
}

export const ANTAL_FORSLAG = 6;

interface Kandidat {
  udbud: ForslagUdbud;
  score: number;
  /** tie-breaks: effect → the exact difference of shares; skills → minus the price */
  naeste: number;
  /** effect → completers observed; skills → essential skills covered */
  tredje: number;
}

/** Better first: by score, then the next keys, then id (so the order never depends on the input's order). */
function foer(a: Kandidat, b: Kandidat): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.naeste !== b.naeste) return a.naeste > b.naeste;
  if (a.tredje !== b.tredje) return a.tredje > b.tredje;
  return a.udbud.id < b.udbud.id;
}

/** Keeps the best `max` candidates in `top`, sorted best first. */
function behold(top: Kandidat[], k: Kandidat, max: number) {
  if (top.length === max && !foer(k, top[max - 1]!)) return;
  let i = top.length < max ? top.length : max - 1;
  if (top.length < max) top.push(k);
  while (i > 0 && foer(k, top[i - 1]!)) {
    top[i] = top[i - 1]!;
    i--;
  }
  top[i] = k;
}

/** "a", "a og b", "a, b og c". */
function opremsning(xs: readonly string[]): string {
  return xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} og ${xs[xs.length - 1]}`;
}

/** The suggestions for the citizen among the approved offers: at most `antal`, the best first. */
export function foreslaa(borger: ForslagBorger, udbud: readonly ForslagUdbud[], antal = ANTAL_FORSLAG): Forslag[] {
  if (antal <= 0) return [];
  const mg = borger.maalgruppe;
  // what the citizen lacks for the goal, by weight (a skill the citizen already has is not missing)
  const vaegt = new Map<string, number>();
  if (borger.maal) {
    for (const uri of borger.maal.valgfrie) if (!borger.har.has(uri)) vaegt.set(uri, 0.5);
    for (const uri of borger.maal.essentielle) if (!borger.har.has(uri)) vaegt.set(uri, 1);
  }
  const sprog = borger.sprog && borger.sprog.length > 0 ? new Set(borger.sprog) : null;

  const effekt: Kandidat[] = [];
  const kompetence: Kandidat[] = [];
  for (const u of udbud) {
    if (borger.aktive.has(u.id)) continue;
    if (u.maalgrupper.length > 0 && !u.maalgrupper.includes(mg)) continue;
    if (sprog && u.sprog && u.sprog.length > 0 && !u.sprog.some((s) => sprog.has(s))) continue;
    const e = u.effekt;
    if (e && (e.maalgruppe === undefined || e.maalgruppe === mg)) {
      const t = effektTal(e);
      if (t.status === "nok_data" && t.effekt13! > 0) {
        behold(
          effekt,
          { udbud: u, score: t.effekt13!, naeste: t.andel13! - t.kontrol13!, tredje: e.observeret_13 },
          antal,
        );
        continue;
      }
    }
    if (vaegt.size === 0) continue;
    let score = 0;
    let essentielle = 0;
    const ks = u.kompetencer;
    for (let i = 0; i < ks.length; i++) {
      const w = vaegt.get(ks[i]!);
      // a skill listed twice is taught once
      if (w === undefined || ks.indexOf(ks[i]!) < i) continue;
      score += w;
      if (w === 1) essentielle++;
    }
    if (score > 0) behold(kompetence, { udbud: u, score, naeste: -(u.pris_tokens ?? 0), tredje: essentielle }, antal);
  }

  const ud: Forslag[] = effekt.map((k) => ({
    udbudId: k.udbud.id,
    kilde: "effekt" as const,
    grund: vurderEffekt(k.udbud.effekt!).tekst,
    score: k.score,
  }));
  for (const k of kompetence) {
    if (ud.length >= antal) break;
    ud.push({
      udbudId: k.udbud.id,
      kilde: "kompetence",
      grund: kompetenceGrund(k.udbud, vaegt, borger.maal!),
      score: k.score,
    });
  }
  return ud;
}

/** "Lærer dig 3 af de færdigheder, du mangler som lagermedarbejder: a, b og c." (essential skills first) */
function kompetenceGrund(u: ForslagUdbud, vaegt: ReadonlyMap<string, number>, maal: ForslagMaal): string {
  // in the goal's order: the essential skills first, then the optional ones
  const plads = (uri: string) =>
    vaegt.get(uri) === 1 ? maal.essentielle.indexOf(uri) : maal.essentielle.length + maal.valgfrie.indexOf(uri);
  const laert = [...new Set(u.kompetencer.filter((k) => vaegt.has(k)))].sort((a, b) => plads(a) - plads(b));
  const navne = laert.map((uri) => faerdighed(uri)?.da ?? uri);
  const antal = navne.length === 1 ? "én" : String(navne.length);
  return `Lærer dig ${antal} af de færdigheder, du mangler som ${maal.erhverv}: ${opremsning(navne)}.`;
}
