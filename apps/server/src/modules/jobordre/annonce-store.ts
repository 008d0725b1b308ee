/**
 * The lexicon for skills from a job ad, built from the taxonomy in the database (esco_faerdighed: every skill that
 * is not obsolete, with the hand-written Danish expressions for those of them the expression file names) and kept
 * per database until a new ESCO import (or the demo seed) gives a newer `esco_import.id`. The server starts building
 * it in the background when it starts (forvarmAnnonceLeksikon); the first request builds it if that has not happened
 * or failed.
 */
import type { Kysely } from "kysely";
import type { DB } from "../../platform/db/schema.ts";
import { bygLeksikon, type Leksikon } from "./annonce.ts";

export interface AnnonceLeksikon {
  importId: string | null;
  leksikon: Leksikon;
  /** the skills' English labels, for an English-speaking user */
  titlerEn: Map<string, string>;
}

const cache = new WeakMap<Kysely<DB>, Promise<AnnonceLeksikon>>();

async function seneste(tx: Kysely<DB>): Promise<string | null> {
  const r = await tx
    .selectFrom("esco_import")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  return r?.id == null ? null : String(r.id);
}

async function byg(tx: Kysely<DB>, importId: string | null): Promise<AnnonceLeksikon> {
  const rk = await tx
    .selectFrom("esco_faerdighed")
    .select(["uri", "titel_da", "titel_en", "alt_da", "alt_en", "synonymer_da"])
    .where("udgaaet", "=", false)
    .orderBy("uri")
    .execute();
  return {
    importId,
    leksikon: bygLeksikon(rk),
    titlerEn: new Map(rk.map((r) => [r.uri, r.titel_en])),
  };
}

/**
 * The lexicon of the taxonomy as it is now. `db` names the database the lexicon belongs to (the cache key); `tx`
 * reads it (a request's transaction, or the database itself).
 */
export async function annonceLeksikon(db: Kysely<DB>, tx: Kysely<DB>): Promise<AnnonceLeksikon> {
  const id = await seneste(tx);
  const kendt = cache.get(db);
  if (kendt) {
    const l = await kendt.catch(() => undefined);
    if (l && l.importId === id) return l;
  }
  const ny = byg(tx, id);
  cache.set(db, ny);
  try {
    return await ny;
  } catch (e) {
    cache.delete(db);
    throw e;
  }
}

/**
 * Builds the lexicon ahead of the first ad (the server's start-up, in the background): the same cache the requests
 * use, so a request that comes while it is being built waits for it instead of building it again.
 */
export async function forvarmAnnonceLeksikon(db: Kysely<DB>): Promise<void> {
  await annonceLeksikon(db, db);
}
