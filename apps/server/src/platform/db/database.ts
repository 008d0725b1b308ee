import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, type Migration, type MigrationProvider, Migrator, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { DB } from "./schema.ts";

export type Engine = "pglite" | "postgres";

export interface Database {
  engine: Engine;
  db: Kysely<DB>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (PGlite's dumpDataDir), to start another database from. */
  dumpDataDir?(): Promise<Blob>;
}

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  /** loadDataDir: start from a dumped data directory (dumpDataDir) instead of an empty one */
  | { kind: "pglite"; dataDir: string | undefined; loadDataDir?: Blob };

// Dates are handled as strings (yyyy-mm-dd) so a calendar date never shifts with the time zone.
pg.types.setTypeParser(1082, (v) => v);
// bigint counts are returned as numbers (they are row counts and ids well below 2^53).
pg.types.setTypeParser(20, (v) => Number(v));

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection the server closes (a restart, an administrator's termination) is dropped by the pool and
    // replaced on the next query; without a listener the error would end the process.
    pool.on("error", () => {});
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { engine: "postgres", db, close: () => db.destroy() };
  }
  const { PGliteDialect } = await import("./pglite-dialect.ts");
  const pgl = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    extensions: { pg_trgm, btree_gist },
    parsers: { 1082: (v: string) => v, 20: (v: string) => Number(v) },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pgl) });
  return { engine: "pglite", db, close: () => db.destroy(), dumpDataDir: () => pgl.dumpDataDir("none") };
}

const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../../db/migrations");

/** Numbered SQL files in db/migrations, run in order by Kysely's migrator; the same files on both engines. */
class SqlFileMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(migrationsDir)).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
    const out: Record<string, Migration> = {};
    for (const f of files) {
      const text = await readFile(path.join(migrationsDir, f), "utf8");
      out[f.replace(/\.sql$/, "")] = { up: async (db) => void (await sql.raw(text).execute(db)) };
    }
    return out;
  }
}

export async function migrate(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new SqlFileMigrations() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Migrations on disk that the database has not applied yet (used by /readyz). */
export async function pendingMigrations(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new SqlFileMigrations() });
  const all = await migrator.getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
