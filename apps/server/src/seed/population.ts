import { loadPopulation } from "../../../../tools/population/load.ts";
import { loadSagsforloeb } from "../../../../tools/population/load-sag.ts";
import { generatePopulation } from "../../../../tools/population/model.ts";
import { sagsforloebChunks } from "../../../../tools/population/sagsforloeb.ts";
import type { CprVault } from "../platform/crypto/cpr-vault.ts";
import type { Database } from "../platform/db/database.ts";

/**
 * Generates and loads a municipality's population with the national proportions, and each citizen's case history
 * (events, jobplan, journal notes, documents; see tools/population).
 */
export async function seedPopulation(
  database: Database,
  vault: CprVault,
  kommunekode: string,
  citizens: number,
  today = new Date().toISOString().slice(0, 10),
) {
  const postnumre = (
    await database.db.selectFrom("postnummer").select("postnr").where("kommunekode", "=", kommunekode).execute()
  ).map((r) => r.postnr);
  const pop = generatePopulation({ kommunekode, citizens, seed: `demo-${kommunekode}`, postnumre, today });
  await loadPopulation(database, pop, vault);
  await loadSagsforloeb(database, sagsforloebChunks(pop, { today, seed: `demo-${kommunekode}` }));
}
