/**
 * Benchmark `generate`: how fast a Copenhagen-size population (about 110,000 citizens and their caseworkers) goes into
 * a fresh database on the PostgreSQL server, generated, CPR-encrypted and loaded with COPY (tools/population), against
 * the baseline of plain single-row INSERT statements (each its own transaction, as naive code would do) for a sample.
 *
 *   npm run bench -- generate [--citizens 110000] [--baseline 5000]
 *
 * The server is BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres); a database ju_bench_<random>
 * is created, migrated, loaded and dropped again. Rows counted are bruger + borger rows; the time runs from the first
 * generated row to the commit, so generation and encryption are included in both figures.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { loadConfig } from "../apps/server/src/config.ts";
import { createCprVault } from "../apps/server/src/platform/crypto/cpr-vault.ts";
import { migrate, openDatabase } from "../apps/server/src/platform/db/database.ts";
import { BORGER_COLUMNS, BRUGER_COLUMNS, loadPopulation } from "../tools/population/load.ts";
import { generatePopulation, populationChunks } from "../tools/population/model.ts";
import { fmt, round3, say, secs } from "./support/figures.ts";

export const name = "generate";
export const description =
  "Københavns størrelse (~110.000 borgere) genereret, krypteret og indlæst med COPY, mod enkeltvise INSERT-sætninger";

const COPENHAGEN = "0101";
const BASELINE_KOMMUNE = "0147"; // Frederiksberg: another municipality, so its CPR numbers cannot clash with the main load
const TODAY = "2026-11-23"; // fixed, so every run loads the same rows

const insertSql = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`;

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { citizens: { type: "string", default: "110000" }, baseline: { type: "string", default: "5000" } },
  });
  const citizens = Number(values.citizens);
  const baseline = Number(values.baseline);
  if (!Number.isInteger(citizens) || citizens < 1) throw new Error("--citizens skal være et helt tal ≥ 1");
  if (!Number.isInteger(baseline) || baseline < 1) throw new Error("--baseline skal være et helt tal ≥ 1");

  const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const dbName = `ju_bench_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const version = (await admin.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v;
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const dbUrl = url.toString();

  const database = await openDatabase({ kind: "postgres", url: dbUrl });
  try {
    await migrate(database.db);
    const vault = createCprVault(loadConfig({ ...process.env, DATABASE_URL: dbUrl }).cpr);
    const postnumre = async (kommunekode: string) =>
      (
        await database.db.selectFrom("postnummer").select("postnr").where("kommunekode", "=", kommunekode).execute()
      ).map((r) => r.postnr);
    const opts = {
      kommunekode: COPENHAGEN,
      citizens,
      seed: "bench",
      postnumre: await postnumre(COPENHAGEN),
      today: TODAY,
    };

    console.log(`PostgreSQL ${version}, database ${dbName}; ${citizens.toLocaleString("da-DK")} borgere i København`);

    // The client side alone, for reference: generating the rows, then encrypting and hashing their CPR numbers.
    let t = performance.now();
    let generated = 0;
    const cprs: string[] = [];
    for (const chunk of populationChunks(opts, 10_000)) {
      generated += chunk.caseworkers.length + chunk.citizens.length;
      if (cprs.length < 20_000) cprs.push(...chunk.citizens.slice(0, 20_000 - cprs.length).map((c) => c.cpr));
    }
    const genRate = generated / ((performance.now() - t) / 1000);
    t = performance.now();
    for (const cpr of cprs) {
      vault.encrypt(cpr);
      vault.hash(cpr);
    }
    const cryptoRate = cprs.length / ((performance.now() - t) / 1000);
    say("kun generering (uden database)", `${fmt(genRate)} rækker/s`);
    say("kun CPR-kryptering + hash", `${fmt(cryptoRate)} rækker/s`);

    // Baseline: every row its own INSERT statement and transaction, on one connection.
    const sample = generatePopulation({
      kommunekode: BASELINE_KOMMUNE,
      citizens: baseline,
      seed: "bench",
      postnumre: await postnumre(BASELINE_KOMMUNE),
      today: TODAY,
    });
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    t = performance.now();
    try {
      for (const w of sample.caseworkers) {
        await client.query(
          insertSql("bruger", BRUGER_COLUMNS),
          BRUGER_COLUMNS.map((k) => w[k]),
        );
      }
      for (const c of sample.citizens) {
        const enc = vault.encrypt(c.cpr);
        const row = { ...c, cpr_krypteret: enc.cipher, cpr_noegle_id: enc.keyId, cpr_hash: vault.hash(c.cpr) };
        await client.query(
          insertSql("borger", BORGER_COLUMNS),
          BORGER_COLUMNS.map((k) => row[k]),
        );
      }
    } finally {
      await client.end();
    }
    const baseRows = sample.caseworkers.length + sample.citizens.length;
    const baseSeconds = (performance.now() - t) / 1000;
    const baseRate = baseRows / baseSeconds;
    say(
      "baseline, enkeltvise INSERT",
      `${baseRows.toLocaleString("da-DK")} rækker på ${secs(baseSeconds)} s = ${fmt(baseRate)} rækker/s`,
    );

    // The generator and loader: chunks of 10,000 citizens, COPY FROM STDIN in one transaction.
    t = performance.now();
    const counts = await loadPopulation(database, populationChunks(opts, 10_000), vault, { pgUrl: dbUrl });
    const seconds = (performance.now() - t) / 1000;
    const rows = counts.caseworkers + counts.citizens;
    const rate = rows / seconds;
    say(
      `generate (${counts.method === "copy" ? "COPY" : "INSERT"})`,
      `${rows.toLocaleString("da-DK")} rækker (heraf ${counts.caseworkers} jobkonsulenter) på ${secs(seconds)} s = ${fmt(rate)} rækker/s`,
    );

    const inDb = await database.db
      .selectFrom("borger")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("kommunekode", "=", COPENHAGEN)
      .executeTakeFirstOrThrow();
    if (Number(inDb.n) !== citizens) throw new Error(`forventede ${citizens} borgere i databasen, fandt ${inDb.n}`);
    say("forhold", `${Math.round(rate / baseRate)} gange hurtigere end baseline`);
    console.log(`generate: ${round3(rate)} rows/s (baseline single-row INSERT: ${round3(baseRate)} rows/s)`);
  } finally {
    await database.close();
    const a = new pg.Client({ connectionString: adminUrl });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await a.end();
  }
}
