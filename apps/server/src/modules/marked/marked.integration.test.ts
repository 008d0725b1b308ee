import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTenant } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { DEMO, DEMO_CITIZENS } from "../../seed/demo.ts";
import { demoId } from "../../seed/ids.ts";
import { DEMO_MARKED } from "../../seed/marked.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";
import { uger } from "./model.ts";
import { opretUdbud, skiftStatus, tegnebog, tildel, tilmeld, tokenOverblik, udloeb } from "./store.ts";

const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;
const ahmad = DEMO_CITIZENS.find((c) => c.subject === "borger-ahmad")!;
const R = DEMO_MARKED[DEMO.roskilde]!;
const K = DEMO_MARKED[DEMO.koege]!;
const SYSTEM = { id: null, navn: "Test" };
const IDAG = "2026-11-23";
/** the demo's webinar (30 tokens, live modules of 25 seats), truck certificate (blended, 40) and SOSU course (60) */
const WEBINAR = demoId(3004);
const SOSU = demoId(3006);

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

describe.each(engines())("the marketplace on %s", (engine) => {
  let t: TestApp;
  let borger: TestSession;
  let jonas: TestSession;
  let jk: TestSession;
  let lev: TestSession;
  let admin: TestSession;
  const roskilde = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(t.db, DEMO.roskilde, fn);
  const nu = () => t.clock.now();

  /** New citizens of Roskilde (or Køge) in a target group, straight into the table. */
  async function nyeBorgere(antal: number, maalgruppe: string, kommunekode: string = DEMO.roskilde) {
    const ids = Array.from({ length: antal }, () => randomUUID());
    await t.db
      .insertInto("borger")
      .values(
        ids.map((id) => ({
          id,
          kommunekode,
          cpr_krypteret: "x",
          cpr_noegle_id: "test",
          cpr_hash: id,
          fornavn: "Test",
          efternavn: "Borger",
          foedselsdato: "1990-01-01",
          koen: "K" as const,
          maalgruppe,
          uddannelse: "GRUNDSKOLE",
        })),
      )
      .execute();
    return ids;
  }

  /** An approved offer made through the store, as the demo's provider. */
  async function godkendtUdbud(input: Record<string, unknown>) {
    return roskilde(async (tx) => {
      const u = await opretUdbud(
        tx,
        R.leverandoerId,
        {
          titel: "Testforløb",
          beskrivelse: "Et forløb, som testene bruger til at prøve markedspladsens regler af.",
          art: "online",
          sprog: ["da"],
          niveau: "begynder",
          varighedUger: 2,
          timerPrUge: 3,
          kompetencer: [],
          maalgrupper: [],
          prisTokens: 20,
          abonnement: false,
          moduler: [],
          ...input,
        } as never,
        { indsend: true, idempotens: randomUUID() },
        nu(),
      );
      await skiftStatus(tx, u.id, "godkendt", SYSTEM, { leverandoerId: null }, nu());
      return u.id;
    });
  }

  /** A grant rule through the store, granted at once. */
  async function regel(maalgruppe: string, tokens: number, udloebDage: number | null) {
    const id = randomUUID();
    await roskilde(async (tx) => {
      await tx
        .insertInto("token_regel")
        .values({
          id,
          kommunekode: sql<string>`current_kommunekode()`,
          maalgruppe,
          tokens,
          gyldig_fra: IDAG,
          gyldig_til: null,
          udloeb_dage: udloebDage,
          oprettet_af: null,
          oprettet: nu(),
        })
        .execute();
      await tildel(tx, id, SYSTEM, nu());
    });
    return id;
  }

  const fejlkode = (e: unknown) => (e instanceof AppError ? e.code : String(e));
  const mettesSaldo = async () => body(await t.call(borger, "GET", "/api/borger/marked/tokens")).saldo as number;
  const haendelser = (borgerId: string, type: string) =>
    t.db.selectFrom("sag_haendelse").selectAll().where("borger_id", "=", borgerId).where("type", "=", type).execute();
  const planpunkt = (id: string) =>
    t.db.selectFrom("jobplan_punkt").selectAll().where("id", "=", id).executeTakeFirst();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
    borger = await t.login("borger", "borger-mette");
    jonas = await t.login("borger", "borger-jonas");
    jk = await t.login("medarbejder", "jk-lone");
    lev = await t.login("leverandoer", "lev-hanne");
    admin = await t.login("medarbejder", "admin-jens");
  });
  afterAll(() => t?.close());

  test("a provider's blended offer: refused without a physical module, then submitted, approved and seen by the citizen only in Roskilde", async () => {
    const noegle = randomUUID();
    const udbud = {
      titel: "Lagerarbejde med truck – blandet forløb",
      beskrivelse: "Teori online om lagerarbejde og sikkerhed, derefter en praktisk dag på kursuspladsen i Roskilde.",
      art: "blended",
      sprog: ["da"],
      niveau: "begynder",
      varighedUger: 2,
      timerPrUge: 10,
      prisTokens: 30,
      moduler: [
        {
          titel: "Teori online",
          form: "digital",
          start: "2026-12-01T08:00:00Z",
          slut: "2026-12-01T10:00:00Z",
          kapacitet: 50,
        },
      ],
      indsend: false,
      idempotensnoegle: noegle,
    };
    const forkert = await t.call(lev, "POST", "/api/leverandoer/udbud", udbud);
    expect(forkert.status, forkert.text).toBe(400);
    expect(body(forkert).code).toBe("VALIDATION_FAILED");
    expect(body(forkert).errors).toContainEqual({
      path: "body.moduler",
      message: "Et fysisk eller blandet forløb skal have mindst ét fysisk modul",
    });
    expect(await t.db.selectFrom("udbud").select("id").where("idempotens", "=", noegle).execute()).toEqual([]);

    const fysisk = {
      titel: "Praktisk dag",
      form: "fysisk",
      start: "2026-12-10T08:00:00Z",
      slut: "2026-12-10T14:00:00Z",
      sted: "Kursushuset Sjælland, Københavnsvej 100, 4000 Roskilde",
      kapacitet: 10,
    };
    const r = await t.call(lev, "POST", "/api/leverandoer/udbud", { ...udbud, moduler: [...udbud.moduler, fysisk] });
    expect(r.status, r.text).toBe(201);
    const id = body(r).id as string;
    expect(body(r)).toMatchObject({ status: "kladde", art: "blended", leverandoer: "Kursushuset Sjælland ApS" });
    expect(body(r).moduler.map((m: { form: string; ledige: number }) => [m.form, m.ledige])).toEqual([
      ["digital", 50],
      ["fysisk", 10],
    ]);
    // not visible to citizens, nor for approval, while a draft
    expect(
      body(await t.call(borger, "GET", "/api/borger/marked/udbud")).map((u: { id: string }) => u.id),
    ).not.toContain(id);
    expect((await t.call(borger, "GET", `/api/borger/marked/udbud/${id}`)).status).toBe(404);

    const indsendt = await t.call(lev, "POST", `/api/leverandoer/udbud/${id}/status`, { status: "indsendt" });
    expect(body(indsendt).status).toBe("indsendt");
    const venter = body(await t.call(admin, "GET", "/api/admin/marked/udbud?status=indsendt"));
    expect(venter.map((u: { id: string }) => u.id)).toContain(id);
    const godkendt = await t.call(admin, "POST", `/api/admin/marked/udbud/${id}/behandl`, { beslutning: "godkendt" });
    expect(godkendt.status, godkendt.text).toBe(200);
    expect(body(godkendt).status).toBe("godkendt");
    // an approved offer is locked for the provider
    const ret = await t.call(lev, "PUT", `/api/leverandoer/udbud/${id}`, {
      ...udbud,
      moduler: [fysisk],
      indsend: undefined,
      idempotensnoegle: undefined,
    });
    expect(body(ret).code).toBe("UDBUD_LAAST");

    const liste = body(await t.call(borger, "GET", "/api/borger/marked/udbud"));
    expect(liste.map((u: { id: string }) => u.id)).toContain(id);
    const et = await t.call(borger, "GET", `/api/borger/marked/udbud/${id}`);
    expect(et.status).toBe(200);
    expect(body(et)).toMatchObject({ titel: udbud.titel, prisTokens: 30 });
    // Køge's citizen sees neither the offer nor the list entry
    expect((await t.call(jonas, "GET", `/api/borger/marked/udbud/${id}`)).status).toBe(404);
    expect(body(await t.call(jonas, "GET", "/api/borger/marked/udbud")).map((u: { id: string }) => u.id)).not.toContain(
      id,
    );
  });

  test("enrolling with tokens: the price is spent once per key; too few tokens or a second enrolment is refused and writes nothing", async () => {
    const foer = await mettesSaldo();
    expect(foer).toBeGreaterThanOrEqual(30);
    expect(foer).toBeLessThan(60 + 30);
    const ledige = async () =>
      body(await t.call(borger, "GET", `/api/borger/marked/udbud/${WEBINAR}`)).moduler.map(
        (m: { ledige: number }) => m.ledige,
      );
    const pladserFoer = await ledige();

    const noegle = randomUUID();
    const r = await t.call(borger, "POST", "/api/borger/marked/tilmeldinger", {
      udbudId: WEBINAR,
      idempotensnoegle: noegle,
    });
    expect(r.status, r.text).toBe(201);
    expect(body(r)).toMatchObject({
      udbudId: WEBINAR,
      status: "tilmeldt",
      tokens: 30,
      kilde: "borger",
      formeltTilbud: false,
    });
    expect(await mettesSaldo()).toBe(foer - 30);
    expect(await ledige()).toEqual(pladserFoer.map((n: number) => n - 1));

    const igen = await t.call(borger, "POST", "/api/borger/marked/tilmeldinger", {
      udbudId: WEBINAR,
      idempotensnoegle: noegle,
    });
    expect(body(igen).id).toBe(body(r).id);
    expect(await mettesSaldo()).toBe(foer - 30);
    expect(await t.db.selectFrom("tilmelding").select("id").where("idempotens", "=", noegle).execute()).toHaveLength(1);
    expect(
      await t.db
        .selectFrom("token_post")
        .select("antal")
        .where("tilmelding_id", "=", body(r).id)
        .where("art", "=", "forbrug")
        .execute(),
    ).toEqual([{ antal: -30 }]);

    const tilmeldinger = async () =>
      (await t.db.selectFrom("tilmelding").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n;
    const poster = async () =>
      (await t.db.selectFrom("token_post").select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n;
    const [n, p] = [await tilmeldinger(), await poster()];
    const dyr = await t.call(borger, "POST", "/api/borger/marked/tilmeldinger", {
      udbudId: SOSU,
      idempotensnoegle: randomUUID(),
    });
    expect(dyr.status).toBe(409);
    expect(body(dyr).code).toBe("TOKEN_SALDO_UTILSTRAEKKELIG");
    expect(body(dyr).title).toMatch(/tokens nok/);
    expect([await tilmeldinger(), await poster()]).toEqual([n, p]);
    expect(await mettesSaldo()).toBe(foer - 30);

    const dobbelt = await t.call(borger, "POST", "/api/borger/marked/tilmeldinger", {
      udbudId: WEBINAR,
      idempotensnoegle: randomUUID(),
    });
    expect(dobbelt.status).toBe(409);
    expect(body(dobbelt).code).toBe("TILMELDING_FINDES");
    expect([await tilmeldinger(), await poster()]).toEqual([n, p]);
    expect(await ledige()).toEqual(pladserFoer.map((n: number) => n - 1));

    // cancelling within the period: every token back, with the reason, and the seats free again
    const afmeld = await t.call(borger, "POST", `/api/borger/marked/tilmeldinger/${body(r).id}/afmeld`, {
      aarsag: "Fik job",
    });
    expect(afmeld.status, afmeld.text).toBe(200);
    expect(body(afmeld).tilmelding).toMatchObject({ status: "afmeldt", afmeldtAarsag: "Fik job" });
    expect(body(afmeld).refusion).toEqual({
      tokens: 30,
      grund: "Du får alle 30 tokens tilbage, fordi du afmelder dig inden for 14 dage og har gennemført højst 25 %.",
    });
    expect(await mettesSaldo()).toBe(foer);
    expect(await ledige()).toEqual(pladserFoer);
    const post = body(await t.call(borger, "GET", "/api/borger/marked/tokens")).poster.find(
      (x: { art: string; tilmelding_id: string }) => x.art === "refusion" && x.tilmelding_id === body(r).id,
    );
    expect(post).toMatchObject({ antal: 30, tekst: body(afmeld).refusion.grund });

    // cancelling again answers the same, without a second refund or a second seat released
    const igenAfmeld = await t.call(borger, "POST", `/api/borger/marked/tilmeldinger/${body(r).id}/afmeld`, {});
    expect(igenAfmeld.status).toBe(200);
    expect(body(igenAfmeld).tilmelding.status).toBe("afmeldt");
    expect(body(igenAfmeld).refusion.tokens).toBe(30);
    expect(await mettesSaldo()).toBe(foer);
    expect(await ledige()).toEqual(pladserFoer);

    // another citizen cannot cancel Mette's enrolment
    expect(
      (await t.call(jonas, "POST", `/api/borger/marked/tilmeldinger/${R.tilmeldingAfmeldId}/afmeld`, {})).status,
    ).toBe(404);
  });

  test("cancelling after the municipality's period gives nothing back", async () => {
    const foer = await mettesSaldo();
    const regel = await t.call(admin, "PUT", "/api/admin/marked/refusion", { dage: 1, maksFremskridt: 25 });
    expect(regel.status, regel.text).toBe(200);
    try {
      // the demo enrolment was made three days before today, for 25 tokens
      const r = await t.call(borger, "POST", `/api/borger/marked/tilmeldinger/${R.tilmeldingAfmeldId}/afmeld`, {});
      expect(r.status, r.text).toBe(200);
      expect(body(r).tilmelding.status).toBe("afmeldt");
      expect(body(r).refusion).toEqual({
        tokens: 0,
        grund: "Du får ikke tokens tilbage: du meldte dig til for 3 dage siden, og kommunens frist er 1 dage.",
      });
      expect(await mettesSaldo()).toBe(foer);
      expect(
        await t.db
          .selectFrom("token_post")
          .select("id")
          .where("noegle", "=", `refusion:${R.tilmeldingAfmeldId}`)
          .execute(),
      ).toEqual([]);
      const igen = await t.call(borger, "POST", `/api/borger/marked/tilmeldinger/${R.tilmeldingAfmeldId}/afmeld`, {});
      expect(body(igen).refusion.tokens).toBe(0);
      expect(body(igen).tilmelding.status).toBe("afmeldt");
    } finally {
      await t.call(admin, "PUT", "/api/admin/marked/refusion", { dage: 14, maksFremskridt: 25 });
    }
  });

  test("a module of 3 seats and 10 citizens at once: exactly 3 get a seat", async () => {
    const udbudId = await godkendtUdbud({
      art: "fysisk",
      abonnement: true,
      prisTokens: null,
      moduler: [
        {
          titel: "Hold",
          form: "fysisk",
          start: "2026-12-14T08:00:00Z",
          slut: "2026-12-14T14:00:00Z",
          sted: "Kursushuset Sjælland, Roskilde",
          kapacitet: 3,
        },
      ],
    });
    const borgere = await nyeBorgere(10, "FLEKSJOB_LEDIGHEDSYDELSE");
    const svar = await Promise.all(
      borgere.map((borgerId) =>
        roskilde((tx) =>
          tilmeld(tx, { udbudId, borgerId, kilde: "borger", formelt: false, idempotens: randomUUID() }, SYSTEM, nu()),
        ).then(
          () => "ok",
          (e) => fejlkode(e),
        ),
      ),
    );
    expect(svar.filter((s) => s === "ok")).toHaveLength(3);
    expect(svar.filter((s) => s !== "ok")).toEqual(Array(7).fill("UDBUD_FULDT"));
    const modul = await t.db
      .selectFrom("udbud_modul")
      .select(["optaget", "kapacitet"])
      .where("udbud_id", "=", udbudId)
      .execute();
    expect(modul).toEqual([{ optaget: 3, kapacitet: 3 }]);
    const rows = await t.db.selectFrom("tilmelding").select("id").where("udbud_id", "=", udbudId).execute();
    expect(rows).toHaveLength(3);
    const sæder = await t.db
      .selectFrom("tilmelding_modul")
      .select("tilmelding_id")
      .where(
        "tilmelding_id",
        "in",
        rows.map((r) => r.id),
      )
      .execute();
    expect(sæder).toHaveLength(3);
  });

  test("30 spends at once on a wallet with tokens for 5: exactly 5, the balance ends at 0 and the ledger balances", async () => {
    const [borgerId] = await nyeBorgere(1, "JOBAFKLARING");
    await regel("JOBAFKLARING", 100, null);
    const udbud: string[] = [];
    for (let i = 0; i < 30; i++) udbud.push(await godkendtUdbud({ titel: `Kort forløb ${i + 1}`, prisTokens: 20 }));
    expect((await roskilde((tx) => tegnebog(tx, borgerId!))).saldo).toBe(100);

    const svar = await Promise.all(
      udbud.map((udbudId) =>
        roskilde((tx) =>
          tilmeld(
            tx,
            { udbudId, borgerId: borgerId!, kilde: "borger", formelt: false, idempotens: randomUUID() },
            SYSTEM,
            nu(),
          ),
        ).then(
          () => "ok",
          (e) => fejlkode(e),
        ),
      ),
    );
    expect(svar.filter((s) => s === "ok")).toHaveLength(5);
    expect(svar.filter((s) => s !== "ok")).toEqual(Array(25).fill("TOKEN_SALDO_UTILSTRAEKKELIG"));
    const pung = await roskilde((tx) => tegnebog(tx, borgerId!));
    expect(pung.saldo).toBe(0);
    expect(pung.poster.filter((p) => p.art === "forbrug").map((p) => p.antal)).toEqual(Array(5).fill(-20));
    // never below zero: one grant of 100 and five spends of 20, nothing more (all entries carry the same test time)
    expect(pung.poster.map((p) => [p.art, p.antal]).sort()).toEqual([
      ["forbrug", -20],
      ["forbrug", -20],
      ["forbrug", -20],
      ["forbrug", -20],
      ["forbrug", -20],
      ["tildeling", 100],
    ]);
    expect(await t.db.selectFrom("tilmelding").select("id").where("borger_id", "=", borgerId!).execute()).toHaveLength(
      5,
    );
    expect((await roskilde((tx) => tokenOverblik(tx))).bevaret).toBe(true);
  });

  test("the same key twice at once: one enrolment, one spend, and both answer it", async () => {
    const [borgerId] = await nyeBorgere(1, "UDDANNELSESHJAELP_AKTIVITETSPARAT");
    await regel("UDDANNELSESHJAELP_AKTIVITETSPARAT", 40, null);
    const udbudId = await godkendtUdbud({ titel: "Forløb til dobbelt tilmelding", prisTokens: 20 });
    const idempotens = randomUUID();
    const svar = await Promise.all(
      [1, 2].map(() =>
        roskilde((tx) =>
          tilmeld(tx, { udbudId, borgerId: borgerId!, kilde: "borger", formelt: false, idempotens }, SYSTEM, nu()),
        ).then(
          (r) => r.tilmelding.id,
          (e) => fejlkode(e),
        ),
      ),
    );
    // a retry that waited behind the first attempt answers the first result, not "already enrolled"
    expect(svar[1]).toBe(svar[0]);
    expect(
      await t.db.selectFrom("tilmelding").select("id").where("idempotens", "=", idempotens).execute(),
    ).toHaveLength(1);
    expect((await roskilde((tx) => tegnebog(tx, borgerId!))).saldo).toBe(20);
  });

  test("the caseworker assigns an offer as a formal tilbud; the provider's reports follow it onto the case", async () => {
    const saldoFoer = await mettesSaldo();
    const kommunenFoer = (await roskilde((tx) => tokenOverblik(tx))).kommunensSaldo;
    const r = await t.call(jk, "POST", `/api/medarbejder/borgere/${mette.id}/marked/tilbud`, {
      udbudId: R.udbudTilbudId,
      start: IDAG,
      idempotensnoegle: randomUUID(),
    });
    expect(r.status, r.text).toBe(201);
    const tid = body(r).id as string;
    expect(body(r)).toMatchObject({
      kilde: "jobkonsulent",
      formeltTilbud: true,
      status: "tilmeldt",
      start: IDAG,
      tokens: 40,
    });
    const slut = body(r).slut as string;
    // the course lasts 3 weeks, and its last physical day is 15 days from now
    expect(slut).toBe("2026-12-13");

    const start = await haendelser(mette.id, "TILBUD_START");
    const denne = start.find((h) => h.id === tid);
    expect(denne).toMatchObject({ uger: uger(IDAG, slut), registreret_af: expect.any(String) });
    expect(denne!.uger).toBe(3);
    expect(await planpunkt(tid)).toMatchObject({
      art: "aktivitet",
      status: "planlagt",
      aftalt_med_borger: true,
      borger_id: mette.id,
    });
    // paid by the municipality, not by the citizen
    expect(await mettesSaldo()).toBe(saldoFoer);
    expect((await roskilde((tx) => tokenOverblik(tx))).kommunensSaldo).toBe(kommunenFoer - 40);

    const rapport = (id: string, b: Record<string, unknown>) =>
      t.call(lev, "POST", `/api/leverandoer/tilmeldinger/${id}/rapport`, { idempotensnoegle: randomUUID(), ...b });
    const moedt = await rapport(tid, { art: "fremmoede", dato: IDAG });
    expect(moedt.status, moedt.text).toBe(200);
    expect(body(moedt).status).toBe("startet");
    expect((await planpunkt(tid))!.status).toBe("i_gang");

    const faerdig = await rapport(tid, { art: "gennemfoert", dato: IDAG });
    expect(body(faerdig)).toMatchObject({ status: "gennemfoert", fremskridt: 100 });
    expect((await planpunkt(tid))!.status).toBe("gennemfoert");
    const afsluttet = await haendelser(mette.id, "TILBUD_AFSLUTTET");
    expect(afsluttet).toHaveLength(1);
    expect(afsluttet[0]).toMatchObject({ dato: IDAG });
    expect(afsluttet[0]!.beskrivelse).toMatch(/Gennemført/);

    const efter = await rapport(tid, { art: "fremskridt", dato: IDAG, fremskridt: 50 });
    expect(efter.status).toBe(409);
    expect(body(efter).code).toBe("TILMELDING_AFSLUTTET");

    // a date that has not come yet, on a running enrolment
    const fremtid = await rapport(R.tilmeldingRapportId, { art: "fremskridt", dato: "2026-11-24", fremskridt: 60 });
    expect(fremtid.status).toBe(422);
    expect(body(fremtid).code).toBe("RAPPORT_FREMTID");
    expect(
      await t.db
        .selectFrom("tilmelding_rapport")
        .select("id")
        .where("tilmelding_id", "=", R.tilmeldingRapportId)
        .where("dato", "=", "2026-11-24")
        .execute(),
    ).toEqual([]);

    // absence on a formal tilbud is an event the rules engine sees
    const a = await t.call(jk, "POST", `/api/medarbejder/borgere/${ahmad.id}/marked/tilbud`, {
      udbudId: R.udbudTilbudId,
      start: IDAG,
      idempotensnoegle: randomUUID(),
    });
    expect(a.status, a.text).toBe(201);
    const fravaer = await rapport(body(a).id, { art: "fravaer", dato: IDAG, bemaerkning: "Ikke mødt" });
    expect(fravaer.status, fravaer.text).toBe(200);
    expect(body(fravaer).status).toBe("tilmeldt");
    const udeblevet = await haendelser(ahmad.id, "TILBUD_UDEBLEVET");
    expect(udeblevet).toHaveLength(1);
    expect(udeblevet[0]).toMatchObject({ dato: IDAG });
    expect(udeblevet[0]!.beskrivelse).toMatch(/Ikke mødt/);

    // Køge's provider cannot report on Roskilde's enrolment
    const levKoege = await t.login("leverandoer", "lev-koege");
    const fremmed = await t.call(levKoege, "POST", `/api/leverandoer/tilmeldinger/${body(a).id}/rapport`, {
      art: "fremmoede",
      dato: IDAG,
      idempotensnoegle: randomUUID(),
    });
    expect(fremmed.status).toBe(404);
  });

  test("the caseworker's look at the citizen's marketplace is logged where the citizen can see it", async () => {
    const r = await t.call(jk, "GET", `/api/medarbejder/borgere/${mette.id}/marked`);
    expect(r.status, r.text).toBe(200);
    expect(body(r).tokens).toBe(await mettesSaldo());
    expect(body(r).tilmeldinger.map((x: { udbudId: string }) => x.udbudId)).toContain(R.udbudTilbudId);
    const log = body(await t.call(borger, "GET", "/api/borger/adgangslog"));
    expect(log).toContainEqual(
      expect.objectContaining({
        handling: "Læst forløb og tilbud",
        ressource: "marked",
        aktoerNavn: expect.any(String),
      }),
    );
    // a Køge caseworker cannot open her
    const sara = await t.login("medarbejder", "jk-sara");
    expect((await t.call(sara, "GET", `/api/medarbejder/borgere/${mette.id}/marked`)).status).toBe(404);
  });

  test("a grant rule gives its tokens once per citizen, and a rule larger than the budget grants nobody", async () => {
    const borgere = await nyeBorgere(2, "RESSOURCEFORLOEB");
    await nyeBorgere(1, "RESSOURCEFORLOEB", DEMO.koege);
    const id = randomUUID();
    const ny = await t.call(admin, "POST", "/api/admin/marked/regler", {
      id,
      maalgruppe: "RESSOURCEFORLOEB",
      tokens: 25,
      gyldigFra: IDAG,
    });
    expect(ny.status, ny.text).toBe(201);
    const foer = (await roskilde((tx) => tokenOverblik(tx))).kommunensSaldo;
    const r = await t.call(admin, "POST", `/api/admin/marked/regler/${id}/tildel`);
    expect(r.status, r.text).toBe(200);
    expect(body(r)).toEqual({ modtagere: 2, tokens: 50 });
    for (const b of borgere) expect((await roskilde((tx) => tegnebog(tx, b))).saldo).toBe(25);
    expect(body(await t.call(admin, "POST", `/api/admin/marked/regler/${id}/tildel`))).toEqual({
      modtagere: 0,
      tokens: 0,
    });
    const oversigt = body(await t.call(admin, "GET", "/api/admin/marked/tokens"));
    expect(oversigt.regnskab.kommunensSaldo).toBe(foer - 50);
    expect(oversigt.regnskab.bevaret).toBe(true);
    expect(oversigt.regler.map((x: { id: string }) => x.id)).toContain(id);

    const stor = randomUUID();
    await t.call(admin, "POST", "/api/admin/marked/regler", {
      id: stor,
      maalgruppe: "RESSOURCEFORLOEB",
      tokens: 100_000,
      gyldigFra: IDAG,
    });
    const for_stor = await t.call(admin, "POST", `/api/admin/marked/regler/${stor}/tildel`);
    expect(for_stor.status).toBe(409);
    expect(body(for_stor).code).toBe("TOKEN_BUDGET_UTILSTRAEKKELIG");
    expect(await t.db.selectFrom("token_post").select("id").where("regel_id", "=", stor).execute()).toEqual([]);
    for (const b of borgere) expect((await roskilde((tx) => tegnebog(tx, b))).saldo).toBe(25);
    // Køge's rule cannot be granted from Roskilde
    expect((await t.call(admin, "POST", `/api/admin/marked/regler/${K.regelId}/tildel`)).status).toBe(404);
  });

  test("granted tokens expire after the rule's days: the unspent part leaves the wallet, once", async () => {
    const [brugt, ubrugt] = await nyeBorgere(2, "REVALIDERING");
    await regel("REVALIDERING", 50, 30);
    const udbudId = await godkendtUdbud({ titel: "Forløb til udløbstesten", prisTokens: 20 });
    await roskilde((tx) =>
      tilmeld(
        tx,
        { udbudId, borgerId: brugt!, kilde: "borger", formelt: false, idempotens: randomUUID() },
        SYSTEM,
        nu(),
      ),
    );
    const dag = 86_400_000;
    expect(await roskilde((tx) => udloeb(tx, new Date(nu().getTime() + 29 * dag)))).toBe(0);
    const senere = new Date(nu().getTime() + 31 * dag);
    expect(await roskilde((tx) => udloeb(tx, senere))).toBe(30 + 50);
    const udloebne = await t.db
      .selectFrom("token_post")
      .innerJoin("token_konto", "token_konto.id", "token_post.konto_id")
      .select(["token_konto.borger_id", "token_post.antal", "token_post.tekst"])
      .where("token_post.art", "=", "udloeb")
      .execute();
    expect(udloebne.map((u) => [u.borger_id, u.antal]).sort()).toEqual(
      [
        [brugt, -30],
        [ubrugt, -50],
      ].sort(),
    );
    expect(udloebne[0]!.tekst).toMatch(/inden for 30 dage/);
    expect(await roskilde((tx) => udloeb(tx, senere))).toBe(0);
    for (const b of [brugt!, ubrugt!]) expect((await roskilde((tx) => tegnebog(tx, b))).saldo).toBe(0);
    const regnskab = await roskilde((tx) => tokenOverblik(tx));
    expect(regnskab.udloebet).toBeGreaterThanOrEqual(80);
    expect(regnskab.bevaret).toBe(true);
  });
});
