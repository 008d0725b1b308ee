import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;
const NY_URI = "http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-00000000d201";

describe.each(engines())("occupation search over the demo taxonomy on %s", (engine) => {
  let t: TestApp;
  let mette: TestSession;
  let kim: TestSession;

  beforeAll(async () => {
    t = await startTestApp(engine);
    mette = await t.login("borger", "borger-mette");
    kim = await t.login("medarbejder", "vk-kim");
  }, 300_000);
  afterAll(() => t?.close());

  const soeg = async (s: TestSession, q: string, n = 5) => {
    const r = await t.call(s, "GET", `/api/esco/erhverv?q=${encodeURIComponent(q)}&n=${n}`);
    expect(r.status).toBe(200);
    return body(r).forslag as {
      uri: string;
      titel: string;
      titelEn: string;
      isco: string;
      iscoTitel: string | null;
      score: number;
      fundetVia: string;
    }[];
  };

  test("a typed title finds its occupation first, with its ISCO group", async () => {
    const sosu = await soeg(mette, "sosu assistent");
    expect(sosu[0]).toMatchObject({ titel: "social- og sundhedsassistent", isco: "5321" });
    expect(sosu[0]!.iscoTitel).toBeTruthy();
    expect(sosu[0]!.score).toBeGreaterThan(0);
    expect(sosu[0]!.score).toBeLessThanOrEqual(1);
    expect((await soeg(kim, "lagermand"))[0]!.titel).toBe("lagerarbejder");
    expect((await soeg(kim, "Lagermedarbejder til travlt lager"))[0]!.titel).toBe("lagerarbejder");
    expect((await soeg(kim, "chauffør C/E"))[0]!.titel).toBe("lastbilchauffør");
  });

  test("typos, inflections and the old spellings find the occupation", async () => {
    expect((await soeg(mette, "sygeplejeske"))[0]!.titel).toBe("sygeplejerske");
    expect((await soeg(mette, "elektrikker"))[0]!.titel).toBe("elektriker");
    expect((await soeg(mette, "tømre"))[0]!.titel).toBe("tømrer");
    expect((await soeg(mette, "toemrere"))[0]!.titel).toBe("tømrer");
  });

  test("n limits the answer; a query is validated", async () => {
    expect((await soeg(mette, "assistent", 3)).length).toBeLessThanOrEqual(3);
    expect((await t.call(mette, "GET", "/api/esco/erhverv?q=")).status).toBe(400);
    expect((await t.call(mette, "GET", "/api/esco/erhverv?q=kok&n=50")).status).toBe(400);
    expect((await t.call(mette, "GET", `/api/esco/erhverv?q=${"a".repeat(201)}`)).status).toBe(400);
  });

  test("a new import is searched at once: a new occupation is found, an obsolete one is not", async () => {
    expect((await soeg(mette, "droneoperatør")).map((f) => f.uri)).not.toContain(NY_URI);
    const kok = (await soeg(mette, "kok"))[0]!;
    await t.db.transaction().execute(async (tx) => {
      const { id } = await tx
        .insertInto("esco_import")
        .values({
          version: "test",
          sprog: "da",
          kilde: "test",
          importeret: new Date(),
          antal_erhverv: 1,
          antal_faerdigheder: 0,
          antal_relationer: 0,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const gruppe = await tx
        .selectFrom("esco_isco_gruppe")
        .select("kode")
        .where("kode", "=", "3153")
        .executeTakeFirst();
      if (!gruppe)
        await tx
          .insertInto("esco_isco_gruppe")
          .values({ kode: "3153", titel_da: "Piloter", titel_en: "Aircraft pilots" })
          .execute();
      await tx
        .insertInto("esco_erhverv")
        .values({
          uri: NY_URI,
          isco: "3153",
          titel_da: "droneoperatør",
          titel_en: "drone pilot",
          alt_da: ["dronepilot"],
          import_id: id,
        })
        .execute();
      await tx.updateTable("esco_erhverv").set({ udgaaet: true, import_id: id }).where("uri", "=", kok.uri).execute();
    });
    const drone = await soeg(mette, "dronepilott");
    expect(drone[0]).toMatchObject({ uri: NY_URI, titel: "droneoperatør", isco: "3153" });
    expect((await soeg(mette, "kok", 20)).map((f) => f.uri)).not.toContain(kok.uri);
  });
});
