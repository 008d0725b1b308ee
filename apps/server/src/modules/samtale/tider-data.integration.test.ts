import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTenant } from "../../platform/db/tenant.ts";
import { engines, freshDatabase, type TestDatabase } from "../../testing/databases.ts";
import { dagFraIso } from "../regler/kalender.ts";
import { ledigeTider, lokalTilUtc, samletPrTid, somListe, utcTilLokal } from "./tider.ts";
import { laesTiderData } from "./tider-data.ts";

const ROSKILDE = "0265";
const KOEGE = "0259";
const d = dagFraIso;
/** "2026-03-23 09:00" Danish time → epoch ms. */
function lokal(s: string): number {
  const [dato, kl] = s.split(" ") as [string, string];
  const [h, m] = kl.split(":").map(Number) as [number, number];
  return lokalTilUtc(d(dato), h * 60 + m);
}
const iso = (s: string) => new Date(lokal(s)).toISOString();
const utc = (s: string) => Date.parse(s);
const range = (fra: string, til: string) => `[${iso(fra)},${iso(til)})`;

describe.each(engines())("the data for free slots on %s", (engine) => {
  let t: TestDatabase;
  // Own rows, so whatever else the database holds cannot disturb the test.
  const A = randomUUID(); // caseworker in Roskilde
  const B = randomUUID(); // caseworker in Roskilde
  const C = randomUUID(); // inactive caseworker in Roskilde
  const K = randomUUID(); // caseworker in Køge
  const X = randomUUID(); // citizen in Roskilde
  const Z = randomUUID(); // another citizen in Roskilde
  const Y = randomUUID(); // citizen in Køge
  const R1 = randomUUID();
  const R2 = randomUUID();
  const RK = randomUUID();
  const MT = randomUUID();
  const MTK = randomUUID();
  const bookingA = randomUUID();

  beforeAll(async () => {
    t = await freshDatabase(engine);
    const db = t.db;
    const bruger = (id: string, kommunekode: string, aktiv = true) => ({
      id,
      kommunekode,
      rolle: "jobkonsulent",
      navn: `Test ${id.slice(0, 4)}`,
      idp_issuer: "test",
      idp_subject: id,
      aktiv,
    });
    await db
      .insertInto("bruger")
      .values([bruger(A, ROSKILDE), bruger(B, ROSKILDE), bruger(C, ROSKILDE, false), bruger(K, KOEGE)])
      .execute();
    const borger = (id: string, kommunekode: string) => ({
      id,
      kommunekode,
      cpr_krypteret: "x",
      cpr_noegle_id: "test",
      cpr_hash: id,
      fornavn: "Test",
      efternavn: "Borger",
      foedselsdato: "1990-01-01",
      koen: "K" as const,
      maalgruppe: "dagpenge",
      uddannelse: "ukendt",
    });
    await db
      .insertInto("borger")
      .values([borger(X, ROSKILDE), borger(Z, ROSKILDE), borger(Y, KOEGE)])
      .execute();
    const moedetype = (id: string, kommunekode: string) => ({
      id,
      kommunekode,
      kode: "jobsamtale" as const,
      art: "jobsamtale" as const,
      navn: "Jobsamtale",
      varighed_min: 45,
      buffer_min: 15,
      kanaler: ["fremmoede", "telefon", "video"] as ("fremmoede" | "telefon" | "video")[],
    });
    await db
      .insertInto("moedetype")
      .values([moedetype(MT, ROSKILDE), moedetype(MTK, KOEGE)])
      .execute();
    await db
      .insertInto("lokale")
      .values([
        { id: R1, kommunekode: ROSKILDE, navn: "Mødelokale 1", adresse: "Køgevej 80", kapacitet: 4 },
        { id: R2, kommunekode: ROSKILDE, navn: "Lukket lokale", adresse: "Køgevej 80", kapacitet: 6, aktiv: false },
        { id: RK, kommunekode: KOEGE, navn: "Køge 1", adresse: "Torvet 1", kapacitet: 4 },
      ])
      .execute();
    const vindue = (
      medarbejder_id: string,
      kommunekode: string,
      ugedag: number,
      fra_min: number,
      til_min: number,
      gyldig_til: string | null = null,
    ) => ({
      id: randomUUID(),
      kommunekode,
      medarbejder_id,
      ugedag,
      fra_min,
      til_min,
      gyldig_fra: "2026-01-01",
      gyldig_til,
    });
    await db
      .insertInto("aabningsvindue")
      .values([
        vindue(A, ROSKILDE, 1, 540, 720),
        vindue(A, ROSKILDE, 2, 540, 720, "2026-02-01"), // expired before the period
        vindue(B, ROSKILDE, 1, 780, 900),
        vindue(B, ROSKILDE, 2, 780, 900),
        vindue(C, ROSKILDE, 1, 540, 720), // inactive caseworker
        vindue(K, KOEGE, 1, 540, 720),
      ])
      .execute();
    const samtale = (
      id: string,
      kommunekode: string,
      borger_id: string,
      medarbejder_id: string,
      moedetype_id: string,
      fra: string,
      til: string,
      blokeretTil: string,
      status: "booket" | "aflyst" | "afholdt",
      lokale_id: string | null,
    ) => ({
      id,
      kommunekode,
      borger_id,
      medarbejder_id,
      moedetype_id,
      art: "jobsamtale",
      kanal: lokale_id ? ("fremmoede" as const) : ("telefon" as const),
      lokale_id,
      tid: range(fra, til),
      blokeret: range(fra, blokeretTil),
      status,
      booket_af: medarbejder_id,
      booket_af_rolle: "jobkonsulent",
      oprettet: new Date(lokal("2026-03-01 10:00")),
      // attendance is registered after the meeting; any other change is before it here
      aendret: new Date(status === "afholdt" ? lokal(til) + 5 * 60_000 : lokal("2026-03-01 10:00")),
      checkin_kode: id.slice(0, 8),
    });
    await db
      .insertInto("samtale")
      .values([
        samtale(bookingA, ROSKILDE, X, A, MT, "2026-03-23 09:00", "2026-03-23 09:45", "2026-03-23 10:00", "booket", R1),
        // the Monday after the change to summer time, back to back
        samtale(
          randomUUID(),
          ROSKILDE,
          X,
          B,
          MT,
          "2026-03-30 13:00",
          "2026-03-30 13:30",
          "2026-03-30 13:45",
          "booket",
          null,
        ),
        samtale(
          randomUUID(),
          ROSKILDE,
          Z,
          B,
          MT,
          "2026-03-30 13:45",
          "2026-03-30 14:15",
          "2026-03-30 14:30",
          "booket",
          null,
        ),
        // held this morning, before the period's first slot: still counts for the day and blocks the room
        samtale(
          randomUUID(),
          ROSKILDE,
          Z,
          A,
          MT,
          "2026-03-23 08:00",
          "2026-03-23 08:45",
          "2026-03-23 09:00",
          "afholdt",
          R1,
        ),
        // two earlier held ones, stored out of time order: they come joined with the one above
        samtale(
          randomUUID(),
          ROSKILDE,
          Z,
          A,
          MT,
          "2026-03-23 07:30",
          "2026-03-23 07:50",
          "2026-03-23 08:00",
          "afholdt",
          null,
        ),
        samtale(
          randomUUID(),
          ROSKILDE,
          X,
          A,
          MT,
          "2026-03-23 07:00",
          "2026-03-23 07:20",
          "2026-03-23 07:30",
          "afholdt",
          null,
        ),
        // cancelled: frees the time
        samtale(
          randomUUID(),
          ROSKILDE,
          Z,
          A,
          MT,
          "2026-03-23 10:00",
          "2026-03-23 10:45",
          "2026-03-23 11:00",
          "aflyst",
          R1,
        ),
        samtale(
          randomUUID(),
          ROSKILDE,
          Z,
          B,
          MT,
          "2026-03-23 13:00",
          "2026-03-23 13:30",
          "2026-03-23 13:45",
          "booket",
          null,
        ),
        // held last week: outside the period
        samtale(
          randomUUID(),
          ROSKILDE,
          X,
          B,
          MT,
          "2026-03-16 13:00",
          "2026-03-16 13:45",
          "2026-03-16 14:00",
          "afholdt",
          null,
        ),
        samtale(
          randomUUID(),
          KOEGE,
          Y,
          K,
          MTK,
          "2026-03-23 09:00",
          "2026-03-23 09:45",
          "2026-03-23 10:00",
          "booket",
          RK,
        ),
      ])
      .execute();
    await db
      .insertInto("fravaer")
      .values([
        {
          id: randomUUID(),
          kommunekode: ROSKILDE,
          medarbejder_id: B,
          periode: range("2026-03-24 00:00", "2026-03-25 00:00"),
          aarsag: "kursus",
        },
        // open-ended, from Friday
        {
          id: randomUUID(),
          kommunekode: ROSKILDE,
          medarbejder_id: A,
          periode: `[${iso("2026-03-27 00:00")},)`,
          aarsag: "ferie",
        },
        {
          id: randomUUID(),
          kommunekode: KOEGE,
          medarbejder_id: K,
          periode: range("2026-03-24 00:00", "2026-03-25 00:00"),
          aarsag: "ferie",
        },
      ])
      .execute();
    await db
      .insertInto("lukkedag")
      .values([
        { kommunekode: ROSKILDE, dato: "2026-03-25", navn: "Personaledag" },
        { kommunekode: KOEGE, dato: "2026-03-26", navn: "Personaledag" },
      ])
      .execute();
  });
  afterAll(() => t?.dispose());

  const periode = { fra: new Date(lokal("2026-03-23 08:00")), til: new Date(lokal("2026-03-28 00:00")) };
  const egne: string[] = [A, B, C, K];
  const mine = <T extends { medarbejderId?: string; id?: string }>(xs: T[]) =>
    xs.filter((x) => egne.includes(x.medarbejderId ?? x.id ?? ""));

  test("windows, bookings, absences, the citizen's bookings, closed days and rooms of the municipality only", async () => {
    const data = await withTenant(t.db, ROSKILDE, (tx) =>
      laesTiderData(tx, { medarbejderIds: null, borgerId: X, ...periode, medLokaler: true, minKapacitet: 2 }),
    );
    const vinduer = mine(data.vinduer).sort(
      (a, b) => a.medarbejderId.localeCompare(b.medarbejderId) || a.ugedag - b.ugedag,
    );
    expect(vinduer).toEqual(
      [
        { medarbejderId: A, ugedag: 1, fraMin: 540, tilMin: 720, gyldigFra: d("2026-01-01"), gyldigTil: null },
        { medarbejderId: B, ugedag: 1, fraMin: 780, tilMin: 900, gyldigFra: d("2026-01-01"), gyldigTil: null },
        { medarbejderId: B, ugedag: 2, fraMin: 780, tilMin: 900, gyldigFra: d("2026-01-01"), gyldigTil: null },
      ].sort((a, b) => a.medarbejderId.localeCompare(b.medarbejderId) || a.ugedag - b.ugedag),
    );
    const optaget = mine(somListe(data.medarbejderOptaget)).sort((a, b) => a.fra - b.fra);
    expect(optaget).toEqual([
      // held 07:00–09:00 (stored out of order) and booked 09:00–10:00, joined
      { id: A, fra: lokal("2026-03-23 07:00"), til: lokal("2026-03-23 10:00") },
      { id: B, fra: lokal("2026-03-23 13:00"), til: lokal("2026-03-23 13:45") },
      { id: B, fra: lokal("2026-03-24 00:00"), til: lokal("2026-03-25 00:00") },
      // the open end is cut where the read ends (after the period)
      { id: A, fra: lokal("2026-03-27 00:00"), til: expect.any(Number) },
    ]);
    expect(optaget[3]!.til).toBeGreaterThanOrEqual(periode.til.getTime() + 6 * 3_600_000);
    expect(data.borgerOptaget.sort((a, b) => a.fra - b.fra)).toEqual([
      { fra: lokal("2026-03-23 07:00"), til: lokal("2026-03-23 07:20") },
      { fra: lokal("2026-03-23 09:00"), til: lokal("2026-03-23 09:45") },
    ]);
    expect(data.lukkedage).toEqual([d("2026-03-25")]);
    expect(data.lokaler).toEqual({
      liste: [{ id: R1, kapacitet: 4 }],
      optaget: [
        { id: R1, fra: lokal("2026-03-23 09:00"), til: lokal("2026-03-23 10:00") },
        { id: R1, fra: lokal("2026-03-23 08:00"), til: lokal("2026-03-23 09:00") },
      ],
      minKapacitet: 2,
    });
    expect(data.belastning.get(`${A}|${d("2026-03-23")}`)).toBe(4);
    expect(data.belastning.get(`${B}|${d("2026-03-23")}`)).toBe(1);
    expect(data.belastning.has(`${K}|${d("2026-03-23")}`)).toBe(false);

    // Nothing from Køge, whatever the question.
    const tekst = JSON.stringify({ ...data, belastning: [...data.belastning] });
    for (const id of [K, Y, RK, MTK]) expect(tekst).not.toContain(id);

    // Put through the pure functions as the route will.
    const slots = ledigeTider({
      ...data,
      varighedMin: 45,
      bufferMin: 15,
      fra: periode.fra.getTime(),
      til: periode.til.getTime(),
    }).filter((s) => s.medarbejderId === A || s.medarbejderId === B);
    const vis = (ms: number) => {
      const { dag, minut } = utcTilLokal(ms);
      return `${dag - d("2026-03-23")} ${Math.floor(minut / 60)}:${String(minut % 60).padStart(2, "0")}`;
    };
    expect(slots.map((s) => `${vis(s.fra)} ${s.medarbejderId === A ? "A" : "B"} ${s.lokaleId === R1}`)).toEqual([
      // Monday: A is busy 09:00–10:00 (X's own booking at 09:00 too); the cancelled 10:00 booking frees the time
      "0 10:00 A true",
      "0 10:15 A true",
      "0 10:30 A true",
      "0 10:45 A true",
      "0 11:00 A true",
      // B is busy 13:00–13:45
      "0 13:45 B true",
      "0 14:00 B true",
      // Tuesday B is on a course; Wednesday is closed; A's Tuesday window has expired
    ]);
    expect(samletPrTid(slots, data.belastning)).toHaveLength(7);
  });

  test("a given list of caseworkers; without rooms; another municipality sees only its own", async () => {
    const data = await withTenant(t.db, ROSKILDE, (tx) =>
      laesTiderData(tx, { medarbejderIds: [B], borgerId: Z, ...periode, medLokaler: false }),
    );
    expect(new Set(data.vinduer.map((v) => v.medarbejderId))).toEqual(new Set([B]));
    expect([...data.medarbejderOptaget.keys()]).toEqual([B]);
    expect(data.borgerOptaget.sort((a, b) => a.fra - b.fra)).toEqual([
      { fra: lokal("2026-03-23 07:30"), til: lokal("2026-03-23 07:50") },
      { fra: lokal("2026-03-23 08:00"), til: lokal("2026-03-23 08:45") },
      { fra: lokal("2026-03-23 13:00"), til: lokal("2026-03-23 13:30") },
    ]);
    expect(data).not.toHaveProperty("lokaler");

    const koege = await withTenant(t.db, KOEGE, (tx) =>
      laesTiderData(tx, { medarbejderIds: null, borgerId: X, ...periode, medLokaler: true }),
    );
    expect(koege.vinduer.map((v) => v.medarbejderId)).toEqual([K]);
    expect(koege.borgerOptaget).toEqual([]); // X is Roskilde's citizen
    expect(koege.lukkedage).toEqual([d("2026-03-26")]);
    expect(koege.lokaler?.liste).toEqual([{ id: RK, kapacitet: 4 }]);
    const tekst = JSON.stringify({ ...koege, belastning: [...koege.belastning] });
    for (const id of [A, B, C, X, Z, R1, R2, MT]) expect(tekst).not.toContain(id);

    // Roskilde asking for Køge's caseworker by id gets nothing.
    const fremmed = await withTenant(t.db, ROSKILDE, (tx) =>
      laesTiderData(tx, { medarbejderIds: [K], borgerId: Y, ...periode, medLokaler: false }),
    );
    expect(fremmed.vinduer).toEqual([]);
    expect(fremmed.medarbejderOptaget.size).toBe(0);
    expect(fremmed.borgerOptaget).toEqual([]);
  });

  test("across the change to summer time: the load counts the Danish day, back-to-back bookings come joined", async () => {
    const fra = new Date(lokal("2026-03-28 00:00"));
    const til = new Date(lokal("2026-04-01 00:00"));
    const data = await withTenant(t.db, ROSKILDE, (tx) =>
      laesTiderData(tx, { medarbejderIds: [B], borgerId: Z, fra, til, medLokaler: false }),
    );
    expect([...data.belastning]).toEqual([[`${B}|${d("2026-03-30")}`, 2]]);
    // the two bookings come as one busy interval
    expect(somListe(data.medarbejderOptaget)).toEqual([
      { id: B, fra: utc("2026-03-30T11:00:00Z"), til: utc("2026-03-30T12:30:00Z") },
    ]);
    const slots = ledigeTider({ ...data, varighedMin: 45, bufferMin: 15, fra: fra.getTime(), til: til.getTime() });
    expect(slots.map((s) => new Date(s.fra).toISOString())).toEqual([
      "2026-03-31T11:00:00.000Z",
      "2026-03-31T11:15:00.000Z",
      "2026-03-31T11:30:00.000Z",
      "2026-03-31T11:45:00.000Z",
      "2026-03-31T12:00:00.000Z",
    ]);
  });

  test("an empty list of caseworkers reads no windows", async () => {
    const data = await withTenant(t.db, ROSKILDE, (tx) =>
      laesTiderData(tx, { medarbejderIds: [], borgerId: X, ...periode, medLokaler: false }),
    );
    expect(data.vinduer).toEqual([]);
    expect(data.medarbejderOptaget.size).toBe(0);
  });
});
