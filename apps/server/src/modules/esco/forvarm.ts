/**
 * Warming the taxonomy's in-memory indexes when the server starts (docs/esco.md, docs/erhvervssoegning.md,
 * docs/annonce.md): the occupation search's index, the ad-skill lexicon and the shared taxonomy context are built
 * lazily by the first request that needs them, which after a full ESCO import takes seconds. The server's ready hook
 * (app.ts) starts this in the background instead, into the very caches the requests use.
 */
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { DB } from "../../platform/db/schema.ts";
import { forvarmAnnonceLeksikon } from "../jobordre/annonce-store.ts";
import { escoKontekst } from "./kontekst.ts";
import { forvarmErhvervssoegning } from "./soeg-store.ts";

type Log = Pick<Logger, "info" | "warn">;

/**
 * Builds the three one after the other, after the current turn of the event loop (so the caller is not held up).
 * Never rejects: a build that fails is logged, and the first request that needs it builds it as before.
 */
export async function forvarmTaksonomi(db: Kysely<DB>, log: Log): Promise<void> {
  await new Promise((r) => setImmediate(r));
  const trin: [string, () => Promise<unknown>][] = [
    ["erhvervssøgningens indeks", () => forvarmErhvervssoegning(db)],
    ["annoncernes kompetenceleksikon", () => forvarmAnnonceLeksikon(db)],
    ["taksonomiens matchkontekst", () => escoKontekst(db)],
  ];
  for (const [navn, byg] of trin) {
    const start = performance.now();
    try {
      await byg();
      log.info({ ms: Math.round(performance.now() - start) }, `${navn} er bygget`);
    } catch (err) {
      log.warn({ err }, `${navn} kunne ikke bygges ved start; det bygges ved første forespørgsel`);
    }
  }
}
