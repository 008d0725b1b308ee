import { randomBytes } from "node:crypto";
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

/** A fresh, migrated database: in-memory PGlite, or a new database on the server that is dropped afterwards. */
export async function freshDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === "pglite") {
    const d = await openDatabase({ kind: "pglite", dataDir: undefined });
    await migrate(d.db);
    return { ...d, dispose: () => d.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL er ikke sat");
  const name = `ju_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const d = await openDatabase({ kind: "postgres", url: url.toString() });
  await migrate(d.db);
  return {
    ...d,
    url: url.toString(),
    dispose: async () => {
      await d.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
