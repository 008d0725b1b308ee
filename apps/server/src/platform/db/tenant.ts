import { type Kysely, sql, type Transaction } from "kysely";
import type { DB } from "./schema.ts";

export type Tx = Transaction<DB>;

/**
 * Runs `fn` in one transaction as the application role with the municipality set for the transaction.
 * Row-level security then shows only that municipality's rows, even to a query that forgets its filter.
 * Every request that touches tenant data goes through here.
 */
export async function withTenant<T>(db: Kysely<DB>, kommunekode: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await skiftTilKommune(tx, kommunekode);
    return fn(tx);
  });
}

/**
 * Turns a transaction into one of the municipality's, as the application role, for the rest of the transaction: for a
 * system job that first claims work across municipalities and then acts inside one (the outbox worker).
 */
export async function skiftTilKommune(tx: Tx, kommunekode: string): Promise<void> {
  if (!/^[0-9]{4}$/.test(kommunekode)) throw new Error("ugyldig kommunekode");
  // One round trip: the role (as SET LOCAL ROLE) and the municipality, both for this transaction only.
  await sql`select set_config('role', 'jobunivers_app', true), set_config('app.kommunekode', ${kommunekode}, true)`.execute(
    tx,
  );
}

/**
 * Runs `fn` in one transaction as the owner, outside any municipality: only for paths that must cross
 * municipalities by nature (login look-up of a user, seeding, migrations, the audit chain verifier).
 */
export async function withSystem<T>(db: Kysely<DB>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
