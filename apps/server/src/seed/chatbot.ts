import type { Kysely } from "kysely";
import type { DB } from "../platform/db/schema.ts";

/** The demo's chatbot data for both municipalities. */
export async function seedChatbot(_db: Kysely<DB>, _today: string): Promise<void> {}

/** Ids and valid bodies for the access-control test's samples. */
export function chatbotEksempler(_kommunekode: string, _today: string) {
  return {};
}
