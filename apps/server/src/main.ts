import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "./app.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { createCprVault } from "./platform/crypto/cpr-vault.ts";
import { migrate, openDatabase } from "./platform/db/database.ts";
import { danishDate } from "./platform/time.ts";
import { createLogger } from "./platform/observability/logger.ts";
import { seedDemoIfEmpty } from "./seed/demo.ts";
import { seedMarkedHistorik } from "./seed/marked-historik.ts";
import { seedPopulation } from "./seed/population.ts";

/**
 * Tests only: a store of migrated and seeded embedded databases, so a test run migrates and seeds the demo once per
 * kind of seed instead of once per server (the browser journeys, docs/testing.md). The key names what the seed
 * depends on (the day it counts from, the CPR keys); a dump is PGlite's dumpDataDir of the whole data directory.
 */
export interface DatabaseTemplates {
  load(key: string): Promise<Blob | undefined>;
  save(key: string, dump: Blob): Promise<void>;
}

/** Composition root: configuration → database → migrations → demo seed → HTTP. */
export async function startServer(
  env: Record<string, string | undefined> = process.env,
  options: { databaseTemplates?: DatabaseTemplates } = {},
) {
  const config = loadConfig(env);
  const logger = createLogger(config.logLevel);
  const port = config.port === 0 ? await freePort(config.host) : config.port;
  const publicUrl = (
    config.publicUrl ?? `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${port}`
  ).replace(/\/$/, "");
  if (config.database.kind === "pglite" && config.database.dataDir)
    mkdirSync(config.database.dataDir, { recursive: true });
  const clock = demoClock(config.demoStartTid);
  // A template only ever stands in for a fresh in-memory database that is to be seeded.
  const templates =
    config.database.kind === "pglite" && !config.database.dataDir && config.demoSeed
      ? options.databaseTemplates
      : undefined;
  const templateKey = templates && seedKey(config, danishDate(clock.now()));
  const template = templateKey ? await templates?.load(templateKey) : undefined;
  const database = await openDatabase(
    template && config.database.kind === "pglite" ? { ...config.database, loadDataDir: template } : config.database,
  );
  // on a template both are no-ops: every migration is applied and the demo is there
  const applied = await migrate(database.db);
  if (applied.length) logger.info({ applied }, "migreringer kørt");
  if (config.demoSeed) {
    const vault = createCprVault(config.cpr);
    // one day for every part of the demo: the Danish date of the moment it is seeded
    const nu = clock.now();
    const idag = danishDate(nu);
    const seeded = await seedDemoIfEmpty(
      database,
      vault,
      // the generated population, and former citizens whose courses and outcomes give the offers' effects figures
      async (d, k, n) => {
        await seedPopulation(d, vault, k, n, idag);
        await seedMarkedHistorik(d, vault, k, Math.round(n * 0.6), idag);
      },
      idag,
      nu,
    );
    if (seeded) logger.info("demokommunerne Roskilde og Køge er oprettet");
    if (seeded && templates && templateKey && database.dumpDataDir)
      await templates.save(templateKey, await database.dumpDataDir());
  }
  const { app } = await buildApp({ config, database, logger, publicUrl, clock });
  await app.listen({ host: config.host, port });
  return {
    url: publicUrl,
    app,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** What the demo seed depends on besides the code: the day it counts from and the CPR keys it encrypts with. */
function seedKey(config: Config, today: string): string {
  const { keyId, key, hashKey } = config.cpr;
  return createHash("sha256")
    .update(`${today}\n${keyId}\n${key.toString("hex")}\n${hashKey.toString("hex")}`)
    .digest("hex");
}

/** The real clock, or for a demo or a browser test one that starts at a fixed instant and runs on from there. */
function demoClock(start: Date | undefined) {
  if (!start) return { now: () => new Date() };
  const offset = start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/** A free local port (for PORT=0, and for tests that must know the address before they start). */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, host, () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const server = await startServer();
    console.log(`\nJobunivers kører på ${server.url}\n`);
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
}
