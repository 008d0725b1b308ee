import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTenant } from "../../platform/db/tenant.ts";
import { DEMO, demoId } from "../../seed/ids.ts";
import { jobordreEksempler } from "../../seed/jobordre.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

const IDAG = "2026-11-23";
const R = jobordreEksempler(DEMO.roskilde, IDAG);
const K = jobordreEksempler(DEMO.koege, IDAG);
/** Anders' open carpenter order (seed/jobordre.ts) */
const ANDERS_ORDRE = demoId(13000);
/** an order of another Roskilde company (Roskilde Lager & Logistik) */
const LAGER_ORDRE = demoId(13003);

const ny = (over: Record<string, unknown> = {}) => {
  const { idempotensnoegle: _, ...b } = R.ny;
  return { ...b, idempotensnoegle: randomUUID(), ...over };
};

describe.each(engines())("job orders on %s", (engine) => {
  let t: TestApp;
  let anders: TestSession;
  let camilla: TestSession;
  let kim: TestSession;
  let nadia: TestSession;
  let lone: TestSession;
  let mette: TestSession;

  beforeAll(async () => {
    t = await startTestApp(engine);
    anders = await t.login("virksomhed", "virk-anders");
    camilla = await t.login("virksomhed", "virk-koege");
    kim = await t.login("medarbejder", "vk-kim");
    nadia = await t.login("medarbejder", "vk-koege");
    lone = await t.login("medarbejder", "jk-lone");
    mette = await t.login("borger", "borger-mette");
  }, 400_000);
  afterAll(() => t?.close());

  test("the demo: open orders of every kind in Roskilde and Køge, some on the opgavebørs", async () => {
    const r = body(await t.call(kim, "GET", "/api/medarbejder/jobordrer?status=aaben")).ordrer;
    const k = body(await t.call(nadia, "GET", "/api/medarbejder/jobordrer?status=aaben")).ordrer;
    expect(r.length).toBeGreaterThanOrEqual(15);
    expect(k.length).toBeGreaterThanOrEqual(5);
    expect(new Set(r.map((o: { art: string }) => o.art))).toEqual(
      new Set(["ordinaer", "loentilskud", "virksomhedspraktik", "fleksjob", "smaajob"]),
    );
    expect(r.filter((o: { opgaveboers: boolean }) => o.opgaveboers).length).toBeGreaterThanOrEqual(3);
    const seeded = body(await t.call(anders, "GET", `/api/virksomhed/jobordrer/${ANDERS_ORDRE}`));
    expect(seeded.faerdigheder.filter((f: { relation: string }) => f.relation === "essentiel").length).toBeGreaterThan(
      3,
    );
    expect(seeded.historik.map((h: { status: string }) => h.status)).toEqual(["kladde", "aaben"]);
    expect(seeded.ordning).toMatchObject({ art: "loentilskud", sikkerhed: "middel" });
  });

  test("tenancy: Køge's employer never sees Roskilde's orders, and an employer cannot touch another CVR's order", async () => {
    const egne = body(await t.call(camilla, "GET", "/api/virksomhed/jobordrer")).ordrer;
    expect(egne.length).toBeGreaterThan(0);
    expect(egne.every((o: { cvr: string }) => o.cvr === "29876543")).toBe(true);
    expect((await t.call(camilla, "GET", `/api/virksomhed/jobordrer/${ANDERS_ORDRE}`)).status).toBe(404);
    expect((await t.call(nadia, "GET", `/api/medarbejder/jobordrer/${ANDERS_ORDRE}`)).status).toBe(404);
    // Anders and Roskilde Lager & Logistik are both Roskilde companies: still not his order
    expect((await t.call(anders, "GET", `/api/virksomhed/jobordrer/${LAGER_ORDRE}`)).status).toBe(404);
    const ret = await t.call(anders, "PUT", `/api/virksomhed/jobordrer/${LAGER_ORDRE}`, { ...R.retKonsulent });
    expect(ret.status).toBe(404);
    const luk = await t.call(anders, "POST", `/api/virksomhed/jobordrer/${LAGER_ORDRE}/status`, { status: "lukket" });
    expect(luk.status).toBe(404);
    expect(
      body(await t.call(anders, "GET", "/api/virksomhed/jobordrer")).ordrer.every(
        (o: { cvr: string }) => o.cvr === "31245678",
      ),
    ).toBe(true);
    // the company consultant cannot create for a company of another municipality
    const fremmed = await t.call(kim, "POST", "/api/medarbejder/jobordrer", { ...ny(), cvr: K.cvr });
    expect(fremmed.status).toBe(404);
    // a citizen has no access; a job consultant may read
    expect((await t.call(mette, "GET", "/api/medarbejder/jobordrer")).status).toBe(403);
    expect((await t.call(lone, "GET", `/api/medarbejder/jobordrer/${ANDERS_ORDRE}`)).status).toBe(200);
    expect((await t.call(lone, "POST", "/api/medarbejder/jobordrer", { ...ny(), cvr: R.cvr })).status).toBe(403);
  });

  test("idempotency: parallel identical creates give one order with one history row", async () => {
    const b = ny();
    const svar = await Promise.all(
      Array.from({ length: 5 }, () => t.call(anders, "POST", "/api/virksomhed/jobordrer", b)),
    );
    expect(svar.map((s) => s.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(svar.map((s) => body(s).id)).size).toBe(1);
    const id = body(svar[0]!).id;
    const rows = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx.selectFrom("jobordre_status").select("status").where("ordre_id", "=", id).execute(),
    );
    expect(rows).toEqual([{ status: "kladde" }]);
    expect(body(svar[0]!)).toMatchObject({ status: "kladde", cvr: "31245678", oprettetAfNavn: "Anders Møller" });
    expect(body(svar[0]!).nummer).toMatch(/^JO-[0-9A-F]{8}$/);
    // the key is Anders': the consultant cannot reuse it
    expect((await t.call(kim, "POST", "/api/medarbejder/jobordrer", { ...b, cvr: R.cvr })).status).toBe(400);
  });

  test("the taxonomy and the postcode are checked, and the fields across each other, in Danish", async () => {
    const s = await t.call(
      anders,
      "POST",
      "/api/virksomhed/jobordrer",
      ny({
        erhvervUri: "http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000",
        postnr: "0002",
        faerdigheder: [
          { uri: "http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000", relation: "essentiel" },
        ],
      }),
    );
    expect(s.status).toBe(400);
    expect(
      body(s)
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.erhvervUri", "body.faerdigheder.0.uri", "body.postnr"]);
    const k = await t.call(
      anders,
      "POST",
      "/api/virksomhed/jobordrer",
      ny({ timerMin: 37, timerMax: 20, start: "2026-11-01" }),
    );
    expect(
      body(k)
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.start", "body.timerMax"]);
    expect(body(k).errors[0].message).toMatch(/[æøå]|timer|dato/i);
  });

  test("edit with the version seen; a stale version is a conflict with a Danish message", async () => {
    const o = body(await t.call(anders, "POST", "/api/virksomhed/jobordrer", ny()));
    const { idempotensnoegle: _, ...b } = ny();
    const ret = await t.call(anders, "PUT", `/api/virksomhed/jobordrer/${o.id}`, {
      ...b,
      titel: "Lagermand",
      version: 1,
    });
    expect(ret.status).toBe(200);
    expect(body(ret)).toMatchObject({ titel: "Lagermand", version: 2 });
    // the company consultant edits on the employer's behalf with the version he saw
    const kims = await t.call(kim, "PUT", `/api/medarbejder/jobordrer/${o.id}`, {
      ...b,
      titel: "Lagermedarbejder",
      version: 2,
    });
    expect(body(kims).version).toBe(3);
    const gammel = await t.call(anders, "PUT", `/api/virksomhed/jobordrer/${o.id}`, {
      ...b,
      titel: "For sent",
      version: 2,
    });
    expect(gammel.status).toBe(409);
    expect(JSON.stringify(body(gammel))).toMatch(/ændret/);
    expect(body(await t.call(anders, "GET", `/api/virksomhed/jobordrer/${o.id}`)).titel).toBe("Lagermedarbejder");
  });

  test("status: publish, fill and close, each with a history row; a retry changes nothing; closed is final", async () => {
    const o = body(await t.call(anders, "POST", "/api/virksomhed/jobordrer", ny()));
    const url = `/api/virksomhed/jobordrer/${o.id}/status`;
    expect(body(await t.call(anders, "POST", url, { status: "aaben" })).status).toBe("aaben");
    expect(body(await t.call(anders, "POST", url, { status: "aaben" })).historik).toHaveLength(2);
    const besat = body(await t.call(anders, "POST", url, { status: "besat", tekst: "Vi har ansat en fra jobcentret" }));
    expect(besat.historik.map((h: { status: string; afNavn: string }) => [h.status, h.afNavn])).toEqual([
      ["kladde", "Anders Møller"],
      ["aaben", "Anders Møller"],
      ["besat", "Anders Møller"],
    ]);
    expect(besat.historik[2].tekst).toBe("Vi har ansat en fra jobcentret");
    const luk = body(await t.call(kim, "POST", `/api/medarbejder/jobordrer/${o.id}/status`, { status: "lukket" }));
    expect(luk.historik.at(-1)).toMatchObject({ status: "lukket", afNavn: "Kim Andersen" });
    expect(luk.naesteStatus).toEqual([]);
    const igen = await t.call(anders, "POST", url, { status: "aaben" });
    expect(igen.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(body(igen))).toMatch(/lukket kan ikke skifte til åben/);
  });

  test("the company consultant creates on behalf of a company; the list counts contacts per order", async () => {
    const virk = body(await t.call(kim, "GET", "/api/medarbejder/jobordrer/virksomheder")).virksomheder;
    expect(virk.map((v: { cvr: string }) => v.cvr)).toContain("36712345");
    expect(virk.map((v: { cvr: string }) => v.cvr)).not.toContain("29876543");
    const o = body(await t.call(kim, "POST", "/api/medarbejder/jobordrer", { ...ny(), cvr: "36712345" }));
    expect(o).toMatchObject({
      cvr: "36712345",
      virksomhed: "Roskilde Lager & Logistik A/S",
      oprettetAfNavn: "Kim Andersen",
    });
    // a contact request for the order (as H4's service writes it) shows in the counts
    await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx
        .insertInto("kontaktanmodning")
        .values({
          id: randomUUID(),
          kommunekode: DEMO.roskilde,
          ordre_id: o.id,
          ordre_kommunekode: DEMO.roskilde,
          borger_id: demoId(302),
          kilde: "virksomhed",
          status: "accepteret",
          anmodet_af: demoId(103),
          anmodet_af_navn: "Kim Andersen",
          anmodet: new Date(),
          idempotens: randomUUID(),
        })
        .execute(),
    );
    const liste = body(await t.call(kim, "GET", "/api/medarbejder/jobordrer?cvr=36712345&q=lager")).ordrer;
    expect(liste.find((x: { id: string }) => x.id === o.id)).toMatchObject({ kontaktet: 1, accepteret: 1 });
  });

  test("scheme suggestions with conditions, paragraph and confidence", async () => {
    const s = body(
      await t.call(anders, "GET", "/api/jobordre/ordninger?timerMin=10&timerMax=12&start=2026-12-01&slut=2026-12-14"),
    );
    expect(s.ordninger[0]).toMatchObject({ art: "virksomhedspraktik", passer: true });
    expect(s.ordninger.find((o: { art: string }) => o.art === "loentilskud").hjemmel).toMatch(/LAB/);
    expect(s.certifikater).toContain("Truckcertifikat");
  });
});
