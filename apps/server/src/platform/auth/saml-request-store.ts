import type { CacheItem, CacheProvider } from "@node-saml/node-saml";
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.ts";
import type { Clock } from "../http/route.ts";

/**
 * node-saml's request-id cache in PostgreSQL: the ids of AuthnRequests we sent, so a response is accepted only as
 * the answer to a request of ours, and only once (it is removed when used). Entries older than `ttlMs` are purged.
 */
export function samlRequestStore(db: Kysely<DB>, clock: Clock, ttlMs = 10 * 60_000): CacheProvider {
  return {
    async saveAsync(key: string, value: string): Promise<CacheItem | null> {
      const now = clock.now();
      await db
        .deleteFrom("saml_anmodning")
        .where("oprettet", "<", new Date(now.getTime() - ttlMs))
        .execute();
      const r = await db
        .insertInto("saml_anmodning")
        .values({ id: key, vaerdi: value, oprettet: now })
        .onConflict((oc) => oc.column("id").doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0 ? { value, createdAt: now.getTime() } : null;
    },
    async getAsync(key: string): Promise<string | null> {
      const row = await db
        .selectFrom("saml_anmodning")
        .select(["vaerdi", "oprettet"])
        .where("id", "=", key)
        .executeTakeFirst();
      if (!row || new Date(row.oprettet).getTime() < clock.now().getTime() - ttlMs) return null;
      return row.vaerdi;
    },
    async removeAsync(key: string | null): Promise<string | null> {
      if (!key) return null;
      const row = await db.deleteFrom("saml_anmodning").where("id", "=", key).returning("vaerdi").executeTakeFirst();
      return row?.vaerdi ?? null;
    },
  };
}
