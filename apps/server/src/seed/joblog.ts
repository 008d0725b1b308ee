import type { Kysely } from "kysely";
import type { DB } from "../platform/db/schema.ts";

/** The demo's joblog data for both municipalities. */
export async function seedJoblog(_db: Kysely<DB>, _today: string): Promise<void> {}

/** Ids and valid bodies for the access-control test's samples. */
export function joblogEksempler(_kommunekode: string, _today: string) {
  return {};
}
