import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTenant } from "../../platform/db/tenant.ts";
import { CV_ERHVERV, cvEksempler } from "../../seed/cv.ts";
import { DEMO, demoId } from "../../seed/ids.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

const METTE = demoId(301);
const AHMAD = demoId(302);
const JONAS = demoId(401);
/** Mette's seeded office experience (seed/cv.ts) */
const METTE_ERFARING = demoId(12001);

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

const erfaring = (over: Record<string, unknown> = {}) => ({
  erhvervUri: CV_ERHVERV.lagerarbejder,
  titel: "Lagermedarbejder",
  arbejdsgiver: "Køge Havnelogistik A/S",
  fra: "2021-03-01",
  til: "2023-05-31",
  idempotensnoegle: randomUUID(),
  ...over,
});

describe.each(engines())("the CV on %s", (engine) => {
  let t: TestApp;
  let mette: TestSession;
  let ahmad: TestSession;
  let jonas: TestSession;
  let lone: TestSession;
  let sara: TestSession;

  const version = (kk: string, borgerId: string) =>
    withTenant(t.db, kk, (tx) =>
      tx.selectFrom("cv").select("version").where("borger_id", "=", borgerId).executeTakeFirst(),
    ).then((r) => r?.version ?? 0);

  beforeAll(async () => {
    t = await startTestApp(engine);
    mette = await t.login("borger", "borger-mette");
    ahmad = await t.login("borger", "borger-ahmad");
    jonas = await t.login("borger", "borger-jonas");
    lone = await t.login("medarbejder", "jk-lone");
    sara = await t.login("medarbejder", "jk-sara");
  }, 120_000);
  afterAll(() => t?.close());

  test("the citizen reads her own CV with Danish labels; Jonas has none yet and gets the defaults", async () => {
    const m = body(await t.call(mette, "GET", "/api/borger/cv"));
    expect(m.findes).toBe(true);
    expect(m.erfaring.map((e: { titel: string }) => e.titel)).toEqual(["Kontorassistent", "Lagermedarbejder"]);
    expect(m.erfaring[0].erhverv).toEqual({ uri: CV_ERHVERV.kontormedarbejder, titel: "kontormedarbejder" });
    expect(m.faerdigheder.length).toBeGreaterThan(3);
    expect(m.faerdigheder.every((f: { titel: string; uri: string }) => f.titel !== f.uri)).toBe(true);
    expect(m.jobmaal.map((j: { brancheskift: boolean }) => j.brancheskift)).toEqual([false, true]);
    const j = body(await t.call(jonas, "GET", "/api/borger/cv"));
    expect(j).toMatchObject({ findes: false, version: 0, erfaring: [], faerdigheder: [], timerMax: 37 });
  });

  test("each citizen sees only her own CV: Ahmad cannot change Mette's experience, Køge cannot reach Roskilde", async () => {
    const a = await t.call(ahmad, "PUT", `/api/borger/cv/erfaring/${METTE_ERFARING}`, erfaring());
    expect(a.status).toBe(404);
    const j = await t.call(jonas, "DELETE", `/api/borger/cv/erfaring/${METTE_ERFARING}`);
    expect(j.status).toBe(404);
    const rows = await withTenant(t.db, DEMO.koege, (tx) =>
      tx.selectFrom("cv_erfaring").select("id").where("borger_id", "=", METTE).execute(),
    );
    expect(rows).toEqual([]);
    const stadig = body(await t.call(mette, "GET", "/api/borger/cv"));
    expect(stadig.erfaring.map((e: { id: string }) => e.id)).toContain(METTE_ERFARING);
  });

  test("five adds with one key at the same moment give one row and one version step; the key is hers alone", async () => {
    const foer = await version(DEMO.roskilde, AHMAD);
    const e = erfaring({ titel: "Bygningsarbejder" });
    const svar = await Promise.all(
      Array.from({ length: 5 }, () => t.call(ahmad, "POST", "/api/borger/cv/erfaring", e)),
    );
    expect(svar.map((s) => s.status)).toEqual([201, 201, 201, 201, 201]);
    const rows = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx.selectFrom("cv_erfaring").select("id").where("idempotens", "=", e.idempotensnoegle).execute(),
    );
    expect(rows).toEqual([{ id: e.idempotensnoegle }]);
    expect(await version(DEMO.roskilde, AHMAD)).toBe(foer + 1);
    const igen = await t.call(mette, "POST", "/api/borger/cv/erfaring", e);
    expect(igen.status).toBe(400);
  });

  test("an education is saved once per key as well, and the key is hers alone", async () => {
    const foer = await version(DEMO.roskilde, AHMAD);
    const u = {
      titel: "Tømreruddannelsen",
      niveau: "erhvervsuddannelse",
      afsluttet: true,
      idempotensnoegle: randomUUID(),
    };
    const svar = await Promise.all(
      Array.from({ length: 3 }, () => t.call(ahmad, "POST", "/api/borger/cv/uddannelse", u)),
    );
    expect(svar.map((s) => s.status)).toEqual([201, 201, 201]);
    const rows = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx.selectFrom("cv_uddannelse").select("id").where("idempotens", "=", u.idempotensnoegle).execute(),
    );
    expect(rows).toEqual([{ id: u.idempotensnoegle }]);
    expect(await version(DEMO.roskilde, AHMAD)).toBe(foer + 1);
    expect((await t.call(mette, "POST", "/api/borger/cv/uddannelse", u)).status).toBe(400);
  });

  test("every change bumps the version and the time of the change; the first change creates the CV", async () => {
    expect(await version(DEMO.koege, JONAS)).toBe(0);
    const g = cvEksempler(DEMO.koege, "2026-11-23").grundlag;
    const gemt = await t.call(jonas, "PUT", "/api/borger/cv", g);
    expect(gemt.status).toBe(200);
    expect(body(gemt)).toMatchObject({ findes: true, version: 2, timerMin: 30, koerekort: ["B"] });
    const v1 = await version(DEMO.koege, JONAS);
    await t.call(jonas, "POST", "/api/borger/cv/faerdigheder", {
      uris: body(
        await t.call(jonas, "GET", `/api/borger/cv/forslag?erhverv=${encodeURIComponent(CV_ERHVERV.lagerarbejder)}`),
      )
        .grupper[0].faerdigheder.slice(0, 2)
        .map((f: { uri: string }) => f.uri),
      kilde: "forslag",
    });
    const v2 = await version(DEMO.koege, JONAS);
    expect(v2).toBe(v1 + 1);
    // adding a skill she already has changes nothing
    const har = body(await t.call(jonas, "GET", "/api/borger/cv")).faerdigheder[0].uri;
    await t.call(jonas, "POST", "/api/borger/cv/faerdigheder", { uris: [har], kilde: "egen" });
    expect(await version(DEMO.koege, JONAS)).toBe(v2);
    await t.call(jonas, "DELETE", `/api/borger/cv/faerdigheder?uri=${encodeURIComponent(har)}`);
    expect(await version(DEMO.koege, JONAS)).toBe(v2 + 1);
    await t.call(jonas, "PUT", "/api/borger/cv/jobmaal", {
      jobmaal: [{ erhvervUri: CV_ERHVERV.kontormedarbejder, brancheskift: true, prioritet: 1 }],
    });
    expect(await version(DEMO.koege, JONAS)).toBe(v2 + 2);
    const u = await t.call(jonas, "POST", "/api/borger/cv/uddannelse", {
      titel: "Lager- og terminaluddannelsen",
      niveau: "erhvervsuddannelse",
      afsluttet: true,
      idempotensnoegle: randomUUID(),
    });
    expect(u.status).toBe(201);
    expect(await version(DEMO.koege, JONAS)).toBe(v2 + 3);
  });

  test("the edge checks the input and answers in Danish", async () => {
    const g = { ...cvEksempler(DEMO.roskilde, "2026-11-23").grundlag, timerMin: 30, timerMax: 20 };
    const r = await t.call(mette, "PUT", "/api/borger/cv", g);
    expect([r.status, body(r).errors[0].path, body(r).errors[0].message]).toEqual([
      400,
      "body.timerMax",
      "Det højeste antal timer kan ikke være lavere end det laveste",
    ]);
    const p = await t.call(
      mette,
      "POST",
      "/api/borger/cv/erfaring",
      erfaring({ fra: "2024-01-01", til: "2023-01-01" }),
    );
    expect([p.status, body(p).errors[0].path]).toEqual([400, "body.til"]);
    const ukendt = await t.call(
      mette,
      "POST",
      "/api/borger/cv/erfaring",
      erfaring({ erhvervUri: "http://data.europa.eu/esco/occupation/findes-ikke" }),
    );
    expect([ukendt.status, body(ukendt).errors[0].message]).toEqual([400, "Vælg et erhverv fra listen"]);
  });

  test("suggestions: her occupations' skills minus those on the CV, essential first, grouped by occupation", async () => {
    const cv = body(await t.call(mette, "GET", "/api/borger/cv"));
    const har = new Set(cv.faerdigheder.map((f: { uri: string }) => f.uri));
    const f = body(await t.call(mette, "GET", "/api/borger/cv/forslag"));
    expect(f.grupper.length).toBeGreaterThan(0);
    const alle = f.grupper.flatMap((g: { faerdigheder: { uri: string }[] }) => g.faerdigheder.map((x) => x.uri));
    expect(alle.filter((u: string) => har.has(u))).toEqual([]);
    expect(new Set(alle).size).toBe(alle.length);
    for (const g of f.grupper) {
      const ess = g.faerdigheder.map((x: { essentiel: boolean }) => x.essentiel);
      expect(ess).toEqual([...ess].sort((a, b) => Number(b) - Number(a)));
    }
    // after accepting one, it is no longer suggested
    const en = alle[0];
    await t.call(mette, "POST", "/api/borger/cv/faerdigheder", { uris: [en], kilde: "forslag" });
    const efter = body(await t.call(mette, "GET", "/api/borger/cv/forslag"));
    expect(
      efter.grupper.flatMap((g: { faerdigheder: { uri: string }[] }) => g.faerdigheder.map((x) => x.uri)),
    ).not.toContain(en);
  });

  test("brancheskift: close occupations with the shared skills and what she lacks", async () => {
    const r = await t.call(ahmad, "GET", `/api/borger/cv/brancheskift?fra=${encodeURIComponent(CV_ERHVERV.toemrer)}`);
    expect(r.status).toBe(200);
    const b = body(r);
    expect(b.fra.titel).toBe("tømrer");
    expect(b.erhverv.length).toBeGreaterThan(0);
    for (const e of b.erhverv) {
      expect(e.uri).not.toBe(CV_ERHVERV.toemrer);
      expect(e.har).toBeLessThanOrEqual(e.af);
      expect(e.faelles.length).toBeGreaterThan(0);
    }
  });

  test("staff read the CV read-only, and the read is in her access log; Køge's staff cannot", async () => {
    const r = await t.call(lone, "GET", `/api/medarbejder/borgere/${AHMAD}/cv?formaal=SAGSBEHANDLING`);
    expect(r.status).toBe(200);
    expect(body(r).borger.navn).toBe("Ahmad Hassan");
    expect(body(r).erfaring.length).toBeGreaterThan(0);
    const log = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx
        .selectFrom("adgangslog")
        .select(["handling", "ressource", "aktoer_navn", "formaal"])
        .where("borger_id", "=", AHMAD)
        .where("ressource", "=", "cv")
        .execute(),
    );
    expect(log).toEqual([
      { handling: "Læst CV", ressource: "cv", aktoer_navn: "Lone Sørensen", formaal: "Sagsbehandling" },
    ]);
    const mig = body(await t.call(ahmad, "GET", "/api/borger/adgangslog"));
    expect(JSON.stringify(mig)).toContain("Læst CV");
    const s = await t.call(sara, "GET", `/api/medarbejder/borgere/${AHMAD}/cv?formaal=SAGSBEHANDLING`);
    expect(s.status).toBe(404);
  });
});
