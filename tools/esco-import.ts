/**
 * Imports the official ESCO CSV download (any version from v1.0.8 on, any language) into the esco_* tables
 * (docs/esco.md):
 *
 *   npm run esco:import -- <folder with the ESCO CSV files> [--sprog da] [--version v1.2.0]
 *                          [--danske-erhverv <folder with esco_v1.0.8_occupations_isco_da_en.tsv>]
 *                          [--database-url postgres://…]
 *
 * Uses --database-url, else DATABASE_URL, else the embedded database in DATA_DIR (default var/pglite). Migrates the
 * database first. Idempotent: run it again (or with a newer version) at any time; concepts that are gone are marked
 * obsolete, never deleted. Exit code 0 on success, 1 on an error (nothing is written then).
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../apps/server/src/config.ts";
import { importerEscoMappe } from "../apps/server/src/modules/esco/import.ts";
import { EscoFormatFejl } from "../apps/server/src/modules/esco/import-model.ts";
import { type DatabaseTarget, migrate, openDatabase } from "../apps/server/src/platform/db/database.ts";

const DANSKE_ETIKETTER = "esco_v1.0.8_occupations_isco_da_en.tsv";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sprog: { type: "string" },
    version: { type: "string" },
    "danske-erhverv": { type: "string" },
    "database-url": { type: "string" },
  },
});

function fejl(besked: string): never {
  console.error(besked);
  process.exit(1);
}

const mappe = positionals[0];
if (!mappe || positionals.length > 1) {
  fejl(
    "Brug: npm run esco:import -- <mappe med ESCO-CSV-filer> [--sprog da] [--version v1.2.0] [--danske-erhverv <mappe>] [--database-url …]",
  );
}
if (!existsSync(mappe) || !statSync(mappe).isDirectory()) fejl(`Mappen findes ikke: ${mappe}`);

let danskeEtiketter: string | undefined;
if (values["danske-erhverv"]) {
  const d = values["danske-erhverv"];
  danskeEtiketter = existsSync(d) && statSync(d).isDirectory() ? path.join(d, DANSKE_ETIKETTER) : d;
  if (!existsSync(danskeEtiketter)) fejl(`Filen med danske erhvervsbetegnelser findes ikke: ${danskeEtiketter}`);
}

const target: DatabaseTarget = values["database-url"]
  ? { kind: "postgres", url: values["database-url"] }
  : loadConfig().database;
const database = await openDatabase(target);
try {
  await migrate(database.db);
  const start = performance.now();
  const r = await importerEscoMappe(database.db, mappe, {
    sprog: values.sprog,
    version: values.version,
    danskeEtiketter,
    naar: new Date(),
  });
  const sekunder = ((performance.now() - start) / 1000).toFixed(1);
  for (const a of r.advarsler) console.warn(`advarsel: ${a.fil}: ${a.besked}`);
  console.log(
    `ESCO ${r.version} (${r.sprog}) importeret på ${sekunder} s: ${r.erhverv} erhverv, ${r.faerdigheder} færdigheder, ` +
      `${r.relationer} relationer, ${r.iscoGrupper} ISCO-grupper; ` +
      `${r.udgaaedeErhverv} erhverv og ${r.udgaaedeFaerdigheder} færdigheder markeret udgået (import ${r.importId})`,
  );
} catch (e) {
  if (e instanceof EscoFormatFejl) fejl(`Importen er afbrudt, intet er skrevet: ${e.message}`);
  throw e;
} finally {
  await database.close();
}
