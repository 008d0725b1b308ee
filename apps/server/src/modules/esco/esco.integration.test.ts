import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { DEMO, demoId } from "../../seed/ids.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines, freshDatabase } from "../../testing/databases.ts";
import { demoTaksonomi } from "./demo-taksonomi.ts";
import { forvarmTaksonomi } from "./forvarm.ts";
import { importerEscoMappe } from "./import.ts";
import { escoTaksonomi, faerdighedsnavne } from "./store.ts";

const TESTDATA = path.join(path.dirname(fileURLToPath(import.meta.url)), "testdata");
const DANSKE = path.join(TESTDATA, "danske-etiketter.tsv");
const O = (n: number) => `http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-00000000000${n}`;
const S = (n: number) => `http://data.europa.eu/esco/skill/10000000-0000-4000-8000-00000000000${n}`;
const NAAR = new Date("2026-11-23T09:00:00Z");
const TOEMRER = "http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4";
const SOSU_ASSISTENT = "http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082";
const enc = encodeURIComponent;

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

// One app for both: the demo taxonomy's routes first, then imports over it (they mark the demo's concepts obsolete).
describe.each(engines())("the ESCO taxonomy, its routes and its import on %s", (engine) => {
  let t: TestApp;
  let mette: TestSession;
  let anders: TestSession;
  let admin: TestSession;
  const logs: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(engine, { logs });
    mette = await t.login("borger", "borger-mette");
    anders = await t.login("virksomhed", "virk-anders");
    admin = await t.login("medarbejder", "admin-jens");
  }, 300_000);
  afterAll(() => t?.close());

  test("the seed writes the demo taxonomy: every occupation with its skills, its ISCO groups and one import row", async () => {
    const demo = demoTaksonomi();
    const taksonomi = await escoTaksonomi(t.db);
    expect(taksonomi).toHaveLength(demo.erhverv.length);
    const toemrer = taksonomi.find((e) => e.uri === TOEMRER)!;
    const kilde = demo.erhverv.find((e) => e.uri === TOEMRER)!;
    expect(toemrer.isco).toBe("7115");
    expect([...toemrer.essentielle].sort()).toEqual([...kilde.essentielle].sort());
    expect([...toemrer.valgfrie].sort()).toEqual([...kilde.valgfrie].sort());
    const imp = await t.db.selectFrom("esco_import").selectAll().where("kilde", "=", "demo").execute();
    expect(imp).toHaveLength(1);
    expect(imp[0]!.antal_erhverv).toBe(demo.erhverv.length);
  });

  test("the start-up warm-up builds the search index, the ad lexicon and the matching context; a failure only logs", async () => {
    // the server started it by itself when it became ready
    await vi.waitFor(() => expect(logs.join("")).toContain("taksonomiens matchkontekst er bygget"), {
      timeout: 20_000,
    });
    expect(logs.join("")).not.toContain("kunne ikke bygges ved start");
    const log = { info: vi.fn(), warn: vi.fn() };
    await forvarmTaksonomi(t.db, log);
    expect(log.warn).not.toHaveBeenCalled();
    expect(log.info.mock.calls.map((c) => c[1])).toEqual([
      "erhvervssøgningens indeks er bygget",
      "annoncernes kompetenceleksikon er bygget",
      "taksonomiens matchkontekst er bygget",
    ]);
    // a database that cannot be read: start-up goes on, and the first request builds each one itself
    const lukket = new Proxy(
      {},
      {
        get() {
          throw new Error("databasen er lukket");
        },
      },
    ) as never;
    const fejl = { info: vi.fn(), warn: vi.fn() };
    await expect(forvarmTaksonomi(lukket, fejl)).resolves.toBeUndefined();
    expect(fejl.warn).toHaveBeenCalledTimes(3);
    expect(fejl.info).not.toHaveBeenCalled();
  });

  test("skill labels: Danish, or English on request, for skills and occupations alike", async () => {
    const demo = demoTaksonomi();
    const f = demo.faerdigheder[0]!;
    const da = await faerdighedsnavne(t.db, [f.uri, TOEMRER, "http://data.europa.eu/esco/skill/ukendt"], "da");
    expect(da.get(f.uri)).toBe(f.titel_da);
    expect(da.get(TOEMRER)).toBe("tømrer");
    expect(da.size).toBe(2);
    expect((await faerdighedsnavne(t.db, [f.uri], "en")).get(f.uri)).toBe(f.titel_en);
    expect((await faerdighedsnavne(t.db, [], "da")).size).toBe(0);
  });

  test("an occupation with its ISCO group and skills, for a citizen and an employer alike; English on request", async () => {
    const r = await t.call(mette, "GET", `/api/esco/erhverv/${enc(SOSU_ASSISTENT)}`);
    expect(r.status).toBe(200);
    expect(body(r)).toMatchObject({
      uri: SOSU_ASSISTENT,
      titel: "social- og sundhedsassistent",
      titelEn: "healthcare assistant",
      isco: "5321",
      iscoTitel: expect.stringMatching(/\S/),
    });
    expect(body(r).essentielle.length).toBeGreaterThan(0);
    for (const f of [...body(r).essentielle, ...body(r).valgfrie])
      expect(f).toEqual({ uri: expect.any(String), titel: expect.any(String) });
    const v = await t.call(anders, "GET", `/api/esco/erhverv/${enc(TOEMRER)}`);
    expect(body(v).titel).toBe("tømrer");
    const en = await fetch(`${t.url}/api/esco/erhverv/${enc(TOEMRER)}`, {
      headers: { cookie: anders.jar.header(), "accept-language": "en" },
    });
    expect(((await en.json()) as { titel: string }).titel).toMatch(/carpenter|tømrer/);
  });

  test("an unknown occupation is 404, a URI that is not an occupation's is refused", async () => {
    const ukendt = await t.call(
      mette,
      "GET",
      `/api/esco/erhverv/${enc("http://data.europa.eu/esco/occupation/findes-ikke")}`,
    );
    expect(ukendt.status).toBe(404);
    const forkert = await t.call(mette, "GET", `/api/esco/erhverv/${enc("http://example.org/x")}`);
    expect(forkert.status).toBe(400);
  });

  test("skill search over Danish and English labels, ranked, at most n", async () => {
    const r = await t.call(anders, "GET", "/api/esco/faerdigheder?q=mure&n=5");
    expect(r.status).toBe(200);
    const forslag = body(r).forslag as { uri: string; titel: string; art: string }[];
    expect(forslag[0]?.titel).toBe("mure med mursten");
    expect(forslag.length).toBeLessThanOrEqual(5);
    const en = await t.call(anders, "GET", "/api/esco/faerdigheder?q=forklift");
    expect((body(en).forslag as { titel: string }[]).map((f) => f.titel)).toContain("efterse gaffeltrucks");
    expect(body(await t.call(anders, "GET", "/api/esco/faerdigheder?q=")).forslag).toEqual([]);
    expect((await t.call(anders, "GET", "/api/esco/faerdigheder?q=kunde&n=0")).status).toBe(400);
  });

  test("the administrator sees the taxonomy's size and imports; others may not", async () => {
    const r = await t.call(admin, "GET", "/api/admin/esco");
    expect(r.status).toBe(200);
    expect(body(r).antal.erhverv).toBe(demoTaksonomi().erhverv.length);
    expect(body(r).importer[0]).toMatchObject({ version: "demo", kilde: "demo", sprog: "da" });
    expect((await t.call(mette, "GET", "/api/admin/esco")).status).toBe(403);
  });

  const antal = async () => {
    const n = async (tabel: "esco_erhverv" | "esco_faerdighed" | "esco_erhverv_faerdighed" | "esco_isco_gruppe") =>
      Number(
        (
          await t.db
            .selectFrom(tabel)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      erhverv: await n("esco_erhverv"),
      faerdigheder: await n("esco_faerdighed"),
      relationer: await n("esco_erhverv_faerdighed"),
      isco: await n("esco_isco_gruppe"),
    };
  };

  test("importing the same files twice gives the same rows; the project's synonyms survive; Danish labels are merged", async () => {
    const foer = await antal();
    const a = await importerEscoMappe(t.db, path.join(TESTDATA, "v1.0.8-en"), { danskeEtiketter: DANSKE, naar: NAAR });
    expect(a).toMatchObject({ version: "v1.0.8", sprog: "en", erhverv: 3, faerdigheder: 5, relationer: 7 });
    // everything of the demo seed is not in this import: obsolete, not deleted
    expect(a.udgaaedeErhverv).toBe(foer.erhverv);
    const efterFoerste = await antal();
    expect(efterFoerste.erhverv).toBe(foer.erhverv + 3);

    await t.db
      .updateTable("esco_erhverv")
      .set({ synonymer_da: ["lagermand"] })
      .where("uri", "=", O(2))
      .execute();
    const b = await importerEscoMappe(t.db, path.join(TESTDATA, "v1.0.8-en"), { danskeEtiketter: DANSKE, naar: NAAR });
    expect(b.udgaaedeErhverv).toBe(0);
    expect(await antal()).toEqual(efterFoerste);

    const lager = await t.db.selectFrom("esco_erhverv").selectAll().where("uri", "=", O(2)).executeTakeFirstOrThrow();
    expect(lager).toMatchObject({
      titel_da: "lagerarbejder",
      titel_en: "warehouse worker",
      alt_da: ["lagermedarbejder", "lagermedhjælper"],
      synonymer_da: ["lagermand"],
      udgaaet: false,
    });
    const gruppe = await t.db
      .selectFrom("esco_isco_gruppe")
      .selectAll()
      .where("kode", "=", "7115")
      .executeTakeFirstOrThrow();
    expect(gruppe).toEqual({ kode: "7115", titel_da: "Tømrer- og snedkerarbejde", titel_en: "Carpenters and joiners" });
    const imp = await t.db.selectFrom("esco_import").selectAll().where("version", "=", "v1.0.8").execute();
    expect(imp.map((i) => [i.kilde, i.antal_erhverv, i.antal_relationer])).toEqual([
      ["v1.0.8-en", 3, 7],
      ["v1.0.8-en", 3, 7],
    ]);
  });

  test("an occupation gone from a later version is obsolete, and the CV and job order that refer to it still work", async () => {
    // Mette's job goal and Anders's order are carpenters (the v1.0.8 fixture's occupation 1)
    const metteId = demoId(301);
    await t.db
      .insertInto("cv")
      .values({ borger_id: metteId, kommunekode: DEMO.roskilde, opdateret: NAAR })
      .onConflict((oc) => oc.column("borger_id").doNothing())
      .execute();
    await t.db
      .insertInto("cv_jobmaal")
      .values({ borger_id: metteId, kommunekode: DEMO.roskilde, erhverv_uri: O(1), prioritet: 9 })
      .execute();
    const virk = await t.db
      .selectFrom("bruger")
      .select(["id", "navn"])
      .where("idp_subject", "=", "virk-anders")
      .executeTakeFirstOrThrow();
    const ordreId = randomUUID();
    await t.db
      .insertInto("jobordre")
      .values({
        id: ordreId,
        kommunekode: DEMO.roskilde,
        cvr: "31245678",
        titel: "Tømrer til tagrenovering",
        erhverv_uri: O(1),
        art: "ordinaer",
        timer_min: 37,
        timer_max: 37,
        postnr: "4000",
        arbejdssted: "Roskilde",
        start: "2026-12-01",
        status: "kladde",
        oprettet_af: virk.id,
        oprettet_af_navn: virk.navn,
        oprettet: NAAR,
        opdateret: NAAR,
        idempotens: "esco-import-test",
      })
      .execute();
    await t.db
      .insertInto("jobordre_faerdighed")
      .values({ ordre_id: ordreId, kommunekode: DEMO.roskilde, faerdighed_uri: S(1), relation: "essentiel" })
      .execute();

    const r = await importerEscoMappe(t.db, path.join(TESTDATA, "v1.1.1-en"), { naar: NAAR });
    expect(r).toMatchObject({
      version: "v1.1.1",
      erhverv: 3,
      faerdigheder: 4,
      relationer: 5,
      udgaaedeErhverv: 1,
      udgaaedeFaerdigheder: 2,
    });

    const toemrer = await t.db
      .selectFrom("esco_erhverv")
      .select(["udgaaet", "titel_da"])
      .where("uri", "=", O(1))
      .executeTakeFirstOrThrow();
    expect(toemrer).toEqual({ udgaaet: true, titel_da: "tømrer" });
    // the references stand
    expect(
      await t.db
        .selectFrom("cv_jobmaal")
        .select("erhverv_uri")
        .where("borger_id", "=", metteId)
        .where("prioritet", "=", 9)
        .execute(),
    ).toEqual([{ erhverv_uri: O(1) }]);
    expect(
      (await t.db.selectFrom("jobordre").select("erhverv_uri").where("id", "=", ordreId).executeTakeFirstOrThrow())
        .erhverv_uri,
    ).toBe(O(1));
    // the occupation can still be shown, marked obsolete; the matching context leaves it out
    const vist = await t.call(anders, "GET", `/api/esco/erhverv/${encodeURIComponent(O(1))}`);
    expect(vist.status).toBe(200);
    expect(body(vist)).toMatchObject({ titel: "tømrer", udgaaet: true });
    const taksonomi = await escoTaksonomi(t.db);
    expect(taksonomi.map((e) => e.uri).sort()).toEqual([O(2), O(3), O(4)]);
    // the relations of re-imported occupations are the new version's
    expect(taksonomi.find((e) => e.uri === O(2))).toEqual({
      uri: O(2),
      isco: "9333",
      essentielle: [S(3), S(4)],
      valgfrie: [],
    });
    // a later English import without the Danish label file keeps the Danish labels
    expect(
      (await t.db.selectFrom("esco_erhverv").select("titel_da").where("uri", "=", O(2)).executeTakeFirstOrThrow())
        .titel_da,
    ).toBe("lagerarbejder");
  });

  test("a Danish import fills the Danish labels and keeps the English ones", async () => {
    const r = await importerEscoMappe(t.db, path.join(TESTDATA, "v1.2.0-da"), { naar: NAAR });
    expect(r).toMatchObject({ version: "v1.2.0", sprog: "da", erhverv: 2, faerdigheder: 2 });
    const chauffoer = await t.db
      .selectFrom("esco_erhverv")
      .selectAll()
      .where("uri", "=", O(3))
      .executeTakeFirstOrThrow();
    expect(chauffoer).toMatchObject({
      titel_da: "lastbilchauffør",
      alt_da: ["chauffør", "vognmandschauffør"],
      titel_en: "cargo vehicle driver",
      alt_en: ["lorry driver", "truck driver"],
      beskrivelse: "Drive trucks.",
    });
    const loefte = await t.db
      .selectFrom("esco_faerdighed")
      .selectAll()
      .where("uri", "=", S(3))
      .executeTakeFirstOrThrow();
    expect(loefte).toMatchObject({ titel_da: "løfte tunge byrder", titel_en: "lift heavy weights", udgaaet: false });
    const gruppe = await t.db
      .selectFrom("esco_isco_gruppe")
      .selectAll()
      .where("kode", "=", "9333")
      .executeTakeFirstOrThrow();
    expect(gruppe).toEqual({
      kode: "9333",
      titel_da: "Transportarbejde og pakkearbejde",
      titel_en: "Freight handlers",
    });
  });
});

const DATA = path.resolve("..", "shared", "data");
const HAR_DATA = existsSync(path.join(DATA, "esco-v1.1.1-en", "occupations_en.csv"));

describe.skipIf(!HAR_DATA)("the full ESCO v1.1.1 with the Danish labels on pglite", () => {
  test("imports every occupation, skill and relation, with Danish occupation titles", async () => {
    const d = await freshDatabase("pglite");
    try {
      const r = await importerEscoMappe(d.db, path.join(DATA, "esco-v1.1.1-en"), {
        danskeEtiketter: path.join(DATA, "esco-v1.0.8-da-occupation-labels", "esco_v1.0.8_occupations_isco_da_en.tsv"),
        naar: NAAR,
      });
      // 67 of the 123,855 relations name an occupation the v1.1.1 files do not hold; they are left out
      expect(r).toMatchObject({
        version: "v1.1.1",
        erhverv: 3007,
        faerdigheder: 13896,
        relationer: 123_788,
        iscoGrupper: 619,
      });
      const t = await escoTaksonomi(d.db);
      expect(t).toHaveLength(3007);
      expect(t.reduce((s, e) => s + e.essentielle.length + e.valgfrie.length, 0)).toBe(123_788);
      const daTitler = await d.db
        .selectFrom("esco_erhverv")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("titel_da", "is not", null)
        .executeTakeFirstOrThrow();
      expect(Number(daTitler.n)).toBeGreaterThan(2900);
      const toemrer = await d.db
        .selectFrom("esco_erhverv")
        .select(["titel_da", "titel_en"])
        .where("uri", "=", "http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4")
        .executeTakeFirstOrThrow();
      expect(toemrer).toEqual({ titel_da: "tømrer", titel_en: "carpenter" });
    } finally {
      await d.dispose();
    }
  }, 180_000);
});
