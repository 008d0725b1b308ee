import type { Kysely } from "kysely";
import type { DB } from "../db/schema.ts";
import { type ChainVerdict, verifyChain } from "./chain.ts";

/** Verifies every municipality's chain (or one), reading as the owner in pages. */
export async function verifyAuditLog(db: Kysely<DB>, onlyKommune?: string): Promise<Map<string, ChainVerdict>> {
  const kommuner = onlyKommune
    ? [onlyKommune]
    : (await db.selectFrom("adgangslog").select("kommunekode").distinct().execute()).map((r) => r.kommunekode);
  const out = new Map<string, ChainVerdict>();
  for (const k of kommuner.sort()) {
    const rows = await db.selectFrom("adgangslog").selectAll().where("kommunekode", "=", k).orderBy("id").execute();
    out.set(k, verifyChain(rows));
  }
  return out;
}
