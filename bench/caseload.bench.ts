/**
 * Benchmark `caseload`: the first page of "Min sagsstamme" with its live filter counts for a caseworker with about 150
 * cases, in a Copenhagen-size municipality (about 110,000 citizens, several million journal notes and events) on the
 * PostgreSQL server. Each call is what the route does: one transaction as the application role under row-level
 * security, the caseworker's citizens, their events and plans (three indexed queries), the rules engine over every
 * case, counts, sort by due date, the first 25 rows, and the access log entries for the names shown (once a day).
 *
 * Baseline, same data, same run: the same use case with PostgreSQL's index scans switched off for the transaction
 * (the naive, unindexed query plan: sequential scans of citizens and events).
 *
 *   npm run bench -- caseload [--citizens 110000] [--runs 400] [--baseline-runs 20] [--fresh]
 */
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { withTenant } from "../apps/server/src/platform/db/tenant.ts";
import { sagsstamme } from "../apps/server/src/modules/sag/sagsstamme.ts";
import { fmtSummary, KOEBENHAVN, koebenhavn, round, say, spread, summary, TODAY } from "./support/koebenhavn.ts";

export const name = "caseload";
export const description =
  "Min sagsstamme (første side med filtertal, ~150 sager) i en kommune på Københavns størrelse, mod uindekseret plan";

/** The moment the caseload is opened: a working morning on the benchmark's day. */
const NOW = new Date(`${TODAY}T10:00:00Z`);

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      citizens: { type: "string", default: "110000" },
      runs: { type: "string", default: "400" },
      "baseline-runs": { type: "string", default: "20" },
      fresh: { type: "boolean", default: false },
    },
  });
  const bench = await koebenhavn({ citizens: Number(values.citizens), fresh: values.fresh, log: console.log });
  const { database, counts } = bench;
  try {
    console.log(
      `PostgreSQL ${bench.version}, database ${bench.name}: ${counts.borgere.toLocaleString("da-DK")} borgere, ` +
        `${counts.sagsbehandlere.toLocaleString("da-DK")} jobkonsulenter, ${counts.haendelser.toLocaleString("da-DK")} hændelser, ` +
        `${counts.notater.toLocaleString("da-DK")} notater, ${counts.dokumenter.toLocaleString("da-DK")} dokumenter`,
    );
    const workers = await database.db
      .selectFrom("borger")
      .select((eb) => ["sagsbehandler_id", eb.fn.countAll<string>().as("n")])
      .where("kommunekode", "=", KOEBENHAVN)
      .groupBy("sagsbehandler_id")
      .orderBy("sagsbehandler_id")
      .execute();
    const sample = spread(workers, 40);
    const sizes = sample.map((w) => Number(w.n));
    say("sagsstammer i målingen", `${sample.length}, ${Math.min(...sizes)}–${Math.max(...sizes)} sager hver`);

    const actor = (id: string) => ({
      userId: id,
      name: "Benchmark",
      role: "jobkonsulent" as const,
      kommunekode: KOEBENHAVN,
    });
    const once = async (sagsbehandlerId: string, naive: boolean) => {
      const t = performance.now();
      await withTenant(database.db, KOEBENHAVN, async (tx) => {
        if (naive) {
          await sql`set local enable_indexscan = off`.execute(tx);
          await sql`set local enable_bitmapscan = off`.execute(tx);
          await sql`set local enable_indexonlyscan = off`.execute(tx);
        }
        const r = await sagsstamme(tx, actor(sagsbehandlerId), sagsbehandlerId, { filter: "alle", side: 1 }, NOW, 25);
        if (r.total < 100) throw new Error(`uventet lille sagsstamme: ${r.total}`);
      });
      return performance.now() - t;
    };

    // Warm-up (also writes the day's access log entries once, as a caseworker's first visit of the day does).
    for (const w of sample) await once(w.sagsbehandler_id!, false);
    const runs = Number(values.runs);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await once(sample[i % sample.length]!.sagsbehandler_id!, false));
    const indexed = summary(times);
    const base: number[] = [];
    for (let i = 0; i < Number(values["baseline-runs"]); i++)
      base.push(await once(sample[i % sample.length]!.sagsbehandler_id!, true));
    const naive = summary(base);
    say("med indeks (som i drift)", fmtSummary(indexed));
    say("baseline: uden indeks (naiv plan)", fmtSummary(naive));
    say("forhold (p95)", `${(naive.p95 / indexed.p95).toFixed(0)} gange hurtigere`);
    console.log(
      `caseload: ${round(indexed.p95)} ms (p95, first page with counts, goal < 20 ms; unindexed baseline p95 ${round(naive.p95)} ms)`,
    );
  } finally {
    await database.close();
  }
}
