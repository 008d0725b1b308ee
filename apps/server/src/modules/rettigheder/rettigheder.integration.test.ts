import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTenant } from "../../platform/db/tenant.ts";
import { DEMO, demoId } from "../../seed/ids.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

const METTE = demoId(301);
const JONAS = demoId(401);

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

describe.each(engines())("the rights and duties review on %s", (engine) => {
  let t: TestApp;
  let mette: TestSession;
  let ahmad: TestSession;
  let jonas: TestSession;
  let lone: TestSession;
  let sara: TestSession;

  beforeAll(async () => {
    t = await startTestApp(engine);
    mette = await t.login("borger", "borger-mette");
    ahmad = await t.login("borger", "borger-ahmad");
    jonas = await t.login("borger", "borger-jonas");
    lone = await t.login("medarbejder", "jk-lone");
    sara = await t.login("medarbejder", "jk-sara");
  }, 120_000);
  afterAll(() => t?.close());

  test("the version in force for the target group is picked by date; an older confirmation asks again", async () => {
    const o = body(await t.call(mette, "GET", "/api/borger/rettigheder"));
    expect(o.gennemgang.id).toBe("RP-DAGPENGE");
    expect(o.version.gyldigFra).toBe("2026-07-01");
    expect(o.version.afsnit.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining([
        "raadighed",
        "samtaler",
        "joblog",
        "sygdom_ferie",
        "konsekvenser",
        "bisidder",
        "aktindsigt",
        "klage",
      ]),
    );
    expect(o.status).toBe("ny_version");
    expect(o.seneste).toMatchObject({ version: "2024-01-01" });
    expect(o.iKraftBekraeftet).toBeNull();
    const staff = body(
      await t.call(lone, "GET", `/api/medarbejder/borgere/${METTE}/rettigheder?formaal=SAGSBEHANDLING`),
    );
    expect([staff.status, staff.seneste.version]).toEqual(["ny_version", "2024-01-01"]);
  });

  test("confirming an old version is refused: the citizen must read the one in force", async () => {
    const r = await t.call(mette, "POST", "/api/borger/rettigheder/bekraeftelse", {
      gennemgangId: "RP-DAGPENGE",
      version: "2024-01-01",
      idempotensnoegle: randomUUID(),
    });
    expect([r.status, body(r).errors?.[0]?.path]).toEqual([400, "body.version"]);
    const andenGruppe = await t.call(mette, "POST", "/api/borger/rettigheder/bekraeftelse", {
      gennemgangId: "RP-SYGEDAGPENGE",
      version: "2020-01-01",
      idempotensnoegle: randomUUID(),
    });
    expect(andenGruppe.status).toBe(404);
  });

  test("a double confirm records one confirmation with the version and the time, shown to the caseworker", async () => {
    const noegle = randomUUID();
    const svar = await Promise.all([
      t.call(mette, "POST", "/api/borger/rettigheder/bekraeftelse", {
        gennemgangId: "RP-DAGPENGE",
        version: "2026-07-01",
        idempotensnoegle: noegle,
      }),
      t.call(mette, "POST", "/api/borger/rettigheder/bekraeftelse", {
        gennemgangId: "RP-DAGPENGE",
        version: "2026-07-01",
        idempotensnoegle: noegle,
      }),
      t.call(mette, "POST", "/api/borger/rettigheder/bekraeftelse", {
        gennemgangId: "RP-DAGPENGE",
        version: "2026-07-01",
        idempotensnoegle: randomUUID(),
      }),
    ]);
    expect(svar.map((s) => s.status)).toEqual([201, 201, 201]);
    expect(new Set(svar.map((s) => body(s).bekraeftet)).size).toBe(1);
    expect(body(svar[0]!)).toEqual({
      gennemgangId: "RP-DAGPENGE",
      version: "2026-07-01",
      bekraeftet: "2026-11-23T09:00:00.000Z",
    });
    const rows = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx
        .selectFrom("rettighed_bekraeftelse")
        .select(["version"])
        .where("borger_id", "=", METTE)
        .orderBy("version")
        .execute(),
    );
    expect(rows.map((r) => r.version)).toEqual(["2024-01-01", "2026-07-01"]);
    expect(body(await t.call(mette, "GET", "/api/borger/rettigheder")).status).toBe("bekraeftet");
    const staff = body(
      await t.call(lone, "GET", `/api/medarbejder/borgere/${METTE}/rettigheder?formaal=SAGSBEHANDLING`),
    );
    expect(staff.status).toBe("bekraeftet");
    expect(staff.iKraftBekraeftet).toEqual({
      gennemgangId: "RP-DAGPENGE",
      version: "2026-07-01",
      bekraeftet: "2026-11-23T09:00:00.000Z",
    });
    const log = await t.db
      .selectFrom("adgangslog")
      .select(["handling", "formaal"])
      .where("borger_id", "=", METTE)
      .where("ressource", "=", "rettigheder")
      .execute();
    expect(log).toContainEqual({ handling: "Læst bekræftelse af rettigheder og pligter", formaal: "Sagsbehandling" });
  });

  test("each target group gets its own review: jobparat kontanthjælp and sygedagpenge", async () => {
    const a = body(await t.call(ahmad, "GET", "/api/borger/rettigheder"));
    expect([a.gennemgang.id, a.version.gyldigFra, a.status]).toEqual(["RP-KH-JOBPARAT", "2020-01-01", "bekraeftet"]);
    const j = body(await t.call(jonas, "GET", "/api/borger/rettigheder"));
    expect(j.gennemgang.id).toBe("RP-SYGEDAGPENGE");
    expect(j.version.afsnit.find((x: { id: string }) => x.id === "joblog").overskrift).toMatch(/ikke/);
  });

  test("tenant isolation: Køge sees neither Mette's confirmation nor her review", async () => {
    expect(
      (await t.call(sara, "GET", `/api/medarbejder/borgere/${METTE}/rettigheder?formaal=SAGSBEHANDLING`)).status,
    ).toBe(404);
    const rows = await withTenant(t.db, DEMO.koege, (tx) =>
      tx.selectFrom("rettighed_bekraeftelse").select("borger_id").execute(),
    );
    expect(rows.every((r) => r.borger_id === JONAS)).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
  });
});
