import type { Kysely } from "kysely";
import type { DB } from "../platform/db/schema.ts";

/** Issue 5: the demo's small ESCO taxonomy into the esco_* tables (docs/esco.md). */
export async function seedEsco(_db: Kysely<DB>): Promise<void> {}
