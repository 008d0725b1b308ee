/**
 * In-memory indexes for exact top-n matching (docs/matching.md, "Indekset").
 *
 * A profile that shares no skill with an order and has no experience or job-goal occupation close to the order's
 * occupation scores 0 (the practical parts are gated by relevance). So only profiles reached through the order's skill
 * postings and the close-occupation postings need scoring; the rest are 0 and never returned. Every number is
 * computed by the same functions as the reference `scor` on the same float32/integer inputs, so the ranking is the
 * reference ranking (ties: id ascending), not an approximation.
 *
 * Storage: one slot per profile (order) in columnar typed arrays; skills and occupations in CSR postings
 * (Int32Array per key range) built at compaction. Slots added after the last compaction form the delta, scanned
 * directly from their per-slot skill lists; replaced or removed slots are tombstoned. Compaction (renumbering live
 * slots and rebuilding the postings by counting sort) runs when the delta or the tombstones grow large.
 */
import {
  AFSTAND_UKENDT,
  afstandDel,
  afstandKm,
  dagnummer,
  type MatchKontekst,
  type MatchOrdre,
  type MatchProfil,
  type MatchResultat,
  ordreVektor,
  PRAKTISK_MAKS,
  RELEVANS_MAKS,
  relevans,
  samletScore,
  sammenlign,
  scor,
  scorMedVektor,
  tilgaengeligDel,
  timerDel,
} from "./kerne.ts";

const INGEN_DAG = -2147483648;
/** Skill sums are Int32: an order's total must stay below this (about 13,000 skills). */
const MAKS_TOTAL = 2 ** 31 - 1;
/**
 * After an early stop: a profile's own skill list (read at random) costs about as much as this many posting entries
 * read in order; the remaining lists are scanned while that is cheaper than summing the open profiles' own lists.
 */
const EGEN = 20;
/** Upper bound of score / relevance (the practical parts add at most PRAKTISK_MAKS / RELEVANS_MAKS of it). */
const LOFT = (1 + PRAKTISK_MAKS / RELEVANS_MAKS) * (1 + 1e-9);

/** A column reordered: entry i of the answer is entry orden[i] of `a` (same length; the rest zero). */
function saml<T extends Int32Array | Float32Array | Float64Array | Uint8Array>(a: T, orden: Int32Array): T {
  const C = a.constructor as new (n: number) => T;
  const b = new C(a.length);
  for (let i = 0; i < orden.length; i++) b[i] = a[orden[i]!]!;
  return b;
}

class VoksInt32 {
  a = new Int32Array(1024);
  n = 0;
  push(x: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = x;
  }
}

function voks<T extends Int32Array | Float32Array | Float64Array | Uint8Array>(a: T, min: number): T {
  if (a.length >= min) return a;
  const C = a.constructor as new (n: number) => T;
  const b = new C(Math.max(min, a.length * 2, 16));
  b.set(a);
  return b;
}

/** Key ids: known taxonomy ids first, then ids for URIs only this index has seen. */
class Noegler {
  private readonly ukendt = new Map<string, number>();
  constructor(
    private readonly kendt: Map<string, number>,
    private readonly antalKendte: number,
  ) {}
  get antal(): number {
    return this.antalKendte + this.ukendt.size;
  }
  find(uri: string): number | undefined {
    return this.kendt.get(uri) ?? this.ukendt.get(uri);
  }
  tildel(uri: string): number {
    let id = this.find(uri);
    if (id === undefined) {
      id = this.antalKendte + this.ukendt.size;
      this.ukendt.set(uri, id);
    }
    return id;
  }
}

interface Csr {
  off: Int32Array;
  data: Int32Array;
}

/** Counting-sort CSR from (key, value) pairs given per slot. */
function bygCsr(
  antalNoegler: number,
  antalSlots: number,
  start: Int32Array,
  laengde: Int32Array,
  flad: Int32Array,
): Csr {
  const off = new Int32Array(antalNoegler + 1);
  for (let s = 0; s < antalSlots; s++) {
    const a = start[s]!;
    const b = a + laengde[s]!;
    for (let j = a; j < b; j++) off[flad[j]! + 1]!++;
  }
  for (let i = 0; i < antalNoegler; i++) off[i + 1]! += off[i]!;
  const pos = off.slice(0, antalNoegler);
  const data = new Int32Array(off[antalNoegler]!);
  for (let s = 0; s < antalSlots; s++) {
    const a = start[s]!;
    const b = a + laengde[s]!;
    for (let j = a; j < b; j++) data[pos[flad[j]!]!++] = s;
  }
  return { off, data };
}

/** Bounded heap of slots keeping the best n by (score desc, id asc); the worst kept is at the root. */
class TopN {
  slots: number[] = [];
  scores: number[] = [];
  constructor(
    private readonly n: number,
    private readonly ids: string[],
  ) {}
  /** a worse than b */
  private vaerre(i: number, j: number): boolean {
    const a = this.scores[i]!;
    const b = this.scores[j]!;
    if (a !== b) return a < b;
    return this.ids[this.slots[i]!]! > this.ids[this.slots[j]!]!;
  }
  private byt(i: number, j: number): void {
    const s = this.slots[i]!;
    this.slots[i] = this.slots[j]!;
    this.slots[j] = s;
    const t = this.scores[i]!;
    this.scores[i] = this.scores[j]!;
    this.scores[j] = t;
  }
  tilbyd(slot: number, score: number): void {
    if (this.n <= 0) return;
    if (this.slots.length < this.n) {
      this.slots.push(slot);
      this.scores.push(score);
      let i = this.slots.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (this.vaerre(i, p)) {
          this.byt(i, p);
          i = p;
        } else break;
      }
      return;
    }
    const rs = this.scores[0]!;
    if (score < rs || (score === rs && this.ids[slot]! > this.ids[this.slots[0]!]!)) return;
    this.slots[0] = slot;
    this.scores[0] = score;
    let i = 0;
    const m = this.slots.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < m && this.vaerre(l, w)) w = l;
      if (r < m && this.vaerre(r, w)) w = r;
      if (w === i) break;
      this.byt(i, w);
      i = w;
    }
  }
}

/** Bounded min-heap of numbers: the n-th largest value offered so far. */
class NteStoerste {
  private readonly h: Float64Array;
  private m = 0;
  constructor(private readonly n: number) {
    this.h = new Float64Array(Math.max(1, n));
  }
  tilbyd(x: number): void {
    const h = this.h;
    if (this.m < this.n) {
      let i = this.m++;
      h[i] = x;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (h[p]! > h[i]!) {
          const t = h[p]!;
          h[p] = h[i]!;
          h[i] = t;
          i = p;
        } else break;
      }
      return;
    }
    if (x <= h[0]!) return;
    h[0] = x;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < this.m && h[l]! < h[w]!) w = l;
      if (r < this.m && h[r]! < h[w]!) w = r;
      if (w === i) break;
      const t = h[w]!;
      h[w] = h[i]!;
      h[i] = t;
      i = w;
    }
  }
  /** The n-th largest, or -Infinity while fewer than n were offered. */
  get graense(): number {
    return this.m < this.n ? Number.NEGATIVE_INFINITY : this.h[0]!;
  }
}

/**
 * Relevance of every touched slot (and the scratch reset). Answers how many there are (the touched list may be
 * rewritten in slot order) and the n-th best relevance, a lower bound of the n-th best score.
 */
function relevansPass(
  antalSlots: number,
  nb: number,
  n: number,
  beroert: Int32Array,
  acc: Int32Array,
  maerke: Uint8Array,
  ej: Float64Array,
  Fs: Float64Array,
  Es: Float64Array,
  Js: Float64Array,
  Rs: Float64Array,
  total: number,
  doed: Uint8Array | null,
): number {
  if (nb > antalSlots >> 4) {
    // many touched: visit them in slot order (sequential memory access instead of random)
    nb = 0;
    for (let p = 0; p < antalSlots; p++) if (maerke[p] !== 0) beroert[nb++] = p;
  }
  const nte = new NteStoerste(n);
  let graense = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < nb; i++) {
    const p = beroert[i]!;
    const F = total > 0 ? acc[p]! / total : 0;
    const E = ej[2 * p]!;
    const J = ej[2 * p + 1]!;
    acc[p] = 0;
    maerke[p] = 0;
    ej[2 * p] = 0;
    ej[2 * p + 1] = 0;
    const R = doed !== null && doed[p] !== 0 ? 0 : relevans(F, E, J);
    Fs[i] = F;
    Es[i] = E;
    Js[i] = J;
    Rs[i] = R;
    if (R > graense) {
      nte.tilbyd(R);
      graense = nte.graense;
    }
  }
  return graense;
}

/** Columnar store shared by both indexes: one slot per item, per-slot skill and occupation lists, tombstones. */
abstract class Lager<T extends { id: string }> {
  protected readonly faerd: Noegler;
  protected readonly erhv: Noegler;
  protected kap = 0;
  protected n = 0;
  protected baseN = 0;
  protected doede = 0;
  protected ids: string[] = [];
  protected emner: (T | null)[] = [];
  protected slotAf = new Map<string, number>();
  /** the last compaction's renumbering: new slot i was slot sidsteOrden[i] */
  protected sidsteOrden = new Int32Array(0);
  protected doed = new Uint8Array(0);
  protected lat = new Float32Array(0);
  protected lon = new Float32Array(0);
  protected harSted = new Uint8Array(0);
  protected tMin = new Float32Array(0);
  protected tMax = new Float32Array(0);
  protected dag = new Int32Array(0);
  protected sStart = new Int32Array(0);
  protected sLen = new Int32Array(0);
  protected sFlad = new VoksInt32();
  protected oStart = new Int32Array(0);
  protected oLen = new Int32Array(0);
  protected oFlad = new VoksInt32();
  protected sCsr: Csr = { off: new Int32Array(1), data: new Int32Array(0) };
  protected oCsr: Csr = { off: new Int32Array(1), data: new Int32Array(0) };
  // query scratch
  protected acc = new Int32Array(0);
  protected maerke = new Uint8Array(0);
  protected beroert = new Int32Array(0);

  constructor(protected readonly k: MatchKontekst) {
    this.faerd = new Noegler(k.faerdighedId, k.faerdighedUri.length);
    this.erhv = new Noegler(k.erhvervId, k.erhvervUri.length);
  }

  get antal(): number {
    return this.slotAf.size;
  }

  /** Compact now (after a bulk load), so the first query does not pay for it. */
  byg(): void {
    if (this.n > this.baseN || this.doede > 0) this.komprimer();
  }

  protected nySlot(id: string, emne: T): number {
    const gammel = this.slotAf.get(id);
    if (gammel !== undefined) this.doedSlot(gammel);
    if (this.n === this.kap) this.udvid(Math.max(1024, this.kap * 2));
    const s = this.n++;
    this.ids[s] = id;
    this.emner[s] = emne;
    this.slotAf.set(id, s);
    return s;
  }

  protected udvid(kap: number): void {
    this.kap = kap;
    this.doed = voks(this.doed, kap);
    this.lat = voks(this.lat, kap);
    this.lon = voks(this.lon, kap);
    this.harSted = voks(this.harSted, kap);
    this.tMin = voks(this.tMin, kap);
    this.tMax = voks(this.tMax, kap);
    this.dag = voks(this.dag, kap);
    this.sStart = voks(this.sStart, kap);
    this.sLen = voks(this.sLen, kap);
    this.oStart = voks(this.oStart, kap);
    this.oLen = voks(this.oLen, kap);
    this.udvidEkstra(kap);
  }
  protected abstract udvidEkstra(kap: number): void;
  /** Reorders the subclass's per-slot columns: slot i gets what slot orden[i] had. */
  protected abstract samlEkstra(orden: Int32Array): void;

  private doedSlot(s: number): void {
    this.doed[s] = 1;
    this.emner[s] = null;
    this.doede++;
  }

  fjern(id: string): void {
    const s = this.slotAf.get(id);
    if (s === undefined) return;
    this.slotAf.delete(id);
    this.doedSlot(s);
  }

  protected trengerKomprimering(): boolean {
    const delta = this.n - this.baseN;
    return delta > Math.max(4096, this.baseN >> 6) || this.doede > Math.max(4096, this.n >> 3);
  }

  /**
   * Renumber live slots and rebuild the postings. Live slots are grouped by their first occupation (counting sort,
   * stable), so the profiles reached through one occupation's postings lie together and their own lists are read
   * sequentially.
   */
  protected komprimer(): void {
    const G = this.erhv.antal + 1;
    const start = new Int32Array(G + 1);
    const gruppe = new Int32Array(this.n);
    const oFladA = this.oFlad.a;
    let t = 0;
    for (let s = 0; s < this.n; s++) {
      if (this.doed[s]) {
        gruppe[s] = -1;
        continue;
      }
      const g = this.oLen[s]! > 0 ? oFladA[this.oStart[s]!]! : G - 1;
      gruppe[s] = g;
      start[g + 1]!++;
      t++;
    }
    for (let g = 0; g < G; g++) start[g + 1]! += start[g]!;
    const orden = new Int32Array(t);
    for (let s = 0; s < this.n; s++) {
      const g = gruppe[s]!;
      if (g >= 0) orden[start[g]!++] = s;
    }
    const sFlad = new VoksInt32();
    const oFlad = new VoksInt32();
    const sStart = new Int32Array(this.kap);
    const sLen = new Int32Array(this.kap);
    const oStart = new Int32Array(this.kap);
    const oLen = new Int32Array(this.kap);
    const ids: string[] = new Array(t);
    const emner: (T | null)[] = new Array(t);
    for (let i = 0; i < t; i++) {
      const s = orden[i]!;
      ids[i] = this.ids[s]!;
      emner[i] = this.emner[s]!;
      this.slotAf.set(ids[i]!, i);
      const ss = this.sStart[s]!;
      const sl = this.sLen[s]!;
      sStart[i] = sFlad.n;
      sLen[i] = sl;
      for (let j = ss; j < ss + sl; j++) sFlad.push(this.sFlad.a[j]!);
      const os = this.oStart[s]!;
      const ol = this.oLen[s]!;
      oStart[i] = oFlad.n;
      oLen[i] = ol;
      for (let j = os; j < os + ol; j++) oFlad.push(oFladA[j]!);
    }
    this.lat = saml(this.lat, orden);
    this.lon = saml(this.lon, orden);
    this.harSted = saml(this.harSted, orden);
    this.tMin = saml(this.tMin, orden);
    this.tMax = saml(this.tMax, orden);
    this.dag = saml(this.dag, orden);
    this.samlEkstra(orden);
    this.sidsteOrden = orden;
    this.doed = new Uint8Array(this.kap);
    this.sStart = sStart;
    this.sLen = sLen;
    this.oStart = oStart;
    this.oLen = oLen;
    this.ids = ids;
    this.emner = emner;
    this.n = t;
    this.baseN = t;
    this.doede = 0;
    this.sFlad = sFlad;
    this.oFlad = oFlad;
    this.komprimerPostings();
  }

  protected komprimerPostings(): void {
    this.sCsr = bygCsr(this.faerd.antal, this.n, this.sStart, this.sLen, this.sFlad.a);
    this.oCsr = bygCsr(this.erhv.antal, this.n, this.oStart, this.oLen, this.oFlad.a);
  }

  private stempel = new Int32Array(0);
  private gen = 0;
  /** Keys of the URIs, each once, appended to `ud`; answers how many. */
  protected kopierUnik(uris: readonly string[], noegler: Noegler, ud: VoksInt32): number {
    const gen = ++this.gen;
    let m = 0;
    for (const u of uris) {
      const key = noegler.tildel(u);
      if (key >= this.stempel.length) this.stempel = voks(this.stempel, key + 1024);
      if (this.stempel[key] === gen) continue;
      this.stempel[key] = gen;
      ud.push(key);
      m++;
    }
    if (gen > 2_000_000_000) {
      this.gen = 0;
      this.stempel.fill(0);
    }
    return m;
  }

  protected forberedScratch(): void {
    if (this.acc.length < this.n) {
      this.acc = new Int32Array(this.kap);
      this.maerke = new Uint8Array(this.kap);
      this.beroert = new Int32Array(this.kap);
    }
  }

  /** Postings of a key in the compacted part (empty for keys newer than the last compaction). */
  protected postings(csr: Csr, key: number): [number, number] {
    if (key + 1 >= csr.off.length) return [0, 0];
    return [csr.off[key]!, csr.off[key + 1]!];
  }
}

/** Candidates (profiles) for an order. */
export class KandidatIndeks extends Lager<MatchProfil> {
  private maxKm = new Float32Array(0);
  /** number of experience occupations at the front of the slot's occupation list (the rest are job goals) */
  private nErf = new Int32Array(0);
  private eCsr: Csr = { off: new Int32Array(1), data: new Int32Array(0) };
  private jCsr: Csr = { off: new Int32Array(1), data: new Int32Array(0) };
  private vOrdre = new Int32Array(0);
  private naerTab = new Float64Array(0);
  /** per slot: best experience closeness at 2p, best job-goal closeness at 2p + 1 (query scratch) */
  private ej = new Float64Array(0);
  private Fs = new Float64Array(0);
  private Es = new Float64Array(0);
  private Js = new Float64Array(0);
  private Rs = new Float64Array(0);
  /** how many of the slots kept by the last `beskaer` are not exact yet */
  private aabne = 0;
  /** exact skill sums found at checkpoints (slots marked 2; query scratch) */
  private eks = new Int32Array(0);

  protected udvidEkstra(kap: number): void {
    this.maxKm = voks(this.maxKm, kap);
    this.nErf = voks(this.nErf, kap);
  }
  protected samlEkstra(orden: Int32Array): void {
    this.maxKm = saml(this.maxKm, orden);
    this.nErf = saml(this.nErf, orden);
  }

  protected override komprimerPostings(): void {
    this.sCsr = bygCsr(this.faerd.antal, this.n, this.sStart, this.sLen, this.sFlad.a);
    const jStart = new Int32Array(this.n);
    const jLen = new Int32Array(this.n);
    for (let s = 0; s < this.n; s++) {
      jStart[s] = this.oStart[s]! + this.nErf[s]!;
      jLen[s] = this.oLen[s]! - this.nErf[s]!;
    }
    this.eCsr = bygCsr(this.erhv.antal, this.n, this.oStart, this.nErf, this.oFlad.a);
    this.jCsr = bygCsr(this.erhv.antal, this.n, jStart, jLen, this.oFlad.a);
  }

  saet(p: MatchProfil): void {
    const s = this.nySlot(p.id, p);
    if (p.sted) {
      this.lat[s] = p.sted.lat;
      this.lon[s] = p.sted.lon;
      this.harSted[s] = 1;
    } else this.harSted[s] = 0;
    this.maxKm[s] = p.maxAfstandKm;
    this.tMin[s] = p.timerMin;
    this.tMax[s] = p.timerMax;
    this.dag[s] = p.tilgaengeligFra ? dagnummer(p.tilgaengeligFra) : INGEN_DAG;
    this.sStart[s] = this.sFlad.n;
    this.sLen[s] = this.kopierUnik(p.faerdigheder, this.faerd, this.sFlad);
    this.oStart[s] = this.oFlad.n;
    const nErf = this.kopierUnik(p.erhverv, this.erhv, this.oFlad);
    this.nErf[s] = nErf;
    this.oLen[s] = nErf + this.kopierUnik(p.jobmaal, this.erhv, this.oFlad);
  }

  /** The n-th best partial relevance (sums so far) over the touched live slots: a lower bound of the n-th best score. */
  private nteDelvis(nb: number, n: number, total: number, doed: Uint8Array | null): number {
    const { acc, beroert, ej } = this;
    const nte = new NteStoerste(n);
    let graense = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < nb; i++) {
      const p = beroert[i]!;
      if (doed !== null && doed[p] !== 0) continue;
      const R = relevans((this.maerke[p] === 2 ? this.eks[p]! : acc[p]!) / total, ej[2 * p]!, ej[2 * p + 1]!);
      if (R > graense) {
        nte.tilbyd(R);
        graense = nte.graense;
      }
    }
    return graense;
  }

  /** Exact skill sum of a slot for the current order, from its own skill list. */
  private egenSum(p: number): number {
    const vOrdre = this.vOrdre;
    const sFlad = this.sFlad.a;
    const vn = vOrdre.length;
    let sum = 0;
    const ss = this.sStart[p]!;
    const se = ss + this.sLen[p]!;
    for (let j = ss; j < se; j++) {
      const key = sFlad[j]!;
      if (key < vn) sum += vOrdre[key]!;
    }
    return sum;
  }

  /**
   * Checkpoint during the skill lists: the 3n best by partial relevance get their exact sums (kept in `eks`, marked 2);
   * answers the n-th best exact relevance among the exact ones, a lower bound of the n-th best score.
   */
  private proeve(nb: number, n: number, total: number, doed: Uint8Array | null): number {
    const { acc, maerke, beroert, ej, eks } = this;
    const tre = this.nteDelvis(nb, 3 * n, total, doed);
    const nte = new NteStoerste(n);
    for (let i = 0; i < nb; i++) {
      const p = beroert[i]!;
      if (doed !== null && doed[p] !== 0) continue;
      const E = ej[2 * p]!;
      const J = ej[2 * p + 1]!;
      if (maerke[p] !== 2) {
        if (relevans(acc[p]! / total, E, J) < tre) continue;
        eks[p] = this.egenSum(p);
        maerke[p] = 2;
      }
      nte.tilbyd(relevans(eks[p]! / total, E, J));
    }
    return nte.graense;
  }

  /**
   * After an early stop: drops the touched slots whose upper bound (partial sum + the remaining lists) cannot reach
   * `theta` (scratch reset). Slots with an exact sum from a checkpoint (marked 2) are kept. Answers the new number of
   * touched slots.
   */
  private beskaer(nb: number, rest: number, total: number, theta: number, doed: Uint8Array | null): number {
    const { acc, maerke, beroert, ej, eks } = this;
    let m = 0;
    let aabne = 0;
    for (let i = 0; i < nb; i++) {
      const p = beroert[i]!;
      const exact = maerke[p] === 2;
      if (
        (doed !== null && doed[p] !== 0) ||
        relevans((exact ? eks[p]! : acc[p]! + rest) / total, ej[2 * p]!, ej[2 * p + 1]!) * LOFT < theta
      ) {
        acc[p] = 0;
        maerke[p] = 0;
        ej[2 * p] = 0;
        ej[2 * p + 1] = 0;
        continue;
      }
      if (!exact) aabne++;
      beroert[m++] = p;
    }
    this.aabne = aabne;
    return m;
  }

  /**
   * Step 1 of `rang` for one side (0 experience, 1 job goals): the best closeness per profile in `ej`, and for each
   * profile met for the first time its exact skill sum in `eks` (marked 2). Answers the new number of touched slots.
   */
  private naereErhverv(csr: Csr, side: number, naerKeys: number[], nb: number): number {
    const { maerke, beroert, ej, eks, naerTab, vOrdre, sStart, sLen } = this;
    const sFlad = this.sFlad.a;
    const vn = vOrdre.length;
    const off = csr.off;
    const data = csr.data;
    for (const key of naerKeys) {
      if (key + 1 >= off.length) continue;
      const v = naerTab[key]!;
      const b = off[key + 1]!;
      for (let j = off[key]!; j < b; j++) {
        const p = data[j]!;
        if (maerke[p] === 0) {
          maerke[p] = 2;
          beroert[nb++] = p;
          let sum = 0;
          const ss = sStart[p]!;
          const se = ss + sLen[p]!;
          for (let q = ss; q < se; q++) {
            const k = sFlad[q]!;
            if (k < vn) sum += vOrdre[k]!;
          }
          eks[p] = sum;
        }
        const x = 2 * p + side;
        if (v > ej[x]!) ej[x] = v;
      }
    }
    return nb;
  }

  rang(o: MatchOrdre, idag: string, n: number): MatchResultat[] {
    if (n <= 0 || this.antal === 0) return [];
    if (this.trengerKomprimering()) this.komprimer();
    this.forberedScratch();
    if (this.ej.length < 2 * this.kap) {
      this.ej = new Float64Array(2 * this.kap);
      this.Fs = new Float64Array(this.kap);
      this.Es = new Float64Array(this.kap);
      this.Js = new Float64Array(this.kap);
      this.Rs = new Float64Array(this.kap);
      this.eks = new Int32Array(this.kap);
    }
    if (this.vOrdre.length < this.faerd.antal) this.vOrdre = new Int32Array(this.faerd.antal * 2);
    if (this.naerTab.length < this.erhv.antal) this.naerTab = new Float64Array(this.erhv.antal * 2);
    const { acc, maerke, beroert, vOrdre, naerTab, ej, eks, Fs, Es, Js, Rs } = this;
    let nb = 0;

    const ov = ordreVektor(this.k, o);
    if (ov.total > MAKS_TOTAL) throw new RangeError("jobordren har for mange færdigheder");
    const skillKeys: number[] = [];
    for (let i = 0; i < ov.uris.length; i++) {
      const key = this.faerd.find(ov.uris[i]!);
      if (key === undefined) continue;
      vOrdre[key] = ov.vaerdi[i]!;
      skillKeys.push(key);
    }
    const naerKeys: number[] = [];
    const ordreKey = this.erhv.find(o.erhverv);
    if (ordreKey !== undefined) {
      if (ordreKey < this.k.erhvervUri.length) {
        const nab = this.k.naboer(ordreKey);
        for (let i = 0; i < nab.ids.length; i++) {
          naerTab[nab.ids[i]!] = nab.naer[i]!;
          naerKeys.push(nab.ids[i]!);
        }
      } else {
        naerTab[ordreKey] = 1;
        naerKeys.push(ordreKey);
      }
    }

    // 1. close-occupation postings: best experience / job-goal closeness per profile. These profiles get their exact
    // skill sums from their own lists at once (kept in `eks`, marked 2; read sequentially, as the slots are grouped by
    // occupation): the n-th best of their exact relevances is a lower bound of the n-th best score, and the skill
    // lists below need not visit them.
    nb = this.naereErhverv(this.eCsr, 0, naerKeys, nb);
    nb = this.naereErhverv(this.jCsr, 1, naerKeys, nb);
    const total = ov.total;
    const doedArr = this.doede > 0 ? this.doed : null;
    let theta = Number.NEGATIVE_INFINITY;
    if (total > 0) {
      const nte = new NteStoerste(n);
      let graense = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < nb; i++) {
        const p = beroert[i]!;
        if (doedArr !== null && doedArr[p] !== 0) continue;
        const R = relevans(eks[p]! / total, ej[2 * p]!, ej[2 * p + 1]!);
        if (R > graense) {
          nte.tilbyd(R);
          graense = nte.graense;
        }
      }
      theta = graense;
    }
    // 2. skill postings: integer sums, exact whatever the order of additions. MaxScore: lists by weight per posting
    // (descending); at checkpoints the best partial candidates get their exact sums, whose n-th best relevance bounds
    // the n-th best score from below; once a profile reached by none of the lists so far cannot reach that bound, the
    // remaining lists create no candidates, and touched ones whose upper bound falls below it are dropped.
    const sOff = this.sCsr.off;
    const sData = this.sCsr.data;
    const lister: number[] = [];
    let rest = 0;
    for (const key of skillKeys) {
      if (key + 1 >= sOff.length || sOff[key + 1]! === sOff[key]!) continue;
      lister.push(key);
      rest += vOrdre[key]!;
    }
    lister.sort((a, b) => vOrdre[b]! * (sOff[a + 1]! - sOff[a]!) - vOrdre[a]! * (sOff[b + 1]! - sOff[b]!) || a - b);
    let naesteTjek = relevans(rest / total, 0, 0) * 0.85;
    let stop = lister.length;
    for (let li = 0; li < lister.length; li++) {
      const key = lister[li]!;
      const v = vOrdre[key]!;
      const b = sOff[key + 1]!;
      for (let j = sOff[key]!; j < b; j++) {
        const p = sData[j]!;
        if (acc[p] === 0) {
          const m = maerke[p]!;
          if (m === 2) continue;
          if (m === 0) {
            maerke[p] = 1;
            beroert[nb++] = p;
          }
        }
        acc[p]! += v;
      }
      rest -= v;
      if (li + 1 === lister.length || nb < n) continue;
      const loftUroert = relevans(rest / total, 0, 0) * LOFT;
      if (loftUroert < theta) {
        stop = li + 1;
        break;
      }
      if (loftUroert <= naesteTjek) {
        theta = Math.max(theta, this.proeve(nb, n, total, doedArr));
        naesteTjek = loftUroert * 0.85;
        if (loftUroert < theta) {
          stop = li + 1;
          break;
        }
      }
    }
    // after an early stop the remaining lists only add to the touched profiles that are not exact yet, which are
    // pruned as the remainder shrinks; once summing their own skill lists is cheaper than the next list, that finishes
    if (stop < lister.length) {
      nb = this.beskaer(nb, rest, total, theta, doedArr);
      for (let li = stop; li < lister.length; li++) {
        const key = lister[li]!;
        const b = sOff[key + 1]!;
        if (this.aabne * EGEN < b - sOff[key]!) break;
        const v = vOrdre[key]!;
        for (let j = sOff[key]!; j < b; j++) {
          const p = sData[j]!;
          if (maerke[p] === 1) acc[p]! += v;
        }
        rest -= v;
        stop = li + 1;
        nb = this.beskaer(nb, rest, total, theta, doedArr);
      }
    }
    for (let i = 0; i < nb; i++) {
      const p = beroert[i]!;
      if (maerke[p] === 2) acc[p] = eks[p]!;
      else if (stop < lister.length) acc[p] = this.egenSum(p);
    }
    // 3. delta slots (added since the last compaction), scanned directly
    const sFlad = this.sFlad.a;
    const oFlad = this.oFlad.a;
    for (let p = this.baseN; p < this.n; p++) {
      if (this.doed[p]) continue;
      let sum = 0;
      const ss = this.sStart[p]!;
      const se = ss + this.sLen[p]!;
      for (let j = ss; j < se; j++) {
        const key = sFlad[j]!;
        if (key < vOrdre.length) sum += vOrdre[key]!;
      }
      let E = 0;
      let J = 0;
      const os = this.oStart[p]!;
      const om = os + this.nErf[p]!;
      const oe = os + this.oLen[p]!;
      for (let j = os; j < oe; j++) {
        const key = oFlad[j]!;
        const v = key < naerTab.length ? naerTab[key]! : 0;
        if (j < om) {
          if (v > E) E = v;
        } else if (v > J) J = v;
      }
      if (sum > 0 || E > 0 || J > 0) {
        acc[p] = sum;
        ej[2 * p] = E;
        ej[2 * p + 1] = J;
        maerke[p] = 1;
        beroert[nb++] = p;
      }
    }

    // 4. relevance of every touched profile (and the scratch reset); the n-th best relevance bounds the top n
    const graense = relevansPass(
      this.n,
      nb,
      n,
      beroert,
      acc,
      maerke,
      ej,
      Fs,
      Es,
      Js,
      Rs,
      total,
      this.doede > 0 ? this.doed : null,
    );
    for (const key of skillKeys) vOrdre[key] = 0;
    for (const key of naerKeys) naerTab[key] = 0;

    // 5. full score only where it can still reach the top n (score ≤ relevance × LOFT)
    const top = new TopN(n, this.ids);
    const idagDag = dagnummer(idag);
    const startDag = Math.max(idagDag, dagnummer(o.start));
    const harOrdreSted = o.sted !== null;
    const oLat = o.sted ? Math.fround(o.sted.lat) : 0;
    const oLon = o.sted ? Math.fround(o.sted.lon) : 0;
    const otMin = Math.fround(o.timerMin);
    const otMax = Math.fround(o.timerMax);
    for (let i = 0; i < nb; i++) {
      const R = Rs[i]!;
      if (R <= 0 || R * LOFT < graense) continue;
      const p = beroert[i]!;
      const A =
        harOrdreSted && this.harSted[p]
          ? afstandDel(afstandKm(this.lat[p]!, this.lon[p]!, oLat, oLon), this.maxKm[p]!)
          : AFSTAND_UKENDT;
      const T = timerDel(this.tMin[p]!, this.tMax[p]!, otMin, otMax);
      const d = this.dag[p]!;
      const V = tilgaengeligDel(d === INGEN_DAG ? idagDag : Math.max(idagDag, d), startDag);
      top.tilbyd(p, samletScore(Fs[i]!, Es[i]!, Js[i]!, A, T, V));
    }

    return top.slots.map((s) => scorMedVektor(this.k, ov, o, this.emner[s]!, idag)).sort(sammenlign);
  }
}

/** Orders for a profile. */
export class OrdreIndeks extends Lager<MatchOrdre> {
  /** integer value per (order, skill), parallel to sFlad */
  private vFlad = new Float64Array(1024);
  private sVal = new Int32Array(0);
  private total = new Float64Array(0);
  private erhvKey = new Int32Array(0);
  private naerE = new Float64Array(0);
  private naerJ = new Float64Array(0);
  /** query scratch: the profile's skill keys (1 = has), closeness keys touched, per touched order F, E, J, R */
  private harTab = new Uint8Array(0);
  private harKeys = new Int32Array(0);
  private naerKeys = new VoksInt32();
  private Fs = new Float64Array(0);
  private Es = new Float64Array(0);
  private Js = new Float64Array(0);
  private Rs = new Float64Array(0);

  protected udvidEkstra(kap: number): void {
    this.total = voks(this.total, kap);
    this.erhvKey = voks(this.erhvKey, kap);
  }
  protected samlEkstra(orden: Int32Array): void {
    this.total = saml(this.total, orden);
    this.erhvKey = saml(this.erhvKey, orden);
  }

  saet(o: MatchOrdre): void {
    const s = this.nySlot(o.id, o);
    if (o.sted) {
      this.lat[s] = o.sted.lat;
      this.lon[s] = o.sted.lon;
      this.harSted[s] = 1;
    } else this.harSted[s] = 0;
    this.tMin[s] = o.timerMin;
    this.tMax[s] = o.timerMax;
    this.dag[s] = dagnummer(o.start);
    const ov = ordreVektor(this.k, o);
    if (ov.total > MAKS_TOTAL) throw new RangeError("jobordren har for mange færdigheder");
    this.total[s] = ov.total;
    this.sStart[s] = this.sFlad.n;
    this.sLen[s] = ov.uris.length;
    for (let i = 0; i < ov.uris.length; i++) {
      this.sFlad.push(this.faerd.tildel(ov.uris[i]!));
      this.vFlad = voks(this.vFlad, this.sFlad.n);
      this.vFlad[this.sFlad.n - 1] = ov.vaerdi[i]!;
    }
    const key = this.erhv.tildel(o.erhverv);
    this.erhvKey[s] = key;
    this.oStart[s] = this.oFlad.n;
    this.oFlad.push(key);
    this.oLen[s] = 1;
  }

  protected override komprimer(): void {
    // keep the per-slot values aligned with the renumbered skill lists
    const gammelStart = this.sStart;
    const gammelV = this.vFlad;
    super.komprimer();
    const orden = this.sidsteOrden;
    const vNy = new Float64Array(Math.max(1024, this.sFlad.n));
    for (let i = 0; i < this.n; i++) {
      const a = gammelStart[orden[i]!]!;
      const b = this.sStart[i]!;
      const l = this.sLen[i]!;
      for (let j = 0; j < l; j++) vNy[b + j] = gammelV[a + j]!;
    }
    this.vFlad = vNy;
    // values parallel to the skill postings
    const off = this.sCsr.off;
    this.sVal = new Int32Array(this.sCsr.data.length);
    const pos = off.slice(0, off.length - 1);
    for (let s = 0; s < this.n; s++) {
      const a = this.sStart[s]!;
      for (let j = a; j < a + this.sLen[s]!; j++) this.sVal[pos[this.sFlad.a[j]!]!++] = this.vFlad[j]!;
    }
  }

  /** Best closeness per occupation key (for the profile's experience or job goals), keys appended to `naerKeys`. */
  private fyldNaer(uris: readonly string[], tab: Float64Array, nKendte: number): void {
    for (const u of uris) {
      const key = this.erhv.find(u);
      if (key === undefined) continue;
      if (key < nKendte) {
        const nab = this.k.naboer(key);
        for (let i = 0; i < nab.ids.length; i++) {
          const x = nab.ids[i]!;
          if (nab.naer[i]! > tab[x]!) tab[x] = nab.naer[i]!;
          this.naerKeys.push(x);
        }
      } else {
        tab[key] = 1;
        this.naerKeys.push(key);
      }
    }
  }

  rang(p: MatchProfil, idag: string, n: number): MatchResultat[] {
    if (n <= 0 || this.antal === 0) return [];
    if (this.trengerKomprimering()) this.komprimer();
    this.forberedScratch();
    if (this.naerE.length < this.erhv.antal) {
      this.naerE = new Float64Array(this.erhv.antal * 2);
      this.naerJ = new Float64Array(this.erhv.antal * 2);
    }
    if (this.Rs.length < this.kap) {
      this.Fs = new Float64Array(this.kap);
      this.Es = new Float64Array(this.kap);
      this.Js = new Float64Array(this.kap);
      this.Rs = new Float64Array(this.kap);
    }
    if (this.harTab.length < this.faerd.antal) this.harTab = new Uint8Array(this.faerd.antal * 2);
    if (this.harKeys.length < p.faerdigheder.length) this.harKeys = new Int32Array(p.faerdigheder.length * 2);
    const { acc, maerke, beroert, naerE, naerJ, harTab, harKeys, Fs, Es, Js, Rs } = this;
    let nb = 0;
    const nKendte = this.k.erhvervUri.length;

    let nHar = 0;
    for (const u of p.faerdigheder) {
      const key = this.faerd.find(u);
      if (key !== undefined && harTab[key] === 0) {
        harTab[key] = 1;
        harKeys[nHar++] = key;
      }
    }
    const naerKeys = this.naerKeys;
    naerKeys.n = 0;
    this.fyldNaer(p.erhverv, naerE, nKendte);
    this.fyldNaer(p.jobmaal, naerJ, nKendte);

    const sOff = this.sCsr.off;
    const sData = this.sCsr.data;
    const sVal = this.sVal;
    for (let h = 0; h < nHar; h++) {
      const key = harKeys[h]!;
      if (key + 1 >= sOff.length) continue;
      const b = sOff[key + 1]!;
      for (let j = sOff[key]!; j < b; j++) {
        const o = sData[j]!;
        if (maerke[o] === 0) {
          maerke[o] = 1;
          beroert[nb++] = o;
        }
        acc[o]! += sVal[j]!;
      }
    }
    const oOff = this.oCsr.off;
    const oData = this.oCsr.data;
    for (let h = 0; h < naerKeys.n; h++) {
      const key = naerKeys.a[h]!;
      if (key + 1 >= oOff.length) continue;
      const b = oOff[key + 1]!;
      for (let j = oOff[key]!; j < b; j++) {
        const o = oData[j]!;
        if (maerke[o] === 0) {
          maerke[o] = 1;
          beroert[nb++] = o;
        }
      }
    }
    const sFlad = this.sFlad.a;
    for (let o = this.baseN; o < this.n; o++) {
      if (this.doed[o]) continue;
      let hit = false;
      const a = this.sStart[o]!;
      for (let j = a; j < a + this.sLen[o]!; j++) {
        const key = sFlad[j]!;
        if (key < harTab.length && harTab[key] !== 0) {
          acc[o]! += this.vFlad[j]!;
          hit = true;
        }
      }
      const key = this.erhvKey[o]!;
      if (key < naerE.length && (naerE[key]! > 0 || naerJ[key]! > 0)) hit = true;
      if (hit && maerke[o] === 0) {
        maerke[o] = 1;
        beroert[nb++] = o;
      }
    }

    const nte = new NteStoerste(n);
    for (let i = 0; i < nb; i++) {
      const o = beroert[i]!;
      if (this.doed[o]) {
        Rs[i] = 0;
        continue;
      }
      const t = this.total[o]!;
      const F = t > 0 ? acc[o]! / t : 0;
      const key = this.erhvKey[o]!;
      const E = key < naerE.length ? naerE[key]! : 0;
      const J = key < naerJ.length ? naerJ[key]! : 0;
      const R = relevans(F, E, J);
      Fs[i] = F;
      Es[i] = E;
      Js[i] = J;
      Rs[i] = R;
      if (R > 0) nte.tilbyd(R);
    }
    const graense = nte.graense;
    const top = new TopN(n, this.ids);
    const idagDag = dagnummer(idag);
    const kanStarte = p.tilgaengeligFra ? Math.max(idagDag, dagnummer(p.tilgaengeligFra)) : idagDag;
    const pLat = p.sted ? Math.fround(p.sted.lat) : 0;
    const pLon = p.sted ? Math.fround(p.sted.lon) : 0;
    const maxKm = Math.fround(p.maxAfstandKm);
    const ptMin = Math.fround(p.timerMin);
    const ptMax = Math.fround(p.timerMax);
    for (let i = 0; i < nb; i++) {
      const R = Rs[i]!;
      if (R <= 0 || R * LOFT < graense) continue;
      const o = beroert[i]!;
      const A =
        p.sted && this.harSted[o]
          ? afstandDel(afstandKm(pLat, pLon, this.lat[o]!, this.lon[o]!), maxKm)
          : AFSTAND_UKENDT;
      const T = timerDel(ptMin, ptMax, this.tMin[o]!, this.tMax[o]!);
      const V = tilgaengeligDel(kanStarte, Math.max(idagDag, this.dag[o]!));
      top.tilbyd(o, samletScore(Fs[i]!, Es[i]!, Js[i]!, A, T, V));
    }

    for (let i = 0; i < nb; i++) {
      const o = beroert[i]!;
      acc[o] = 0;
      maerke[o] = 0;
    }
    for (let h = 0; h < naerKeys.n; h++) {
      const key = naerKeys.a[h]!;
      naerE[key] = 0;
      naerJ[key] = 0;
    }
    for (let h = 0; h < nHar; h++) harTab[harKeys[h]!] = 0;
    return top.slots
      .map((s) => {
        const ordre = this.emner[s]!;
        return { ...scor(this.k, ordre, p, idag), id: ordre.id };
      })
      .sort(sammenlign);
  }
}
