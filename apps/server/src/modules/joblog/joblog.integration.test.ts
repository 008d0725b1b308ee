import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTenant } from "../../platform/db/tenant.ts";
import { DEMO, demoId } from "../../seed/ids.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

const METTE = demoId(301);
const AHMAD = demoId(302);
const JONAS = demoId(401);
/** Mette's seeded application of last week (seed/joblog.ts) */
const METTE_ANSOEGNING = demoId(8001);

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

const ansoegning = (over: Record<string, unknown> = {}) => ({
  arbejdsgiver: "Roskilde Bibliotekerne",
  stilling: "Biblioteksassistent",
  dato: "2026-11-23",
  maade: "skriftlig",
  status: "sendt",
  idempotensnoegle: randomUUID(),
  ...over,
});

describe.each(engines())("the job log on %s", (engine) => {
  let t: TestApp;
  let mette: TestSession;
  let ahmad: TestSession;
  let jonas: TestSession;
  let lone: TestSession;
  let sara: TestSession;
  let admin: TestSession;

  beforeAll(async () => {
    t = await startTestApp(engine);
    mette = await t.login("borger", "borger-mette");
    ahmad = await t.login("borger", "borger-ahmad");
    jonas = await t.login("borger", "borger-jonas");
    lone = await t.login("medarbejder", "jk-lone");
    sara = await t.login("medarbejder", "jk-sara");
    admin = await t.login("medarbejder", "admin-jens");
  }, 120_000);
  afterAll(() => t?.close());

  test("a double submit creates one application: five requests with one key at the same moment give one row", async () => {
    const a = ansoegning();
    const svar = await Promise.all(Array.from({ length: 5 }, () => t.call(mette, "POST", "/api/borger/joblog", a)));
    expect(svar.map((s) => s.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(svar.map((s) => body(s).id)).size).toBe(1);
    const rows = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx.selectFrom("joblog_ansoegning").select("id").where("idempotens", "=", a.idempotensnoegle).execute(),
    );
    expect(rows).toHaveLength(1);
    // the key belongs to Mette: Ahmad cannot reuse it for his own application
    const igen = await t.call(ahmad, "POST", "/api/borger/joblog", a);
    expect(igen.status).toBe(400);
  });

  test("an application cannot be dated in the future, and the fields are checked at the edge", async () => {
    const frem = await t.call(mette, "POST", "/api/borger/joblog", ansoegning({ dato: "2026-11-24" }));
    expect([frem.status, body(frem).errors?.[0]?.path]).toEqual([400, "body.dato"]);
    const tom = await t.call(mette, "POST", "/api/borger/joblog", ansoegning({ arbejdsgiver: " ", link: "ftp://x" }));
    expect(tom.status).toBe(400);
    expect(body(tom).errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(["body.arbejdsgiver", "body.link"]),
    );
  });

  test("dagpenge: the rule's 2 a week with its reference, and the weekly status across the week boundary", async () => {
    // Sunday 22 November belongs to week 47, Monday 23 November (today) to week 48
    await t.call(mette, "POST", "/api/borger/joblog", ansoegning({ dato: "2026-11-22" }));
    const o = body(await t.call(mette, "GET", "/api/borger/joblog"));
    expect(o.krav).toMatchObject({ pligt: true, antalPrUge: 2, kilde: "regel", regel: { id: "JOBLOG-DP" } });
    expect(o.krav.regel.henvisning.lov).toMatch(/rådighed/);
    expect(o.krav.regel.antalSikkerhed).toBe("lav");
    const uge = (n: number) => o.uger.find((u: { uge: number }) => u.uge === n);
    expect(o.denneUge).toMatchObject({ uge: 48, antal: 1, krav: 2, status: "igang" });
    expect(uge(47)).toMatchObject({ antal: 3, status: "opfyldt" });
    expect(uge(46)).toMatchObject({ antal: 1, status: "ikke_opfyldt" });
    expect(uge(45)).toMatchObject({ antal: 2, status: "opfyldt" });
    // a second application this week meets the requirement
    await t.call(mette, "POST", "/api/borger/joblog", ansoegning({ arbejdsgiver: "Roskilde Tekniske Skole" }));
    const efter = body(await t.call(mette, "GET", "/api/borger/joblog"));
    expect(efter.denneUge).toMatchObject({ uge: 48, antal: 2, status: "opfyldt" });
  });

  test("the status of an application changes later and the change is kept; only the citizen's own", async () => {
    const r = await t.call(mette, "PATCH", `/api/borger/joblog/${METTE_ANSOEGNING}`, { status: "ansat" });
    expect([r.status, body(r).status]).toEqual([200, "ansat"]);
    const historik = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx.selectFrom("joblog_statusaendring").selectAll().where("ansoegning_id", "=", METTE_ANSOEGNING).execute(),
    );
    expect(historik.map((h) => [h.fra_status, h.til_status])).toEqual([["samtale", "ansat"]]);
    expect((await t.call(ahmad, "PATCH", `/api/borger/joblog/${METTE_ANSOEGNING}`, { status: "afslag" })).status).toBe(
      404,
    );
    expect((await t.call(jonas, "PATCH", `/api/borger/joblog/${METTE_ANSOEGNING}`, { status: "afslag" })).status).toBe(
      404,
    );
  });

  test("a citizen only sees their own applications", async () => {
    const a = body(await t.call(ahmad, "GET", "/api/borger/joblog"));
    expect(a.ansoegninger.length).toBeGreaterThan(0);
    const ids = a.ansoegninger.map((x: { id: string }) => x.id);
    expect(ids).not.toContain(METTE_ANSOEGNING);
    const rows = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx.selectFrom("joblog_ansoegning").select("id").where("borger_id", "=", AHMAD).execute(),
    );
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.id)));
  });

  test("jobparat kontanthjælp: Lone's individual number overrides the rule, with who, when and why; the read is logged", async () => {
    const foer = body(await t.call(ahmad, "GET", "/api/borger/joblog"));
    expect(foer.krav).toMatchObject({ antalPrUge: 3, kilde: "individuelt", regel: { id: "JOBLOG-KH-JP" } });
    const sat = await t.call(lone, "POST", `/api/medarbejder/borgere/${AHMAD}/joblog/krav?formaal=SAMTALE`, {
      antal: 4,
      begrundelse: "Aftalt til samtalen 23. november: fire ansøgninger om ugen.",
      idempotensnoegle: randomUUID(),
    });
    expect([sat.status, body(sat).antal, body(sat).fastsatAfNavn, body(sat).gyldigFra]).toEqual([
      201,
      4,
      "Lone Sørensen",
      "2026-11-23",
    ]);
    const staff = body(await t.call(lone, "GET", `/api/medarbejder/borgere/${AHMAD}/joblog?formaal=SAGSBEHANDLING`));
    expect(staff.krav).toMatchObject({ antalPrUge: 4, kilde: "individuelt" });
    expect(staff.krav.indstilling.begrundelse).toMatch(/fire ansøgninger/);
    expect(staff.individuelleKrav.map((k: { antal: number }) => k.antal)).toEqual([4, 3]);
    expect(staff.ansoegninger.length).toBe(3);
    const log = await t.db
      .selectFrom("adgangslog")
      .select(["handling", "ressource", "formaal", "aktoer_navn"])
      .where("borger_id", "=", AHMAD)
      .where("ressource", "=", "joblog")
      .execute();
    expect(log).toEqual(
      expect.arrayContaining([
        {
          handling: "Sat individuelt joblogkrav",
          ressource: "joblog",
          formaal: "Forberedelse af eller opfølgning på samtale",
          aktoer_navn: "Lone Sørensen",
        },
        { handling: "Læst joblog", ressource: "joblog", formaal: "Sagsbehandling", aktoer_navn: "Lone Sørensen" },
      ]),
    );
    // the citizen's own reads are not staff accesses and are not logged
    expect(log.every((l) => l.aktoer_navn !== "Ahmad Hassan")).toBe(true);
    // lifting it (a minute later) brings back the rule's 2
    t.clock.advanceMinutes(1);
    await t.call(lone, "POST", `/api/medarbejder/borgere/${AHMAD}/joblog/krav?formaal=SAMTALE`, {
      antal: null,
      begrundelse: "Tilbage til udgangspunktet.",
      idempotensnoegle: randomUUID(),
    });
    expect(body(await t.call(ahmad, "GET", "/api/borger/joblog")).krav).toMatchObject({
      antalPrUge: 2,
      kilde: "regel",
    });
  });

  test("sygedagpenge: no duty, so no individual number can be set", async () => {
    const j = body(await t.call(jonas, "GET", "/api/borger/joblog"));
    expect(j.krav).toMatchObject({ pligt: false, antalPrUge: 0, kilde: "ingen", regel: { id: "JOBLOG-SDP" } });
    expect(j.denneUge.status).toBe("intet_krav");
    const r = await t.call(sara, "POST", `/api/medarbejder/borgere/${JONAS}/joblog/krav?formaal=SAGSBEHANDLING`, {
      antal: 2,
      begrundelse: "Forsøg",
      idempotensnoegle: randomUUID(),
    });
    expect([r.status, body(r).errors?.[0]?.path]).toEqual([400, "body.antal"]);
  });

  test("the municipality's number for dagpenge applies to Mette; Køge's own number stays in Køge", async () => {
    const r = await t.call(admin, "POST", "/api/admin/joblog/krav", {
      maalgruppe: "DAGPENGE",
      antal: 3,
      begrundelse: "Roskildes beskæftigelsesplan.",
      idempotensnoegle: randomUUID(),
    });
    expect(r.status).toBe(201);
    const o = body(await t.call(mette, "GET", "/api/borger/joblog"));
    expect(o.krav).toMatchObject({ antalPrUge: 3, kilde: "kommune" });
    expect(o.denneUge).toMatchObject({ krav: 3, antal: 2, status: "igang" });
    const a = body(await t.call(admin, "GET", "/api/admin/joblog/krav"));
    expect(a.historik.map((h: { antal: number }) => h.antal)).toEqual([3]);
    expect(
      (
        await t.call(admin, "POST", "/api/admin/joblog/krav", {
          maalgruppe: "SYGEDAGPENGE",
          antal: 1,
          begrundelse: "x",
          idempotensnoegle: randomUUID(),
        })
      ).status,
    ).toBe(400);
  });

  test("tenant isolation: Køge's caseworker cannot read Mette's job log, and row-level security hides Roskilde's rows", async () => {
    expect((await t.call(sara, "GET", `/api/medarbejder/borgere/${METTE}/joblog?formaal=SAGSBEHANDLING`)).status).toBe(
      404,
    );
    const koege = await withTenant(t.db, DEMO.koege, (tx) =>
      tx.selectFrom("joblog_ansoegning").select(["borger_id"]).execute(),
    );
    expect(koege.length).toBeGreaterThan(0);
    expect(koege.every((r) => r.borger_id === JONAS)).toBe(true);
    const krav = await withTenant(t.db, DEMO.koege, (tx) =>
      tx.selectFrom("joblog_kommunekrav").select("kommunekode").execute(),
    );
    expect(new Set(krav.map((k) => k.kommunekode))).toEqual(new Set([DEMO.koege]));
  });

  test("Danish time: at 00:30 on Monday 30 November (23:30 UTC on Sunday) the current week is 49", async () => {
    // from 2026-11-23T09:00Z to 2026-11-29T23:30Z
    t.clock.advanceMinutes(6 * 24 * 60 + 14 * 60 + 29);
    mette = await t.login("borger", "borger-mette");
    const o = body(await t.call(mette, "GET", "/api/borger/joblog"));
    expect(o.idag).toBe("2026-11-30");
    expect(o.denneUge).toMatchObject({ uge: 49, status: "igang" });
    expect(o.uger.find((u: { uge: number }) => u.uge === 48)).toMatchObject({
      antal: 2,
      krav: 3,
      status: "ikke_opfyldt",
    });
  });

  test("Christmas week: the municipality's 3 a week becomes 2 in a week of 3 working days", async () => {
    // to Tuesday 22 December 2026, 10:00 Danish time
    t.clock.advanceMinutes(22 * 24 * 60 + 9 * 60 + 30);
    mette = await t.login("borger", "borger-mette");
    const r = await t.call(mette, "POST", "/api/borger/joblog", ansoegning({ dato: "2026-12-22" }));
    expect(r.status).toBe(201);
    await t.call(mette, "POST", "/api/borger/joblog", ansoegning({ dato: "2026-12-21", maade: "uopfordret" }));
    const o = body(await t.call(mette, "GET", "/api/borger/joblog"));
    expect(o.denneUge).toMatchObject({ uge: 52, arbejdsdage: 3, krav: 2, antal: 2, status: "opfyldt" });
  });
});
