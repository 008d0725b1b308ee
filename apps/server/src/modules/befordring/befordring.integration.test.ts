import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { recordAccess } from "../../platform/audit/access.ts";
import { withTenant } from "../../platform/db/tenant.ts";
import { befordringEksempler } from "../../seed/befordring.ts";
import { DEMO, demoId } from "../../seed/ids.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";
import { opretPunkt } from "../sag/jobplan.ts";
import { beregn } from "./model.ts";
import { NATIONALE_REGLER } from "./regler.ts";
import { ansoeg, forbered, sted } from "./store.ts";

const METTE = demoId(301);
const JONAS = demoId(401);
const IDAG = "2026-11-23";
const R = befordringEksempler(DEMO.roskilde, IDAG);
const K = befordringEksempler(DEMO.koege, IDAG);

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

describe.each(engines())("transport allowance claims on %s", (engine) => {
  let t: TestApp;
  let mette: TestSession;
  let ahmad: TestSession;
  let lone: TestSession;
  let sara: TestSession;
  const roskilde = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(t.db, DEMO.roskilde, fn);
  const metteAdgang = (tx: Parameters<Parameters<typeof withTenant>[2]>[0]) =>
    recordAccess(
      tx,
      { userId: METTE, name: "Mette", role: "borger", kommunekode: DEMO.roskilde, borgerId: METTE },
      { borgerId: METTE, handling: "Test", ressource: "befordring", formaal: "Egne oplysninger" },
      t.clock.now(),
    );
  /** The working days Mette can still claim for the demo's work placement, oldest first. */
  const ledigeDage = async () => {
    const r = body(await t.call(mette, "GET", "/api/borger/befordring"));
    return (r.aktiviteter as { id: string; dage: string[] }[]).find((a) => a.id === R.aktivitetId)!.dage;
  };
  const aktivitet = { art: "jobplan", id: R.aktivitetId };

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
    mette = await t.login("borger", "borger-mette");
    ahmad = await t.login("borger", "borger-ahmad");
    lone = await t.login("medarbejder", "jk-lone");
    sara = await t.login("medarbejder", "jk-sara");
  });
  afterAll(() => t?.close());

  test("distance: a postcode of the demo region has its own coordinates; any other falls back to its municipality's centroid", async () => {
    await roskilde(async (tx) => {
      const roskildeBy = await sted(tx, "4000");
      expect(roskildeBy).toMatchObject({ kilde: "postnummer", lat: 55.6415, lon: 12.0803, bynavn: "Roskilde" });
      const aarhus = await sted(tx, "8000");
      expect(aarhus?.kilde).toBe("kommune");
      expect(aarhus?.kommuner).toEqual(["Aarhus Kommune"]);
      const k = await tx
        .selectFrom("kommune")
        .select(["centroid_lat", "centroid_lon"])
        .where("navn", "=", "Aarhus Kommune")
        .executeTakeFirstOrThrow();
      expect(aarhus?.lat).toBeCloseTo(Number(k.centroid_lat), 6);
      expect(await sted(tx, "0001")).toBeUndefined();
    });
  });

  test("Mette's overview: the work placement with its free days, the demo claims, her postcode and the rule in force (1.14 kr., LAB § 175)", async () => {
    const r = body(await t.call(mette, "GET", "/api/borger/befordring"));
    expect(r.hjem).toEqual({ postnr: "4000", bynavn: "Roskilde" });
    expect(r.regel).toMatchObject({
      id: "LAB175-2026",
      satsOere: 114,
      taerskelKm: 24,
      henvisning: "LAB § 175, stk. 1-3",
      sikkerhed: "lav",
    });
    expect(r.jobcenter.navn).toMatch(/Roskilde/);
    expect(r.ansoegninger.map((c: { status: string }) => c.status).sort()).toEqual(["godkendt", "indsendt"]);
    const dage = await ledigeDage();
    expect(dage.length).toBeGreaterThan(5);
    expect(dage.every((d) => d <= IDAG)).toBe(true);
  });

  test("a marketplace enrolment with physical modules is an activity at the module's place, claimable once a module day has come", async () => {
    const truck = demoId(3002); // blended: theory online, practical days at a course centre in 4000 Roskilde
    const r = await t.call(mette, "POST", "/api/borger/marked/tilmeldinger", {
      udbudId: truck,
      idempotensnoegle: randomUUID(),
    });
    expect(r.status, r.text).toBe(201);
    const a = (
      body(await t.call(mette, "GET", "/api/borger/befordring")).aktiviteter as Record<string, unknown>[]
    ).find((x) => x.id === body(r).id);
    expect(a).toMatchObject({ art: "tilmelding", postnr: "4000" });
    expect(a?.sted).toMatch(/4000 Roskilde/);
    // the modules are two weeks ahead: no day to claim yet
    expect(a?.dage).toEqual([]);
  });

  test("preview: the distance from the postcodes and the amount by the rule in force, saving nothing", async () => {
    const dage = (await ledigeDage()).slice(-2);
    const foer = await t.db
      .selectFrom("befordring_ansoegning")
      .select((e) => e.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const r = await t.call(mette, "POST", "/api/borger/befordring/beregn", { aktivitet, tilPostnr: "4600", dage });
    expect(r.status, r.text).toBe(200);
    const p = body(r);
    expect(p.afstand.fra).toMatchObject({ postnr: "4000", kilde: "postnummer" });
    expect(p.afstand.til).toMatchObject({ postnr: "4600", kilde: "postnummer" });
    expect(p.afstand.enkeltturHm).toBe(278);
    // (2 × 27.8 − 24) km × 2 days × 1.14 kr. = 72.05 kr., paid as 72 kr.
    expect(p.beregning.beregnetOere).toBe(7205);
    expect(p.beregning.udbetalesOere).toBe(7200);
    expect(p.regler.map((x: { id: string }) => x.id)).toEqual(["LAB175-2026"]);
    const efter = await t.db
      .selectFrom("befordring_ansoegning")
      .select((e) => e.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(efter.n)).toBe(Number(foer.n));
  });

  test("validation: an unknown place postcode, a day outside the activity, and another citizen's activity", async () => {
    const dage = (await ledigeDage()).slice(-1);
    const ukendt = await t.call(mette, "POST", "/api/borger/befordring/beregn", { aktivitet, tilPostnr: "0001", dage });
    expect(ukendt.status).toBe(400);
    expect(body(ukendt).errors[0].path).toBe("body.tilPostnr");
    const fremtid = await t.call(mette, "POST", "/api/borger/befordring/beregn", {
      aktivitet,
      tilPostnr: "4600",
      dage: ["2026-11-30"],
    });
    expect(fremtid.status).toBe(400);
    expect(body(fremtid).errors[0].path).toBe("body.dage");
    const andens = await t.call(ahmad, "POST", "/api/borger/befordring/beregn", { aktivitet, tilPostnr: "4600", dage });
    expect(andens.status).toBe(404);
  });

  test("exactly once: five simultaneous submits with one key make one claim, one case event; other keys for the same days are refused", async () => {
    const dage = (await ledigeDage()).slice(-3, -1);
    const noegle = randomUUID();
    const svar = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.call(mette, "POST", "/api/borger/befordring", {
          aktivitet,
          tilPostnr: "4600",
          dage,
          idempotensnoegle: noegle,
        }),
      ),
    );
    expect(svar.map((s) => s.status)).toEqual([201, 201, 201, 201, 201]);
    const ids = new Set(svar.map((s) => body(s).id));
    expect(ids.size).toBe(1);
    expect(svar.filter((s) => body(s).ny).length).toBe(1);
    const kvittering = body(svar[0]!);
    expect(kvittering.kvitteringsnr).toMatch(/^BEF-20261123-[0-9A-F]{6}$/);
    expect(kvittering.jobcenter.navn).toMatch(/Roskilde/);
    expect(kvittering.status).toBe("indsendt");
    const rows = await t.db.selectFrom("befordring_ansoegning").select("id").where("idempotens", "=", noegle).execute();
    expect(rows).toHaveLength(1);
    const haendelser = await t.db
      .selectFrom("sag_haendelse")
      .select("beskrivelse")
      .where("borger_id", "=", METTE)
      .where("type", "=", "BEFORDRING_ANSOEGT")
      .where("beskrivelse", "like", `%${kvittering.kvitteringsnr}%`)
      .execute();
    expect(haendelser).toHaveLength(1);
    // the same days under new keys, at once: no second claim for a day already claimed
    const andre = await Promise.all(
      [randomUUID(), randomUUID()].map((k) =>
        t.call(mette, "POST", "/api/borger/befordring", { aktivitet, tilPostnr: "4600", dage, idempotensnoegle: k }),
      ),
    );
    expect(andre.map((s) => s.status)).toEqual([400, 400]);
    expect(body(andre[0]!).errors[0].message).toMatch(/allerede søgt/);
  });

  test("a claim that fails inside its transaction leaves nothing behind (no claim, no case event)", async () => {
    const dage = (await ledigeDage()).slice(0, 1);
    const noegle = randomUUID();
    await expect(
      roskilde(async (tx) => {
        await ansoeg(
          tx,
          await metteAdgang(tx),
          { aktivitet: { art: "jobplan", id: R.aktivitetId }, tilPostnr: "4600", dage, idempotens: noegle },
          t.clock.now(),
        );
        throw new Error("nedbrud midt i transaktionen");
      }),
    ).rejects.toThrow("nedbrud");
    expect(
      await t.db.selectFrom("befordring_ansoegning").select("id").where("idempotens", "=", noegle).execute(),
    ).toEqual([]);
    expect(await ledigeDage()).toContain(dage[0]);
  });

  test("a claim across the rate change of 1 January 2026 splits: the days of December at 1.12 kr., January's at 1.14 kr.", async () => {
    const id = randomUUID();
    await roskilde(async (tx) => {
      const access = await metteAdgang(tx);
      await opretPunkt(
        tx,
        access,
        {
          id,
          art: "aktivitet",
          titel: "Kursus i Køge hen over nytår",
          beskrivelse: null,
          status: "i_gang",
          aftaltMedBorger: true,
          start: "2025-12-15",
          slut: "2026-01-16",
        },
        t.clock.now(),
      );
      const dage = ["2025-12-29", "2025-12-30", "2026-01-02", "2026-01-05"];
      const f = await forbered(
        tx,
        access,
        { aktivitet: { art: "jobplan", id }, tilPostnr: "4600", dage },
        "2026-01-10",
      );
      expect(f.beregning.linjer.map((l) => [l.regelId, l.maaned, l.dage, l.satsOere])).toEqual([
        ["LAB175-2024", "2025-12", ["2025-12-29", "2025-12-30"], 112],
        ["LAB175-2026", "2026-01", ["2026-01-02", "2026-01-05"], 114],
      ]);
      // 31.6 km × 2 × 1.12 = 70.78 kr. and 31.6 km × 2 × 1.14 = 72.05 kr.
      expect(f.beregning.linjer.map((l) => l.beloebOere)).toEqual([7078, 7205]);
      expect(f.beregning.udbetalesOere).toBe(14300);
      const gemt = await ansoeg(
        tx,
        access,
        { aktivitet: { art: "jobplan", id }, tilPostnr: "4600", dage, idempotens: randomUUID() },
        new Date("2026-01-10T10:00:00Z"),
      );
      expect(gemt.ansoegning.beloeb_oere).toBe(14300);
      expect(gemt.ansoegning.beregning).toEqual(f.beregning);
      expect(beregn(NATIONALE_REGLER, dage, 278)).toEqual({ ok: true, beregning: f.beregning });
    });
  });

  test("the caseworker's list is logged with the purpose; a rejection needs a reason; a claim is decided once", async () => {
    const liste = await t.call(lone, "GET", `/api/medarbejder/borgere/${METTE}/befordring?formaal=SAGSBEHANDLING`);
    expect(liste.status).toBe(200);
    expect(body(liste).ansoegninger[0].status).toBe("indsendt");
    const log = await t.db
      .selectFrom("adgangslog")
      .select(["handling", "formaal", "aktoer_id"])
      .where("borger_id", "=", METTE)
      .where("handling", "=", "Læst ansøgninger om befordringsgodtgørelse")
      .execute();
    expect(log.at(-1)).toMatchObject({ formaal: "Sagsbehandling", aktoer_id: demoId(101) });

    const uden = await t.call(lone, "POST", `/api/medarbejder/befordring/${R.afventerId}/afgoer`, {
      beslutning: "afvist",
    });
    expect(uden.status).toBe(400);
    expect(body(uden).errors[0].path).toBe("body.begrundelse");

    const [a, b] = await Promise.all([
      t.call(lone, "POST", `/api/medarbejder/befordring/${R.afventerId}/afgoer`, { beslutning: "godkendt" }),
      t.call(lone, "POST", `/api/medarbejder/befordring/${R.afventerId}/afgoer`, {
        beslutning: "afvist",
        begrundelse: "Ikke mødt op de dage",
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const vinder = body(a.status === 200 ? a : b);
    expect(body(a.status === 200 ? b : a).code).toBe("BEFORDRING_AFGJORT");
    expect(vinder.afgoerelse).toContain("LAB § 175, stk. 1-3");
    expect(vinder.afgjortAf).toBe("Lone Sørensen");
    const igen = await t.call(lone, "POST", `/api/medarbejder/befordring/${R.afventerId}/afgoer`, {
      beslutning: "godkendt",
    });
    expect(igen.status).toBe(409);
    // the citizen sees the decision and has a message; the case has the event
    const mit = body(await t.call(mette, "GET", `/api/borger/befordring/${R.afventerId}`));
    expect(mit.status).toBe(vinder.status);
    const beskeder = await t.db
      .selectFrom("besked")
      .select(["emne", "tekst"])
      .where("borger_id", "=", METTE)
      .where("art", "=", "befordring")
      .execute();
    expect(beskeder.some((m) => m.tekst === vinder.afgoerelse)).toBe(true);
    const afgjort = await t.db
      .selectFrom("sag_haendelse")
      .select("id")
      .where("borger_id", "=", METTE)
      .where("type", "=", "BEFORDRING_AFGJORT")
      .execute();
    expect(afgjort.length).toBeGreaterThanOrEqual(2);
  });

  test("the caseworker corrects the distance with a reason: the amount is recomputed under the same rule", async () => {
    const dage = (await ledigeDage()).slice(0, 2);
    const ny = body(
      await t.call(mette, "POST", "/api/borger/befordring", {
        aktivitet,
        tilPostnr: "4600",
        dage,
        idempotensnoegle: randomUUID(),
      }),
    );
    const uden = await t.call(lone, "POST", `/api/medarbejder/befordring/${ny.id}/afgoer`, {
      beslutning: "godkendt",
      afstandKm: 30,
    });
    expect(uden.status).toBe(400);
    const r = await t.call(lone, "POST", `/api/medarbejder/befordring/${ny.id}/afgoer`, {
      beslutning: "godkendt",
      afstandKm: 30,
      afstandBegrundelse: "Ruteplan viser 30 km ad landevejen",
    });
    expect(r.status, r.text).toBe(200);
    // (60 − 24) km × 2 days × 1.14 kr. = 82.08 kr., paid as 82 kr.; the citizen's own computation stays recorded
    expect(body(r)).toMatchObject({
      status: "godkendt",
      rettetHm: 300,
      enkeltturHm: 278,
      godkendtOere: 8200,
      beloebOere: 7200,
    });
    expect(body(r).afgoerelse).toContain("rettet fra 27,8 km til 30,0 km");
  });

  test("tenant isolation and own data: Køge cannot see or decide Roskilde's claims, Ahmad cannot see Mette's", async () => {
    expect((await t.call(sara, "GET", `/api/medarbejder/borgere/${METTE}/befordring`)).status).toBe(404);
    expect(
      (await t.call(sara, "POST", `/api/medarbejder/befordring/${R.godkendtId}/afgoer`, { beslutning: "godkendt" }))
        .status,
    ).toBe(404);
    expect((await t.call(lone, "GET", `/api/medarbejder/borgere/${JONAS}/befordring`)).status).toBe(404);
    expect(
      (await t.call(lone, "POST", `/api/medarbejder/befordring/${K.afventerId}/afgoer`, { beslutning: "godkendt" }))
        .status,
    ).toBe(404);
    expect((await t.call(ahmad, "GET", `/api/borger/befordring/${R.godkendtId}`)).status).toBe(404);
    const ahmads = body(await t.call(ahmad, "GET", "/api/borger/befordring"));
    expect(ahmads.ansoegninger).toEqual([]);
    expect(ahmads.aktiviteter.some((a: { id: string }) => a.id === R.aktivitetId)).toBe(false);
    const rows = await withTenant(t.db, DEMO.koege, (tx) =>
      tx.selectFrom("befordring_ansoegning").select("borger_id").execute(),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x.borger_id === JONAS)).toBe(true);
  });
});
