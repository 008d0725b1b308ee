/**
 * Brute-force reference ranking for the matching benchmarks: every profile scored with the reference formula
 * (the building blocks of `scor` in modules/job/match/kerne.ts), no postings, no pruning; the top n then explained by
 * `scor` itself. The profiles' skill and occupation URIs are resolved to taxonomy numbers once, so 1.1 million
 * profiles can be scored for 200 orders in a few minutes; `kontrollerMod` checks on a sample that the number equals
 * `scor(...).score` exactly.
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
  samletScore,
  sammenlign,
  scor,
  tilgaengeligDel,
  timerDel,
} from "../../apps/server/src/modules/job/match/kerne.ts";

export class BruteForce {
  private readonly sOff: Int32Array;
  private readonly sIds: Int32Array;
  private readonly eOff: Int32Array;
  private readonly eIds: Int32Array;
  private readonly jOff: Int32Array;
  private readonly jIds: Int32Array;
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly maxKm: Float64Array;
  private readonly tMin: Float64Array;
  private readonly tMax: Float64Array;
  private readonly tilg: Int32Array;
  private readonly harSted: Uint8Array;

  constructor(
    private readonly k: MatchKontekst,
    private readonly profiler: readonly MatchProfil[],
  ) {
    const n = profiler.length;
    const csr = (liste: (p: MatchProfil) => readonly string[], m: Map<string, number>) => {
      const off = new Int32Array(n + 1);
      const ids: number[] = [];
      for (let i = 0; i < n; i++) {
        const set = new Set<number>();
        for (const u of liste(profiler[i]!)) {
          const id = m.get(u);
          if (id === undefined) throw new Error(`ukendt URI i benchmarkdata: ${u}`);
          set.add(id);
        }
        for (const id of set) ids.push(id);
        off[i + 1] = ids.length;
      }
      return { off, ids: Int32Array.from(ids) };
    };
    const s = csr((p) => p.faerdigheder, k.faerdighedId);
    this.sOff = s.off;
    this.sIds = s.ids;
    const e = csr((p) => p.erhverv, k.erhvervId);
    this.eOff = e.off;
    this.eIds = e.ids;
    const j = csr((p) => p.jobmaal, k.erhvervId);
    this.jOff = j.off;
    this.jIds = j.ids;
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.maxKm = new Float64Array(n);
    this.tMin = new Float64Array(n);
    this.tMax = new Float64Array(n);
    this.tilg = new Int32Array(n);
    this.harSted = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const p = profiler[i]!;
      if (p.sted) {
        this.harSted[i] = 1;
        this.lat[i] = Math.fround(p.sted.lat);
        this.lon[i] = Math.fround(p.sted.lon);
      }
      this.maxKm[i] = Math.fround(p.maxAfstandKm);
      this.tMin[i] = Math.fround(p.timerMin);
      this.tMax[i] = Math.fround(p.timerMax);
      this.tilg[i] = p.tilgaengeligFra ? dagnummer(p.tilgaengeligFra) : -1;
    }
  }

  /** The reference score of profile i for the order (the tables from `forbered`). */
  private score(i: number, t: ReturnType<BruteForce["forbered"]>): number {
    let sum = 0;
    for (let j = this.sOff[i]!; j < this.sOff[i + 1]!; j++) sum += t.v[this.sIds[j]!]!;
    const F = t.total > 0 ? sum / t.total : 0;
    let E = 0;
    for (let j = this.eOff[i]!; j < this.eOff[i + 1]!; j++) E = Math.max(E, t.naer[this.eIds[j]!]!);
    let J = 0;
    for (let j = this.jOff[i]!; j < this.jOff[i + 1]!; j++) J = Math.max(J, t.naer[this.jIds[j]!]!);
    if (F === 0 && E === 0 && J === 0) return 0;
    const A =
      this.harSted[i] && t.harSted
        ? afstandDel(afstandKm(this.lat[i]!, this.lon[i]!, t.lat, t.lon), this.maxKm[i]!)
        : AFSTAND_UKENDT;
    const T = timerDel(this.tMin[i]!, this.tMax[i]!, t.tMin, t.tMax);
    const d = this.tilg[i]!;
    const V = tilgaengeligDel(d < 0 ? t.idag : Math.max(t.idag, d), t.start);
    return samletScore(F, E, J, A, T, V);
  }

  private forbered(o: MatchOrdre, idag: string) {
    const ov = ordreVektor(this.k, o);
    const v = new Float64Array(this.k.faerdighedUri.length);
    ov.uris.forEach((u, i) => {
      const id = this.k.faerdighedId.get(u);
      if (id !== undefined) v[id] = ov.vaerdi[i]!;
    });
    // closeness of the order's occupation to every occupation, straight from the definition
    const naer = new Float64Array(this.k.erhvervUri.length);
    for (let e = 0; e < naer.length; e++) naer[e] = this.k.naerhed(o.erhverv, this.k.erhvervUri[e]!);
    const idagDag = dagnummer(idag);
    return {
      v,
      total: ov.total,
      naer,
      harSted: o.sted !== null,
      lat: o.sted ? Math.fround(o.sted.lat) : 0,
      lon: o.sted ? Math.fround(o.sted.lon) : 0,
      tMin: Math.fround(o.timerMin),
      tMax: Math.fround(o.timerMax),
      idag: idagDag,
      start: Math.max(idagDag, dagnummer(o.start)),
    };
  }

  /** The best n profiles with score > 0 (ties by id ascending), explained by `scor`. */
  rang(o: MatchOrdre, idag: string, n: number): MatchResultat[] {
    const t = this.forbered(o, idag);
    let top: { score: number; id: string; i: number }[] = [];
    let graense = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < this.profiler.length; i++) {
      const score = this.score(i, t);
      if (score <= 0 || score < graense) continue;
      top.push({ score, id: this.profiler[i]!.id, i });
      if (top.length >= 8 * n + 64) {
        top = top.sort(sammenlign).slice(0, n);
        graense = top[top.length - 1]!.score;
      }
    }
    return top
      .sort(sammenlign)
      .slice(0, n)
      .map((x) => scor(this.k, o, this.profiler[x.i]!, idag));
  }

  /** How many of `antal` random profiles get exactly `scor`'s score (should be all). */
  kontrollerMod(o: MatchOrdre, idag: string, antal: number, r: () => number): number {
    const t = this.forbered(o, idag);
    let ens = 0;
    for (let x = 0; x < antal; x++) {
      const i = Math.floor(r() * this.profiler.length);
      if (this.score(i, t) === scor(this.k, o, this.profiler[i]!, idag).score) ens++;
    }
    return ens;
  }
}
