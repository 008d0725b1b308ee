import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_CITIZENS, DEMO_USERS } from "../../seed/demo.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

const ahmad = DEMO_CITIZENS.find((c) => c.subject === "borger-ahmad")!;
const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;
const jonas = DEMO_CITIZENS.find((c) => c.subject === "borger-jonas")!;
const lone = DEMO_USERS.find((u) => u.subject === "jk-lone")!;

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;
type Punkt = { id: string; titel: string; status: string; aftaltMedBorger: boolean };

describe.each(engines())("the caseworker's jobplan on %s", (engine) => {
  let t: TestApp;
  let jk: TestSession;
  const sag = async (borgerId: string) =>
    body(await t.call(jk, "GET", `/api/medarbejder/borgere/${borgerId}/sag?formaal=SAGSBEHANDLING`));
  const log = async (borgerId: string) =>
    t.db
      .selectFrom("adgangslog")
      .select(["handling", "ressource", "formaal"])
      .where("borger_id", "=", borgerId)
      .where("ressource", "=", "sag/jobplan")
      .orderBy("id")
      .execute();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
    jk = await t.login("medarbejder", "jk-lone");
  });
  afterAll(() => t?.close());

  test("an added activity appears in the case's plan, and a retry with the same key gives the same item", async () => {
    const key = randomUUID();
    const input = {
      art: "aktivitet",
      titel: "Virksomhedspraktik på lager",
      aftaltMedBorger: true,
      start: "2026-12-01",
      slut: "2026-12-19",
      idempotensnoegle: key,
    };
    const res = await t.call(jk, "POST", `/api/medarbejder/borgere/${ahmad.id}/jobplan`, input);
    expect(res.status, res.text).toBe(201);
    expect(body(res)).toMatchObject({
      id: key,
      status: "planlagt",
      aftaltMedBorger: true,
      naesteStatus: ["i_gang", "afventer_borger", "afventer_jobcenter", "afbrudt"],
    });
    const retry = await t.call(jk, "POST", `/api/medarbejder/borgere/${ahmad.id}/jobplan`, {
      ...input,
      titel: "Andet",
    });
    expect(retry.status).toBe(201);
    expect(body(retry)).toMatchObject({ id: key, titel: "Virksomhedspraktik på lager" });
    const plan = (await sag(ahmad.id)).plan as Punkt[];
    expect(plan.filter((p) => p.id === key)).toEqual([
      expect.objectContaining({ titel: "Virksomhedspraktik på lager", status: "planlagt", aftaltMedBorger: true }),
    ]);
    const bad = await t.call(jk, "POST", `/api/medarbejder/borgere/${ahmad.id}/jobplan`, {
      ...input,
      start: "2026-12-20",
      idempotensnoegle: randomUUID(),
    });
    expect(bad.status).toBe(400);
  });

  test("a status may only change as the transition table allows; a finished activity answers 409", async () => {
    const key = randomUUID();
    const url = `/api/medarbejder/borgere/${ahmad.id}/jobplan`;
    expect((await t.call(jk, "POST", url, { art: "aktivitet", titel: "Kursus", idempotensnoegle: key })).status).toBe(
      201,
    );
    const started = await t.call(jk, "PUT", `${url}/${key}`, { status: "i_gang", aftaltMedBorger: true });
    expect(started.status, started.text).toBe(200);
    expect(body(started)).toMatchObject({ status: "i_gang", aftaltMedBorger: true });
    const done = await t.call(jk, "PUT", `${url}/${key}`, { status: "gennemfoert" });
    expect(body(done)).toMatchObject({ status: "gennemfoert", naesteStatus: [] });
    const back = await t.call(jk, "PUT", `${url}/${key}`, { status: "i_gang" });
    expect(back.status).toBe(409);
    expect(body(back).code).toBe("JOBPLAN_STATUS_NOT_ALLOWED");
    const plan = (await sag(ahmad.id)).plan as Punkt[];
    expect(plan.find((p) => p.id === key)?.status).toBe("gennemfoert");
    // an item of another citizen is not found through this citizen
    expect(
      (await t.call(jk, "PUT", `/api/medarbejder/borgere/${mette.id}/jobplan/${key}`, { titel: "x" })).status,
    ).toBe(404);
  });

  test("publishing the plan records PLAN_OFFENTLIGGJORT today, once a day, and it shows in the case's timeline", async () => {
    const url = `/api/medarbejder/borgere/${ahmad.id}/jobplan/offentliggoer`;
    const first = await t.call(jk, "POST", url);
    expect(first.status, first.text).toBe(200);
    expect(body(first)).toMatchObject({ dato: "2026-11-23", tekst: "Min plan offentliggjort for borgeren", ny: true });
    const again = await t.call(jk, "POST", url);
    expect(body(again)).toMatchObject({ id: body(first).id, ny: false });
    const case_ = await sag(ahmad.id);
    const events = (case_.tidslinje as { type: string; dato: string; id: string }[]).filter(
      (e) => e.type === "PLAN_OFFENTLIGGJORT",
    );
    expect(events).toEqual([expect.objectContaining({ id: body(first).id, dato: "2026-11-23" })]);
    const row = await t.db
      .selectFrom("sag_haendelse")
      .select(["registreret_af", "kommunekode"])
      .where("id", "=", body(first).id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ registreret_af: lone.id, kommunekode: "0265" });
  });

  test("another municipality's citizen answers 404, and nothing is written or logged", async () => {
    const key = randomUUID();
    const base = `/api/medarbejder/borgere/${jonas.id}/jobplan`;
    const add = await t.call(jk, "POST", base, { art: "maal", titel: "Job", idempotensnoegle: key });
    expect(add.status).toBe(404);
    expect((await t.call(jk, "POST", `${base}/offentliggoer`)).status).toBe(404);
    expect((await t.call(jk, "PUT", `${base}/${randomUUID()}`, { titel: "x" })).status).toBe(404);
    expect(await t.db.selectFrom("jobplan_punkt").select("id").where("id", "=", key).execute()).toEqual([]);
    expect(await log(jonas.id)).toEqual([]);
  });

  test("every write is in the citizen's access log", async () => {
    const before = (await log(mette.id)).length;
    const key = randomUUID();
    const url = `/api/medarbejder/borgere/${mette.id}/jobplan`;
    await t.call(jk, "POST", url, { art: "maal", titel: "Job som byggeleder", idempotensnoegle: key });
    await t.call(jk, "PUT", `${url}/${key}`, { status: "i_gang" });
    await t.call(jk, "POST", `${url}/offentliggoer`);
    const entries = (await log(mette.id)).slice(before);
    expect(entries).toEqual([
      { handling: "Ændret jobplan", ressource: "sag/jobplan", formaal: "Sagsbehandling" },
      { handling: "Ændret jobplan", ressource: "sag/jobplan", formaal: "Sagsbehandling" },
      { handling: "Offentliggjort jobplan", ressource: "sag/jobplan", formaal: "Sagsbehandling" },
    ]);
  });
});
