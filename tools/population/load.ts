/**
 * Loads a generated population (model.ts) into the database: caseworkers into bruger, citizens into borger with the
 * CPR number encrypted (AES-256-GCM) and hashed for look-up by the CPR vault.
 *
 * Two paths, the same rows:
 *  - PostgreSQL server with a connection URL (opts.pgUrl): COPY FROM STDIN on a connection of its own, one transaction.
 *    Rows are encrypted and encoded in small batches while the server ingests the previous ones, so memory stays
 *    bounded however many chunks the population comes in.
 *  - otherwise (PGlite, or a server without a URL): multi-row INSERTs of batchSize rows through Kysely, one transaction.
 *
 * Runs as the connecting owner (like migrations and seeding), so row-level security does not apply. The municipality's
 * settings (kommune_indstillinger) are the caller's business.
 */
import { once } from "node:events";
import { finished } from "node:stream/promises";
import pg from "pg";
import { type CopyStreamQuery, from as copyFrom } from "pg-copy-streams";
import type { CprVault } from "../../apps/server/src/platform/crypto/cpr-vault.ts";
import type { Database } from "../../apps/server/src/platform/db/database.ts";
import type { BorgerTable, BrugerTable } from "../../apps/server/src/platform/db/schema.ts";
import type { CaseworkerRow, CitizenRow, Population } from "./model.ts";

export interface LoadOptions {
  /** The URL of the same PostgreSQL database as `db`: rows then go in with COPY (fast). Ignored on PGlite. */
  pgUrl?: string;
  /** Rows per INSERT statement on the INSERT path (default 1000). */
  batchSize?: number;
  /** Called after each chunk with the running totals. */
  onProgress?: (counts: LoadCounts) => void;
}

export interface LoadCounts {
  caseworkers: number;
  citizens: number;
  method: "copy" | "insert";
}

export type PopulationSource = Population | Iterable<Population> | AsyncIterable<Population>;

export const BRUGER_COLUMNS = [
  "id",
  "kommunekode",
  "rolle",
  "navn",
  "email",
  "titel",
  "team",
  "idp_issuer",
  "idp_subject",
] as const;
export const BORGER_COLUMNS = [
  "id",
  "kommunekode",
  "cpr_krypteret",
  "cpr_noegle_id",
  "cpr_hash",
  "fornavn",
  "efternavn",
  "foedselsdato",
  "koen",
  "adresse",
  "postnr",
  "telefon",
  "email",
  "maalgruppe",
  "ydelse_start",
  "uddannelse",
  "sagsbehandler_id",
] as const;

type BrugerInsert = Omit<BrugerTable, "aktiv" | "oprettet">;
type BorgerInsert = Omit<BorgerTable, "oprettet">;

export function caseworkerRecord(c: CaseworkerRow): BrugerInsert {
  return {
    id: c.id,
    kommunekode: c.kommunekode,
    rolle: c.rolle,
    navn: c.navn,
    email: c.email,
    titel: c.titel,
    team: c.team,
    idp_issuer: c.idp_issuer,
    idp_subject: c.idp_subject,
    borger_id: null,
    cvr: null,
    leverandoer_id: null,
  };
}

/** A citizen as a `borger` row: the CPR number encrypted and hashed by the vault. */
export function citizenRecord(c: CitizenRow, vault: CprVault): BorgerInsert {
  const enc = vault.encrypt(c.cpr);
  return {
    id: c.id,
    kommunekode: c.kommunekode,
    cpr_krypteret: enc.cipher,
    cpr_noegle_id: enc.keyId,
    cpr_hash: vault.hash(c.cpr),
    fornavn: c.fornavn,
    efternavn: c.efternavn,
    foedselsdato: c.foedselsdato,
    koen: c.koen,
    adresse: c.adresse,
    postnr: c.postnr,
    telefon: c.telefon,
    email: c.email,
    maalgruppe: c.maalgruppe,
    ydelse_start: c.ydelse_start,
    uddannelse: c.uddannelse,
    sagsbehandler_id: c.sagsbehandler_id,
  };
}

function isPopulation(p: PopulationSource): p is Population {
  return "citizens" in p && Array.isArray((p as Population).citizens);
}

async function* chunksOf(source: PopulationSource): AsyncGenerator<Population> {
  if (isPopulation(source)) yield source;
  else yield* source;
}

/**
 * Inserts the caseworkers and citizens of a population, or of a stream of population chunks (populationChunks, or
 * chunks of several municipalities one after the other). Returns how many rows went in and by which path.
 */
export async function loadPopulation(
  database: Database,
  pop: PopulationSource,
  vault: CprVault,
  opts: LoadOptions = {},
): Promise<LoadCounts> {
  if (database.engine === "postgres" && opts.pgUrl) return loadWithCopy(opts.pgUrl, pop, vault, opts);
  return loadWithInserts(database, pop, vault, opts);
}

async function loadWithInserts(
  database: Database,
  pop: PopulationSource,
  vault: CprVault,
  opts: LoadOptions,
): Promise<LoadCounts> {
  const batch = opts.batchSize ?? 1000;
  const counts: LoadCounts = { caseworkers: 0, citizens: 0, method: "insert" };
  await database.db.transaction().execute(async (tx) => {
    for await (const chunk of chunksOf(pop)) {
      for (let i = 0; i < chunk.caseworkers.length; i += batch) {
        await tx
          .insertInto("bruger")
          .values(chunk.caseworkers.slice(i, i + batch).map(caseworkerRecord))
          .execute();
      }
      counts.caseworkers += chunk.caseworkers.length;
      for (let i = 0; i < chunk.citizens.length; i += batch) {
        await tx
          .insertInto("borger")
          .values(chunk.citizens.slice(i, i + batch).map((c) => citizenRecord(c, vault)))
          .execute();
      }
      counts.citizens += chunk.citizens.length;
      opts.onProgress?.({ ...counts });
    }
  });
  return counts;
}

// ---------------------------------------------------------------------------------------------------------------------
// COPY FROM STDIN (text format), shared with load-sag.ts
// ---------------------------------------------------------------------------------------------------------------------

/** A value in COPY's text format: \N for null; backslash, tab, newline and carriage return escaped. */
export function copyField(v: string | null): string {
  if (v === null) return "\\N";
  return /[\\\t\n\r]/.test(v)
    ? v.replaceAll("\\", "\\\\").replaceAll("\t", "\\t").replaceAll("\n", "\\n").replaceAll("\r", "\\r")
    : v;
}

/** One row in COPY's text format, its columns in the given order (the values are text or null). */
export function copyLine<T extends object>(row: T, columns: readonly (keyof T)[]): string {
  let s = "";
  for (let i = 0; i < columns.length; i++) {
    if (i) s += "\t";
    s += copyField(row[columns[i]!] as string | null);
  }
  return `${s}\n`;
}

/** Rows encoded per write: small enough to keep memory flat, large enough that the per-write overhead vanishes. */
export const COPY_BATCH = 500;

/** COPY streams on one connection inside one transaction (see withCopyTransaction). One COPY is open at a time. */
export interface CopySession {
  open(table: string, columns: readonly string[]): CopyStreamQuery;
  /** Writes encoded rows, waiting for the server when its buffer is full. */
  write(stream: CopyStreamQuery, text: string): Promise<void>;
  close(stream: CopyStreamQuery): Promise<void>;
}

/**
 * Runs `work` with COPY streams on a connection of its own, in one transaction: committed when `work` returns, rolled
 * back (after aborting a COPY still open) when it throws.
 */
export async function withCopyTransaction<T>(url: string, work: (session: CopySession) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // A COPY that fails mid-stream emits an error on the stream; keep the first one so nothing is thrown unhandled.
  let failure: unknown;
  let current: CopyStreamQuery | undefined;
  const session: CopySession = {
    open(table, columns) {
      const stream = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
      stream.on("error", (e) => {
        failure ??= e;
      });
      current = stream;
      return stream;
    },
    async write(stream, text) {
      if (failure) throw failure;
      if (!stream.write(text)) await once(stream, "drain");
    },
    async close(stream) {
      stream.end();
      await finished(stream);
      current = undefined;
      if (failure) throw failure;
    },
  };
  try {
    await client.query("BEGIN");
    const result = await work(session);
    await client.query("COMMIT");
    return result;
  } catch (e) {
    // A COPY still open (the error came from this side) is aborted first (CopyFail), or ROLLBACK would queue behind it.
    if (current && !current.writableFinished) {
      current.destroy(e instanceof Error ? e : new Error(String(e)));
      await finished(current).catch(() => {});
    }
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end().catch(() => {});
  }
}

async function loadWithCopy(
  url: string,
  pop: PopulationSource,
  vault: CprVault,
  opts: LoadOptions,
): Promise<LoadCounts> {
  const counts: LoadCounts = { caseworkers: 0, citizens: 0, method: "copy" };
  return withCopyTransaction(url, async ({ open, write, close }) => {
    let citizens: CopyStreamQuery | undefined;
    for await (const chunk of chunksOf(pop)) {
      if (chunk.caseworkers.length) {
        // One connection carries one COPY at a time: close the citizens' COPY while the caseworkers go in. (Within the
        // transaction the order would not matter to the deferred foreign key, but keep it natural.)
        if (citizens) await close(citizens);
        citizens = undefined;
        const cw = open("bruger", BRUGER_COLUMNS);
        for (let i = 0; i < chunk.caseworkers.length; i += COPY_BATCH) {
          let text = "";
          for (const c of chunk.caseworkers.slice(i, i + COPY_BATCH)) {
            text += copyLine(caseworkerRecord(c), BRUGER_COLUMNS);
          }
          await write(cw, text);
        }
        await close(cw);
        counts.caseworkers += chunk.caseworkers.length;
      }
      if (chunk.citizens.length) {
        citizens ??= open("borger", BORGER_COLUMNS);
        for (let i = 0; i < chunk.citizens.length; i += COPY_BATCH) {
          let text = "";
          const end = Math.min(chunk.citizens.length, i + COPY_BATCH);
          for (let j = i; j < end; j++) text += copyLine(citizenRecord(chunk.citizens[j]!, vault), BORGER_COLUMNS);
          await write(citizens, text);
        }
        counts.citizens += chunk.citizens.length;
      }
      opts.onProgress?.({ ...counts });
    }
    if (citizens) await close(citizens);
    return counts;
  });
}
