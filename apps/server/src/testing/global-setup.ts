import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { loadConfig } from "../config.ts";
import { createCprVault } from "../platform/crypto/cpr-vault.ts";
import { type Database, migrate, openDatabase } from "../platform/db/database.ts";
import { seedTestDemo } from "./app.ts";
import { type TemplatePlaceringer, databaseUrl, dropDatabase, TEMPLATES_ENV } from "./databases.ts";

/**
 * Once per run of the db project: migrates a database and seeds the test app's demo into a second one, on PGlite (as
 * dumps in a temporary directory) and on the PostgreSQL server when TEST_DATABASE_URL is set (as template databases),
 * so each test's fresh database is a copy instead of a new migration and seed (testing/databases.ts). The workers
 * find them through the environment; all is removed when the run ends.
 */
export default async function setup() {
  const vault = createCprVault(loadConfig({}).cpr);
  const seed = (d: Database) => seedTestDemo(d, vault);
  const dir = mkdtempSync(path.join(tmpdir(), "jobunivers-db-"));
  const templates: TemplatePlaceringer = {};

  const adminUrl = process.env.TEST_DATABASE_URL;
  const run = `ju_tpl_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const serverTemplates: string[] = [];

  // PGlite works in this process, the server in its own: both at once
  const onPglite = async () => {
    const lite = await openDatabase({ kind: "pglite", dataDir: undefined });
    const dump = async (file: string) => {
      writeFileSync(file, Buffer.from(await (await lite.dumpDataDir!()).arrayBuffer()));
      return file;
    };
    await migrate(lite.db);
    const migrated = await dump(path.join(dir, "migrated.tar"));
    await seed(lite);
    templates.pglite = { migrated, seeded: await dump(path.join(dir, "seeded.tar")) };
    await lite.close();
  };
  const onServer = async (url: string) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      for (const kind of ["migrated", "seeded"] as const) {
        const name = `${run}_${kind}`;
        await admin.query(`CREATE DATABASE ${name}${kind === "seeded" ? ` TEMPLATE ${run}_migrated` : ""}`);
        serverTemplates.push(name);
        const d = await openDatabase({ kind: "postgres", url: databaseUrl(url, name) });
        if (kind === "migrated") await migrate(d.db);
        else await seed(d);
        // a template must have no connections while it is copied
        await d.close();
      }
    } finally {
      await admin.end();
    }
    templates.postgres = { migrated: `${run}_migrated`, seeded: `${run}_seeded` };
  };
  const teardown = async () => {
    delete process.env[TEMPLATES_ENV];
    for (const name of serverTemplates) if (adminUrl) await dropDatabase(adminUrl, name);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all([onPglite(), adminUrl ? onServer(adminUrl) : undefined]);
  } catch (e) {
    await teardown();
    throw e;
  }
  process.env[TEMPLATES_ENV] = JSON.stringify(templates);
  return teardown;
}
