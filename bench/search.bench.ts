/**
 * Benchmark `search`: Danish full-text search in journal notes and documents in a Copenhagen-size municipality (about
 * 110,000 citizens, several million notes) on the PostgreSQL server, as the route runs it: one transaction as the
 * application role under row-level security, the query parsed (stemming, irregular forms, prefixes), the most recent
 * matches ranked by relevance and recency with highlighted snippets for the page shown, typo-tolerant name hits, and
 * the access log entries for the citizens shown. Two cases: across the whole municipality, and within one case.
 *
 * Baseline, same data, same run: the naive query a first version would write: ILIKE '%word%' on the text of notes and
 * documents (no stemming, no index), newest first.
 *
 *   npm run bench -- search [--citizens 110000] [--runs 300] [--baseline-runs 12] [--fresh]
 */
import { parseArgs } from "node:util";
import { sql } from "kysely";
import type { Tx } from "../apps/server/src/platform/db/tenant.ts";
import { withTenant } from "../apps/server/src/platform/db/tenant.ts";
import { soegISager } from "../apps/server/src/modules/sag/soegning.ts";
import { fmtSummary, KOEBENHAVN, koebenhavn, round, say, spread, summary, TODAY } from "./support/koebenhavn.ts";

export const name = "search";
export const description =
  "Fritekstsøgning på dansk i notater og dokumenter: hele kommunen (Københavns størrelse) og én sag, mod ILIKE";

/** What caseworkers search for: situations, health, offers, documents, with inflected and irregular forms. */
const QUERIES = [
  "udeblev fra samtalen",
  "ryg",
  "lægeerklæring 2025",
  "virksomhedspraktik",
  "sygemelding",
  "løntilskud",
  "partshøring",
  '"ondt i ryggen"',
  "jobsøgning",
  "afbud",
  "misbrug",
  "cv",
  "truckcertifikat",
  "sagde op",
  "praktik -løntilskud",
  "stress",
];

/** The moment of the searches: a working morning on the benchmark's day. */
const NOW = new Date(`${TODAY}T10:00:00Z`);

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      citizens: { type: "string", default: "110000" },
      runs: { type: "string", default: "300" },
      "baseline-runs": { type: "string", default: "12" },
      fresh: { type: "boolean", default: false },
    },
  });
  const bench = await koebenhavn({ citizens: Number(values.citizens), fresh: values.fresh, log: console.log });
  const { database, counts } = bench;
  try {
    console.log(
      `PostgreSQL ${bench.version}, database ${bench.name}: ${counts.borgere.toLocaleString("da-DK")} borgere, ` +
        `${counts.notater.toLocaleString("da-DK")} notater, ${counts.dokumenter.toLocaleString("da-DK")} dokumenter`,
    );
    const citizens = spread(
      (await database.db.selectFrom("borger").select("id").orderBy("id").execute()).map((r) => r.id),
      200,
    );
    const actor = {
      userId: "00000000-0000-4000-8000-000000000001",
      name: "Benchmark",
      role: "jobkonsulent" as const,
      kommunekode: KOEBENHAVN,
    };

    const search = async (q: string, borgerId?: string) => {
      const t = performance.now();
      const hits = await withTenant(database.db, KOEBENHAVN, async (tx) => {
        const r = await soegISager(tx, actor, { q, borgerId, side: 1 }, NOW);
        return r.hits.length;
      });
      return { ms: performance.now() - t, hits };
    };
    const naive = async (q: string, borgerId?: string) => {
      const word = q.replace(/["-]/g, " ").trim().split(/\s+/)[0]!;
      const like = `%${word}%`;
      const t = performance.now();
      const rows = await withTenant(database.db, KOEBENHAVN, async (tx: Tx) => {
        const byCase = borgerId ? sql`and borger_id = ${borgerId}` : sql``;
        const r = await sql`
          (select id, borger_id, dato, emne as titel, tekst from notat where (emne ilike ${like} or tekst ilike ${like}) ${byCase}
           order by dato desc limit 20)
          union all
          (select id, borger_id, dato, titel, left(tekst, 300) from dokument where (titel ilike ${like} or tekst ilike ${like}) ${byCase}
           order by dato desc limit 20)`.execute(tx);
        return r.rows.length;
      });
      return { ms: performance.now() - t, hits: rows };
    };

    // Warm-up: every query once in each mode.
    for (const q of QUERIES) {
      await search(q);
      await search(q, citizens[0]);
    }
    const runs = Number(values.runs);
    const kommune: number[] = [];
    const sag: number[] = [];
    const hitCounts = new Map<string, number>();
    for (let i = 0; i < runs; i++) {
      const q = QUERIES[i % QUERIES.length]!;
      const r = await search(q);
      kommune.push(r.ms);
      hitCounts.set(q, r.hits);
      sag.push((await search(q, citizens[i % citizens.length])).ms);
    }
    const baseKommune: number[] = [];
    const baseSag: number[] = [];
    for (let i = 0; i < Number(values["baseline-runs"]); i++) {
      const q = QUERIES[i % QUERIES.length]!;
      baseKommune.push((await naive(q)).ms);
    }
    for (let i = 0; i < runs; i++) {
      baseSag.push((await naive(QUERIES[i % QUERIES.length]!, citizens[i % citizens.length])).ms);
    }
    say("træffere på første side (hele kommunen)", [...hitCounts].map(([q, n]) => `${q}: ${n}`).join("; "));
    const k = summary(kommune);
    const s = summary(sag);
    const bk = summary(baseKommune);
    const bs = summary(baseSag);
    say("hele kommunen", fmtSummary(k));
    say("baseline hele kommunen (ILIKE)", fmtSummary(bk));
    say("én sag", fmtSummary(s));
    say("baseline én sag (ILIKE)", fmtSummary(bs));
    console.log(
      `search: ${round(k.p95)} ms (p95 across the municipality, goal < 300 ms; within one case p95 ${round(s.p95)} ms, ` +
        `goal < 30 ms; ILIKE baseline p95 ${round(bk.p95)} ms and ${round(bs.p95)} ms)`,
    );
  } finally {
    await database.close();
  }
}
