import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO, DEMO_CITIZENS, DEMO_USERS } from "../../seed/demo.ts";
import { DEMO_SAMTALE, samtaleEksempler } from "../../seed/samtale.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const R = DEMO_SAMTALE[DEMO.roskilde]!;
const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;
const ahmad = DEMO_CITIZENS.find((c) => c.subject === "borger-ahmad")!;
const lone = DEMO_USERS.find((u) => u.subject === "jk-lone")!;

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

/** A phone transcript of the held conversation, with an agreement and a mention of someone else's health. */
const VTT = `WEBVTT

1
00:00:01.000 --> 00:00:07.000
<v Lone Sørensen>Hej Mette. Hvordan går det med jobsøgningen?

2
00:00:07.500 --> 00:00:14.000
<v Mette Nielsen>Godt. Jeg har søgt to stillinger, men min søster Hanne Jensen er indlagt, så det har været svært.

3
00:00:14.500 --> 00:00:22.000
<v Lone Sørensen>Det forstår jeg. Vi aftaler, at du sender mig dit opdaterede CV inden fredag.

4
00:00:22.500 --> 00:00:26.000
<v Mette Nielsen>Ja, det gør jeg.
`;

describe.each(engines())("minutes and the outbox on %s", (engine) => {
  let t: TestApp;
  let jk: TestSession;
  let borger: TestSession;
  let ahmadS: TestSession;
  const url = `/api/medarbejder/samtaler/${R.samtaleHoldtId}/referat`;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
    jk = await t.login("medarbejder", "jk-lone");
    borger = await t.login("borger", "borger-mette");
    ahmadS = await t.login("borger", "borger-ahmad");
  });
  afterAll(() => t?.close());

  test("a malformed transcript is refused with the line, and nothing is stored", async () => {
    const bad = readFileSync(path.join(here, "fixtures/ugyldig.vtt"), "utf8");
    const r = await t.call(jk, "POST", url, { transskription: bad, kilde: "webvtt" });
    expect(r.status).toBe(422);
    expect(body(r).code).toBe("REFERAT_UGYLDIG_TRANSSKRIPTION");
    expect(body(r).errors[0].path).toBe("body.transskription");
    const stored = await t.db.selectFrom("referat").select("id").where("samtale_id", "=", R.samtaleHoldtId).execute();
    expect(stored).toEqual([]);
    // minutes of a meeting in person, or one not yet held, cannot be made
    const future = await t.call(jk, "POST", `/api/medarbejder/samtaler/${R.samtaleId}/referat`, {
      transskription: VTT,
    });
    expect(body(future).code).toBe("REFERAT_IKKE_MULIGT");
  });

  test("the draft names the participants, links each agreement to its lines and flags the third person", async () => {
    const r = await t.call(jk, "POST", url, { transskription: VTT });
    expect(r.status, r.text).toBe(201);
    const ref = body(r);
    expect(ref.status).toBe("udkast");
    expect(ref.deltagere).toEqual(expect.arrayContaining(["Lone Sørensen", "Mette Nielsen"]));
    const cv = ref.aftaler.find((a: { hvad: string }) => /CV/.test(a.hvad));
    expect(cv.linjer).toEqual(expect.arrayContaining([3]));
    // the meeting was on Friday 20 November: "inden fredag" is the Friday after
    expect(cv.frist).toBe("2026-11-27");
    expect(ref.flag.map((f: { tekst: string }) => f.tekst).join(" ")).toMatch(/Hanne Jensen/);
    expect(ref.tekst).toMatch(/Lone Sørensen/);
    // nothing reaches the citizen before approval
    expect((await t.call(borger, "GET", `/api/borger/samtaler/${R.samtaleHoldtId}/referat`)).status).toBe(404);
  });

  test("approval needs every finding reviewed; then the text is a journal note the citizen can read and comment", async () => {
    const current = body(await t.call(jk, "GET", url));
    const refused = await t.call(jk, "POST", `${url}/godkend`, { gennemgaaet: [] });
    expect(refused.status).toBe(422);
    expect(body(refused).code).toBe("REFERAT_FLAG_MANGLER");
    const edited = current.tekst.replace("Hanne Jensen", "et familiemedlem").trim();
    const put = body(await t.call(jk, "PUT", url, { tekst: edited }));
    const approved = await t.call(jk, "POST", `${url}/godkend`, {
      gennemgaaet: put.flag.map((f: { noegle: string }) => f.noegle),
    });
    expect(approved.status, approved.text).toBe(200);
    expect(body(approved)).toMatchObject({ status: "godkendt", godkendtAf: "Lone Sørensen" });
    const note = await t.db
      .selectFrom("notat")
      .select(["tekst", "kategori"])
      .where("id", "=", body(approved).notatId)
      .executeTakeFirstOrThrow();
    expect(note.tekst).toBe(edited);
    expect((await t.call(jk, "PUT", url, { tekst: "ændret" })).status).toBe(409);

    const seen = await t.call(borger, "GET", `/api/borger/samtaler/${R.samtaleHoldtId}/referat`);
    expect(seen.status).toBe(200);
    expect(body(seen).tekst).toBe(edited);
    expect(body(seen).tekst).not.toMatch(/Hanne/);
    // another citizen never sees it
    expect((await t.call(ahmadS, "GET", `/api/borger/samtaler/${R.samtaleHoldtId}/referat`)).status).toBe(404);
    const key = randomUUID();
    const c = await t.call(borger, "POST", `/api/borger/samtaler/${R.samtaleHoldtId}/referat/kommentarer`, {
      tekst: "Jeg har sendt CV'et i dag.",
      idempotensnoegle: key,
    });
    expect(c.status).toBe(201);
    await t.call(borger, "POST", `/api/borger/samtaler/${R.samtaleHoldtId}/referat/kommentarer`, {
      tekst: "Jeg har sendt CV'et i dag.",
      idempotensnoegle: key,
    });
    expect(body(await t.call(jk, "GET", url)).kommentarer).toHaveLength(1);
    const notes = await t.db
      .selectFrom("medarbejder_notifikation")
      .select("tekst")
      .where("medarbejder_id", "=", lone.id)
      .where("art", "=", "kommentar")
      .execute();
    expect(notes).toHaveLength(1);
    // the citizen is told the minutes are ready
    await t.koerUdsendelser();
    const msgs = await t.db
      .selectFrom("besked")
      .select("art")
      .where("borger_id", "=", mette.id)
      .where("art", "=", "referat")
      .execute();
    expect(msgs).toHaveLength(1);
  });

  test("a freed time is offered to the waiting list, and two workers never deliver a message twice", async () => {
    const eks = samtaleEksempler(DEMO.roskilde, "2026-11-23");
    // Ahmad books a later jobsamtale with Lone and joins the waiting list
    const later = await t.call(ahmadS, "POST", "/api/borger/samtaler", {
      ...eks.bookingEksempel,
      kanal: "fremmoede",
      start: "2026-12-08T08:00:00Z",
      idempotensnoegle: randomUUID(),
    });
    expect(later.status, later.text).toBe(201);
    expect(
      (await t.call(ahmadS, "PUT", `/api/borger/samtaler/${body(later).id}/venteliste`, { aktiv: true })).status,
    ).toBe(200);
    // Mette cancels her earlier one: the time frees up
    expect(
      (await t.call(borger, "POST", `/api/borger/samtaler/${R.samtaleAflysId}/aflys`, { aarsag: "Job" })).status,
    ).toBe(200);
    const [a, b] = await Promise.all([t.koerUdsendelser(), t.koerUdsendelser()]);
    expect(a + b).toBeGreaterThan(0);
    const offered = await t.db
      .selectFrom("besked")
      .select(["emne", "tekst"])
      .where("borger_id", "=", ahmad.id)
      .where("art", "=", "ledig_tid")
      .execute();
    expect(offered).toHaveLength(1);
    expect(offered[0]!.tekst).toMatch(/Lone Sørensen/);
    const perRow = await t.db
      .selectFrom("besked")
      .select(["udsendelse_id"])
      .where("udsendelse_id", "is not", null)
      .execute();
    expect(new Set(perRow.map((r) => r.udsendelse_id)).size).toBe(perRow.length);
  });

  test("the municipality's own minutes template is used for new drafts; it takes only the minutes' fields", async () => {
    const admin = await t.login("medarbejder", "admin-jens");
    const wrong = await t.call(admin, "POST", "/api/admin/makrotekster", {
      titel: "Referat",
      kategori: "referatskabelon",
      tekst: "Referat for {{navn}}",
    });
    expect(wrong.status).toBe(400);
    expect(body(wrong).errors[0].message).toMatch(/\{\{navn\}\}/);
    const ok = await t.call(admin, "POST", "/api/admin/makrotekster", {
      titel: "Roskildes referatskabelon",
      kategori: "referatskabelon",
      tekst: "SAMTALEREFERAT, Jobcenter Roskilde\nDeltagere: {{deltagere}}\nKanal: {{kanal}}\n\nAftaler:\n{{aftaler}}",
    });
    expect(ok.status, ok.text).toBe(201);
    // not offered in the caseworker's note editor
    const list = body(await t.call(jk, "GET", "/api/medarbejder/makrotekster")) as unknown as { kategori: string }[];
    expect(list.map((m) => m.kategori)).not.toContain("referatskabelon");
    const draft = await t.call(jk, "POST", `/api/medarbejder/samtaler/${R.samtaleReferatId}/referat`, {
      transskription: VTT,
    });
    expect(draft.status, draft.text).toBe(201);
    expect(body(draft).tekst).toMatch(/^SAMTALEREFERAT, Jobcenter Roskilde\nDeltagere: .*Lone Sørensen/);
    expect(body(draft).tekst).toMatch(/CV/);
  });
});
