import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCprVault } from "../../apps/server/src/platform/crypto/cpr-vault.ts";
import { engines, freshDatabase, type TestDatabase } from "../../apps/server/src/testing/databases.ts";
import { generatePopulation, populationChunks } from "./model.ts";
import { loadPopulation } from "./load.ts";

const TODAY = "2026-11-23";
const vault = createCprVault({ keyId: "test1", key: randomBytes(32), hashKey: randomBytes(32) });

describe.each(engines())("loading a generated population (%s)", (engine) => {
  let d: TestDatabase;
  const postnumre = async (kommunekode: string) =>
    (await d.db.selectFrom("postnummer").select("postnr").where("kommunekode", "=", kommunekode).execute()).map(
      (r) => r.postnr,
    );

  beforeAll(async () => {
    d = await freshDatabase(engine);
  });
  afterAll(async () => {
    await d?.dispose();
  });

  test("loads caseworkers and citizens, with the CPR number encrypted and findable by its hash", async () => {
    const pop = generatePopulation({
      kommunekode: "0265",
      citizens: 500,
      seed: "test",
      postnumre: await postnumre("0265"),
      today: TODAY,
    });
    // On the server: COPY when the URL is given; PGlite: multi-row INSERTs.
    const counts = await loadPopulation(d, pop, vault, { pgUrl: d.url });
    expect(counts).toEqual({
      caseworkers: pop.caseworkers.length,
      citizens: 500,
      method: engine === "postgres" ? "copy" : "insert",
    });

    const borgere = await d.db
      .selectFrom("borger")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("kommunekode", "=", "0265")
      .executeTakeFirstOrThrow();
    expect(Number(borgere.n)).toBe(500);
    const brugere = await d.db
      .selectFrom("bruger")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("kommunekode", "=", "0265")
      .where("rolle", "=", "jobkonsulent")
      .where("idp_issuer", "=", "generated")
      .executeTakeFirstOrThrow();
    expect(Number(brugere.n)).toBe(pop.caseworkers.length);

    const first = pop.citizens[0]!;
    const row = await d.db.selectFrom("borger").selectAll().where("id", "=", first.id).executeTakeFirstOrThrow();
    expect(row.cpr_krypteret).not.toContain(first.cpr);
    expect(vault.decrypt(row.cpr_krypteret, row.cpr_noegle_id)).toBe(first.cpr);
    expect(row).toMatchObject({
      fornavn: first.fornavn,
      efternavn: first.efternavn,
      foedselsdato: first.foedselsdato,
      postnr: first.postnr,
      maalgruppe: first.maalgruppe,
      ydelse_start: first.ydelse_start,
      sagsbehandler_id: first.sagsbehandler_id,
    });

    const someone = pop.citizens[321]!;
    const found = await d.db
      .selectFrom("borger")
      .select(["id", "fornavn"])
      .where("cpr_hash", "=", vault.hash(someone.cpr))
      .execute();
    expect(found).toEqual([{ id: someone.id, fornavn: someone.fornavn }]);

    const orphans = await d.db
      .selectFrom("borger")
      .leftJoin("bruger", "bruger.id", "borger.sagsbehandler_id")
      .select("borger.id")
      .where((eb) => eb.or([eb("bruger.id", "is", null), eb("bruger.kommunekode", "!=", eb.ref("borger.kommunekode"))]))
      .execute();
    expect(orphans).toEqual([]);
  });

  test("a second municipality loads from chunks through the INSERT path, beside the first", async () => {
    const chunks = populationChunks(
      { kommunekode: "0259", citizens: 300, seed: "test", postnumre: await postnumre("0259"), today: TODAY },
      70,
    );
    const counts = await loadPopulation(d, chunks, vault, { batchSize: 50 });
    expect(counts).toMatchObject({ citizens: 300, method: "insert" });
    const perKommune = await d.db
      .selectFrom("borger")
      .select(["kommunekode", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("kommunekode")
      .orderBy("kommunekode")
      .execute();
    expect(perKommune.map((r) => [r.kommunekode, Number(r.n)])).toEqual([
      ["0259", 300],
      ["0265", 500],
    ]);
  });

  test("a failing load leaves nothing behind (one transaction)", async () => {
    const count = async (table: "borger" | "bruger") =>
      Number(
        (
          await d.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = { borger: await count("borger"), bruger: await count("bruger") };
    // Roskilde again with the same seed but new ids: the caseworkers are new, but the CPR numbers (and so their
    // hashes) already exist, so the citizens fail on the unique index after the caseworkers went in.
    const pop = generatePopulation({
      kommunekode: "0265",
      citizens: 50,
      seed: "test",
      postnumre: await postnumre("0265"),
      today: TODAY,
    });
    const fresh = (id: string) => `ffffffff${id.slice(8)}`;
    const again = {
      caseworkers: pop.caseworkers.map((w) => ({ ...w, id: fresh(w.id), idp_subject: fresh(w.id) })),
      citizens: pop.citizens.map((c) => ({ ...c, id: fresh(c.id), sagsbehandler_id: fresh(c.sagsbehandler_id) })),
    };
    await expect(loadPopulation(d, again, vault, { pgUrl: d.url })).rejects.toThrow();
    expect({ borger: await count("borger"), bruger: await count("bruger") }).toEqual(before);
    // The database is still usable afterwards.
    expect(before.borger).toBe(800);
  });
  test("an error from the source in the middle of a load aborts it cleanly", async () => {
    const opts = { kommunekode: "0101", citizens: 400, seed: "test", postnumre: await postnumre("0101"), today: TODAY };
    function* broken() {
      let i = 0;
      for (const chunk of populationChunks(opts, 100)) {
        if (i++ === 2) throw new Error("kilden fejlede");
        yield chunk;
      }
    }
    await expect(loadPopulation(d, broken(), vault, { pgUrl: d.url })).rejects.toThrow("kilden fejlede");
    const n = await d.db
      .selectFrom("borger")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("kommunekode", "=", "0101")
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
  });
});
