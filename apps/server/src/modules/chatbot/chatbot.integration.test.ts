import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTenant } from "../../platform/db/tenant.ts";
import { DEMO, DEMO_CITIZENS } from "../../seed/demo.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";
import { gemUbesvaret } from "./store.ts";

const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

describe.each(engines())("the chatbot on %s", (engine) => {
  let t: TestApp;
  const logs: string[] = [];
  let borger: TestSession;
  let jonas: TestSession;
  let admin: TestSession;
  const spoerg = (s: TestSession, tekst: string, idempotensnoegle = randomUUID()) =>
    t.call(s, "POST", "/api/borger/chatbot", { tekst, idempotensnoegle });

  beforeAll(async () => {
    t = await startTestApp(engine, { logs });
    borger = await t.login("borger", "borger-mette");
    jonas = await t.login("borger", "borger-jonas");
    admin = await t.login("medarbejder", "admin-jens");
  });
  afterAll(async () => {
    await t?.close();
  });

  test("answers from the municipality's own knowledge base only: Køge's article never answers in Roskilde", async () => {
    const iKoege = await spoerg(jonas, "hvornår har jobcaféen åbent");
    expect(iKoege.status).toBe(200);
    expect(body(iKoege)).toMatchObject({ art: "artikel", noegle: "jobcafe-koege" });
    const iRoskilde = await spoerg(borger, "hvornår har jobcaféen åbent");
    expect(body(iRoskilde)).toMatchObject({ art: "ukendt", noegle: null });
    expect(body(iRoskilde).tekst).not.toContain("Køge");
  });

  test("a general answer cites its page and rule", async () => {
    const r = body(await spoerg(borger, "hvordan søger jeg aktindsigt"));
    expect(r).toMatchObject({ art: "artikel", noegle: "aktindsigt" });
    expect(r.kilde).toMatchObject({ link: "/borger/sag" });
    expect(r.kilde.henvisning).toContain("Forvaltningsloven");
  });

  test("own-case answers come from the citizen's own data", async () => {
    const naeste = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx
        .selectFrom("samtale")
        .select(["id"])
        .select((eb) => eb.fn<Date>("lower", ["tid"]).as("start"))
        .where("borger_id", "=", mette.id)
        .where("status", "=", "booket")
        .orderBy("start")
        .execute(),
    );
    const kommende = naeste.filter((s) => new Date(s.start).getTime() >= t.clock.now().getTime());
    const r = body(await spoerg(borger, "hvornår er min næste samtale?"));
    expect(r).toMatchObject({ art: "egen", noegle: "naeste_samtale", kilde: { link: "/borger/samtaler" } });
    if (kommende.length > 0) {
      const del = (type: string) =>
        new Intl.DateTimeFormat("da-DK", {
          timeZone: "Europe/Copenhagen",
          day: "numeric",
          month: "long",
          year: "numeric",
          hour: "2-digit",
          minute: "2-digit",
        })
          .formatToParts(new Date(kommende[0]!.start))
          .find((p) => p.type === type)!.value;
      expect(r.tekst).toContain(
        `Din næste samtale er ${del("day")}. ${del("month")} ${del("year")} kl. ${del("hour")}.${del("minute")}`,
      );
    } else expect(r.tekst).toContain("ingen booket samtale");

    const tilbud = body(await spoerg(borger, "hvilke kurser er jeg tilmeldt"));
    expect(tilbud).toMatchObject({ art: "egen", noegle: "mine_tilbud", kilde: { link: "/borger/forloeb" } });
    const frister = body(await spoerg(borger, "er jeg bagud med noget"));
    expect(frister).toMatchObject({ art: "egen", noegle: "forfaldne" });
  });

  test("a question about another person or with a CPR number is refused, and nothing of it is stored or logged", async () => {
    const foer = await t.db.selectFrom("chatbot_ubesvaret").select("id").execute();
    const ahmad = body(await spoerg(borger, "hvornår er Ahmads næste samtale?"));
    expect(ahmad).toMatchObject({ art: "afvist", noegle: "anden_person" });
    expect(ahmad.tekst).not.toMatch(/Ahmad|Hassan/);
    const cpr = body(await spoerg(borger, "hvornår er næste samtale for 010190-1234"));
    expect(cpr).toMatchObject({ art: "afvist", noegle: "cpr" });
    expect((await t.db.selectFrom("chatbot_ubesvaret").select("id").execute()).length).toBe(foer.length);
    expect(logs.join("\n")).not.toContain("010190");
  });

  test("an unanswered question is collected once (masked), and a double submit saves it once", async () => {
    const noegle = randomUUID();
    const [a, b] = await Promise.all([
      spoerg(borger, "kan jeg få tilskud til briller", noegle),
      spoerg(borger, "kan jeg få tilskud til briller", noegle),
    ]);
    expect(body(a).art).toBe("ukendt");
    expect(body(a).spoergsmaalId).toBe(body(b).spoergsmaalId);
    const liste = await t.call(admin, "GET", "/api/admin/chatbot/ubesvarede");
    expect(liste.status).toBe(200);
    const fundne = (liste.json as { tekst: string }[]).filter((q) => q.tekst === "kan jeg få tilskud til briller");
    expect(fundne).toHaveLength(1);
    expect(fundne[0]).not.toHaveProperty("borgerId");

    // a CPR number that reaches the store is masked before it is saved
    const id = await withTenant(t.db, DEMO.roskilde, (tx) =>
      gemUbesvaret(tx, mette.id, "mit nummer er 0101901234, hvad nu", randomUUID(), t.clock.now()),
    );
    const row = await t.db
      .selectFrom("chatbot_ubesvaret")
      .select("tekst")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.tekst).toBe("mit nummer er XXXXXX-XXXX, hvad nu");
  });

  test("asking the chatbot to write something is not answered from an article, but kept to forward", async () => {
    const svar = body(await spoerg(borger, "kan du skrive en ansøgning til et lagerjob for mig"));
    expect(svar).toMatchObject({ art: "ukendt", noegle: null });
    expect(svar.spoergsmaalId).toEqual(expect.any(String));
  });

  test("forwarding creates one dialog message, even on a double click, and only for the asker", async () => {
    const q = body(await spoerg(borger, "må jeg have min hund med til samtalen"));
    expect(q.art).toBe("ukendt");
    const foer = await t.db
      .selectFrom("dialog_traad")
      .select("id")
      .where("borger_id", "=", mette.id)
      .where("kilde", "=", "chatbot")
      .execute();
    const url = `/api/borger/chatbot/${q.spoergsmaalId}/videresend`;
    const [a, b] = await Promise.all([
      t.call(borger, "POST", url, { idempotensnoegle: randomUUID() }),
      t.call(borger, "POST", url, { idempotensnoegle: randomUUID() }),
    ]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(body(a).traadId).toBe(body(b).traadId);
    const efter = await t.db
      .selectFrom("dialog_traad")
      .select("id")
      .where("borger_id", "=", mette.id)
      .where("kilde", "=", "chatbot")
      .execute();
    expect(efter.length).toBe(foer.length + 1);
    const beskeder = await t.db
      .selectFrom("dialog_besked")
      .select("tekst")
      .where("traad_id", "=", body(a).traadId)
      .execute();
    expect(beskeder.map((m) => m.tekst)).toEqual(["må jeg have min hund med til samtalen"]);

    // another citizen of the municipality cannot forward it
    const ahmad = await t.login("borger", "borger-ahmad");
    expect((await t.call(ahmad, "POST", url, { idempotensnoegle: randomUUID() })).status).toBe(404);
  });

  test("admin edits rebuild the index: a new article answers at once, a hidden one no longer does", async () => {
    const q = body(await spoerg(borger, "hvor kan jeg låne en computer til at søge job"));
    expect(q.art).toBe("ukendt");
    const ny = await t.call(admin, "POST", "/api/admin/chatbot/artikler", {
      noegle: "laane-computer",
      titel: "Lån en computer på jobcentret",
      spoergsmaal: ["Hvor kan jeg låne en computer?", "Kan jeg bruge en pc på jobcentret?"],
      svar: "Du kan låne en computer i jobcentrets reception i åbningstiden.",
      link: "/borger/dialog",
      henvisning: null,
      aktiv: true,
      fraSpoergsmaalId: q.spoergsmaalId,
    });
    expect(ny.status).toBe(201);
    const svar = body(await spoerg(borger, "kan jeg låne en computer"));
    expect(svar).toMatchObject({ art: "artikel", noegle: "laane-computer", kilde: { link: "/borger/dialog" } });
    // the question it came from is handled
    const liste = (await t.call(admin, "GET", "/api/admin/chatbot/ubesvarede")).json as { id: string }[];
    expect(liste.map((x) => x.id)).not.toContain(q.spoergsmaalId);
    // Køge does not get Roskilde's new article
    expect(body(await spoerg(jonas, "kan jeg låne en computer")).art).toBe("ukendt");

    const skjul = await t.call(admin, "PUT", `/api/admin/chatbot/artikler/${body(ny).id}`, {
      ...body(ny),
      aktiv: false,
    });
    expect(skjul.status).toBe(200);
    expect(body(await spoerg(borger, "kan jeg låne en computer")).art).toBe("ukendt");

    // the synonym list is part of the index too
    const syn = await t.call(admin, "GET", "/api/admin/chatbot/synonymer");
    const grupper = body(syn).grupper as string[][];
    expect(body(await spoerg(borger, "orlov på kontanthjælp")).art).toBe("ukendt");
    const gemt = await t.call(admin, "PUT", "/api/admin/chatbot/synonymer", {
      grupper: grupper.map((g) => (g[0] === "ferie" ? [...g, "orlov"] : g)),
    });
    expect(gemt.status).toBe(200);
    expect(body(await spoerg(borger, "orlov på kontanthjælp"))).toMatchObject({
      art: "artikel",
      noegle: "ferie-kontanthjaelp",
    });
  });
});
