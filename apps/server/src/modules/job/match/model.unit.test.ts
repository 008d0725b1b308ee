import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afstandDel, afstandKm, tilgaengeligDel, timerDel } from "./kerne.ts";
import {
  bygKontekst,
  forklar,
  KandidatIndeks,
  type MatchErhverv,
  type MatchOrdre,
  type MatchProfil,
  naereErhverv,
  OrdreIndeks,
  rangAlleOrdrer,
  rangAlleProfiler,
  scor,
} from "./model.ts";

const O = (s: string) => `occ:${s}`;
const S = (s: string) => `skill:${s}`;

const TAKSONOMI: MatchErhverv[] = [
  {
    uri: O("lager"),
    isco: "9333",
    essentielle: [S("truck"), S("lagerstyring"), S("kommunikere")],
    valgfrie: [S("pakke")],
  },
  { uri: O("chauffoer"), isco: "8322", essentielle: [S("koere"), S("kommunikere")], valgfrie: [S("truck")] },
  {
    uri: O("truckfoerer"),
    isco: "8344",
    essentielle: [S("truck"), S("kommunikere")],
    valgfrie: [S("lagerstyring")],
  },
  { uri: O("pakker"), isco: "9333", essentielle: [S("pakke"), S("kommunikere")], valgfrie: [] },
  { uri: O("sygeplejerske"), isco: "2221", essentielle: [S("pleje"), S("kommunikere")], valgfrie: [] },
];
const k = bygKontekst(TAKSONOMI);
const IDAG = "2027-01-02";

const ordre: MatchOrdre = {
  id: "o1",
  erhverv: O("lager"),
  essentielle: [S("truck"), S("lagerstyring"), S("kommunikere")],
  valgfrie: [S("pakke")],
  sted: { lat: 55.64, lon: 12.08 },
  timerMin: 37,
  timerMax: 37,
  start: "2027-01-02",
};
const profil: MatchProfil = {
  id: "p1",
  erhverv: [],
  jobmaal: [],
  faerdigheder: [S("truck"), S("pakke"), S("svejse")],
  sted: { lat: 55.64, lon: 12.08 },
  maxAfstandKm: 30,
  timerMin: 30,
  timerMax: 37,
  tilgaengeligFra: null,
};

const del = (r: ReturnType<typeof scor>, komp: string) => r.dele.find((d) => d.komponent === komp)!.point;

describe("specificity", () => {
  it("weighs a skill every occupation uses little and a rare one much (ln(1 + N / (1 + df)))", () => {
    // kommunikere: essential in all 5 → df 5 → ln(1 + 5/6) = 0.6061
    expect(k.specificitet(S("kommunikere"))).toBeCloseTo(0.6061, 3);
    // truck: essential in 2, optional in 1 → df 2.5 → ln(1 + 5/3.5) = 0.8873
    expect(k.specificitet(S("truck"))).toBeCloseTo(0.8873, 3);
    // pleje: essential in 1 → df 1 → ln(3.5) = 1.2528
    expect(k.specificitet(S("pleje"))).toBeCloseTo(1.2528, 3);
    // unknown: the median weight (lagerstyring/pakke, df 1.5 → ln 3 = 1.0986)
    expect(k.specificitet(S("ukendt"))).toBeCloseTo(1.0986, 3);
  });
});

describe("components", () => {
  it("faerdigheder: weighted coverage, essential counting double", () => {
    // order: 2·0.8873 (truck) + 2·1.0986 (lagerstyring) + 2·0.6061 (kommunikere) + 1.0986 (pakke) = 6.2826
    // profile covers truck and pakke: 1.7746 + 1.0986 = 2.8732 → 45.73 % of 62 points = 28.35
    const r = scor(k, ordre, profil, IDAG);
    expect(del(r, "faerdigheder")).toBeCloseTo(28.35, 1);
    expect(r.daekket).toEqual([S("truck"), S("pakke")]);
    expect(r.mangler).toEqual([
      { uri: S("lagerstyring"), essentiel: true },
      { uri: S("kommunikere"), essentiel: true },
    ]);
  });

  it("erhverv: same 4-digit ISCO group plus shared weighted skills", () => {
    // lager vs pakker: cosine 0.4741 (shared kommunikere, pakke), same 4-digit group → 0.65·0.4741 + 0.35 = 0.6582
    expect(k.naerhed(O("lager"), O("pakker"))).toBeCloseTo(0.6582, 3);
    expect(k.naerhed(O("pakker"), O("lager"))).toBe(k.naerhed(O("lager"), O("pakker")));
    // sygeplejerske shares only kommunikere and no ISCO group → below the threshold → 0
    expect(k.naerhed(O("lager"), O("sygeplejerske"))).toBe(0);
    const r = scor(k, ordre, { ...profil, erhverv: [O("pakker")] }, IDAG);
    expect(del(r, "erhverv")).toBeCloseTo(10 * 0.6582, 2);
    expect(r.grundlag?.erfaring).toMatchObject({ uri: O("pakker"), slaegtskab: "isco4" });
  });

  it("jobmaal: full points when the order's occupation is a job goal", () => {
    const r = scor(k, ordre, { ...profil, jobmaal: [O("lager")] }, IDAG);
    expect(del(r, "jobmaal")).toBe(8);
  });

  it("afstand: great-circle km; full within the accepted distance, zero at twice it", () => {
    expect(afstandKm(55, 12, 56, 12)).toBeCloseTo(111.2, 1);
    expect(afstandDel(12, 30)).toBe(1);
    expect(afstandDel(45, 30)).toBe(0.5);
    expect(afstandDel(60, 30)).toBe(0);
    const r = scor(k, ordre, { ...profil, sted: { lat: 55.64 + 45 / 111.195, lon: 12.08 } }, IDAG);
    expect(r.afstandKm).toBeCloseTo(45, 0);
  });

  it("timer: full when the ranges overlap, minus 10 % per hour between them", () => {
    expect(timerDel(30, 37, 37, 37)).toBe(1);
    expect(timerDel(30, 32, 37, 37)).toBe(0.5);
    expect(timerDel(15, 25, 37, 37)).toBe(0);
  });

  it("tilgaengelighed: full by the start date, falling to 0 at 90 days late", () => {
    expect(tilgaengeligDel(100, 100)).toBe(1);
    expect(tilgaengeligDel(130, 100)).toBeCloseTo(2 / 3, 10);
    const r = scor(k, ordre, { ...profil, tilgaengeligFra: "2027-02-01" }, IDAG);
    // relevance 28.35 of 80 gates the practical parts: 5 · (2/3) · 28.35/80
    expect(del(r, "tilgaengelighed")).toBeCloseTo((5 * (2 / 3) * 28.35) / 80, 1);
  });

  it("total: relevance plus practical parts gated by it; no skill and no close occupation → 0", () => {
    const r = scor(k, ordre, profil, IDAG);
    // relevance 28.35, practical 10+5+5 all full → 28.35 · (1 + 20/80) = 35.44
    expect(r.score).toBeCloseTo(35.44, 1);
    expect(r.dele.reduce((s, d) => s + d.point, 0)).toBeCloseTo(r.score, 9);
    const ingen = scor(k, ordre, { ...profil, faerdigheder: [S("pleje")], erhverv: [O("sygeplejerske")] }, IDAG);
    expect(ingen.score).toBe(0);
  });
});

describe("forklar", () => {
  it("speaks plain Danish and English from the parts", () => {
    const r = scor(
      k,
      ordre,
      {
        ...profil,
        erhverv: [O("pakker")],
        jobmaal: [O("lager")],
        sted: { lat: 55.64 + 12 / 111.195, lon: 12.08 },
        tilgaengeligFra: "2027-02-01",
      },
      IDAG,
    );
    const navne: Record<string, string> = {
      [S("lagerstyring")]: "lagerstyring",
      [S("kommunikere")]: "kommunikere",
      [O("pakker")]: "Pakkeriarbejder",
    };
    const f = forklar(r, (u) => navne[u] ?? u, "da");
    expect(f.punkter).toContain("Har 1 af 3 vigtige kompetencer (mangler: lagerstyring, kommunikere)");
    expect(f.punkter).toContain("Har 1 af 1 ønskede kompetencer");
    expect(f.punkter).toContain("Erfaring som pakkeriarbejder – samme faggruppe");
    expect(f.punkter).toContain("Matcher dit jobmål");
    expect(f.punkter).toContain("12 km hjemmefra (du vil køre op til 30 km)");
    expect(f.punkter).toContain("Kan arbejde 30–37 timer; jobbet er 37 timer");
    expect(f.punkter).toContain("Kan først starte 1. februar (jobbet starter 2. januar)");
    expect(f.resume).toMatch(/af 100/);
    const en = forklar(r, (u) => navne[u] ?? u, "en");
    expect(en.punkter).toContain("Matches your job goal");
    expect(en.punkter).toContain("Can work 30–37 hours; the job is 37 hours");
  });
});

describe("naereErhverv", () => {
  it("lists close occupations with shared skills and the most specific missing ones first", () => {
    const r = naereErhverv(k, O("truckfoerer"), 3);
    expect(r[0]!.uri).toBe(O("lager"));
    expect(r[0]!.faelles).toEqual(expect.arrayContaining([S("truck"), S("kommunikere"), S("lagerstyring")]));
    expect(r[0]!.mangler).toEqual([S("pakke")]);
    expect(r.map((x) => x.uri)).not.toContain(O("sygeplejerske"));
    for (let i = 1; i < r.length; i++) expect(r[i - 1]!.naerhed).toBeGreaterThanOrEqual(r[i]!.naerhed);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Random worlds

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

function verden(seed: number, nProfiler: number, nOrdrer: number) {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const skills = Array.from({ length: 40 }, (_, i) => S(`s${i}`));
  const tax: MatchErhverv[] = Array.from({ length: 15 }, (_, i) => {
    const ess = new Set<string>();
    const opt = new Set<string>();
    for (let j = 0; j < 2 + Math.floor(r() * 6); j++) ess.add(pick(skills));
    for (let j = 0; j < Math.floor(r() * 5); j++) opt.add(pick(skills));
    return {
      uri: O(`e${i}`),
      isco: `${1 + Math.floor(r() * 2)}${Math.floor(r() * 2)}${Math.floor(r() * 2)}${Math.floor(r() * 2)}`,
      essentielle: [...ess],
      valgfrie: [...opt],
    };
  });
  const occ = [...tax.map((t) => t.uri), O("ukendt")];
  const sk = [...skills, S("ukendt1"), S("ukendt2")];
  const dato = () => `2027-0${1 + Math.floor(r() * 3)}-1${Math.floor(r() * 9)}`;
  const sted = () => (r() < 0.1 ? null : { lat: 55 + r(), lon: 11 + r() * 2 });
  const profiler: MatchProfil[] = Array.from({ length: nProfiler }, (_, i) => {
    const t = Math.floor(r() * 30);
    return {
      id: `p${String(i).padStart(4, "0")}`,
      erhverv: r() < 0.6 ? [pick(occ)] : [],
      jobmaal: r() < 0.4 ? [pick(occ), pick(occ)] : [],
      faerdigheder: Array.from({ length: Math.floor(r() * 8) }, () => pick(sk)),
      sted: sted(),
      maxAfstandKm: Math.floor(r() * 80),
      timerMin: t,
      timerMax: t + Math.floor(r() * 15),
      tilgaengeligFra: r() < 0.5 ? null : dato(),
    };
  });
  const ordrer: MatchOrdre[] = Array.from({ length: nOrdrer }, (_, i) => {
    const t = 15 + Math.floor(r() * 22);
    return {
      id: `o${String(i).padStart(4, "0")}`,
      erhverv: pick(occ),
      essentielle: Array.from({ length: Math.floor(r() * 6) }, () => pick(sk)),
      valgfrie: Array.from({ length: Math.floor(r() * 4) }, () => pick(sk)),
      sted: sted(),
      timerMin: t,
      timerMax: t + Math.floor(r() * 3),
      start: dato(),
    };
  });
  return { k: bygKontekst(tax), profiler, ordrer };
}

const ensVis = (a: { id: string; score: number }[]) => a.map((x) => `${x.id}:${x.score}`);

describe("properties", () => {
  it("adding one of the order's skills to a profile never lowers its score", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.nat(), (seed, i) => {
        const w = verden(seed, 1, 1);
        const o = w.ordrer[0]!;
        const p = w.profiler[0]!;
        const alle = [...o.essentielle, ...o.valgfrie];
        fc.pre(alle.length > 0);
        const ny = { ...p, faerdigheder: [...p.faerdigheder, alle[i % alle.length]!] };
        expect(scor(w.k, o, ny, IDAG).score).toBeGreaterThanOrEqual(scor(w.k, o, p, IDAG).score);
      }),
    );
  });

  it("farther never scores higher, all else equal", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0, max: 2, noNaN: true }), (seed, dlat) => {
        const w = verden(seed, 1, 1);
        // along the order's meridian, so a larger latitude difference is a larger distance
        const o = { ...w.ordrer[0]!, sted: { lat: 55.5, lon: 12 } };
        const p = { ...w.profiler[0]!, sted: { lat: 55.6, lon: 12 } };
        const fjern = { ...p, sted: { lat: 55.6 + dlat, lon: 12 } };
        expect(scor(w.k, o, fjern, IDAG).score).toBeLessThanOrEqual(scor(w.k, o, p, IDAG).score);
      }),
    );
  });

  it("KandidatIndeks top n equals brute force on random data (compacted postings and the delta)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), (seed, n, byg) => {
        const w = verden(seed, 300, 10);
        const idx = new KandidatIndeks(w.k);
        for (const p of w.profiler) idx.saet(p);
        if (byg) idx.byg();
        for (const o of w.ordrer) {
          const got = idx.rang(o, IDAG, n);
          const want = rangAlleProfiler(w.k, o, w.profiler, IDAG, n);
          expect(ensVis(got)).toEqual(ensVis(want));
          expect(got).toEqual(want);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("OrdreIndeks top n equals brute force on random data (compacted postings and the delta)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), (seed, n, byg) => {
        const w = verden(seed, 10, 300);
        const idx = new OrdreIndeks(w.k);
        for (const o of w.ordrer) idx.saet(o);
        if (byg) idx.byg();
        for (const p of w.profiler) {
          expect(ensVis(idx.rang(p, IDAG, n))).toEqual(ensVis(rangAlleOrdrer(w.k, p, w.ordrer, IDAG, n)));
        }
      }),
      { numRuns: 40 },
    );
  });

  it("saet/fjern then rang equals a fresh build (through compactions)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), (seed) => {
        const w = verden(seed, 6000, 5);
        const r = rng(seed + 7);
        const idx = new KandidatIndeks(w.k);
        const oidx = new OrdreIndeks(w.k);
        const levende = new Map<string, MatchProfil>();
        const ordrer = new Map<string, MatchOrdre>();
        // interleave inserts, replacements and removals with queries so both the delta and compaction are used
        for (let i = 0; i < w.profiler.length; i++) {
          const p = w.profiler[i]!;
          idx.saet(p);
          levende.set(p.id, p);
          if (r() < 0.2) {
            const ny = { ...w.profiler[Math.floor(r() * w.profiler.length)]!, id: p.id };
            idx.saet(ny);
            levende.set(p.id, ny);
          }
          if (r() < 0.1) {
            idx.fjern(p.id);
            levende.delete(p.id);
          }
          if (i % 1500 === 0) idx.rang(w.ordrer[0]!, IDAG, 10);
        }
        for (let i = 0; i < 5000; i++) {
          const o = { ...w.ordrer[i % w.ordrer.length]!, id: `x${i % 700}` };
          if (r() < 0.15) {
            oidx.fjern(o.id);
            ordrer.delete(o.id);
          } else {
            oidx.saet(o);
            ordrer.set(o.id, o);
          }
          if (i % 1000 === 0) oidx.rang(w.profiler[0]!, IDAG, 10);
        }
        const frisk = new KandidatIndeks(w.k);
        for (const p of levende.values()) frisk.saet(p);
        const friskO = new OrdreIndeks(w.k);
        for (const o of ordrer.values()) friskO.saet(o);
        for (const o of w.ordrer) {
          const a = ensVis(idx.rang(o, IDAG, 25));
          expect(a).toEqual(ensVis(frisk.rang(o, IDAG, 25)));
          expect(a).toEqual(ensVis(rangAlleProfiler(w.k, o, levende.values(), IDAG, 25)));
        }
        for (const p of w.profiler.slice(0, 5)) {
          const a = ensVis(oidx.rang(p, IDAG, 25));
          expect(a).toEqual(ensVis(friskO.rang(p, IDAG, 25)));
          expect(a).toEqual(ensVis(rangAlleOrdrer(w.k, p, ordrer.values(), IDAG, 25)));
        }
      }),
      { numRuns: 8 },
    );
  });
});
