import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;
const URL_ = "/api/jobordre/annonce/faerdigheder";

const TOEMRER_ANNONCE =
  "Tømrer søges til Roskilde Tømrer & Snedker ApS. Vi søger en erfaren tømrer til renovering og nybyggeri. Du kan " +
  "læse tegninger, bruger el-værktøj og håndværktøj, følger sikkerhedsreglerne på byggepladsen og bruger de " +
  "personlige værnemidler. Du sorterer affaldet, arbejder selvstændigt og kan indgå i et team.";

describe.each(engines())("skills from a pasted job ad on %s", (engine) => {
  let t: TestApp;
  let anders: TestSession;
  let kim: TestSession;
  let lone: TestSession;
  let mette: TestSession;
  let admin: TestSession;

  beforeAll(async () => {
    t = await startTestApp(engine);
    anders = await t.login("virksomhed", "virk-anders");
    kim = await t.login("medarbejder", "vk-kim");
    lone = await t.login("medarbejder", "jk-lone");
    mette = await t.login("borger", "borger-mette");
    admin = await t.login("medarbejder", "admin-jens");
  }, 300_000);
  afterAll(() => t?.close());

  test("the employer pastes a carpenter's ad and gets the taxonomy's skills with Danish titles and the words found", async () => {
    const r = await t.call(anders, "POST", URL_, { tekst: TOEMRER_ANNONCE });
    expect(r.status).toBe(200);
    const forslag = body(r).forslag as { uri: string; titel: string; fund: string[] }[];
    const titler = forslag.map((f) => f.titel);
    expect(titler).toEqual(
      expect.arrayContaining(["læse 2D-tegninger", "bruge el-værktøj", "sortere affald", "samarbejde i teams"]),
    );
    expect(forslag.find((f) => f.titel === "sortere affald")?.fund).toEqual(["sorterer affaldet"]);
    // every suggestion is a skill of the taxonomy in the database
    const kendte = await t.db
      .selectFrom("esco_faerdighed")
      .select("uri")
      .where(
        "uri",
        "in",
        forslag.map((f) => f.uri),
      )
      .execute();
    expect(kendte).toHaveLength(forslag.length);
    expect(new Set(forslag.map((f) => f.uri)).size).toBe(forslag.length);
  });

  test("the company and job consultants may use it; a citizen and the administrator may not", async () => {
    for (const s of [kim, lone]) {
      const r = await t.call(s, "POST", URL_, { tekst: "Du har truckcertifikat og taler dansk." });
      expect(r.status).toBe(200);
      expect((body(r).forslag as { titel: string }[]).map((f) => f.titel)).toEqual(
        expect.arrayContaining(["køre gaffeltruck", "tale dansk"]),
      );
    }
    for (const s of [mette, admin])
      expect((await t.call(s, "POST", URL_, { tekst: "truckcertifikat" })).status).toBe(403);
    // without a session the request stops at the CSRF check or the login check
    expect([401, 403]).toContain((await t.call(undefined, "POST", URL_, { tekst: "truckcertifikat" })).status);
  });

  test("an empty text, a text over 20,000 characters and a missing text are refused with Danish messages", async () => {
    const tom = await t.call(anders, "POST", URL_, { tekst: "   " });
    expect(tom.status).toBe(400);
    expect(tom.text).toContain("Indsæt annoncens tekst");
    const lang = await t.call(anders, "POST", URL_, { tekst: "rengøring ".repeat(2001) });
    expect(lang.status).toBe(400);
    expect((await t.call(anders, "POST", URL_, {})).status).toBe(400);
    const ingen = await t.call(anders, "POST", URL_, {
      tekst: "Send din motiverede ansøgning. Løn efter overenskomst.",
    });
    expect(body(ingen).forslag).toEqual([]);
  });

  test("a new import is seen: the lexicon is rebuilt when the latest import changes", async () => {
    const uri = "http://data.europa.eu/esco/skill/00000000-0000-4000-8000-0000000a0e01";
    const foer = await t.call(anders, "POST", URL_, { tekst: "Erfaring som havnelods er et krav." });
    expect(body(foer).forslag).toEqual([]);
    const { id } = await t.db
      .insertInto("esco_import")
      .values({
        version: "test",
        sprog: "da",
        kilde: "test",
        importeret: new Date("2026-11-23T09:00:00Z"),
        antal_erhverv: 0,
        antal_faerdigheder: 1,
        antal_relationer: 0,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("esco_faerdighed")
      .values({
        uri,
        titel_da: "lodse skibe i havn",
        titel_en: "pilot ships in port",
        synonymer_da: ["havnelods"],
        art: "faerdighed",
        genbrug: null,
        import_id: id,
      })
      .execute();
    const efter = await t.call(anders, "POST", URL_, { tekst: "Erfaring som havnelods er et krav." });
    expect(body(efter).forslag).toEqual([{ uri, titel: "lodse skibe i havn", fund: ["havnelods"] }]);
  });
});
