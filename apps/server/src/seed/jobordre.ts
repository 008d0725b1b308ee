import type { Kysely } from "kysely";
import type { DB } from "../platform/db/schema.ts";

/** Issue 5: this part's demo data (docs/matching.md). */
export async function seedJobordre(_db: Kysely<DB>, _today: string): Promise<void> {}

/** The part's demo ids and valid request bodies for the access-control test (per municipality). */
export function jobordreEksempler(kommunekode: string, _today: string) {
  return { kommunekode };
}
