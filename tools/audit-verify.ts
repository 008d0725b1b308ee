/**
 * Verifies the hash chain of the access log (adgangslog), per municipality, and points to the first broken link.
 *
 *   npm run audit:verify [-- --kommune 0265]
 *
 * Uses DATABASE_URL when set, otherwise the embedded database in DATA_DIR (default var/pglite). Exit code 0 when
 * every chain holds, 1 when a link is broken.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../apps/server/src/config.ts";
import { verifyAuditLog } from "../apps/server/src/platform/audit/verify.ts";
import { openDatabase } from "../apps/server/src/platform/db/database.ts";

const { values } = parseArgs({ options: { kommune: { type: "string" } } });
const config = loadConfig();
const database = await openDatabase(config.database);
try {
  const verdicts = await verifyAuditLog(database.db, values.kommune);
  let broken = 0;
  for (const [kommune, v] of verdicts) {
    if (v.ok) console.log(`${kommune}: ok (${v.checked} indførsler)`);
    else {
      broken++;
      console.log(
        `${kommune}: BRUDT ved indførsel id ${v.brokenAt} (${v.reason === "hash" ? "indholdet er ændret" : "kæden er brudt"}); ${v.checked} indførsler før den er i orden`,
      );
    }
  }
  if (verdicts.size === 0) console.log("adgangsloggen er tom");
  process.exitCode = broken ? 1 : 0;
} finally {
  await database.close();
}
