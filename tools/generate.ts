/**
 * Generates a synthetic jobcentre population and loads it into the database (demo and benchmark data).
 *
 *   npm run generate -- --scale demo|copenhagen|national [--kommune 0265] [--seed 1] [--citizens N]
 *                       [--database-url postgres://…] [--uden-sager]
 *
 *   demo        about 1,000 citizens in one municipality (default 0265 Roskilde)
 *   copenhagen  about 110,000 citizens in one municipality (default 0101 København)
 *   national    about 1.1 million citizens over the 98 municipalities, in proportion to their inhabitants
 *
 * The database is --database-url, else DATABASE_URL, else the embedded database in DATA_DIR (default var/pglite). It is
 * migrated first. CPR numbers are encrypted with the configured keys (CPR_ENCRYPTION_KEY, CPR_HASH_KEY; the fixed
 * development keys when unset). A municipality that already has a generated population is refused: its CPR numbers
 * would collide. The municipality's jobcentre settings are not touched.
 *
 * Each citizen then gets a generated case history (events, jobplan, about 25 journal notes, some documents; see
 * tools/population/sagsforloeb.ts) unless --uden-sager is given. On the server that is the slow part (the Danish
 * full-text vectors are computed on insert): a few minutes for Copenhagen.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../apps/server/src/config.ts";
import { danishDate } from "../apps/server/src/platform/time.ts";
import { createCprVault } from "../apps/server/src/platform/crypto/cpr-vault.ts";
import { migrate, openDatabase } from "../apps/server/src/platform/db/database.ts";
import { loadPopulation } from "./population/load.ts";
import { loadSagsforloeb } from "./population/load-sag.ts";
import { nationalPlan, type Population, populationChunks } from "./population/model.ts";
import { sagsforloebChunks } from "./population/sagsforloeb.ts";

const SCALES = {
  demo: { kommune: "0265", citizens: 1_000 },
  copenhagen: { kommune: "0101", citizens: 110_000 },
  national: { kommune: undefined, citizens: 1_100_000 },
} as const;
type Scale = keyof typeof SCALES;

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "demo" },
    kommune: { type: "string" },
    seed: { type: "string", default: "1" },
    citizens: { type: "string" },
    "database-url": { type: "string" },
    "uden-sager": { type: "boolean", default: false },
  },
});

/** A problem with the arguments or the database's state: reported without a stack trace, exit code 2. */
class Refusal extends Error {}
function fail(message: string): never {
  throw new Refusal(message);
}

try {
  await main();
} catch (e) {
  if (!(e instanceof Refusal)) throw e;
  console.error(e.message);
  process.exitCode = 2;
}

async function main() {
  const scale = values.scale as Scale;
  if (!Object.hasOwn(SCALES, scale)) fail(`--scale skal være demo, copenhagen eller national (fik "${values.scale}")`);
  if (values.kommune && !/^\d{4}$/.test(values.kommune)) fail("--kommune skal være en firecifret kommunekode, fx 0265");
  if (values.kommune && scale === "national") fail("--kommune kan ikke bruges med --scale national");
  const citizens = values.citizens === undefined ? SCALES[scale].citizens : Number(values.citizens);
  if (!Number.isInteger(citizens) || citizens < 1) fail("--citizens skal være et helt tal ≥ 1");

  const url = values["database-url"];
  if (url && !/^postgres(ql)?:\/\//.test(url)) fail("--database-url skal være en postgres://-adresse");
  const config = loadConfig(url ? { ...process.env, DATABASE_URL: url } : process.env);
  const vault = createCprVault(config.cpr);
  const database = await openDatabase(config.database);
  try {
    const applied = await migrate(database.db);
    if (applied.length) console.log(`migreringer kørt: ${applied.join(", ")}`);

    const plan =
      scale === "national"
        ? nationalPlan(citizens)
        : [{ kommunekode: values.kommune ?? SCALES[scale].kommune, citizens }];
    const codes = plan.map((p) => p.kommunekode);

    const kommuner = await database.db
      .selectFrom("kommune")
      .select(["kommunekode", "navn"])
      .where("kommunekode", "in", codes)
      .where("er_kommune", "=", true)
      .execute();
    const navn = new Map(kommuner.map((k) => [k.kommunekode, k.navn]));
    const unknown = codes.filter((k) => !navn.has(k));
    if (unknown.length) fail(`ukendt kommunekode: ${unknown.join(", ")}`);

    const existing = await database.db
      .selectFrom("bruger")
      .select("kommunekode")
      .distinct()
      .where("idp_issuer", "=", "generated")
      .where("kommunekode", "in", codes)
      .execute();
    if (existing.length) {
      fail(
        `${existing.map((e) => navn.get(e.kommunekode)).join(", ")} har allerede en genereret population; ` +
          "brug en tom database (CPR-numrene ville ellers gå igen)",
      );
    }

    const postnumre = new Map<string, string[]>();
    for (const r of await database.db
      .selectFrom("postnummer")
      .select(["kommunekode", "postnr"])
      .where("kommunekode", "in", codes)
      .orderBy("postnr")
      .execute()) {
      postnumre.set(r.kommunekode, [...(postnumre.get(r.kommunekode) ?? []), r.postnr]);
    }

    const today = danishDate(new Date());
    const seed = values.seed;
    function* chunks(): Generator<Population> {
      for (const p of plan) {
        yield* populationChunks({ ...p, seed, postnumre: postnumre.get(p.kommunekode) ?? [], today }, 10_000);
      }
    }

    const where =
      database.engine === "postgres"
        ? "PostgreSQL"
        : `PGlite (${config.database.kind === "pglite" ? config.database.dataDir : ""})`;
    console.log(
      `genererer ${citizens.toLocaleString("da-DK")} borgere i ${plan.length === 1 ? navn.get(plan[0]!.kommunekode) : `${plan.length} kommuner`} (frø ${seed}) til ${where}`,
    );
    const started = performance.now();
    let reported = 0;
    const pgUrl =
      database.engine === "postgres" && config.database.kind === "postgres" ? config.database.url : undefined;
    const counts = await loadPopulation(database, chunks(), vault, {
      pgUrl,
      onProgress: (c) => {
        if (c.citizens - reported >= 100_000) {
          reported = c.citizens;
          const s = (performance.now() - started) / 1000;
          console.log(`  ${c.citizens.toLocaleString("da-DK")} borgere … ${Math.round(c.citizens / s)} rækker/s`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const rows = counts.caseworkers + counts.citizens;
    console.log(
      `indlæst: ${counts.caseworkers.toLocaleString("da-DK")} jobkonsulenter og ${counts.citizens.toLocaleString("da-DK")} borgere ` +
        `= ${rows.toLocaleString("da-DK")} rækker på ${seconds.toLocaleString("da-DK", { maximumFractionDigits: 1 })} s: ${Math.round(rows / seconds).toLocaleString("da-DK")} rækker/s ` +
        `(${counts.method === "copy" ? "COPY" : "INSERT i portioner"})`,
    );
    if (!values["uden-sager"]) {
      const t = performance.now();
      let shown = 0;
      const sager = await loadSagsforloeb(database, sagsforloebChunks(chunks(), { today, seed }), {
        pgUrl,
        onProgress: (c) => {
          if (c.borgere - shown >= 20_000) {
            shown = c.borgere;
            console.log(
              `  sager: ${c.borgere.toLocaleString("da-DK")} borgere, ${c.notater.toLocaleString("da-DK")} notater …`,
            );
          }
        },
      });
      const s = (performance.now() - t) / 1000;
      console.log(
        `sager: ${sager.haendelser.toLocaleString("da-DK")} hændelser, ${sager.jobplan.toLocaleString("da-DK")} planpunkter, ` +
          `${sager.notater.toLocaleString("da-DK")} notater og ${sager.dokumenter.toLocaleString("da-DK")} dokumenter ` +
          `på ${s.toLocaleString("da-DK", { maximumFractionDigits: 1 })} s`,
      );
    }
  } finally {
    await database.close();
  }
}
