import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTenant } from "../../platform/db/tenant.ts";
import { DEMO, DEMO_CITIZENS, DEMO_USERS } from "../../seed/demo.ts";
import { DEMO_SAMTALE, samtaleEksempler } from "../../seed/samtale.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";
import { book } from "./booking.ts";
import { jitsiUdbyder, verificerJitsiLink } from "./video.ts";

const ahmad = DEMO_CITIZENS.find((c) => c.subject === "borger-ahmad")!;
const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;
const lone = DEMO_USERS.find((u) => u.subject === "jk-lone")!;
const R = DEMO_SAMTALE[DEMO.roskilde]!;
const jitsi = {
  domaene: "meet.jobunivers.example",
  appId: "jobunivers",
  hemmelighed: "jobunivers-demo-jitsi-secret-32-bytes!",
};

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

describe.each(engines())("conversations on %s", (engine) => {
  let t: TestApp;
  let borger: TestSession;
  let ahmadS: TestSession;
  let jk: TestSession;
  let jkPeter: TestSession;
  const eks = () => samtaleEksempler(DEMO.roskilde, "2026-11-23");
  const haendelser = (borgerId: string, type: string) =>
    t.db
      .selectFrom("sag_haendelse")
      .select(["id", "dato", "kanal", "beskrivelse"])
      .where("borger_id", "=", borgerId)
      .where("type", "=", type)
      .execute();
  const beskeder = (borgerId: string) =>
    t.db
      .selectFrom("besked")
      .select(["art", "emne", "samtale_id", "dokument_id"])
      .where("borger_id", "=", borgerId)
      .orderBy("oprettet")
      .execute();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
    borger = await t.login("borger", "borger-mette");
    ahmadS = await t.login("borger", "borger-ahmad");
    jk = await t.login("medarbejder", "jk-lone");
    jkPeter = await t.login("medarbejder", "jk-peter");
  });
  afterAll(() => t?.close());

  test("the citizen sees the conversations the law asks of them, with deadline, rule and the channels they may choose", async () => {
    // Ahmad (kontanthjælp) is behind on his jobsamtaler (KF-4IN6); Mette (dagpenge) has met what the law asks now
    const r = body(await t.call(ahmadS, "GET", "/api/borger/samtaler"));
    expect(r.behov.map((b: { regelId: string }) => b.regelId)).toContain("KF-4IN6");
    expect(body(await t.call(borger, "GET", "/api/borger/samtaler")).behov).toEqual([]);
    for (const b of r.behov) {
      expect(b.henvisning.lov).toBeTruthy();
      expect(b.frist).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(b.moedetyper.length).toBeGreaterThan(0);
    }
    const jobsamtale = r.moedetyper.find((m: { kode: string }) => m.kode === "jobsamtale");
    expect(jobsamtale.kanalRegel.kanaler).toEqual(["fremmoede", "telefon", "video"]);
    // the citizen does not book the joint conversation with the a-kasse themselves
    expect(r.moedetyper.map((m: { kode: string }) => m.kode)).not.toContain("faelles");
    expect(r.samtaler.map((s: { id: string }) => s.id)).toContain(R.samtaleFremmoedeId);
  });

  test("free times lie before the deadline, inside the caseworker's windows and clear of her bookings", async () => {
    const mine = body(await t.call(ahmadS, "GET", "/api/borger/samtaler"));
    const behov = mine.behov[0];
    const r = await t.call(
      ahmadS,
      "GET",
      `/api/borger/samtaler/tider?moedetypeId=${eks().bookingEksempel.moedetypeId}&kanal=video&regelId=${behov.regelId}`,
    );
    expect(r.status, r.text).toBe(200);
    const tider = body(r).tider as { start: string; medarbejderId: string }[];
    expect(tider.length).toBeGreaterThan(0);
    // an overdue need: as soon as possible, within the booking window
    expect(behov.overskredet).toBe(true);
    const lone = await t.db
      .selectFrom("samtale")
      .select([sql<Date>`lower(blokeret)`.as("fra"), sql<Date>`upper(blokeret)`.as("til")])
      .where("medarbejder_id", "=", tider[0]!.medarbejderId)
      .where("status", "=", "booket")
      .execute();
    for (const s of tider) {
      const start = new Date(s.start).getTime();
      expect(start).toBeGreaterThanOrEqual(t.clock.now().getTime() + 24 * 3_600_000);
      // 45 minutes and the buffer clear every booking of the caseworker
      for (const b of lone.filter(() => s.medarbejderId === tider[0]!.medarbejderId))
        expect(start + 60 * 60_000 <= new Date(b.fra).getTime() || start >= new Date(b.til).getTime()).toBe(true);
      // inside the demo windows: 08:30–12:00 or 12:30–15:00 Danish time (UTC+1 in winter)
      const minut = (new Date(s.start).getUTCHours() + 1) * 60 + new Date(s.start).getUTCMinutes();
      expect((minut >= 510 && minut + 60 <= 720) || (minut >= 750 && minut + 60 <= 900)).toBe(true);
    }
  });

  test("booking is idempotent by key, writes the case event and queues a receipt and reminders", async () => {
    const input = {
      ...eks().bookingEksempel,
      idempotensnoegle: randomUUID(),
      start: eks().medarbejderBookingEksempel.start,
    };
    const first = await t.call(borger, "POST", "/api/borger/samtaler", input);
    expect(first.status, first.text).toBe(201);
    const again = await t.call(borger, "POST", "/api/borger/samtaler", input);
    expect(body(again).id).toBe(body(first).id);
    const rows = await t.db
      .selectFrom("samtale")
      .select("id")
      .where("idempotens", "=", input.idempotensnoegle)
      .execute();
    expect(rows).toHaveLength(1);
    expect((await haendelser(mette.id, "SAMTALE_INDKALDT")).map((h) => h.id)).toContain(body(first).id);
    const queued = await t.db.selectFrom("udsendelse").select("art").where("samtale_id", "=", body(first).id).execute();
    expect(queued.map((q) => q.art).sort()).toEqual(["kvittering", "paamindelse_dag", "paamindelse_timer"]);
  });

  test("a taken time is refused with a clear Danish answer and nothing is written", async () => {
    const taken = (
      await t.db
        .selectFrom("samtale")
        .select(sql<Date>`lower(tid)`.as("start"))
        .where("id", "=", R.samtaleId)
        .executeTakeFirstOrThrow()
    ).start;
    const before = await t.db.selectFrom("samtale").select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow();
    const r = await t.call(ahmadS, "POST", "/api/borger/samtaler", {
      ...eks().bookingEksempel,
      start: new Date(taken).toISOString(),
      idempotensnoegle: randomUUID(),
    });
    expect(r.status).toBe(409);
    expect(body(r)).toMatchObject({ code: "BOOKING_TID_OPTAGET" });
    expect(body(r).title).toMatch(/booket/);
    const after = await t.db.selectFrom("samtale").select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  test("bad input: outside the windows, in the past, too soon, malformed, a channel the rule forbids", async () => {
    const base = { ...eks().bookingEksempel, idempotensnoegle: randomUUID() };
    const at = (iso: string) => ({ ...base, start: iso, idempotensnoegle: randomUUID() });
    expect(body(await t.call(ahmadS, "POST", "/api/borger/samtaler", at("2026-11-26T20:00:00Z"))).code).toBe(
      "BOOKING_UDEN_FOR_AABNINGSTID",
    );
    expect(body(await t.call(ahmadS, "POST", "/api/borger/samtaler", at("2026-11-20T09:00:00Z"))).code).toBe(
      "BOOKING_I_FORTIDEN",
    );
    expect(body(await t.call(ahmadS, "POST", "/api/borger/samtaler", at("2026-11-23T13:00:00Z"))).code).toBe(
      "BOOKING_FOR_KORT_VARSEL",
    );
    const malformed = await t.call(ahmadS, "POST", "/api/borger/samtaler", { ...base, start: "i morgen" });
    expect(malformed.status).toBe(400);
    expect(body(malformed).errors[0].path).toContain("start");
    // the caseworker records a concrete assessment: Ahmad's conversations must be in person
    const v = await t.call(jk, "POST", `/api/medarbejder/borgere/${ahmad.id}/kanalvurdering`, {
      kraevFremmoede: true,
      begrundelse: "Ahmad har to gange ikke svaret på telefonen til aftalt tid.",
    });
    expect(v.status, v.text).toBe(201);
    const forbidden = await t.call(ahmadS, "POST", "/api/borger/samtaler", at("2026-11-26T12:00:00Z"));
    expect(body(forbidden).code).toBe("BOOKING_KANAL_IKKE_TILLADT");
    expect(body(forbidden).errors[0].message).toMatch(/konkret vurdering/);
    const options = body(await t.call(ahmadS, "GET", "/api/borger/samtaler"));
    expect(options.moedetyper[0].kanalRegel.kanaler).toEqual(["fremmoede"]);
    expect(options.moedetyper[0].kanalRegel.henvisning.paragraf).toMatch(/§ 33/);
  });

  test("moving makes a new booking naming the old, frees the old time, withdraws its reminders, and a retry moves once", async () => {
    const input = { ...eks().flytEksempel, idempotensnoegle: randomUUID(), start: "2026-11-27T10:00:00Z" };
    const r = await t.call(borger, "POST", `/api/borger/samtaler/${R.samtaleFlytId}/flyt`, input);
    expect(r.status, r.text).toBe(200);
    expect(body(r)).toMatchObject({ flyttetFra: R.samtaleFlytId, status: "booket", start: "2026-11-27T10:00:00.000Z" });
    expect(body(await t.call(borger, "POST", `/api/borger/samtaler/${R.samtaleFlytId}/flyt`, input)).id).toBe(
      body(r).id,
    );
    const old = await t.db
      .selectFrom("samtale")
      .select("status")
      .where("id", "=", R.samtaleFlytId)
      .executeTakeFirstOrThrow();
    expect(old.status).toBe("flyttet");
    expect((await haendelser(mette.id, "SAMTALE_AFLYST")).map((h) => h.id)).toContain(R.samtaleFlytId);
  });

  test("cancelling within the notice works once; too late is refused for the citizen", async () => {
    const r = await t.call(borger, "POST", `/api/borger/samtaler/${R.samtaleAflysId}/aflys`, {
      aarsag: "Jeg har fået arbejde",
    });
    expect(body(r)).toMatchObject({ status: "aflyst", aflystAarsag: "Jeg har fået arbejde" });
    expect(
      (await t.call(borger, "POST", `/api/borger/samtaler/${R.samtaleAflysId}/aflys`, { aarsag: "igen" })).status,
    ).toBe(200);
    // the upcoming video meeting is three working days ahead: move the clock to the evening before it
    const s = await t.call(borger, "GET", "/api/borger/samtaler");
    const upcoming = body(s).samtaler.find((x: { id: string }) => x.id === R.samtaleId);
    expect(upcoming.kanAendres).toBe(true);
  });

  test("the outbox delivers each message once: receipts now, reminders when due, never twice", async () => {
    const first = await t.koerUdsendelser();
    expect(first).toBeGreaterThan(0);
    const afterFirst = await beskeder(mette.id);
    expect(afterFirst.some((b) => b.art === "kvittering")).toBe(true);
    expect(afterFirst.some((b) => b.art === "aflysning")).toBe(true);
    expect(await t.koerUdsendelser()).toBe(0);
    expect(await beskeder(mette.id)).toHaveLength(afterFirst.length);
    const sent = await t.db.selectFrom("udsendelse").select(["id"]).where("sendt", "is not", null).execute();
    const linked = await t.db
      .selectFrom("besked")
      .select("udsendelse_id")
      .where("udsendelse_id", "is not", null)
      .execute();
    expect(linked).toHaveLength(sent.length);
  });

  test("the caseworker books on the citizen's behalf and the invitation letter (PDF) reaches the citizen's messages", async () => {
    const r = await t.call(jk, "POST", `/api/medarbejder/borgere/${ahmad.id}/samtaler`, {
      ...eks().medarbejderBookingEksempel,
      kanal: "fremmoede",
      start: "2026-11-30T08:00:00Z",
      idempotensnoegle: randomUUID(),
      indkaldelse: true,
    });
    expect(r.status, r.text).toBe(201);
    expect(body(r).lokale.navn).toMatch(/Samtalerum/);
    expect(body(r).checkinKode).toMatch(/^[A-Z2-9]{6}$/);
    await t.koerUdsendelser();
    const brev = (await beskeder(ahmad.id)).find((b) => b.art === "indkaldelse" && b.samtale_id === body(r).id);
    expect(brev?.dokument_id).toBeTruthy();
    const doc = await t.db
      .selectFrom("dokument")
      .select(["mimetype", "kategori"])
      .where("id", "=", brev!.dokument_id!)
      .executeTakeFirstOrThrow();
    expect(doc).toEqual({ mimetype: "application/pdf", kategori: "brev" });
    const ahmadsBeskeder = body(await t.call(ahmadS, "GET", "/api/borger/beskeder"));
    const id = ahmadsBeskeder.find((b: { art: string }) => b.art === "indkaldelse").id;
    const pdf = await t.call(ahmadS, "GET", `/api/borger/beskeder/${id}/brev`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.text.startsWith("%PDF")).toBe(true);
    // the staff read is in Ahmad's access log
    const log = await t.db.selectFrom("adgangslog").select("handling").where("borger_id", "=", ahmad.id).execute();
    expect(log.map((l) => l.handling)).toContain("Booket samtale");
  });

  test("attendance only after the start; a no-show becomes an event the rules engine sees", async () => {
    const before = await t.call(jk, "POST", `/api/medarbejder/samtaler/${R.samtaleId}/fremmoede`, {
      status: "afholdt",
    });
    expect(body(before).code).toBe("BOOKING_IKKE_BEGYNDT");
    const r = await t.call(jk, "POST", `/api/medarbejder/samtaler/${R.samtaleHoldtId}/fremmoede`, {
      status: "udeblevet",
    });
    expect(body(r).status).toBe("udeblevet");
    const noShow = await haendelser(mette.id, "SAMTALE_UDEBLEVET");
    expect(noShow.some((h) => /Udeblevet/.test(h.beskrivelse ?? ""))).toBe(true);
    const sag = body(await t.call(jk, "GET", `/api/medarbejder/borgere/${mette.id}/sag?formaal=SAGSBEHANDLING`));
    expect(JSON.stringify(sag.tidslinje)).toMatch(/Udeblevet/);
  });

  test("check-in by code within the window notifies the caseworker; outside it or with a wrong code is refused", async () => {
    const wrong = await t.call(undefined, "POST", "/api/offentlig/checkin", {
      kommunekode: DEMO.roskilde,
      kode: "ZZZZZZ",
    });
    expect(body(wrong).code).toBe("CHECKIN_UKENDT");
    const ok = await t.call(undefined, "POST", "/api/offentlig/checkin", {
      kommunekode: DEMO.roskilde,
      kode: R.checkinKode.toLowerCase(),
    });
    expect(ok.status, ok.text).toBe(200);
    expect(body(ok)).toMatchObject({ tjekketInd: true, lokale: "Samtalerum 1", medarbejder: "Lone" });
    expect(JSON.stringify(body(ok))).not.toMatch(/Ahmad/);
    const kal = body(await t.call(jk, "GET", "/api/medarbejder/kalender?uge=2026-11-23"));
    expect(kal.notifikationer.some((n: { tekst: string }) => /Ahmad Hassan er tjekket ind/.test(n.tekst))).toBe(true);
    expect(kal.samtaler.find((s: { id: string }) => s.id === R.samtaleFremmoedeId).checketInd).toBeTruthy();
    // the other municipality's code is not found in this one
    const foreign = await t.call(undefined, "POST", "/api/offentlig/checkin", {
      kommunekode: DEMO.roskilde,
      kode: DEMO_SAMTALE[DEMO.koege]!.checkinKode,
    });
    expect(body(foreign).code).toBe("CHECKIN_UKENDT");
  });

  test("the video link is signed for its participant only and valid only around the meeting", async () => {
    const r = body(await t.call(borger, "GET", `/api/borger/samtaler/${R.samtaleId}/video`));
    const start = new Date(r.gyldigFra);
    const claims = await verificerJitsiLink(r.url, jitsi, new Date(start.getTime() + 60_000));
    expect(claims).toMatchObject({ navn: "Mette Nielsen", moderator: false });
    await expect(verificerJitsiLink(r.url, jitsi, new Date(start.getTime() - 60_000))).rejects.toThrow();
    expect((await t.call(ahmadS, "GET", `/api/borger/samtaler/${R.samtaleId}/video`)).status).toBe(404);
    const staff = body(await t.call(jk, "GET", `/api/medarbejder/samtaler/${R.samtaleId}/video`));
    expect((await verificerJitsiLink(staff.url, jitsi, new Date(start.getTime() + 60_000))).moderator).toBe(true);
    expect((await t.call(jkPeter, "GET", `/api/medarbejder/samtaler/${R.samtaleId}/video`)).status).toBe(403);
  });

  test("no double booking under concurrency: racing requests for one time give exactly one booking", async () => {
    const deps = { video: jitsiUdbyder(jitsi) };
    const start = new Date("2026-12-02T12:00:00Z");
    const attempt = (borgerId: string, key: string) =>
      withTenant(t.db, DEMO.roskilde, async (tx) =>
        book(
          tx,
          deps,
          {
            moedetypeId: eks().bookingEksempel.moedetypeId,
            kanal: "fremmoede",
            start,
            medarbejderId: lone.id,
            borgerId,
            maalgruppe: "DAGPENGE",
            haendelser: [],
            idempotens: key,
          },
          { id: lone.id, rolle: "jobkonsulent" },
          t.clock.now(),
        ),
      ).then(
        (r) => ({ ok: true as const, id: r.samtale.id }),
        (e: { code?: string }) => ({ ok: false as const, code: e.code }),
      );
    const sameKey = randomUUID();
    const results = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => attempt(i % 2 ? mette.id : ahmad.id, randomUUID())),
      ...Array.from({ length: 4 }, () => attempt(mette.id, sameKey)),
    ]);
    const won = new Set(results.filter((r) => r.ok).map((r) => r.ok && r.id));
    expect(won.size).toBe(1);
    for (const r of results)
      if (!r.ok) expect(["23P01", "23505", "BOOKING_TID_OPTAGET", "BOOKING_BORGER_OPTAGET"]).toContain(r.code);
    const active = await t.db
      .selectFrom("samtale")
      .select("id")
      .where("medarbejder_id", "=", lone.id)
      .where("status", "=", "booket")
      .where(
        sql<boolean>`tid && tstzrange(${start.toISOString()}::timestamptz, ${new Date(start.getTime() + 3_600_000).toISOString()}::timestamptz)`,
      )
      .execute();
    expect(active).toHaveLength(1);
  });

  test("guessing check-in codes is slowed down: past 30 tries a minute the reception gets a Danish 429", async () => {
    const tries = await Promise.all(
      Array.from({ length: 32 }, () =>
        t.call(undefined, "POST", "/api/offentlig/checkin", { kommunekode: DEMO.roskilde, kode: "ZZZZZZ" }),
      ),
    );
    const limited = tries.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(body(limited[0]!)).toMatchObject({ code: "RATE_LIMITED" });
  });
});
