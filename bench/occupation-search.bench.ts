/**
 * Benchmark `occupation-search`: how well a typed job title finds its ESCO occupation (docs/erhvervssoegning.md).
 *
 * Data: all 2,942 ESCO v1.0.8 occupations with their Danish and English preferred and alternative labels and the
 * titles of their ISCO groups (../shared/data/esco-v1.0.8-da-occupation-labels/).
 *
 * Two evaluation sets, each split into a development part (tuned on) and a test part (never looked at item by item
 * while tuning; only reported):
 *  (a) held-out alternative labels: about 15 % of the Danish alternative label texts of occupations with at least two
 *      Danish labels, chosen by a hash of the label text, are removed from the index and used as queries; an answer
 *      counts as right when it is one of the occupations that carried the label. Development/test by a second hash.
 *  (b) hand-written titles as a person types them (bench/data/erhverv-eval.json: typos, inflections, abbreviations,
 *      informal words, job-ad titles, English), each with the occupations that count as right; split 50/50 by a hash
 *      of the title. The index is the full taxonomy.
 *
 * Baseline in the same run: plain lower-cased matching of the query against every label (exact, then prefix, then
 * substring; preferred labels first, then shorter labels). Ablations of the search's techniques are shown on the
 * development parts only.
 *
 *   npm run bench -- occupation-search [--vis]   (--vis: the misses of the development parts; never of a test part)
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import MiniSearch from "minisearch";
import {
  bygErhvervsindeks,
  type ErhvervTilIndeks,
  type Erhvervsindeks,
  type SoegeIndstillinger,
  soegErhverv,
} from "../apps/server/src/modules/esco/soeg.ts";

export const name = "occupation-search";
export const description =
  "jobtitel → ESCO-erhverv: acc@1, acc@5 og MRR på holdt-ude alternative betegnelser og håndskrevne titler (udvikling/test), mod simpel præfiks-match";

const ROD = path.resolve(import.meta.dirname, "..");
const TSV = path.join(
  ROD,
  "..",
  "shared",
  "data",
  "esco-v1.0.8-da-occupation-labels",
  "esco_v1.0.8_occupations_isco_da_en.tsv",
);

/** A hash of a text as a number in [0, 1). */
function hash(tekst: string, salt: string): number {
  return createHash("sha1").update(`${salt}:${tekst}`).digest().readUInt32BE(0) / 2 ** 32;
}

interface Post {
  q: string;
  rigtige: ReadonlySet<string>;
}

export async function laesTaksonomi(): Promise<ErhvervTilIndeks[]> {
  const linjer = (await readFile(TSV, "utf8")).trim().split("\n").slice(1);
  const raekker = linjer.map((l) => l.split("\t"));
  const grupper = new Map(raekker.filter((r) => r[1] === "ISCOGroup").map((r) => [r[2]!, r]));
  const liste = (s: string | undefined) => (s ? s.split(" | ").filter(Boolean) : []);
  return raekker
    .filter((r) => r[1] === "Occupation")
    .map((r) => ({
      uri: r[0]!,
      isco: r[2] ?? "",
      titel_da: r[3] || null,
      alt_da: liste(r[4]),
      titel_en: r[5] ?? "",
      alt_en: liste(r[6]),
      synonymer_da: [],
      iscoTitel_da: grupper.get(r[2] ?? "")?.[3] ?? null,
      iscoTitel_en: grupper.get(r[2] ?? "")?.[5] ?? null,
    }));
}

/** (a) The held-out alternative labels, and the taxonomy without them. */
function holdUde(erhverv: ErhvervTilIndeks[]): { indeks: ErhvervTilIndeks[]; udvikling: Post[]; test: Post[] } {
  const lav = (s: string) => s.trim().toLowerCase();
  const foretrukne = new Set(erhverv.map((e) => lav(e.titel_da ?? "")));
  const holdt = new Map<string, { tekst: string; uris: Set<string> }>();
  for (const e of erhverv) {
    if ((e.titel_da ? 1 : 0) + e.alt_da.length < 2) continue;
    for (const a of e.alt_da) {
      const n = lav(a);
      if (!foretrukne.has(n) && !holdt.has(n) && hash(n, "holdt-ude") < 0.15)
        holdt.set(n, { tekst: a, uris: new Set() });
    }
  }
  // A held-out text is removed from every occupation that has it; each of them counts as right.
  const indeks = erhverv.map((e) => {
    for (const a of e.alt_da) holdt.get(lav(a))?.uris.add(e.uri);
    return { ...e, alt_da: e.alt_da.filter((a) => !holdt.has(lav(a))) };
  });
  const udvikling: Post[] = [];
  const test: Post[] = [];
  for (const [n, h] of [...holdt].sort(([a], [b]) => (a < b ? -1 : 1))) {
    (hash(n, "split") < 0.5 ? udvikling : test).push({ q: h.tekst, rigtige: h.uris });
  }
  return { indeks, udvikling, test };
}

/** (b) The hand-written titles, split 50/50 by a hash of the title. */
async function haandskrevne(): Promise<{ udvikling: Post[]; test: Post[] }> {
  const data = JSON.parse(await readFile(path.join(ROD, "bench", "data", "erhverv-eval.json"), "utf8")) as {
    poster: { q: string; uris: string[] }[];
  };
  const udvikling: Post[] = [];
  const test: Post[] = [];
  for (const p of data.poster) {
    (hash(p.q, "split") < 0.5 ? udvikling : test).push({ q: p.q, rigtige: new Set(p.uris) });
  }
  return { udvikling, test };
}

type Soeger = (q: string, n: number) => string[];

/** The baseline: lower-cased exact, then prefix, then substring match against the labels. */
function grundlinje(erhverv: ErhvervTilIndeks[]): Soeger {
  const etiketter: { tekst: string; uri: string; rang: number }[] = [];
  for (const e of erhverv) {
    const tilfoej = (t: string | null | undefined, rang: number) => {
      if (t) etiketter.push({ tekst: t.toLowerCase().trim(), uri: e.uri, rang });
    };
    tilfoej(e.titel_da, 0);
    for (const a of e.alt_da) tilfoej(a, 1);
    tilfoej(e.titel_en, 2);
    for (const a of e.alt_en) tilfoej(a, 3);
  }
  return (q, n) => {
    const s = q.toLowerCase().trim();
    const fund: { uri: string; noegle: number }[] = [];
    for (const et of etiketter) {
      const art = et.tekst === s ? 0 : et.tekst.startsWith(s) ? 1 : et.tekst.includes(s) ? 2 : -1;
      if (art >= 0) fund.push({ uri: et.uri, noegle: art * 1e6 + et.rang * 1e4 + et.tekst.length });
    }
    fund.sort((a, b) => a.noegle - b.noegle || (a.uri < b.uri ? -1 : 1));
    const ud: string[] = [];
    for (const f of fund) {
      if (!ud.includes(f.uri)) ud.push(f.uri);
      if (ud.length >= n) break;
    }
    return ud;
  };
}

/** A second baseline: MiniSearch (BM25 over words) on every label, with prefix and fuzzy (0.2) matching. */
function miniSearch(erhverv: ErhvervTilIndeks[]): Soeger {
  const ms = new MiniSearch<{ id: number; tekst: string; uri: string }>({ fields: ["tekst"], storeFields: ["uri"] });
  let id = 0;
  for (const e of erhverv) {
    for (const t of [e.titel_da, ...e.alt_da, e.titel_en, ...e.alt_en])
      if (t) ms.add({ id: id++, tekst: t, uri: e.uri });
  }
  return (q, n) => {
    const ud: string[] = [];
    for (const r of ms.search(q, { prefix: true, fuzzy: 0.2 })) {
      const uri = r.uri as string;
      if (!ud.includes(uri)) ud.push(uri);
      if (ud.length >= n) break;
    }
    return ud;
  };
}

const soeger =
  (ix: Erhvervsindeks): Soeger =>
  (q, n) =>
    soegErhverv(ix, q, n).map((f) => f.uri);

interface Maal {
  n: number;
  acc1: number;
  acc5: number;
  mrr: number;
  mis: { q: string; fik: string[] }[];
}

function maal(s: Soeger, poster: Post[]): Maal {
  let a1 = 0;
  let a5 = 0;
  let rr = 0;
  const mis: Maal["mis"] = [];
  for (const p of poster) {
    const r = s(p.q, 10);
    const i = r.findIndex((u) => p.rigtige.has(u));
    if (i === 0) a1++;
    if (i >= 0 && i < 5) a5++;
    if (i >= 0) rr += 1 / (i + 1);
    if (i !== 0) mis.push({ q: p.q, fik: r.slice(0, 3) });
  }
  const n = poster.length || 1;
  return { n: poster.length, acc1: a1 / n, acc5: a5 / n, mrr: rr / n, mis };
}

const f2 = (x: number) => x.toFixed(2);
const linje = (navn: string, m: Maal) =>
  `  ${navn.padEnd(34)} n=${String(m.n).padStart(4)}  acc@1 ${f2(m.acc1)}  acc@5 ${f2(m.acc5)}  MRR ${f2(m.mrr)}`;

export async function run(args: string[]): Promise<void> {
  const vis = args.includes("--vis");
  const erhverv = await laesTaksonomi();
  const holdt = holdUde(erhverv);
  const haand = await haandskrevne();
  console.log(
    `ESCO v1.0.8: ${erhverv.length} erhverv; holdt ude: ${holdt.udvikling.length} udvikling + ${holdt.test.length} test; ` +
      `håndskrevne titler: ${haand.udvikling.length} udvikling + ${haand.test.length} test`,
  );

  let t0 = performance.now();
  const ixHoldt = bygErhvervsindeks(holdt.indeks);
  const byg = performance.now() - t0;
  const ixFuld = bygErhvervsindeks(erhverv);
  const navne = (ix: Erhvervsindeks) => ix.uris.length;
  console.log(
    `indeks: ${navne(ixFuld)} erhverv, ${ixFuld.etiketTekst.length} betegnelser, bygget på ${byg.toFixed(0)} ms`,
  );

  const resultater = {
    holdtUdvikling: maal(soeger(ixHoldt), holdt.udvikling),
    holdtTest: maal(soeger(ixHoldt), holdt.test),
    haandUdvikling: maal(soeger(ixFuld), haand.udvikling),
    haandTest: maal(soeger(ixFuld), haand.test),
  };
  const gl = {
    holdtUdvikling: maal(grundlinje(holdt.indeks), holdt.udvikling),
    holdtTest: maal(grundlinje(holdt.indeks), holdt.test),
    haandUdvikling: maal(grundlinje(erhverv), haand.udvikling),
    haandTest: maal(grundlinje(erhverv), haand.test),
  };
  const ms = {
    holdtUdvikling: maal(miniSearch(holdt.indeks), holdt.udvikling),
    holdtTest: maal(miniSearch(holdt.indeks), holdt.test),
    haandUdvikling: maal(miniSearch(erhverv), haand.udvikling),
    haandTest: maal(miniSearch(erhverv), haand.test),
  };
  console.log("\nErhvervssøgningen (soeg.ts, standardindstillinger):");
  console.log(linje("holdt ude, udvikling", resultater.holdtUdvikling));
  console.log(linje("holdt ude, TEST", resultater.holdtTest));
  console.log(linje("håndskrevne, udvikling", resultater.haandUdvikling));
  console.log(linje("håndskrevne, TEST", resultater.haandTest));
  console.log("Grundlinje (små bogstaver; eksakt, præfiks, delstreng):");
  console.log(linje("holdt ude, udvikling", gl.holdtUdvikling));
  console.log(linje("holdt ude, TEST", gl.holdtTest));
  console.log(linje("håndskrevne, udvikling", gl.haandUdvikling));
  console.log(linje("håndskrevne, TEST", gl.haandTest));
  console.log("Grundlinje 2 (MiniSearch, BM25 med præfiks og fuzzy 0.2):");
  console.log(linje("holdt ude, udvikling", ms.holdtUdvikling));
  console.log(linje("holdt ude, TEST", ms.holdtTest));
  console.log(linje("håndskrevne, udvikling", ms.haandUdvikling));
  console.log(linje("håndskrevne, TEST", ms.haandTest));

  console.log("\nUden den enkelte teknik (kun udviklingsdelene):");
  const varianter: [string, Partial<SoegeIndstillinger>][] = [
    ["uden trigrammer", { trigram: 0 }],
    ["uden stavefejl/præfiks", { stavefejl: false }],
    ["uden sammensætninger", { sammensaetninger: false }],
    ["uden stamme", { stamme: false }],
    ["uden nære efterled", { delsynonymer: false }],
    ["uden titelbonus", { titelBonus: 0 }],
    ["med prior (antal betegnelser) 0.02", { prior: 0.02 }],
    ["trigram 0.5", { trigram: 0.5 }],
    ["trigram-kandidater under 400 forekomster", { trigramKandidatGraense: 400 }],
    ["ingen dækning af betegnelsen", { grundDaekning: 1 }],
  ];
  for (const [navn, ind] of varianter) {
    const a = maal(soeger(bygErhvervsindeks(holdt.indeks, ind)), holdt.udvikling);
    const b = maal(soeger(bygErhvervsindeks(erhverv, ind)), haand.udvikling);
    console.log(
      `  ${navn.padEnd(36)} holdt ude ${f2(a.acc1)}/${f2(a.acc5)}/${f2(a.mrr)}   håndskrevne ${f2(b.acc1)}/${f2(b.acc5)}/${f2(b.mrr)}`,
    );
  }

  // Latency on the full index: every query of both sets.
  const alle = [...holdt.udvikling, ...holdt.test, ...haand.udvikling, ...haand.test].map((p) => p.q);
  for (const q of alle.slice(0, 50)) soegErhverv(ixFuld, q, 10);
  const tider: number[] = [];
  const cpu0 = process.cpuUsage();
  for (const q of alle) {
    t0 = performance.now();
    soegErhverv(ixFuld, q, 10);
    tider.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  tider.sort((a, b) => a - b);
  const gns = tider.reduce((a, b) => a + b, 0) / tider.length;
  console.log(
    `\nsvartid (${tider.length} forespørgsler, fuldt indeks): gennemsnit ${gns.toFixed(2)} ms, p95 ${tider[Math.floor(tider.length * 0.95)]!.toFixed(2)} ms; ` +
      `CPU-tid ${((cpu.user + cpu.system) / 1000 / tider.length).toFixed(2)} ms pr. forespørgsel (belastningsuafhængig)`,
  );

  if (vis) {
    for (const [navn, m] of [
      ["holdt ude, udvikling", resultater.holdtUdvikling],
      ["håndskrevne, udvikling", resultater.haandUdvikling],
    ] as const) {
      console.log(`\nForkerte på førstepladsen, ${navn}:`);
      const titel = new Map(erhverv.map((e) => [e.uri, e.titel_da ?? e.titel_en]));
      for (const x of m.mis) console.log(`  ${x.q}  →  ${x.fik.map((u) => titel.get(u)).join(" | ")}`);
    }
  }

  // Both test parts together: the figure to report.
  const n = resultater.holdtTest.n + resultater.haandTest.n;
  const samlet = (k: "acc1" | "acc5" | "mrr", r: typeof resultater) =>
    (r.holdtTest[k] * r.holdtTest.n + r.haandTest[k] * r.haandTest.n) / n;
  console.log(
    `\noccupation-search: ${f2(resultater.haandTest.acc1)} acc@1, ${f2(resultater.haandTest.acc5)} acc@5, MRR ${f2(resultater.haandTest.mrr)} on hand-written test; ` +
      `${f2(resultater.holdtTest.acc1)} acc@1, ${f2(resultater.holdtTest.acc5)} acc@5, MRR ${f2(resultater.holdtTest.mrr)} on held-out-label test ` +
      `(baselines acc@1/acc@5/MRR, hand-written and held-out test: exact/prefix ${f2(gl.haandTest.acc1)}/${f2(gl.haandTest.acc5)}/${f2(gl.haandTest.mrr)} and ${f2(gl.holdtTest.acc1)}/${f2(gl.holdtTest.acc5)}/${f2(gl.holdtTest.mrr)}; ` +
      `MiniSearch fuzzy ${f2(ms.haandTest.acc1)}/${f2(ms.haandTest.acc5)}/${f2(ms.haandTest.mrr)} and ${f2(ms.holdtTest.acc1)}/${f2(ms.holdtTest.acc5)}/${f2(ms.holdtTest.mrr)}; ` +
      `both tests pooled acc@1 ${f2(samlet("acc1", resultater))} vs ${f2(samlet("acc1", gl))} and ${f2(samlet("acc1", ms))})`,
  );
}
