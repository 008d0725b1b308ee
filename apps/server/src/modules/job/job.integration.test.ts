import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withSystem, withTenant } from "../../platform/db/tenant.ts";
import { DEMO, demoId } from "../../seed/ids.ts";
import { DEMO_KONTAKT, jobEksempler } from "../../seed/job.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";
import { kandidatPseudonym, pseudonymNoegle } from "./match-service.ts";

const METTE = demoId(301);
const AHMAD = demoId(302);
const JONAS = demoId(401);
const TOEMRER = demoId(13000); // Anders' carpenter order (Roskilde), takes neighbours
const SNEDKER = demoId(13001);
const LAGER = demoId(13003); // Roskilde Lager & Logistik (Kim's company consultant order)
const KONTOR = demoId(13010); // Trekroner Kontorservice, takes neighbours
const SCANNING = demoId(13011); // småjob on the opgavebørs
const KOEGE_HAVN = demoId(13500); // Køge Havnelogistik, no neighbours
const KOEGE_LAGER = demoId(13501); // Køge Havnelogistik, takes neighbours (seed/job.ts)
const IDAG = "2026-11-23";

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
type J = Record<string, any>;
const body = (r: { json: unknown }) => r.json as J;

/** Nothing that identifies a citizen may appear in what an employer sees before the citizen accepted. */
function ingenIdentitet(tekst: string) {
  for (const s of [
    "Mette",
    "Nielsen",
    "Ahmad",
    "Hassan",
    "Jonas",
    "Berg",
    "1503889901",
    "0207959903",
    "Algade",
    "Hyrdehøj 4",
    "22 33 44 55",
    "31 42 53 64",
    "example.dk",
    "1988",
    "1995",
  ])
    expect(tekst, s).not.toContain(s);
}

describe.each(engines())("matching and contact on %s", (engine) => {
  let t: TestApp;
  let mette: TestSession;
  let jonas: TestSession;
  let anders: TestSession;
  let camilla: TestSession;
  let kim: TestSession;
  let lone: TestSession;
  let sara: TestSession;
  let noegle: string;
  const kode = (ordreId: string, borgerId: string) => kandidatPseudonym(ordreId, borgerId, noegle);

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
    noegle = pseudonymNoegle((s) => t.vault.hash(s));
    mette = await t.login("borger", "borger-mette");
    jonas = await t.login("borger", "borger-jonas");
    anders = await t.login("virksomhed", "virk-anders");
    camilla = await t.login("virksomhed", "virk-koege");
    kim = await t.login("medarbejder", "vk-kim");
    lone = await t.login("medarbejder", "jk-lone");
    sara = await t.login("medarbejder", "jk-sara");
  }, 400_000);
  afterAll(() => t?.close());

  test("the access-control samples name real demo data (the candidate codes are the test server's)", () => {
    const r = jobEksempler(DEMO.roskilde, IDAG);
    expect(r.kandidatId).toBe(kode(TOEMRER, METTE));
    expect(jobEksempler(DEMO.koege, IDAG).kandidatId).toBe(kode(KOEGE_LAGER, JONAS));
  });

  test("the employer sees ranked, anonymised candidates with explanations; nothing identifying", async () => {
    const r = await t.call(anders, "GET", `/api/jobordre/${TOEMRER}/kandidater`);
    expect(r.status).toBe(200);
    const k = body(r).kandidater as Record<string, unknown>[];
    expect(k.length).toBeGreaterThan(0);
    const ahmadsKode = kode(TOEMRER, AHMAD);
    const a = k.find((x) => x.kandidatId === ahmadsKode);
    expect(a, "Ahmad is a candidate for the carpenter order").toBeDefined();
    expect(k[0]!.kandidatId).toBe(ahmadsKode);
    expect(a).toMatchObject({ afstandsbaand: "0-10 km", nabokommune: false });
    expect((a!.forklaring as { punkter: string[] }).punkter.length).toBeGreaterThan(0);
    expect((a!.faerdigheder as string[]).length).toBeGreaterThan(0);
    expect(a!.erfaring).toEqual(expect.arrayContaining([expect.objectContaining({ titel: "Tømrerlærling" })]));
    // Ahmad accepted this order's request in the demo: the list says so, the identity is only in /kontakter
    expect(a!.kontakt).toMatchObject({ status: "accepteret" });
    ingenIdentitet(r.text);
    for (let i = 1; i < k.length; i++) expect(k[i - 1]!.score as number).toBeGreaterThanOrEqual(k[i]!.score as number);
    // codes differ between orders (two employers cannot link their candidates)
    expect(kode(SNEDKER, AHMAD)).not.toBe(ahmadsKode);
  });

  test("tenancy and roles: another company's order, another municipality's order, a citizen → 404/403", async () => {
    expect((await t.call(anders, "GET", `/api/jobordre/${KONTOR}/kandidater`)).status).toBe(404);
    expect((await t.call(anders, "GET", `/api/jobordre/${KONTOR}/kontakter`)).status).toBe(404);
    expect((await t.call(camilla, "GET", `/api/jobordre/${TOEMRER}/kandidater`)).status).toBe(404);
    expect((await t.call(kim, "GET", `/api/jobordre/${KOEGE_HAVN}/kandidater`)).status).toBe(404);
    expect((await t.call(kim, "GET", `/api/jobordre/${KONTOR}/kandidater`)).status).toBe(200);
    expect((await t.call(lone, "GET", `/api/jobordre/${KONTOR}/kandidater`)).status).toBe(200);
    expect((await t.call(mette, "GET", `/api/jobordre/${KONTOR}/kandidater`)).status).toBe(403);
    const k = kode(KONTOR, METTE);
    const body1 = { idempotensnoegle: randomUUID() };
    expect((await t.call(lone, "POST", `/api/jobordre/${KONTOR}/kandidater/${k}/kontakt`, body1)).status).toBe(403);
    expect((await t.call(anders, "POST", `/api/jobordre/${KONTOR}/kandidater/${k}/kontakt`, body1)).status).toBe(404);
    // an unknown code is not found
    expect((await t.call(kim, "POST", `/api/jobordre/${KONTOR}/kandidater/ZZZZZZ/kontakt`, body1)).status).toBe(404);
    // a citizen's own data only: Jonas cannot answer Mette's request; Sara cannot read Mette's matches
    expect(
      (await t.call(jonas, "POST", `/api/borger/kontakt/${DEMO_KONTAKT.metteAfventer}/svar`, { svar: "accepter" }))
        .status,
    ).toBe(404);
    expect((await t.call(sara, "GET", `/api/medarbejder/borgere/${METTE}/job`)).status).toBe(404);
    expect(
      (await t.call(jonas, "POST", `/api/borger/job/${SCANNING}/ansoeg`, { idempotensnoegle: randomUUID() })).status,
    ).toBe(404);
  });

  test("consent: the employer learns who the citizen is only after she accepts", async () => {
    const k = kode(TOEMRER, METTE);
    const r = await t.call(anders, "POST", `/api/jobordre/${TOEMRER}/kandidater/${k}/kontakt`, {
      besked: "Må vi ringe?",
      idempotensnoegle: randomUUID(),
    });
    expect(r.status, r.text).toBe(201);
    expect(body(r).kontakt.status).toBe("afventer");
    ingenIdentitet(r.text);
    const foer = await t.call(anders, "GET", `/api/jobordre/${TOEMRER}/kontakter`);
    const rk = (body(foer).kontakter as J[]).find((x) => x.kandidatId === k)!;
    expect(rk).toMatchObject({ status: "afventer", person: null });
    // Ahmad accepted in the demo: his name and number are there; Mette's are not anywhere yet
    const ah = (body(foer).kontakter as J[]).find((x) => x.kandidatId === kode(TOEMRER, AHMAD))!;
    expect(ah.person).toEqual({ navn: "Ahmad Hassan", telefon: "31 42 53 64", email: "ahmad.hassan@example.dk" });
    expect(foer.text).not.toContain("Mette");
    // Mette is told in her Beskeder, and sees the request with what the employer will see
    const beskeder = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx.selectFrom("besked").select(["emne", "art"]).where("borger_id", "=", METTE).where("art", "=", "job").execute(),
    );
    expect(beskeder.some((b) => b.emne === "En virksomhed vil gerne i kontakt med dig")).toBe(true);
    const mine = body(await t.call(mette, "GET", "/api/borger/kontakt")).kontakter as J[];
    const min = mine.find((x) => x.id === rk.id)!;
    expect(min).toMatchObject({ status: "afventer", kilde: "virksomhed", besked: "Må vi ringe?" });
    expect(min.ordre).toMatchObject({
      titel: "Tømrer til renovering af rækkehuse",
      virksomhed: "Roskilde Tømrer & Snedker ApS",
    });
    expect(min.virksomhedSerVedAccept).toMatch(/navn/);
    const svar = await t.call(mette, "POST", `/api/borger/kontakt/${rk.id}/svar`, { svar: "accepter" });
    expect(svar.status, svar.text).toBe(200);
    expect(body(svar).status).toBe("accepteret");
    // answering again the same way changes nothing; changing the answer is refused
    expect((await t.call(mette, "POST", `/api/borger/kontakt/${rk.id}/svar`, { svar: "accepter" })).status).toBe(200);
    const aendret = await t.call(mette, "POST", `/api/borger/kontakt/${rk.id}/svar`, { svar: "afvis" });
    expect([aendret.status, body(aendret).code]).toEqual([409, "KONTAKT_ALLEREDE_BESVARET"]);
    const efter = body(await t.call(anders, "GET", `/api/jobordre/${TOEMRER}/kontakter`)).kontakter as J[];
    expect(efter.find((x) => x.id === rk.id)!.person).toEqual({
      navn: "Mette Nielsen",
      telefon: "22 33 44 55",
      email: "mette.nielsen@example.dk",
    });
  });

  test("declining keeps the citizen anonymous; her reason is for the jobcentre, not the employer", async () => {
    const url = `/api/borger/kontakt/${DEMO_KONTAKT.metteAfventer}/svar`;
    const grund = "Jeg er i gang med en uddannelse til foråret.";
    // the reason is at most 1,000 characters, and only given with a no
    expect((await t.call(mette, "POST", url, { svar: "afvis", begrundelse: "x".repeat(1001) })).status).toBe(400);
    expect((await t.call(mette, "POST", url, { svar: "accepter", begrundelse: grund })).status).toBe(400);
    const r = await t.call(mette, "POST", url, { svar: "afvis", begrundelse: `  ${grund} ` });
    expect(r.status, r.text).toBe(200);
    expect(body(r)).toMatchObject({ status: "afvist", afslagBegrundelse: grund });
    // answering no again changes nothing, the first reason stays
    expect(
      body(await t.call(mette, "POST", url, { svar: "afvis", begrundelse: "Noget andet" })).afslagBegrundelse,
    ).toBe(grund);
    const raekke = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx
        .selectFrom("kontaktanmodning")
        .select("afslag_begrundelse")
        .where("id", "=", DEMO_KONTAKT.metteAfventer)
        .executeTakeFirstOrThrow(),
    );
    expect(raekke.afslag_begrundelse).toBe(grund);
    // the employer's side (here the company consultant on the order) sees "afvist" and nothing more
    const kontakter = await t.call(kim, "GET", `/api/jobordre/${KONTOR}/kontakter`);
    const k = body(kontakter).kontakter as J[];
    expect(k.find((x) => x.id === DEMO_KONTAKT.metteAfventer)).toMatchObject({ status: "afvist", person: null });
    expect(kontakter.text).not.toContain("uddannelse til foråret");
    expect((await t.call(kim, "GET", `/api/jobordre/${KONTOR}/kandidater`)).text).not.toContain(
      "uddannelse til foråret",
    );
    // the jobkonsulent sees it in the citizen's job page; the company consultant does not
    const jk = body(await t.call(lone, "GET", `/api/medarbejder/borgere/${METTE}/job`)).kontakter as J[];
    expect(jk.find((x) => x.id === DEMO_KONTAKT.metteAfventer)!.afslagBegrundelse).toBe(grund);
    const vk = await t.call(kim, "GET", `/api/medarbejder/borgere/${METTE}/job`);
    expect(vk.status).toBe(200);
    expect(vk.text).not.toContain("uddannelse til foråret");
  });

  test("an order that is not open takes no contact requests and no formidling: 409 JOBORDRE_IKKE_AABEN", async () => {
    const besat = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx.selectFrom("jobordre").select("id").where("titel", "=", "Tømrerlærling søges").executeTakeFirstOrThrow(),
    );
    const kontakt = await t.call(
      anders,
      "POST",
      `/api/jobordre/${besat.id}/kandidater/${kode(besat.id, AHMAD)}/kontakt`,
      {
        idempotensnoegle: randomUUID(),
      },
    );
    expect([kontakt.status, body(kontakt).code]).toEqual([409, "JOBORDRE_IKKE_AABEN"]);
    const formidling = await t.call(lone, "POST", `/api/medarbejder/borgere/${METTE}/formidling`, {
      ordreId: besat.id,
      idempotensnoegle: randomUUID(),
    });
    expect([formidling.status, body(formidling).code]).toEqual([409, "JOBORDRE_IKKE_AABEN"]);
  });

  test("idempotency: 10 parallel identical contact requests make one row and one message", async () => {
    const k = kode(LAGER, AHMAD);
    const noegleId = randomUUID();
    const svar = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.call(kim, "POST", `/api/jobordre/${LAGER}/kandidater/${k}/kontakt`, { idempotensnoegle: noegleId }),
      ),
    );
    for (const s of svar) expect(s.status, s.text).toBe(201);
    expect(new Set(svar.map((s) => body(s).kontakt.id)).size).toBe(1);
    // a retry with another key answers the same request (one per order and citizen)
    const igen = await t.call(kim, "POST", `/api/jobordre/${LAGER}/kandidater/${k}/kontakt`, {
      idempotensnoegle: randomUUID(),
    });
    expect(body(igen).kontakt.id).toBe(body(svar[0]!).kontakt.id);
    const { rows, beskeder } = await withTenant(t.db, DEMO.roskilde, async (tx) => ({
      rows: await tx
        .selectFrom("kontaktanmodning")
        .select("id")
        .where("ordre_id", "=", LAGER)
        .where("borger_id", "=", AHMAD)
        .execute(),
      beskeder: await tx
        .selectFrom("besked")
        .select("id")
        .where("borger_id", "=", AHMAD)
        .where("tekst", "like", "%Roskilde Lager & Logistik%")
        .execute(),
    }));
    expect(rows).toHaveLength(1);
    expect(beskeder).toHaveLength(1);
  });

  test("applying for a small job on the opgavebørs: a receipt, accepted contact and a job-log entry, once", async () => {
    const s = await t.call(mette, "GET", "/api/borger/opgaveboers?q=scanning&postnr=4000&afstand=30");
    expect(s.status, s.text).toBe(200);
    const hit = (body(s).ordrer as J[]).find((o) => o.id === SCANNING)!;
    expect(hit).toMatchObject({ art: "smaajob", opgaveboers: true, kontakt: null });
    expect(typeof hit.score).toBe("number");
    const praktik = body(await t.call(mette, "GET", "/api/borger/opgaveboers?art=virksomhedspraktik")).ordrer as {
      art: string;
    }[];
    expect(praktik.every((o) => o.art === "virksomhedspraktik")).toBe(true);
    const noegleId = randomUUID();
    const svar = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.call(mette, "POST", `/api/borger/job/${SCANNING}/ansoeg`, {
          idempotensnoegle: noegleId,
          besked: "Jeg kan starte i morgen.",
        }),
      ),
    );
    for (const r of svar) expect(r.status, r.text).toBe(201);
    const kv = body(svar[0]!);
    expect(kv.kvittering).toMatch(/^JOB-[0-9A-F]{8}$/);
    expect(kv.status).toBe("accepteret");
    expect(new Set(svar.map((r) => body(r).kontaktId)).size).toBe(1);
    const log = body(await t.call(mette, "GET", "/api/borger/joblog")).ansoegninger as J[];
    const hits = log.filter((a) => a.stilling === "Småjob: scanning og arkivering 10 timer om ugen");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ id: kv.joblogId, arbejdsgiver: "Trekroner Kontorservice ApS", dato: IDAG });
    // the employer sees who applied (applying is consent)
    const k = body(await t.call(kim, "GET", `/api/jobordre/${SCANNING}/kontakter`)).kontakter as J[];
    expect(k.find((x) => x.id === kv.kontaktId)).toMatchObject({
      kilde: "ansoegning",
      person: { navn: "Mette Nielsen" },
    });
  });

  test("the citizen's matched jobs explain themselves; the jobkonsulent's view is logged; formidling needs consent", async () => {
    const r = await t.call(mette, "GET", "/api/borger/job");
    expect(r.status, r.text).toBe(200);
    const job = body(r);
    expect(job.harCv).toBe(true);
    const kontor = (job.ordrer as J[]).find((o) => o.ordreId === KONTOR);
    expect(kontor, "the office order matches Mette").toBeDefined();
    expect(kontor!.forklaring.punkter.length).toBeGreaterThan(0);
    expect(Array.isArray(kontor!.mangler)).toBe(true);
    expect(job.ordrer[0].score).toBeGreaterThanOrEqual(job.ordrer.at(-1).score);

    const foer = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx
        .selectFrom("adgangslog")
        .select("id")
        .where("borger_id", "=", METTE)
        .where("handling", "=", "Læst matchede job")
        .execute(),
    );
    const s = await t.call(lone, "GET", `/api/medarbejder/borgere/${METTE}/job`);
    expect(s.status, s.text).toBe(200);
    expect(body(s).borger.navn).toBe("Mette Nielsen");
    const efter = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx
        .selectFrom("adgangslog")
        .select("id")
        .where("borger_id", "=", METTE)
        .where("handling", "=", "Læst matchede job")
        .execute(),
    );
    expect(efter.length).toBe(foer.length + 1);

    const f = await t.call(lone, "POST", `/api/medarbejder/borgere/${METTE}/formidling`, {
      ordreId: LAGER,
      besked: "Jeg tror, du passer til lageret.",
      idempotensnoegle: randomUUID(),
    });
    expect(f.status, f.text).toBe(201);
    expect(body(f)).toMatchObject({ kilde: "formidling", status: "afventer" });
    expect(
      (
        await t.call(kim, "POST", `/api/medarbejder/borgere/${METTE}/formidling`, {
          ordreId: LAGER,
          idempotensnoegle: randomUUID(),
        })
      ).status,
    ).toBe(403);
    const k1 = body(await t.call(kim, "GET", `/api/jobordre/${LAGER}/kontakter`)).kontakter as J[];
    expect(k1.find((x) => x.id === body(f).id)).toMatchObject({
      kilde: "formidling",
      status: "afventer",
      person: null,
    });
    expect((await t.call(mette, "POST", `/api/borger/kontakt/${body(f).id}/svar`, { svar: "accepter" })).status).toBe(
      200,
    );
    const k2 = body(await t.call(kim, "GET", `/api/jobordre/${LAGER}/kontakter`)).kontakter as J[];
    expect(k2.find((x) => x.id === body(f).id)!.person.navn).toBe("Mette Nielsen");
  });

  test("the index stays current: a CV hidden or an order closed is gone on the next request, and back again", async () => {
    const k = kode(TOEMRER, AHMAD);
    const har = async () =>
      (
        body(await t.call(anders, "GET", `/api/jobordre/${TOEMRER}/kandidater`)).kandidater as { kandidatId: string }[]
      ).some((c) => c.kandidatId === k);
    expect(await har()).toBe(true);
    const saet = (synlig: boolean) =>
      withTenant(t.db, DEMO.roskilde, (tx) =>
        tx
          .updateTable("cv")
          .set({ synlig, version: sql<number>`version + 1`, opdateret: t.clock.now() })
          .where("borger_id", "=", AHMAD)
          .execute(),
      );
    await saet(false);
    expect(await har()).toBe(false);
    await saet(true);
    expect(await har()).toBe(true);

    const harKontor = async () =>
      (body(await t.call(mette, "GET", "/api/borger/job")).ordrer as { ordreId: string }[]).some(
        (o) => o.ordreId === KONTOR,
      );
    expect(await harKontor()).toBe(true);
    const status = (s: "aaben" | "besat") =>
      withTenant(t.db, DEMO.roskilde, (tx) =>
        tx
          .updateTable("jobordre")
          .set({ status: s, version: sql<number>`version + 1`, opdateret: t.clock.now() })
          .where("id", "=", KONTOR)
          .execute(),
      );
    await status("besat");
    expect(await harKontor()).toBe(false);
    await status("aaben");
    expect(await harKontor()).toBe(true);
  });

  test("across the border: a Køge order that takes neighbours sees opted-in Roskilde CVs, anonymised; nobody else", async () => {
    // a citizen far away (Aalborg) who lets neighbours see her CV must never appear
    const fjern = randomUUID();
    await withSystem(t.db, async (tx) => {
      await tx
        .insertInto("borger")
        .values({
          id: fjern,
          kommunekode: "0851",
          cpr_krypteret: "x",
          cpr_noegle_id: "k1",
          cpr_hash: `test-${fjern}`,
          fornavn: "Fjern",
          efternavn: "Borger",
          foedselsdato: "1990-01-01",
          koen: "K",
          postnr: "9000",
          maalgruppe: "DAGPENGE",
          uddannelse: "GRUNDSKOLE",
        })
        .execute();
      await tx
        .insertInto("cv")
        .values({ borger_id: fjern, kommunekode: "0851", synlig: true, synlig_naboer: true, opdateret: t.clock.now() })
        .execute();
    });
    const r = await t.call(camilla, "GET", `/api/jobordre/${KOEGE_LAGER}/kandidater`);
    expect(r.status, r.text).toBe(200);
    const k = body(r).kandidater as J[];
    const m = k.find((x) => x.kandidatId === kode(KOEGE_LAGER, METTE));
    expect(m, "Mette (Roskilde, visible to neighbours) is a candidate").toBeDefined();
    expect(m!.nabokommune).toBe(true);
    // Ahmad did not opt in; the far citizen is not a neighbour
    expect(k.some((x) => x.kandidatId === kode(KOEGE_LAGER, AHMAD))).toBe(false);
    expect(k.some((x) => x.kandidatId === kode(KOEGE_LAGER, fjern))).toBe(false);
    ingenIdentitet(r.text);
    expect(r.text).not.toContain("Fjern");
    // an order that does not take neighbours sees only its own municipality
    const egen = body(await t.call(camilla, "GET", `/api/jobordre/${KOEGE_HAVN}/kandidater`)).kandidater as J[];
    expect(egen.some((x) => x.nabokommune)).toBe(false);
    // the same from Roskilde: an order with neighbours sees no Køge citizen without a visible, opted-in CV
    const ros = body(await t.call(anders, "GET", `/api/jobordre/${TOEMRER}/kandidater`)).kandidater as J[];
    expect(ros.some((x) => x.kandidatId === kode(TOEMRER, JONAS))).toBe(false);
    expect(ros.some((x) => x.kandidatId === kode(TOEMRER, fjern))).toBe(false);
    // contact across the border: a request in Mette's municipality naming the Køge order; identity only on acceptance
    const kontakt = await t.call(camilla, "POST", `/api/jobordre/${KOEGE_LAGER}/kandidater/${m!.kandidatId}/kontakt`, {
      idempotensnoegle: randomUUID(),
    });
    expect(kontakt.status, kontakt.text).toBe(201);
    const id = body(kontakt).kontakt.id;
    const row = await withSystem(t.db, (tx) =>
      tx
        .selectFrom("kontaktanmodning")
        .select(["kommunekode", "ordre_kommunekode", "borger_id"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow(),
    );
    expect(row).toEqual({ kommunekode: DEMO.roskilde, ordre_kommunekode: DEMO.koege, borger_id: METTE });
    const liste = await t.call(camilla, "GET", `/api/jobordre/${KOEGE_LAGER}/kontakter`);
    ingenIdentitet(liste.text);
    // Jonas of Køge also had a request (demo) and has not answered: still anonymous
    const mine = body(await t.call(mette, "GET", "/api/borger/kontakt")).kontakter as J[];
    expect(mine.find((x) => x.id === id)!.ordre).toMatchObject({
      titel: "Lagermedarbejder med løntilskud",
      virksomhed: "Køge Havnelogistik A/S",
      nabokommune: true,
    });
    expect((await t.call(mette, "POST", `/api/borger/kontakt/${id}/svar`, { svar: "accepter" })).status).toBe(200);
    const efter = body(await t.call(camilla, "GET", `/api/jobordre/${KOEGE_LAGER}/kontakter`)).kontakter as J[];
    expect(efter.find((x) => x.id === id)).toMatchObject({ nabokommune: true, person: { navn: "Mette Nielsen" } });
    // the Køge employer still cannot read Roskilde's rows directly
    const direkte = await withTenant(t.db, DEMO.koege, (tx) =>
      tx.selectFrom("kontaktanmodning").select("id").where("id", "=", id).execute(),
    );
    expect(direkte).toHaveLength(0);
  });
});
