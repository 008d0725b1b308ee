/**
 * Benchmark `skill-extraction`: how well the job-ad skill extractor (apps/server/src/modules/jobordre/annonce.ts,
 * docs/annonce.md) finds the skills a Danish job ad mentions, on the only openly licensed Danish job-ad data we have:
 * Kompetencer (Zhang, Jensen and Plank, LREC 2022; ../shared/data/kompetencer-da/SOURCE.md).
 *
 * (a) Span detection: every sentence of `kompetencer_danish_test.conll` (tokens joined by spaces) goes through
 *     `fundneSpan`; the spans found are compared with the annotated skill and knowledge spans, exact (same first and
 *     last token) and partial (the spans overlap). Precision, recall and F1 for both.
 * (b) Skill-group agreement: every snippet of `da_test.tsv` goes through `udtraekFaerdigheder`; for the snippets it
 *     maps to a skill, the top suggestion's ESCO groups (walked up the skills pillar of ESCO v1.1.1 to the level-1
 *     group: S1–S8, L1, T1–T6, K00–K99) are compared with the gold label. Coverage and accuracy among the mapped.
 *     The gold labels are ESCO v1.0's; its attitudes and values (A1, A2) became the transversal groups T1–T6 in
 *     v1.1.1 without a 1:1 code, so the accuracy is given strict (A1/A2 never agree) and with A1/A2 read as "any T".
 * (c) Baseline in the same run: exact, lower-cased match of ESCO's English preferred labels only (no Danish
 *     lexicon, no stemming, no compounds).
 *
 * The lexicon is the full ESCO v1.1.1 skills pillar in English (preferred and alternative labels; the shared data has
 * no Danish ESCO labels) plus the hand-written Danish expression lexicon. The expression lexicon was written looking
 * only at the training files (`kompetencer_danish_train.conll`, `2_da_train.tsv`) and at ESCO; per-item results of
 * the test files were never looked at (only the totals this benchmark prints). `--vis` lists the misses of the
 * training part; it refuses to do so for the test part.
 *
 *   npm run bench -- skill-extraction [--vis]
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import {
  bygLeksikon,
  fundneSpan,
  type LeksikonFaerdighed,
  udtraekFaerdigheder,
} from "../apps/server/src/modules/jobordre/annonce.ts";

export const name = "skill-extraction";
export const description =
  "kompetencer fra danske jobannoncer (Kompetencer-testsættet): span-F1 og ESCO-gruppe, mod engelske ESCO-betegnelser";

const RODEN = path.resolve(import.meta.dirname, "..");
const ESCO = path.join(RODEN, "../shared/data/esco-v1.1.1-en");
const KOMP = path.join(RODEN, "../shared/data/kompetencer-da");

interface Saetning {
  tokens: string[];
  guld: { start: number; slut: number }[];
}

/** The CoNLL file's sentences with the gold skill and knowledge spans (token offsets, `slut` exclusive). */
function laesConll(tekst: string): Saetning[] {
  const ud: Saetning[] = [];
  let rk: string[][] = [];
  const luk = () => {
    if (rk.length === 0) return;
    const tokens = rk.map((r) => r[0]!);
    const guld: Saetning["guld"] = [];
    for (const kol of [1, 2]) {
      let i = 0;
      while (i < rk.length) {
        const tag = rk[i]![kol] ?? "O";
        // a span starts at B-, or at an I- that follows O (a few annotations lack their B-)
        if (tag.startsWith("B-") || (tag.startsWith("I-") && (i === 0 || (rk[i - 1]![kol] ?? "O") === "O"))) {
          let j = i + 1;
          while (j < rk.length && (rk[j]![kol] ?? "").startsWith("I-")) j++;
          guld.push({ start: i, slut: j });
          i = j;
        } else i++;
      }
    }
    // a skill span and a knowledge span on the same tokens count once
    const set = new Set<string>();
    ud.push({
      tokens,
      guld: guld.filter((g) => {
        const k = `${g.start}-${g.slut}`;
        if (set.has(k)) return false;
        set.add(k);
        return true;
      }),
    });
    rk = [];
  };
  for (const linje of tekst.split("\n")) {
    const felter = linje.replace(/\r$/, "").split("\t");
    if (!felter[0]?.trim()) {
      luk();
      continue;
    }
    rk.push(felter);
  }
  luk();
  return ud;
}

interface Tal {
  tp: number;
  fund: number;
  guld: number;
  fundet: number;
}
const prf = (rigtige: number, fund: number, fundet: number, guld: number) => {
  const p = fund ? rigtige / fund : 0;
  const r = guld ? fundet / guld : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

type Span = { start: number; slut: number };
const overlap = (a: Span, b: Span) => a.start < b.slut && b.start < a.slut;

function scorSpan(saetninger: Saetning[], finder: (tekst: string) => Span[], vis: boolean) {
  const eksakt: Tal = { tp: 0, fund: 0, guld: 0, fundet: 0 };
  const delvis: Tal = { tp: 0, fund: 0, guld: 0, fundet: 0 };
  for (const s of saetninger) {
    const fund = finder(s.tokens.join(" "));
    eksakt.fund += fund.length;
    delvis.fund += fund.length;
    eksakt.guld += s.guld.length;
    delvis.guld += s.guld.length;
    for (const f of fund) {
      if (s.guld.some((g) => g.start === f.start && g.slut === f.slut)) eksakt.tp++;
      if (s.guld.some((g) => overlap(g, f))) delvis.tp++;
    }
    for (const g of s.guld) {
      if (fund.some((f) => f.start === g.start && f.slut === g.slut)) eksakt.fundet++;
      if (fund.some((f) => overlap(g, f))) delvis.fundet++;
    }
    if (vis) {
      const ord = (x: Span) => s.tokens.slice(x.start, x.slut).join(" ");
      for (const g of s.guld) if (!fund.some((f) => overlap(g, f))) console.log(`  ikke fundet: ${ord(g)}`);
      for (const f of fund) if (!s.guld.some((g) => overlap(g, f))) console.log(`  fejlfund:    ${ord(f)}`);
    }
  }
  return {
    eksakt: prf(eksakt.tp, eksakt.fund, eksakt.fundet, eksakt.guld),
    delvis: prf(delvis.tp, delvis.fund, delvis.fundet, delvis.guld),
    antalFund: eksakt.fund,
    antalGuld: eksakt.guld,
  };
}

/** The baseline: ESCO's English preferred labels, matched exactly on lower-cased words. */
function baselineFinder(faerdigheder: readonly LeksikonFaerdighed[]): (tekst: string) => Span[] {
  const foerste = new Map<string, string[][]>();
  for (const f of faerdigheder) {
    const ord = f.titel_en.toLowerCase().split(/\s+/).filter(Boolean);
    if (ord.length === 0) continue;
    const l = foerste.get(ord[0]!) ?? [];
    l.push(ord);
    foerste.set(ord[0]!, l);
  }
  return (tekst) => {
    const tokens = tekst.split(" ").map((t) => t.toLowerCase());
    const ud: Span[] = [];
    let i = 0;
    while (i < tokens.length) {
      let bedst = 0;
      for (const m of foerste.get(tokens[i]!) ?? []) {
        if (m.length > bedst && m.every((w, k) => tokens[i + k] === w)) bedst = m.length;
      }
      if (bedst > 0) {
        ud.push({ start: i, slut: i + bedst });
        i += bedst;
      } else i++;
    }
    return ud;
  };
}

/** Each skill's level-1 groups in ESCO v1.1.1's skills pillar (several where a skill has several parents). */
async function gruppeKoder(): Promise<(uri: string) => Set<string>> {
  const broader = parse(await readFile(path.join(ESCO, "broaderRelationsSkillPillar.csv")), {
    columns: true,
  }) as { conceptUri: string; broaderUri: string }[];
  const hierarki = parse(await readFile(path.join(ESCO, "skillsHierarchy_en.csv")), {
    columns: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  const foraeldre = new Map<string, string[]>();
  for (const r of broader) foraeldre.set(r.conceptUri, [...(foraeldre.get(r.conceptUri) ?? []), r.broaderUri]);
  const niveau1 = new Map<string, string>();
  for (const r of hierarki) {
    const uri = r["Level 1 URI"];
    if (!uri) continue;
    // knowledge groups have no code; their ISCED-F broad field is the Kompetencer label (K06 = ICT)
    niveau1.set(uri, r["Level 1 code"] || `K${uri.split("/").pop()}`);
  }
  return (uri) => {
    const ud = new Set<string>();
    const set = new Set<string>();
    const stak = [uri];
    while (stak.length) {
      const x = stak.pop()!;
      if (set.has(x)) continue;
      set.add(x);
      const k = niveau1.get(x);
      if (k) ud.add(k);
      stak.push(...(foraeldre.get(x) ?? []));
    }
    return ud;
  };
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { vis: { type: "boolean", default: false } } });
  const t0 = performance.now();
  const skills = parse(await readFile(path.join(ESCO, "skills_en.csv")), { columns: true }) as Record<string, string>[];
  const faerdigheder: LeksikonFaerdighed[] = skills
    .filter((r) => r.conceptUri?.startsWith("http://data.europa.eu/esco/skill/"))
    .map((r) => ({
      uri: r.conceptUri!,
      titel_da: null,
      titel_en: r.preferredLabel!.trim(),
      alt_da: [],
      alt_en: (r.altLabels ?? "")
        .split("\n")
        .map((s) => s.trim())
        .filter(Boolean),
      synonymer_da: [],
    }));
  const tLeks = performance.now();
  const leks = bygLeksikon(faerdigheder);
  const msLeks = performance.now() - tLeks;
  const baseline = baselineFinder(faerdigheder);
  console.log(
    `Leksikon: ${faerdigheder.length} ESCO-færdigheder, ${leks.antalMoenstre} mønstre (engelske betegnelser og dansk udtryksleksikon), bygget på ${Math.round(msLeks)} ms (filerne læst på ${Math.round(tLeks - t0)} ms)`,
  );

  const udvikling = laesConll(await readFile(path.join(KOMP, "kompetencer_danish_train.conll"), "utf8"));
  const test = laesConll(await readFile(path.join(KOMP, "kompetencer_danish_test.conll"), "utf8"));
  const pct = (x: number) => x.toFixed(2);
  const linje = (navn: string, r: ReturnType<typeof scorSpan>) =>
    console.log(
      `  ${navn.padEnd(30)} eksakt P ${pct(r.eksakt.p)} R ${pct(r.eksakt.r)} F1 ${pct(r.eksakt.f1)} | delvis P ${pct(r.delvis.p)} R ${pct(r.delvis.r)} F1 ${pct(r.delvis.f1)} (${r.antalFund} fund, ${r.antalGuld} guld)`,
    );

  console.log("\n(a) Spans (færdigheder og viden) i Kompetencer-sætningerne");
  const t1 = performance.now();
  const uvFuld = scorSpan(udvikling, (t) => fundneSpan(t, leks), values.vis);
  linje(`udvikling (${udvikling.length} sætn.)`, uvFuld);
  linje("udvikling, baseline", scorSpan(udvikling, baseline, false));
  const testFuld = scorSpan(test, (t) => fundneSpan(t, leks), false);
  const ms = performance.now() - t1;
  const testBase = scorSpan(test, baseline, false);
  linje(`test (${test.length} sætn.)`, testFuld);
  linje("test, baseline", testBase);
  console.log(`  ${Math.round((ms / (udvikling.length + test.length)) * 1000)} µs pr. sætning`);

  console.log("\n(b) ESCO-gruppe for korte kompetenceudtryk (øverste forslag mod guldets gruppe)");
  const grupper = await gruppeKoder();
  for (const [navn, fil, visHer] of [
    ["udvikling", "2_da_train.tsv", values.vis],
    ["test", "da_test.tsv", false],
  ] as const) {
    const raekker = (await readFile(path.join(KOMP, fil), "utf8"))
      .split("\n")
      .map((l) => l.replace(/\r$/, "").split("\t"))
      .filter((r) => r.length >= 2 && r[0]!.trim());
    let daekket = 0;
    let streng = 0;
    let medT = 0;
    for (const [tekst, guld] of raekker) {
      const forslag = udtraekFaerdigheder(tekst!, leks)[0];
      if (!forslag) {
        if (visHer) console.log(`  ikke dækket: ${tekst} (${guld})`);
        continue;
      }
      daekket++;
      const g = grupper(forslag.uri);
      const ok = g.has(guld!.trim());
      const okT = ok || (/^A\d$/.test(guld!.trim()) && [...g].some((k) => k.startsWith("T")));
      if (ok) streng++;
      if (okT) medT++;
      if (visHer && !okT) console.log(`  uenig: ${tekst} (${guld}) → ${forslag.titel} [${[...g].join(",")}]`);
    }
    console.log(
      `  ${navn.padEnd(10)} ${raekker.length} udtryk, dækning ${pct(daekket / raekker.length)}, nøjagtighed blandt dækkede: streng ${pct(daekket ? streng / daekket : 0)}, med A1/A2 = T-gruppe ${pct(daekket ? medT / daekket : 0)}`,
    );
  }

  console.log(
    `\nskill-extraction: F1 ${pct(testFuld.delvis.f1)} (delvis overlap) på testsættet, præcision ${pct(testFuld.delvis.p)}, genkaldelse ${pct(testFuld.delvis.r)}, eksakt F1 ${pct(testFuld.eksakt.f1)} (baseline: F1 ${pct(testBase.delvis.f1)})`,
  );
}
