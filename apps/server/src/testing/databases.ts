import { randomBytes } from "node:crypto";
import { openAsBlob } from "node:fs";
import pg from "pg";
import { type Database, type Engine, migrate, openDatabase } from "../platform/db/database.ts";

/**
 * The engines database tests run on: PGlite always, and the PostgreSQL server when TEST_DATABASE_URL is set
 * (e.g. postgres://postgres@127.0.0.1:5432/postgres). Use with `describe.each(engines())`.
 */
export function engines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export interface TestDatabase extends Database {
  /** Drops the database (server) or closes it (PGlite). */
  dispose(): Promise<void>;
  url?: string;
}

/**
 * The templates the db project's global setup (testing/global-setup.ts) makes once per run, named in the environment
 * of the test workers: a migrated database and one with the demo seeded as startTestApp seeds it, as PGlite dumps
 * (dumpDataDir) and as template databases on the server. Without them (a bench, a test run some other way) every
 * database is migrated, and seeded by its caller, from scratch.
 */
export const TEMPLATES_ENV = "JOBUNIVERS_TEST_DB_TEMPLATES";
export type TemplateKind = "migrated" | "seeded";
/** Where the run's templates are: a dump file per kind for PGlite, a database name per kind on the server. */
export interface TemplatePlaceringer {
  pglite?: Record<TemplateKind, string>;
  postgres?: Record<TemplateKind, string>;
}

function templates(): TemplatePlaceringer {
  const v = process.env[TEMPLATES_ENV];
  return v ? (JSON.parse(v) as TemplatePlaceringer) : {};
}

/**
 * A fresh, migrated database: in-memory PGlite, or a new database on the server that is dropped afterwards. With
 * `"seeded"` it may already hold the demo as startTestApp seeds it (when the run has that template); the caller seeds
 * it all the same, which is then a no-op.
 */
export async function freshDatabase(engine: Engine, kind: TemplateKind = "migrated"): Promise<TestDatabase> {
  if (engine === "pglite") {
    const template = templates().pglite?.[kind];
    const d = await openDatabase({
      kind: "pglite",
      dataDir: undefined,
      ...(template ? { loadDataDir: await openAsBlob(template) } : {}),
    });
    await migrate(d.db);
    return { ...d, dispose: () => d.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL er ikke sat");
  const template = templates().postgres?.[kind];
  const name = `ju_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
  await admin.end();
  const d = await openDatabase({ kind: "postgres", url: databaseUrl(adminUrl, name) });
  await migrate(d.db);
  return {
    ...d,
    url: databaseUrl(adminUrl, name),
    dispose: async () => {
      await d.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

/** The server's address with another database. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const a = new pg.Client({ connectionString: adminUrl });
  await a.connect();
  await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await a.end();
}
