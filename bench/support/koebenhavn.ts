/**
 * A Copenhagen-size municipality on the PostgreSQL server for the caseload and search benchmarks: about 110,000
 * citizens with 150 per caseworker, each with a generated case history (events, jobplan, about 25 journal notes,
 * some documents), so about 2.75 million notes. Building it takes minutes, so the database is kept between runs
 * (ju_bench_kbh_<version>) and rebuilt only when missing, incomplete or asked for with --fresh.
 *
 * The GIN indexes are dropped during the load and built afterwards (one sorted build is much faster than millions of
 * single inserts into a GIN index); the same definitions from the migrations are restored, then ANALYZE.
 */
import pg from "pg";
import { type Kysely, sql } from "kysely";
import { loadConfig } from "../../apps/server/src/config.ts";
import { createCprVault } from "../../apps/server/src/platform/crypto/cpr-vault.ts";
import { type Database, migrate, openDatabase } from "../../apps/server/src/platform/db/database.ts";
import type { DB } from "../../apps/server/src/platform/db/schema.ts";
import { loadPopulation } from "../../tools/population/load.ts";
import { loadSagsforloeb } from "../../tools/population/load-sag.ts";
import { type PopulationOptions, populationChunks } from "../../tools/population/model.ts";
import { sagsforloebChunks } from "../../tools/population/sagsforloeb.ts";

export const KOEBENHAVN = "0101";
export const TODAY = "2026-11-23";
/** Bump when the schema or the generator changes, so an old benchmark database is not reused. */
const VERSION = "v2";

export interface BenchDatabase {
  database: Database;
  url: string;
  name: string;
  version: string;
  counts: { borgere: number; sagsbehandlere: number; haendelser: number; notater: number; dokumenter: number };
}

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const serverVersion = (adminUrl: string) =>
  admin(
    adminUrl,
    async (c) => (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v,
  );

const count = async (d: Database, table: "borger" | "sag_haendelse" | "notat" | "dokument" | "bruger") =>
  Number(
    (
      await d.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The server the benchmark databases are kept on (BENCH_DATABASE_URL), as the URL of its postgres database. */
const adminUrl = () => process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * A benchmark database kept between runs on the server of BENCH_DATABASE_URL: made anew (dropped, created empty and
 * given to `build`) when missing, when its build did not finish (`build` creates the table bench_klar last), when
 * `current` finds it out of date, or when `fresh` asks. Answers its URL.
 */
export async function keptDatabase(o: {
  name: string;
  fresh: boolean;
  current?: (d: Database) => Promise<boolean>;
  build: (d: Database, url: string) => Promise<void>;
}): Promise<string> {
  const url = new URL(adminUrl());
  url.pathname = `/${o.name}`;
  const dbUrl = url.toString();
  const exists = await admin(
    adminUrl(),
    async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [o.name])).rowCount === 1,
  );
  let ready = false;
  if (exists && !o.fresh) {
    const d = await openDatabase({ kind: "postgres", url: dbUrl });
    try {
      const r = await sql<{ ok: boolean }>`select to_regclass('public.bench_klar') is not null as ok`.execute(d.db);
      ready = r.rows[0]!.ok && (!o.current || (await o.current(d)));
    } finally {
      await d.close();
    }
  }
  if (!ready) {
    await admin(adminUrl(), async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${o.name} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${o.name}`);
    });
    const d = await openDatabase({ kind: "postgres", url: dbUrl });
    try {
      await o.build(d, dbUrl);
    } finally {
      await d.close();
    }
  }
  return dbUrl;
}

/**
 * The municipality's caseworkers and citizens from the population generator, loaded with COPY into the migrated
 * database at `url` (the postal codes are the municipality's own). Answers the generator's options, postal codes
 * included, for generating more from the same population.
 */
export async function loadBenchPopulation(
  d: Database,
  url: string,
  o: Omit<PopulationOptions, "postnumre">,
): Promise<PopulationOptions> {
  const vault = createCprVault(loadConfig({ ...process.env, DATABASE_URL: url }).cpr);
  const postnumre = (
    await d.db.selectFrom("postnummer").select("postnr").where("kommunekode", "=", o.kommunekode).execute()
  ).map((r) => r.postnr);
  const popOpts = { ...o, postnumre };
  await loadPopulation(d, populationChunks(popOpts, 10_000), vault, { pgUrl: url });
  return popOpts;
}

/** The municipality's caseworkers (role jobkonsulent), their ids in order. */
export async function caseworkerIds(db: Kysely<DB>, kommunekode: string): Promise<string[]> {
  return (
    await db
      .selectFrom("bruger")
      .select("id")
      .where("kommunekode", "=", kommunekode)
      .where("rolle", "=", "jobkonsulent")
      .orderBy("id")
      .execute()
  ).map((r) => r.id);
}

export async function koebenhavn(opts: { citizens: number; fresh: boolean; log: (s: string) => void }) {
  const name = `ju_bench_kbh_${VERSION}_${opts.citizens}`;
  const version = await serverVersion(adminUrl());
  const dbUrl = await keptDatabase({
    name,
    fresh: opts.fresh,
    build: async (d, url) => {
      await migrate(d.db);
      let t = performance.now();
      opts.log(`bygger benchmark-databasen ${name}: ${opts.citizens.toLocaleString("da-DK")} borgere …`);
      const popOpts = await loadBenchPopulation(d, url, {
        kommunekode: KOEBENHAVN,
        citizens: opts.citizens,
        seed: "bench",
        today: TODAY,
        caseworkersPer: 150,
      });
      opts.log(`  borgere indlæst på ${((performance.now() - t) / 1000).toFixed(0)} s`);
      const gin = await sql<{ indexname: string; indexdef: string }>`
        select indexname, indexdef from pg_indexes where indexname in ('notat_soeg_idx', 'dokument_soeg_idx')`.execute(
        d.db,
      );
      for (const i of gin.rows) await sql.raw(`DROP INDEX ${i.indexname}`).execute(d.db);
      t = performance.now();
      await loadSagsforloeb(d, sagsforloebChunks(populationChunks(popOpts, 10_000), { today: TODAY, seed: "bench" }), {
        pgUrl: url,
        onProgress: (c) => {
          if (c.borgere % 10_000 < 500)
            opts.log(
              `  sager: ${c.borgere.toLocaleString("da-DK")} borgere, ${c.notater.toLocaleString("da-DK")} notater`,
            );
        },
      });
      opts.log(`  sager indlæst på ${((performance.now() - t) / 1000).toFixed(0)} s`);
      t = performance.now();
      await sql`set maintenance_work_mem = '1GB'`.execute(d.db);
      for (const i of gin.rows) await sql.raw(i.indexdef).execute(d.db);
      await sql`analyze`.execute(d.db);
      await sql`create table bench_klar (bygget timestamptz not null default now())`.execute(d.db);
      await sql`insert into bench_klar default values`.execute(d.db);
      opts.log(`  GIN-indeks og ANALYZE på ${((performance.now() - t) / 1000).toFixed(0)} s`);
    },
  });
  const database = await openDatabase({ kind: "postgres", url: dbUrl });
  const counts = {
    borgere: await count(database, "borger"),
    sagsbehandlere: Number(
      (
        await database.db
          .selectFrom("bruger")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("rolle", "=", "jobkonsulent")
          .executeTakeFirstOrThrow()
      ).n,
    ),
    haendelser: await count(database, "sag_haendelse"),
    notater: await count(database, "notat"),
    dokumenter: await count(database, "dokument"),
  };
  return { database, url: dbUrl, name, version, counts } satisfies BenchDatabase;
}

// ---------------------------------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------------------------------

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

export function summary(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: quantile(s, 0.5), p95: quantile(s, 0.95), p99: quantile(s, 0.99), max: s.at(-1)! };
}

/** Milliseconds with the precision a benchmark's noise allows. */
export const round = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
export const ms = (x: number) => `${x.toLocaleString("da-DK", { maximumFractionDigits: x < 10 ? 2 : 1 })} ms`;
export const say = (label: string, text: string) => console.log(`  ${`${label}:`.padEnd(44)} ${text}`);
export const fmtSummary = (s: ReturnType<typeof summary>) =>
  `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)}, maks ${ms(s.max)} (n = ${s.n})`;

/** A deterministic pick of k items, spread over the list. */
export function spread<T>(xs: readonly T[], k: number): T[] {
  if (xs.length <= k) return [...xs];
  const step = xs.length / k;
  return Array.from({ length: k }, (_, i) => xs[Math.floor(i * step)]!);
}
