import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_CITIZENS } from "../../seed/demo.ts";
import { startTestApp, type TestApp } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";
import { withTenant } from "../db/tenant.ts";
import { verifyAuditLog } from "./verify.ts";

const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;

describe.each(engines())("the access log on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
  });
  afterAll(() => t?.close());

  test("a caseworker opening a citizen's data with a purpose is shown to the citizen: who, role, when, what, why", async () => {
    const lone = await t.login("medarbejder", "jk-lone");
    const opened = await t.call(lone, "GET", `/api/medarbejder/borgere/${mette.id}?formaal=SAMTALE`);
    expect(opened.status).toBe(200);
    expect(opened.json.cpr).toBe(mette.cpr);

    const citizen = await t.login("borger", "borger-mette");
    const log = await t.call(citizen, "GET", "/api/borger/adgangslog");
    expect(log.status).toBe(200);
    expect(log.json[0]).toMatchObject({
      aktoerNavn: "Lone Sørensen",
      aktoerRolle: "jobkonsulent",
      handling: "Åbnet stamdata",
      formaal: "Forberedelse af eller opfølgning på samtale",
      tidspunkt: t.clock.now().toISOString(),
    });
  });

  test("opening a citizen without a purpose is refused and nothing is logged", async () => {
    const before = await t.db
      .selectFrom("adgangslog")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const lone = await t.login("medarbejder", "jk-lone");
    const res = await t.call(lone, "GET", `/api/medarbejder/borgere/${mette.id}`);
    expect(res.status).toBe(400);
    expect(res.json.code).toBe("VALIDATION_FAILED");
    const after = await t.db
      .selectFrom("adgangslog")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  test("a list of search hits logs one entry per citizen shown", async () => {
    const lone = await t.login("medarbejder", "jk-lone");
    const res = await t.call(lone, "POST", "/api/medarbejder/borgere/soeg", { cpr: "150388-9901" });
    expect(res.status).toBe(200);
    expect((res.json as { id: string }[]).map((r) => r.id)).toEqual([mette.id]);
    const last = await t.db
      .selectFrom("adgangslog")
      .selectAll()
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({ borger_id: mette.id, handling: "Fundet ved søgning", aktoer_rolle: "jobkonsulent" });
  });

  test("the log is append-only for the application: update and delete are refused", async () => {
    await expect(
      withTenant(t.db, "0265", (tx) => tx.updateTable("adgangslog").set({ formaal: "skjult" }).execute()),
    ).rejects.toThrow();
    await expect(withTenant(t.db, "0265", (tx) => tx.deleteFrom("adgangslog").execute())).rejects.toThrow();
  });

  test("the hash chain verifies, and a tampered row is found as the first broken link", async () => {
    const lone = await t.login("medarbejder", "jk-lone");
    for (const f of ["SAGSBEHANDLING", "HENVENDELSE", "TILBUD"]) {
      await t.call(lone, "GET", `/api/medarbejder/borgere/${mette.id}?formaal=${f}`);
    }
    const ok = await verifyAuditLog(t.db, "0265");
    expect(ok.get("0265")).toMatchObject({ ok: true });
    const rows = await t.db
      .selectFrom("adgangslog")
      .select("id")
      .where("kommunekode", "=", "0265")
      .orderBy("id")
      .execute();
    const victim = rows[rows.length - 2]!.id;
    // Someone with owner rights edits a row behind the application's back.
    await sql`alter table adgangslog disable trigger adgangslog_append_only`.execute(t.db);
    await sql`update adgangslog set formaal = 'Nysgerrighed' where id = ${victim}`.execute(t.db);
    await sql`alter table adgangslog enable trigger adgangslog_append_only`.execute(t.db);
    const broken = await verifyAuditLog(t.db, "0265");
    expect(broken.get("0265")).toEqual({ ok: false, checked: rows.length - 2, brokenAt: victim, reason: "hash" });
  });
});

describe.each(engines())("list views in the access log on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
  });
  afterAll(() => t?.close());

  // Mette is 38, on dagpenge, in 4000 Roskilde: the free filters put her on the first page.
  const CASELOAD = "/api/medarbejder/sagsstamme?maalgruppe=DAGPENGE&aldersgruppe=30-39&postnr=4000";

  test("opening the caseload logs each citizen shown once a day, not at every visit", async () => {
    const lone = await t.login("medarbejder", "jk-lone");
    const count = async () =>
      Number(
        (
          await t.db
            .selectFrom("adgangslog")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("borger_id", "=", mette.id)
            .where("handling", "=", "Vist i sagsstamme")
            .executeTakeFirstOrThrow()
        ).n,
      );
    const first = await t.call(lone, "GET", CASELOAD);
    expect((first.json as unknown as { raekker: { id: string }[] }).raekker.map((r) => r.id)).toContain(mette.id);
    expect(await count()).toBe(1);
    await t.call(lone, "GET", CASELOAD);
    expect(await count()).toBe(1);
    t.clock.advanceMinutes(24 * 60);
    // The next day (after a new login: the session has ended) the caseload is logged again, once.
    await t.call(await t.login("medarbejder", "jk-lone"), "GET", CASELOAD);
    expect(await count()).toBe(2);
  });
});
