/**
 * Deterministic synthetic citizens and job orders over the full ESCO taxonomy, for the matching benchmarks.
 *
 * A profile: an occupation picked with weight towards common jobcentre occupations (ISCO major groups 4–9 three
 * times as often), most of its essential skills (85 %) and some optional ones (30 %), a few from a related occupation
 * (same 3-digit ISCO group) and a few widely used ones; experience in the occupation (70 %) and/or the related one
 * (30 %), job goals likewise; a home in a municipality (weighted by its number of postal districts) around its
 * centroid; hours, accepted distance and availability. An order: an occupation (same weighting), all its essential
 * skills and half its optional ones, a workplace, hours and a start date.
 */
import type { MatchErhverv, MatchOrdre, MatchProfil } from "../../apps/server/src/modules/job/match/model.ts";
import type { EscoData, Kommune } from "./esco-data.ts";

/** xorshift128+, fast and deterministic. */
export function rng(seed: number): () => number {
  let a = (seed ^ 0x9e3779b9) >>> 0 || 1;
  let b = (seed * 2654435761) >>> 0 || 2;
  let c = 0x85ebca6b;
  let d = 0xc2b2ae35;
  const next = () => {
    const t = a ^ (a << 11);
    a = b;
    b = c;
    c = d;
    d = (d ^ (d >>> 19) ^ (t ^ (t >>> 8))) >>> 0;
    return d / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}

function kumulativ(vaegte: number[]): Float64Array {
  const c = new Float64Array(vaegte.length);
  let s = 0;
  for (let i = 0; i < vaegte.length; i++) {
    s += vaegte[i]!;
    c[i] = s;
  }
  return c;
}
function traek(c: Float64Array, r: number): number {
  const x = r * c[c.length - 1]!;
  let lo = 0;
  let hi = c.length - 1;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (c[m]! < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

export interface Generator {
  profil(i: number, r: () => number): MatchProfil;
  ordre(i: number, r: () => number): MatchOrdre;
  /** index of an occupation (weighted towards jobcentre occupations) */
  erhverv(r: () => number): number;
  beslaegtet(e: number, r: () => number): number;
}

export function generator(esco: EscoData, kommuner: Kommune[], idag: string): Generator {
  const E = esco.erhverv;
  const occC = kumulativ(E.map((e) => (Number(e.isco[0]) >= 4 ? 3 : 1)));
  const komC = kumulativ(kommuner.map((k) => k.vaegt));
  const gruppe = new Map<string, number[]>();
  E.forEach((e, i) => {
    const g = e.isco.slice(0, 3);
    const l = gruppe.get(g);
    if (l) l.push(i);
    else gruppe.set(g, [i]);
  });
  const tvaer = esco.tvaergaaende;
  const idagMs = Date.parse(`${idag}T00:00:00Z`);
  const dato = (dage: number) => new Date(idagMs + dage * 86_400_000).toISOString().slice(0, 10);
  const datoer = Array.from({ length: 200 }, (_, i) => dato(i));
  const sted = (r: () => number) => {
    const k = kommuner[traek(komC, r())]!;
    return { lat: k.lat + (r() - 0.5) * 0.16, lon: k.lon + (r() - 0.5) * 0.26 };
  };
  const erhverv = (r: () => number) => traek(occC, r());
  const beslaegtet = (e: number, r: () => number) => {
    const l = gruppe.get(E[e]!.isco.slice(0, 3))!;
    return l.length > 1 ? l[Math.floor(r() * l.length)]! : erhverv(r);
  };
  const timerMin = [8, 15, 20, 25, 30, 32, 37, 37, 37];
  const afstande = [5, 10, 15, 20, 25, 30, 40, 50, 60];

  const tilfoej = (ud: Set<string>, liste: readonly string[], p: number, r: () => number) => {
    for (const s of liste) if (r() < p) ud.add(s);
  };

  return {
    erhverv,
    beslaegtet,
    profil(i, r) {
      const e = erhverv(r);
      const b = beslaegtet(e, r);
      const occ: MatchErhverv = E[e]!;
      const fs = new Set<string>();
      tilfoej(fs, occ.essentielle, 0.85, r);
      tilfoej(fs, occ.valgfrie, 0.3, r);
      const rel = E[b]!;
      const nRel = 1 + Math.floor(r() * 4);
      for (let j = 0; j < nRel; j++) {
        const l = r() < 0.7 ? rel.essentielle : rel.valgfrie;
        if (l.length > 0) fs.add(l[Math.floor(r() * l.length)]!);
      }
      const nT = 1 + Math.floor(r() * 4);
      for (let j = 0; j < nT; j++) fs.add(tvaer[Math.floor(r() * r() * tvaer.length)]!);
      const erfaring: string[] = [];
      if (r() < 0.7) erfaring.push(occ.uri);
      if (r() < 0.3) erfaring.push(rel.uri);
      const maal: string[] = [];
      const x = r();
      if (x < 0.5) maal.push(occ.uri);
      else if (x < 0.7) maal.push(rel.uri);
      const tMin = timerMin[Math.floor(r() * timerMin.length)]!;
      return {
        id: `p${String(i).padStart(7, "0")}`,
        erhverv: erfaring,
        jobmaal: maal,
        faerdigheder: [...fs],
        sted: r() < 0.02 ? null : sted(r),
        maxAfstandKm: afstande[Math.floor(r() * afstande.length)]!,
        timerMin: tMin,
        timerMax: Math.min(37, tMin + Math.floor(r() * 15)),
        tilgaengeligFra: r() < 0.6 ? null : datoer[Math.floor(r() * 120)]!,
      };
    },
    ordre(i, r) {
      const occ = E[erhverv(r)]!;
      const valgfrie = occ.valgfrie.filter(() => r() < 0.5);
      const fuld = r() < 0.7;
      return {
        id: `o${String(i).padStart(6, "0")}`,
        erhverv: occ.uri,
        essentielle: [...occ.essentielle],
        valgfrie,
        sted: sted(r),
        timerMin: fuld ? 37 : 20 + Math.floor(r() * 10),
        timerMax: 37,
        start: datoer[Math.floor(r() * 60)]!,
      };
    },
  };
}
