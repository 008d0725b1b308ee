/**
 * The measured effect of an offer on the marketplace: do the citizens who completed it get into work or education
 * more often than similar citizens who did not take it? A pure function over the municipality's enrolments and
 * benefit events; the store (effekt-store.ts) reads them and keeps the result in `udbud_effekt`.
 *
 * The method (docs/marketplace.md):
 *  - Outcome. A citizen is "in work or education" on a day when their benefit has ended by a YDELSE_OPHOER whose
 *    `art` is 'job' or 'uddannelse', with no later YDELSE_START up to and including that day. Events on the same day
 *    count in recorded order: the last one decides the state at the end of the day.
 *  - Completers. Every completed enrolment (status 'gennemfoert', completion day d = the Danish date of `afsluttet`);
 *    a citizen who completed the same offer twice counts once, from the first completion. The target group is the one
 *    in force on day d (the group of the latest YDELSE_START on or before d; a start without a group, or no start at
 *    all, takes the group recorded on the citizen). The outcome is read at d + 91 days (13 weeks) and d + 182 days
 *    (26 weeks), and is "observed" only when that day is today or earlier.
 *  - Comparison. Citizens similar to the completers who did not take the offer: in the same target group, on benefit
 *    on the day (the benefit started before the day and had not ended by the end of it) and never enrolled in the
 *    offer (whatever became of the enrolment). Calendar time is matched by week: completers are grouped into strata by
 *    (target group, ISO week of d), and each stratum's comparison group is read on the Monday of that week, its
 *    outcome at Monday + 91 and Monday + 182 days. The comparison share is the average of the strata's shares
 *    weighted by the number of observed completers in each (direct standardisation), so an offer used mostly in a
 *    good labour market is compared with that market, not with the year's average. A stratum with nobody to compare
 *    with is left out of the weights. `kontrol_antal` is the number of distinct citizens behind the 13-week share.
 *  - Reading. `vurderEffekt` shows a result only from MIN_OBSERVERET completers observed at 13 weeks, and says so
 *    honestly below that. The figures describe what happened; they are a fair comparison, not proof of cause (the
 *    citizens who choose an offer may differ in ways the target group does not capture).
 *
 * Speed: days are whole numbers (kalender.ts); each citizen's benefit history is turned once into a short sorted list
 * of state changes (flat typed arrays for all citizens), read by binary search; the comparison groups are counted once
 * per stratum for all offers, and each offer then only subtracts its own enrolled citizens. The distinct citizens
 * behind an offer's strata are counted without visiting them: a citizen's Mondays on benefit form a run, and a run
 * misses all of the offer's Mondays exactly when it lies in a gap between two of them, which a table of runs by their
 * two ends answers in one look-up per gap. 100,000 citizens and 2,000 offers take well under a second.
 */
import { ugedag } from "../regler/kalender.ts";
import type { Dag } from "../regler/model.ts";

/** Completers observed at 13 weeks needed before an effect is shown. */
export const MIN_OBSERVERET = 20;
/** 13 and 26 weeks, in days. */
export const DAGE_13 = 91;
export const DAGE_26 = 182;
/** The `art` of a YDELSE_OPHOER that counts as work or education. */
export const ARBEJDE_ARTER: readonly string[] = ["job", "uddannelse"];

/** A benefit event (only YDELSE_START and YDELSE_OPHOER are read; others are ignored). */
export interface EffektHaendelse {
  borgerId: string;
  type: string;
  dag: Dag;
  /** YDELSE_START: the target group from this day */
  maalgruppe?: string | null;
  /** YDELSE_OPHOER: why the benefit ended ('job', 'uddannelse', …) */
  art?: string | null;
}

export interface EffektTilmelding {
  udbudId: string;
  borgerId: string;
  /** the completion day for a completed enrolment; null for any other (still counts as enrolled in the offer) */
  gennemfoertDag: Dag | null;
}

export interface EffektGrundlag {
  /** the municipality's citizens with their recorded target group */
  borgere: readonly { id: string; maalgruppe: string }[];
  /** benefit events, in recorded order within a citizen's day (any order otherwise) */
  haendelser: readonly EffektHaendelse[];
  /** every enrolment, completed or not */
  tilmeldinger: readonly EffektTilmelding[];
  idag: Dag;
}

/** The figures of one offer for one target group: the columns of `udbud_effekt`. */
export interface EffektTal {
  gennemfoert: number;
  i_arbejde_13: number;
  observeret_13: number;
  i_arbejde_26: number;
  observeret_26: number;
  kontrol_andel_13: number | null;
  kontrol_andel_26: number | null;
  kontrol_antal: number;
}

export interface EffektRaekke extends EffektTal {
  udbud_id: string;
  maalgruppe: string;
}

// The state at the end of a day (before a citizen's first event there is no state: find answers −1).
const YDELSE = 1;
const ARBEJDE = 2;
const ANDET = 3;

/**
 * Every citizen's benefit history as state changes: for citizen c the changes are at indexes fra[c] … fra[c+1]−1,
 * sorted by day, one per day (the state at the end of that day), each with the target group of the current (or, after
 * an end, the last) benefit.
 */
class Tilstande {
  readonly fra: Int32Array;
  readonly dage: Int32Array;
  readonly tilstand: Uint8Array;
  readonly gruppe: Int32Array;

  constructor(
    n: number,
    haendelser: readonly EffektHaendelse[],
    borgerIdx: Map<string, number>,
    gruppeIdx: (g: string) => number,
    registreret: Int32Array,
  ) {
    const relevant = (h: EffektHaendelse) => h.type === "YDELSE_START" || h.type === "YDELSE_OPHOER";
    const hvem = new Int32Array(haendelser.length).fill(-1);
    const antal = new Int32Array(n + 1);
    for (let i = 0; i < haendelser.length; i++) {
      const h = haendelser[i]!;
      if (!relevant(h)) continue;
      const c = borgerIdx.get(h.borgerId);
      if (c === undefined) continue;
      hvem[i] = c;
      antal[c + 1]!++;
    }
    for (let c = 0; c < n; c++) antal[c + 1]! += antal[c]!;
    const orden = new Int32Array(antal[n]!);
    const pos = antal.slice(0, n);
    for (let i = 0; i < haendelser.length; i++) if (hvem[i]! >= 0) orden[pos[hvem[i]!]!++] = i;

    this.fra = new Int32Array(n + 1);
    this.dage = new Int32Array(orden.length);
    this.tilstand = new Uint8Array(orden.length);
    this.gruppe = new Int32Array(orden.length);
    let k = 0;
    for (let c = 0; c < n; c++) {
      this.fra[c] = k;
      const a = antal[c]!;
      const b = antal[c + 1]!;
      // a stable insertion sort by day: a citizen has a handful of benefit events, and ties keep the recorded order
      for (let i = a + 1; i < b; i++) {
        const x = orden[i]!;
        const dx = haendelser[x]!.dag;
        let j = i - 1;
        while (j >= a && haendelser[orden[j]!]!.dag > dx) {
          orden[j + 1] = orden[j]!;
          j--;
        }
        orden[j + 1] = x;
      }
      let g = registreret[c]!;
      for (let i = a; i < b; i++) {
        const h = haendelser[orden[i]!]!;
        let t: number;
        if (h.type === "YDELSE_START") {
          t = YDELSE;
          g = h.maalgruppe ? gruppeIdx(h.maalgruppe) : registreret[c]!;
        } else t = h.art && ARBEJDE_ARTER.includes(h.art) ? ARBEJDE : ANDET;
        if (k > this.fra[c]! && this.dage[k - 1] === h.dag) k--;
        this.dage[k] = h.dag;
        this.tilstand[k] = t;
        this.gruppe[k] = g;
        k++;
      }
    }
    this.fra[n] = k;
  }

  /** The index of the citizen's state at the end of day t, or −1 before their first event. */
  find(c: number, t: Dag): number {
    let lo = this.fra[c]!;
    let hi = this.fra[c + 1]! - 1;
    let svar = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.dage[mid]! <= t) {
        svar = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return svar;
  }

  iArbejde(c: number, t: Dag): boolean {
    const i = this.find(c, t);
    return i >= 0 && this.tilstand[i] === ARBEJDE;
  }

  /** The target group the citizen is on benefit in throughout day t (started before t, not ended by its end), or −1. */
  paaYdelse(c: number, t: Dag): number {
    const i = this.find(c, t);
    if (i < 0 || this.tilstand[i] !== YDELSE) return -1;
    if (this.dage[i]! < t) return this.gruppe[i]!;
    return i > this.fra[c]! && this.tilstand[i - 1] === YDELSE ? this.gruppe[i]! : -1;
  }
}

/** The Monday of the ISO week of a day. */
export const mandag = (d: Dag): Dag => d - ugedag(d) + 1;

/** The first index in a sorted array whose value is at least x. */
function foersteFra(xs: Int32Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Stratum {
  n13: number;
  n26: number;
}

interface Celle {
  udbudId: string;
  gruppe: number;
  gennemfoert: number;
  i13: number;
  o13: number;
  i26: number;
  o26: number;
  strata: Map<Dag, Stratum>;
}

/** The comparison groups of one target group, counted once for all offers, per needed Monday. */
interface GruppeGrundlag {
  mandage: Int32Array;
  n13: Int32Array;
  a13: Int32Array;
  n26: Int32Array;
  a26: Int32Array;
  /**
   * The citizens in any of the group's 13-week comparison groups, each with the runs of Mondays (as index pairs
   * [from, to] into `mandage`) they are in: usually one run, the Mondays of one spell on benefit.
   */
  loeb: Map<number, number[]>;
  /** how many of them have exactly one run, and those runs counted: D[a·K + b] = runs with from ≥ a and to ≤ b */
  enkelte: number;
  D: Int32Array;
  /** the citizens with several runs (a second spell in the group), checked one by one */
  flere: number[];
}

/** Whether any of the runs [from, to] (index pairs) contains one of the sorted indexes in P. */
function rammer(loeb: readonly number[], P: Int32Array): boolean {
  for (let i = 0; i < loeb.length; i += 2) {
    const k = foersteFra(P, loeb[i]!);
    if (k < P.length && P[k]! <= loeb[i + 1]!) return true;
  }
  return false;
}

/** The effect figures for every (offer, target group) with at least one completer. Sorted by offer id and group. */
export function beregnEffekter(g: EffektGrundlag): EffektRaekke[] {
  const { idag } = g;
  const n = g.borgere.length;
  const borgerIdx = new Map<string, number>();
  const grupper: string[] = [];
  const gruppeMap = new Map<string, number>();
  const gruppeIdx = (s: string) => {
    let i = gruppeMap.get(s);
    if (i === undefined) {
      i = grupper.length;
      grupper.push(s);
      gruppeMap.set(s, i);
    }
    return i;
  };
  const registreret = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const b = g.borgere[c]!;
    borgerIdx.set(b.id, c);
    registreret[c] = gruppeIdx(b.maalgruppe);
  }
  const T = new Tilstande(n, g.haendelser, borgerIdx, gruppeIdx, registreret);

  // Enrolments per offer: everyone ever enrolled, and the first completion of each completer.
  const udbud = new Map<string, { tilmeldt: Set<number>; gennemfoert: Map<number, Dag> }>();
  for (const t of g.tilmeldinger) {
    const c = borgerIdx.get(t.borgerId);
    if (c === undefined) continue;
    let u = udbud.get(t.udbudId);
    if (!u) {
      u = { tilmeldt: new Set(), gennemfoert: new Map() };
      udbud.set(t.udbudId, u);
    }
    u.tilmeldt.add(c);
    if (t.gennemfoertDag !== null) {
      const foer = u.gennemfoert.get(c);
      if (foer === undefined || t.gennemfoertDag < foer) u.gennemfoert.set(c, t.gennemfoertDag);
    }
  }

  // The completers' outcomes, by (offer, group), and the strata (group, Monday) they need.
  const celler: Celle[] = [];
  const behov = new Map<number, Set<Dag>>();
  for (const [udbudId, u] of udbud) {
    const perGruppe = new Map<number, Celle>();
    for (const [c, d] of u.gennemfoert) {
      const i = T.find(c, d);
      const gr = i >= 0 ? T.gruppe[i]! : registreret[c]!;
      let celle = perGruppe.get(gr);
      if (!celle) {
        celle = { udbudId, gruppe: gr, gennemfoert: 0, i13: 0, o13: 0, i26: 0, o26: 0, strata: new Map() };
        perGruppe.set(gr, celle);
        celler.push(celle);
      }
      celle.gennemfoert++;
      const m = mandag(d);
      let s = celle.strata.get(m);
      if (!s) {
        s = { n13: 0, n26: 0 };
        celle.strata.set(m, s);
      }
      if (d + DAGE_13 <= idag) {
        celle.o13++;
        s.n13++;
        if (T.iArbejde(c, d + DAGE_13)) celle.i13++;
      }
      if (d + DAGE_26 <= idag) {
        celle.o26++;
        s.n26++;
        if (T.iArbejde(c, d + DAGE_26)) celle.i26++;
      }
      if (d + DAGE_13 <= idag) {
        let set = behov.get(gr);
        if (!set) {
          set = new Set();
          behov.set(gr, set);
        }
        set.add(m);
      }
    }
  }

  // The comparison groups: one pass over every citizen's benefit spells, counting them into the needed strata.
  const grundlag = new Map<number, GruppeGrundlag>();
  for (const [gr, set] of behov) {
    const mandage = Int32Array.from([...set].sort((a, b) => a - b));
    const k = mandage.length;
    grundlag.set(gr, {
      mandage,
      n13: new Int32Array(k),
      a13: new Int32Array(k),
      n26: new Int32Array(k),
      a26: new Int32Array(k),
      loeb: new Map(),
      enkelte: 0,
      D: new Int32Array(0),
      flere: [],
    });
  }
  for (let c = 0; c < n; c++) {
    const a = T.fra[c]!;
    const b = T.fra[c + 1]!;
    for (let i = a; i < b; i++) {
      if (T.tilstand[i] !== YDELSE) continue;
      const gg = grundlag.get(T.gruppe[i]!);
      if (!gg) continue;
      // the days of this state on which the citizen is on benefit throughout (see paaYdelse)
      const lo = i > a && T.tilstand[i - 1] === YDELSE ? T.dage[i]! : T.dage[i]! + 1;
      const hi = Math.min(i + 1 < b ? T.dage[i + 1]! - 1 : idag, idag - DAGE_13);
      // the needed Mondays in those days: a run of indexes j0 … j1
      const j0 = foersteFra(gg.mandage, lo);
      const j1 = foersteFra(gg.mandage, hi + 1) - 1;
      if (j1 < j0) continue;
      for (let j = j0; j <= j1; j++) {
        const m = gg.mandage[j]!;
        gg.n13[j]!++;
        if (T.iArbejde(c, m + DAGE_13)) gg.a13[j]!++;
        if (m + DAGE_26 <= idag) {
          gg.n26[j]!++;
          if (T.iArbejde(c, m + DAGE_26)) gg.a26[j]!++;
        }
      }
      // kept for counting distinct citizens; joined to the citizen's previous run when no needed Monday lies between
      const l = gg.loeb.get(c);
      if (!l) gg.loeb.set(c, [j0, j1]);
      else if (j0 <= l[l.length - 1]! + 1) l[l.length - 1] = Math.max(l[l.length - 1]!, j1);
      else l.push(j0, j1);
    }
  }
  // Distinct citizens behind a set of strata: those with one run are counted from a table of runs by their ends (a run
  // misses every chosen Monday exactly when it lies within a gap between two of them); the few with several runs are
  // checked one by one.
  for (const gg of grundlag.values()) {
    const K = gg.mandage.length;
    const D = new Int32Array(K * K);
    for (const [c, l] of gg.loeb) {
      if (l.length === 2) {
        D[l[0]! * K + l[1]!]!++;
        gg.enkelte++;
      } else gg.flere.push(c);
    }
    for (let a = 0; a < K; a++) for (let b = 1; b < K; b++) D[a * K + b]! += D[a * K + b - 1]!;
    for (let a = K - 2; a >= 0; a--) for (let b = 0; b < K; b++) D[a * K + b]! += D[(a + 1) * K + b]!;
    gg.D = D;
  }

  // Each cell: its strata's shares, less the offer's own enrolled citizens, weighted by the completers.
  const ud: EffektRaekke[] = [];
  for (const celle of celler) {
    const u = udbud.get(celle.udbudId)!;
    const gg = grundlag.get(celle.gruppe);
    let vaegt13 = 0;
    let sum13 = 0;
    let vaegt26 = 0;
    let sum26 = 0;
    const brugt: number[] = [];
    if (gg) {
      for (const [m, s] of celle.strata) {
        if (s.n13 === 0) continue;
        const j = foersteFra(gg.mandage, m);
        let n13 = gg.n13[j]!;
        let a13 = gg.a13[j]!;
        let n26 = gg.n26[j]!;
        let a26 = gg.a26[j]!;
        for (const e of u.tilmeldt) {
          if (T.paaYdelse(e, m) !== celle.gruppe) continue;
          n13--;
          if (T.iArbejde(e, m + DAGE_13)) a13--;
          if (m + DAGE_26 <= idag) {
            n26--;
            if (T.iArbejde(e, m + DAGE_26)) a26--;
          }
        }
        if (n13 > 0) {
          vaegt13 += s.n13;
          sum13 += (s.n13 * a13) / n13;
          brugt.push(j);
        }
        if (s.n26 > 0 && n26 > 0) {
          vaegt26 += s.n26;
          sum26 += (s.n26 * a26) / n26;
        }
      }
    }
    let kontrolAntal = 0;
    if (gg && brugt.length > 0) {
      const P = Int32Array.from(brugt).sort();
      const K = gg.mandage.length;
      const inden = (a: number, b: number) => (a <= b ? gg.D[a * K + b]! : 0);
      kontrolAntal = gg.enkelte - inden(0, P[0]! - 1) - inden(P[P.length - 1]! + 1, K - 1);
      for (let i = 0; i + 1 < P.length; i++) kontrolAntal -= inden(P[i]! + 1, P[i + 1]! - 1);
      for (const c of gg.flere) if (rammer(gg.loeb.get(c)!, P)) kontrolAntal++;
      // the offer's own enrolled citizens are never a comparison
      for (const e of u.tilmeldt) {
        const l = gg.loeb.get(e);
        if (l && rammer(l, P)) kontrolAntal--;
      }
    }
    ud.push({
      udbud_id: celle.udbudId,
      maalgruppe: grupper[celle.gruppe]!,
      gennemfoert: celle.gennemfoert,
      i_arbejde_13: celle.i13,
      observeret_13: celle.o13,
      i_arbejde_26: celle.i26,
      observeret_26: celle.o26,
      kontrol_andel_13: vaegt13 > 0 ? sum13 / vaegt13 : null,
      kontrol_andel_26: vaegt26 > 0 ? sum26 / vaegt26 : null,
      kontrol_antal: kontrolAntal,
    });
  }
  ud.sort((a, b) =>
    a.udbud_id < b.udbud_id ? -1 : a.udbud_id > b.udbud_id ? 1 : a.maalgruppe < b.maalgruppe ? -1 : 1,
  );
  return ud;
}

// ---------------------------------------------------------------------------------------------------------------------
// Reading the figures
// ---------------------------------------------------------------------------------------------------------------------

export interface EffektVurdering {
  status: "nok_data" | "ikke_nok_data";
  /** the completers' share in work or education at 13 weeks (null without enough data) */
  andel13: number | null;
  /** the comparison group's share at 13 weeks (null without enough data) */
  kontrol13: number | null;
  /** the difference in whole percentage points, as shown: round(100 · andel) − round(100 · kontrol) */
  effekt13: number | null;
  /** the same at 26 weeks; null until MIN_OBSERVERET completers are observed at 26 weeks */
  andel26: number | null;
  kontrol26: number | null;
  effekt26: number | null;
  /** the reading in plain Danish, with the counts */
  tekst: string;
}

const pct = (x: number) => Math.round(100 * x);
/** 1234 → "1.234" (Danish thousands separator). */
const tal = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/** The figures of a reading without its text (cheap: for ranking thousands of offers). */
export function effektTal(r: EffektTal): Omit<EffektVurdering, "tekst"> {
  const nok13 = r.observeret_13 >= MIN_OBSERVERET && r.kontrol_andel_13 !== null;
  const nok26 = nok13 && r.observeret_26 >= MIN_OBSERVERET && r.kontrol_andel_26 !== null;
  const andel13 = nok13 ? r.i_arbejde_13 / r.observeret_13 : null;
  const andel26 = nok26 ? r.i_arbejde_26 / r.observeret_26 : null;
  return {
    status: nok13 ? "nok_data" : "ikke_nok_data",
    andel13,
    kontrol13: nok13 ? r.kontrol_andel_13 : null,
    effekt13: andel13 !== null ? pct(andel13) - pct(r.kontrol_andel_13!) : null,
    andel26,
    kontrol26: nok26 ? r.kontrol_andel_26 : null,
    effekt26: andel26 !== null ? pct(andel26) - pct(r.kontrol_andel_26!) : null,
  };
}

function forskel(pp: number): string {
  if (pp > 0) return `${pp} procentpoint bedre`;
  if (pp < 0) return `${-pp} procentpoint dårligere`;
  return "samme andel";
}

/**
 * What the figures say, in Danish: "62 % af 48 borgere, der gennemførte, var i job eller uddannelse 13 uger efter
 * (lignende borgere uden forløbet: 41 % af 812) – 21 procentpoint bedre." With fewer than MIN_OBSERVERET completers
 * observed at 13 weeks (or nobody to compare with) it says that there is not enough data yet.
 */
export function vurderEffekt(r: EffektTal): EffektVurdering {
  const v = effektTal(r);
  let tekst: string;
  if (r.observeret_13 < MIN_OBSERVERET) {
    tekst = `Ikke nok data endnu: ${r.observeret_13 === 0 ? "ingen" : `kun ${r.observeret_13}`} har gennemført for mindst 13 uger siden (mindst ${MIN_OBSERVERET} kræves).`;
  } else if (v.status === "ikke_nok_data") {
    tekst = "Ikke nok data endnu: der er ingen lignende borgere uden forløbet at sammenligne med.";
  } else {
    tekst =
      `${pct(v.andel13!)} % af ${tal(r.observeret_13)} borgere, der gennemførte, var i job eller uddannelse 13 uger efter ` +
      `(lignende borgere uden forløbet: ${pct(v.kontrol13!)} % af ${tal(r.kontrol_antal)}) – ${forskel(v.effekt13!)}.`;
    if (v.andel26 !== null) {
      tekst += ` Efter 26 uger: ${pct(v.andel26)} % af ${tal(r.observeret_26)} (lignende borgere: ${pct(v.kontrol26!)} %) – ${forskel(v.effekt26!)}.`;
    }
  }
  return { ...v, tekst };
}
