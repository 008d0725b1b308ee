/**
 * The lexicon for skills from a job ad, built from the taxonomy in the database (esco_faerdighed: every skill that
 * is not obsolete, with the hand-written Danish expressions for those of them the expression file names) and kept
 * per database until the taxonomy changes (a new ESCO import or the demo seed; the ESCO module's perTaksonomi). The server starts building
 * it in the background when it starts (forvarmAnnonceLeksikon); the first request builds it if that has not happened
 * or failed.
 */
import type { Kysely } from "kysely";
import type { DB } from "../../platform/db/schema.ts";
import { perTaksonomi } from "../esco/kontekst.ts";
import { bygLeksikon, type Leksikon } from "./annonce.ts";

export interface AnnonceLeksikon {
  leksikon: Leksikon;
  /** the skills' English labels, for an English-speaking user */
  titlerEn: Map<string, string>;
}

async function byg(tx: Kysely<DB>): Promise<AnnonceLeksikon> {
  const rk = await tx
    .selectFrom("esco_faerdighed")
    .select(["uri", "titel_da", "titel_en", "alt_da", "alt_en", "synonymer_da"])
    .where("udgaaet", "=", false)
    .orderBy("uri")
    .execute();
  return {
    leksikon: bygLeksikon(rk),
    titlerEn: new Map(rk.map((r) => [r.uri, r.titel_en])),
  };
}

const leksika = perTaksonomi(byg);

/**
 * The lexicon of the taxonomy as it is now. `db` names the database the lexicon belongs to (the cache key); `tx`
 * reads it (a request's transaction, or the database itself).
 */
export function annonceLeksikon(db: Kysely<DB>, tx: Kysely<DB>): Promise<AnnonceLeksikon> {
  return leksika.hent(db, tx);
}

/**
 * Builds the lexicon ahead of the first ad (the server's start-up, in the background): the same cache the requests
 * use, so a request that comes while it is being built waits for it instead of building it again.
 */
export async function forvarmAnnonceLeksikon(db: Kysely<DB>): Promise<void> {
  await annonceLeksikon(db, db);
}
