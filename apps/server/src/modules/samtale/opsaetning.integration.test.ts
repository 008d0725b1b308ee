import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_USERS } from "../../seed/demo.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;
const user = (subject: string) => DEMO_USERS.find((u) => u.subject === subject)!;
const lone = user("jk-lone");
const kim = user("vk-kim");
const birgitte = user("leder-birgitte");
const sara = user("jk-sara");

type Vindue = { id: string; ugedag: number; fra: string; til: string; gyldigFra: string; gyldigTil: string | null };
type Fravaer = { id: string; fra: string; til: string; aarsag: string };
type Medarbejder = { id: string; navn: string; team: string | null; vinduer: Vindue[]; fravaer: Fravaer[] };
type Moedetype = { id: string; kode: string; art: string; navn: string; varighedMin: number; kanaler: string[] };

const URL = "/api/admin/samtaler";

describe.each(engines())("the administrator's set-up of conversations on %s", (engine) => {
  let t: TestApp;
  let admin: TestSession;
  let koege: TestSession;
  let jk: TestSession;
  const opsaetning = async (s = admin) => {
    const res = await t.call(s, "GET", `${URL}/opsaetning`);
    expect(res.status).toBe(200);
    return body(res);
  };
  const medarbejder = async (id: string, s = admin) =>
    ((await opsaetning(s)).medarbejdere as Medarbejder[]).find((m) => m.id === id);

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
    admin = await t.login("medarbejder", "admin-jens");
    koege = await t.login("medarbejder", "admin-koege");
    jk = await t.login("medarbejder", "jk-lone");
  });
  afterAll(() => t?.close());

  test("the set-up lists the municipality's meeting types, rooms, caseworkers, closed days and computed holidays", async () => {
    const o = await opsaetning();
    expect(o.idag).toBe("2026-11-23");
    expect((o.moedetyper as Moedetype[]).length).toBeGreaterThan(0);
    for (const m of o.moedetyper as Moedetype[]) {
      expect(["jobsamtale", "opfoelgning", "faelles", "sygeopfoelgning"]).toContain(m.kode);
      expect(m.kanaler.length).toBeGreaterThan(0);
    }
    expect(Array.isArray(o.lokaler)).toBe(true);
    const ids = (o.medarbejdere as Medarbejder[]).map((m) => m.id);
    expect(ids).toContain(lone.id);
    expect(ids).toContain(kim.id);
    expect(ids).not.toContain(birgitte.id);
    expect(ids).not.toContain(user("admin-jens").id);
    expect(ids).not.toContain(sara.id);
    expect(o.helligdage).toContainEqual({ dato: "2026-12-25", navn: "Juledag", helligdag: true });
    expect(o.helligdage).toContainEqual({ dato: "2026-12-24", navn: "Juleaftensdag", helligdag: false });
    expect(o.helligdage).toContainEqual({ dato: "2027-03-26", navn: "Langfredag", helligdag: true });

    const k = await opsaetning(koege);
    const koegeIds = (k.medarbejdere as Medarbejder[]).map((m) => m.id);
    expect(koegeIds).toContain(sara.id);
    expect(koegeIds).not.toContain(lone.id);
    const roskildeTyper = new Set((o.moedetyper as Moedetype[]).map((m) => m.id));
    expect((k.moedetyper as Moedetype[]).some((m) => roskildeTyper.has(m.id))).toBe(false);
  });

  test("a meeting type is changed; fields left out stay, and values outside the limits are refused by field", async () => {
    const [type] = (await opsaetning()).moedetyper as Moedetype[];
    const url = `${URL}/moedetyper/${type!.id}`;
    const res = await t.call(admin, "PUT", url, { varighedMin: 50, kanaler: ["video", "telefon", "video"] });
    expect(res.status).toBe(200);
    expect(body(res)).toMatchObject({ id: type!.id, kode: type!.kode, navn: type!.navn, varighedMin: 50 });
    expect(body(res).kanaler).toEqual(["telefon", "video"]);
    const listed = ((await opsaetning()).moedetyper as Moedetype[]).find((m) => m.id === type!.id);
    expect(listed).toMatchObject({ varighedMin: 50, kanaler: ["telefon", "video"] });

    const bad = await t.call(admin, "PUT", url, { varighedMin: 245, bufferMin: 12, kanaler: [], minDeltagere: 0 });
    expect(bad.status).toBe(400);
    expect(
      body(bad)
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.bufferMin", "body.kanaler", "body.minDeltagere", "body.varighedMin"]);
    expect(body(bad).errors.find((e: { path: string }) => e.path === "body.kanaler").message).toBe(
      "Vælg mindst én kanal.",
    );

    await t.call(admin, "PUT", url, { varighedMin: type!.varighedMin, kanaler: type!.kanaler });
  });

  test("a meeting type is created once per code: a retry answers the same row, a second of the code is refused in Danish", async () => {
    // Make room for a new type: remove one that no booking uses (as the owner, outside the API).
    const fri = await t.db
      .selectFrom("moedetype as m")
      .select(["m.id", "m.kode"])
      .where("m.kommunekode", "=", "0265")
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom("samtale as s").select("s.id").whereRef("s.moedetype_id", "=", "m.id"))),
      )
      .orderBy("m.kode", "desc")
      .executeTakeFirst();
    expect(fri, "a demo meeting type without bookings").toBeDefined();
    await t.db.deleteFrom("moedetype").where("id", "=", fri!.id).execute();

    const ny = {
      id: randomUUID(),
      kode: fri!.kode,
      navn: "Ny mødetype",
      varighedMin: 40,
      bufferMin: 10,
      kanaler: ["fremmoede", "video"],
    };
    const first = await t.call(admin, "POST", `${URL}/moedetyper`, ny);
    expect(first.status).toBe(201);
    const art = {
      jobsamtale: "jobsamtale",
      opfoelgning: "opfoelgning",
      faelles: "faelles",
      sygeopfoelgning: "opfoelgning",
    };
    expect(body(first)).toMatchObject({
      id: ny.id,
      kode: fri!.kode,
      art: art[fri!.kode as keyof typeof art],
      navn: "Ny mødetype",
      varighedMin: 40,
      bufferMin: 10,
      minVarselTimer: 24,
      bookingvindueDage: 56,
      aendringVarselTimer: 24,
      minDeltagere: 2,
      aktiv: true,
      kanaler: ["fremmoede", "video"],
    });
    const retry = await t.call(admin, "POST", `${URL}/moedetyper`, ny);
    expect(retry.status).toBe(201);
    expect(body(retry)).toEqual(body(first));

    const second = await t.call(admin, "POST", `${URL}/moedetyper`, { ...ny, id: randomUUID(), navn: "Dublet" });
    expect(second.status).toBe(400);
    expect(body(second).errors).toEqual([
      {
        path: "body.kode",
        message: 'Kommunen har allerede mødetypen "Ny mødetype". Ret den i stedet for at oprette en ny.',
      },
    ]);
    const typer = (await opsaetning()).moedetyper as Moedetype[];
    expect(typer.filter((m) => m.kode === fri!.kode).map((m) => m.id)).toEqual([ny.id]);

    // Køge neither sees nor changes it, and cannot take its id.
    expect(((await opsaetning(koege)).moedetyper as Moedetype[]).map((m) => m.id)).not.toContain(ny.id);
    expect((await t.call(koege, "PUT", `${URL}/moedetyper/${ny.id}`, { navn: "Overtaget" })).status).toBe(404);
    const taken = await t.call(koege, "POST", `${URL}/moedetyper`, { ...ny, kode: "jobsamtale" });
    expect(taken.status).toBe(400);
    expect(typer.find((m) => m.id === ny.id)?.navn).toBe("Ny mødetype");
  });

  test("rooms are created idempotently and changed; a capacity outside 1–100 is refused", async () => {
    const id = randomUUID();
    const ny = { id, navn: "Mødelokale 3", adresse: "Køgevej 80, 4000 Roskilde", kapacitet: 6 };
    const first = await t.call(admin, "POST", `${URL}/lokaler`, ny);
    expect(first.status).toBe(201);
    expect(body(first)).toEqual({ ...ny, aktiv: true });
    expect((await t.call(admin, "POST", `${URL}/lokaler`, ny)).status).toBe(201);
    expect(((await opsaetning()).lokaler as { id: string }[]).filter((l) => l.id === id)).toHaveLength(1);

    const changed = await t.call(admin, "PUT", `${URL}/lokaler/${id}`, { kapacitet: 8, aktiv: false });
    expect(body(changed)).toEqual({ ...ny, kapacitet: 8, aktiv: false });
    for (const kapacitet of [0, 101]) {
      const bad = await t.call(admin, "PUT", `${URL}/lokaler/${id}`, { kapacitet });
      expect(bad.status).toBe(400);
      expect(body(bad).errors.map((e: { path: string }) => e.path)).toEqual(["body.kapacitet"]);
    }
    const blank = await t.call(admin, "POST", `${URL}/lokaler`, {
      id: randomUUID(),
      navn: " ",
      adresse: "",
      kapacitet: 2,
    });
    expect(
      body(blank)
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.adresse", "body.navn"]);

    expect((await t.call(koege, "PUT", `${URL}/lokaler/${id}`, { navn: "Overtaget" })).status).toBe(404);
    expect(((await opsaetning(koege)).lokaler as { id: string }[]).map((l) => l.id)).not.toContain(id);
  });

  test("a caseworker's weekly windows are replaced as a whole; windows that ended are kept as history", async () => {
    // a window that ended last month: history, neither shown nor replaced
    const gammelt = randomUUID();
    await t.db
      .insertInto("aabningsvindue")
      .values({
        id: gammelt,
        kommunekode: "0265",
        medarbejder_id: kim.id,
        ugedag: 1,
        fra_min: 480,
        til_min: 960,
        gyldig_fra: "2026-01-01",
        gyldig_til: "2026-10-31",
      })
      .execute();
    const vinduer = [
      { ugedag: 1, fra: "08:30", til: "12:00" },
      { ugedag: 1, fra: "12:00", til: "15:30" },
      { ugedag: 3, fra: "09:00", til: "14:00", gyldigFra: "2026-12-01", gyldigTil: "2027-06-30" },
      { ugedag: 3, fra: "10:00", til: "15:00", gyldigFra: "2027-07-01" },
      { ugedag: 5, fra: "08:00", til: "24:00" },
    ];
    const res = await t.call(admin, "PUT", `${URL}/medarbejdere/${kim.id}/vinduer`, { vinduer });
    expect(res.status).toBe(200);
    const expected = [
      { ugedag: 1, fra: "08:30", til: "12:00", gyldigFra: "2026-11-23", gyldigTil: null },
      { ugedag: 1, fra: "12:00", til: "15:30", gyldigFra: "2026-11-23", gyldigTil: null },
      { ugedag: 3, fra: "09:00", til: "14:00", gyldigFra: "2026-12-01", gyldigTil: "2027-06-30" },
      { ugedag: 3, fra: "10:00", til: "15:00", gyldigFra: "2027-07-01", gyldigTil: null },
      { ugedag: 5, fra: "08:00", til: "24:00", gyldigFra: "2026-11-23", gyldigTil: null },
    ];
    expect((body(res).vinduer as Vindue[]).map(({ id: _, ...v }) => v)).toEqual(expected);
    expect((await medarbejder(kim.id))!.vinduer.map(({ id: _, ...v }) => v)).toEqual(expected);
    const rows = await t.db
      .selectFrom("aabningsvindue")
      .select(["id", "fra_min", "til_min"])
      .where("medarbejder_id", "=", kim.id)
      .orderBy("ugedag")
      .orderBy("fra_min")
      .execute();
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.id)).toContain(gammelt);
    expect(rows.find((r) => r.fra_min === 510)).toMatchObject({ til_min: 720 });

    // Only Friday replaced: the other days stay.
    const fredag = await t.call(admin, "PUT", `${URL}/medarbejdere/${kim.id}/vinduer`, {
      ugedage: [5],
      vinduer: [{ ugedag: 5, fra: "08:00", til: "12:00" }],
    });
    expect(fredag.status).toBe(200);
    expect((body(fredag).vinduer as Vindue[]).map((v) => `${v.ugedag} ${v.fra}-${v.til}`)).toEqual([
      "1 08:30-12:00",
      "1 12:00-15:30",
      "3 09:00-14:00",
      "3 10:00-15:00",
      "5 08:00-12:00",
    ]);

    // Emptied: no windows in force, the history kept.
    const tom = await t.call(admin, "PUT", `${URL}/medarbejdere/${kim.id}/vinduer`, { vinduer: [] });
    expect(body(tom).vinduer).toEqual([]);
    const left = await t.db.selectFrom("aabningsvindue").select("id").where("medarbejder_id", "=", kim.id).execute();
    expect(left.map((r) => r.id)).toEqual([gammelt]);
  });

  test("windows that overlap, end before they start, or miss the 5-minute steps are refused in Danish, and nothing changes", async () => {
    const url = `${URL}/medarbejdere/${lone.id}/vinduer`;
    const foer = (await medarbejder(lone.id))!.vinduer;
    const overlap = await t.call(admin, "PUT", url, {
      vinduer: [
        { ugedag: 2, fra: "08:00", til: "12:00" },
        { ugedag: 2, fra: "11:30", til: "14:00" },
      ],
    });
    expect(overlap.status).toBe(400);
    expect(body(overlap).errors).toEqual([
      {
        path: "body.vinduer.1.fra",
        message: "Tidsrummet overlapper et andet åbningsvindue om tirsdagen (08:00–12:00).",
      },
    ]);

    const bad = await t.call(admin, "PUT", url, {
      vinduer: [
        { ugedag: 4, fra: "12:00", til: "09:00" },
        { ugedag: 4, fra: "13:02", til: "15:00" },
        { ugedag: 4, fra: "8:00", til: "25:00" },
        { ugedag: 8, fra: "08:00", til: "09:00" },
        { ugedag: 5, fra: "08:00", til: "09:00", gyldigFra: "2027-01-01", gyldigTil: "2026-12-31" },
        { ugedag: 6, fra: "08:00", til: "09:00", gyldigFra: "2026-01-01", gyldigTil: "2026-11-01" },
      ],
    });
    expect(bad.status).toBe(400);
    expect(
      body(bad)
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.vinduer.2.fra", "body.vinduer.2.til", "body.vinduer.3.ugedag"]);
    expect(body(bad).errors[0].message).toBe("Skriv tiden som TT:MM, fx 08:30.");

    const domain = await t.call(admin, "PUT", url, {
      vinduer: [
        { ugedag: 4, fra: "12:00", til: "09:00" },
        { ugedag: 4, fra: "13:02", til: "15:00" },
        { ugedag: 5, fra: "08:00", til: "09:00", gyldigFra: "2027-01-01", gyldigTil: "2026-12-31" },
        { ugedag: 6, fra: "08:00", til: "09:00", gyldigFra: "2026-01-01", gyldigTil: "2026-11-01" },
      ],
    });
    expect(body(domain).errors).toEqual([
      { path: "body.vinduer.0.til", message: "Sluttiden skal ligge efter starttiden." },
      { path: "body.vinduer.1.fra", message: "Starttiden skal gå op i 5 minutter." },
      { path: "body.vinduer.2.gyldigTil", message: "Slutdatoen må ikke ligge før startdatoen." },
      { path: "body.vinduer.3.gyldigTil", message: "Slutdatoen må ikke ligge før i dag." },
    ]);
    expect((await medarbejder(lone.id))!.vinduer).toEqual(foer);
  });

  test("windows only for the municipality's own caseworkers: a manager or another municipality's caseworker is not found", async () => {
    const vinduer = [{ ugedag: 1, fra: "09:00", til: "10:00" }];
    for (const id of [birgitte.id, sara.id, randomUUID()]) {
      const res = await t.call(admin, "PUT", `${URL}/medarbejdere/${id}/vinduer`, { vinduer });
      expect(res.status, id).toBe(404);
    }
    const foer = await t.db.selectFrom("aabningsvindue").select("id").where("medarbejder_id", "=", lone.id).execute();
    expect((await t.call(koege, "PUT", `${URL}/medarbejdere/${lone.id}/vinduer`, { vinduer: [] })).status).toBe(404);
    const efter = await t.db.selectFrom("aabningsvindue").select("id").where("medarbejder_id", "=", lone.id).execute();
    expect(efter).toEqual(foer);
  });

  test("an absence covers whole days in Danish time or exact times; a retry saves it once; deleting is idempotent", async () => {
    const url = `${URL}/medarbejdere/${lone.id}/fravaer`;
    const ferie = { id: randomUUID(), fra: "2026-12-01", til: "2026-12-03", aarsag: "Ferie" };
    const first = await t.call(admin, "POST", url, ferie);
    expect(first.status).toBe(201);
    expect(body(first)).toMatchObject({
      id: ferie.id,
      medarbejderId: lone.id,
      fra: "2026-11-30T23:00:00.000Z",
      til: "2026-12-03T23:00:00.000Z",
      aarsag: "Ferie",
    });
    expect(typeof body(first).beroerteSamtaler).toBe("number");
    const retry = await t.call(admin, "POST", url, { ...ferie, aarsag: "Noget andet" });
    expect(retry.status).toBe(201);
    expect(body(retry)).toEqual(body(first));

    const sommer = await t.call(admin, "POST", url, {
      id: randomUUID(),
      fra: "2027-07-01",
      til: "2027-07-01",
      aarsag: "Ferie",
    });
    expect(body(sommer)).toMatchObject({ fra: "2027-06-30T22:00:00.000Z", til: "2027-07-01T22:00:00.000Z" });
    const kursus = await t.call(admin, "POST", url, {
      id: randomUUID(),
      fra: "2026-12-10T08:00:00+01:00",
      til: "2026-12-10T12:00:00+01:00",
      aarsag: "Kursus",
    });
    expect(body(kursus)).toMatchObject({ fra: "2026-12-10T07:00:00.000Z", til: "2026-12-10T11:00:00.000Z" });

    const fravaer = (await medarbejder(lone.id))!.fravaer;
    expect(fravaer.filter((f) => f.id === ferie.id)).toHaveLength(1);
    expect(fravaer.map((f) => f.aarsag)).toEqual(expect.arrayContaining(["Ferie", "Kursus"]));

    const baglaens = await t.call(admin, "POST", url, {
      id: randomUUID(),
      fra: "2026-12-05",
      til: "2026-12-04",
      aarsag: "X",
    });
    expect(body(baglaens).errors).toEqual([{ path: "body.til", message: "Fraværet skal slutte efter, det begynder." }]);
    const tom = await t.call(admin, "POST", url, { id: randomUUID(), fra: "i morgen", til: "2026-12-04", aarsag: " " });
    expect(
      body(tom)
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.aarsag", "body.fra"]);

    // The same id for another caseworker is refused; Køge can neither add to Lone nor delete her absence.
    expect((await t.call(admin, "POST", `${URL}/medarbejdere/${kim.id}/fravaer`, ferie)).status).toBe(400);
    expect((await t.call(koege, "POST", url, { ...ferie, id: randomUUID() })).status).toBe(404);
    expect((await t.call(koege, "DELETE", `${URL}/fravaer/${ferie.id}`)).status).toBe(204);
    expect((await medarbejder(lone.id))!.fravaer.map((f) => f.id)).toContain(ferie.id);

    const del = await t.call(admin, "DELETE", `${URL}/fravaer/${ferie.id}`);
    expect(del.status).toBe(204);
    expect(del.text).toBe("");
    expect((await medarbejder(lone.id))!.fravaer.map((f) => f.id)).not.toContain(ferie.id);
    expect((await t.call(admin, "DELETE", `${URL}/fravaer/${ferie.id}`)).status).toBe(204);
  });

  test("an absence over booked conversations says how many it hits", async () => {
    const booket = await t.db
      .selectFrom("samtale")
      .select(["medarbejder_id", sql<Date>`lower(tid)`.as("start")])
      .where("kommunekode", "=", "0265")
      .where("status", "=", "booket")
      .where(sql<boolean>`lower(tid) > ${t.clock.now().toISOString()}::timestamptz`)
      .limit(1)
      .executeTakeFirst();
    if (!booket) return; // the demo has no future booking: nothing to hit
    const start = new Date(booket.start);
    const res = await t.call(admin, "POST", `${URL}/medarbejdere/${booket.medarbejder_id}/fravaer`, {
      id: randomUUID(),
      fra: new Date(start.getTime() - 60_000).toISOString(),
      til: new Date(start.getTime() + 60_000).toISOString(),
      aarsag: "Sygdom",
    });
    expect(res.status).toBe(201);
    expect(body(res).beroerteSamtaler).toBeGreaterThanOrEqual(1);
  });

  test("the municipality's own closed days: added, renamed, removed; a holiday is already closed", async () => {
    const url = `${URL}/lukkedage`;
    const res = await t.call(admin, "POST", url, { dato: "2026-12-28", navn: "Lukket mellem jul og nytår" });
    expect(res.status).toBe(201);
    expect(body(res)).toEqual({ dato: "2026-12-28", navn: "Lukket mellem jul og nytår" });
    const again = await t.call(admin, "POST", url, { dato: "2026-12-28", navn: "Juleferie" });
    expect(again.status).toBe(201);
    expect((await opsaetning()).lukkedage).toContainEqual({ dato: "2026-12-28", navn: "Juleferie" });
    expect(((await opsaetning()).lukkedage as { dato: string }[]).filter((l) => l.dato === "2026-12-28")).toHaveLength(
      1,
    );
    expect((await opsaetning(koege)).lukkedage).not.toContainEqual({ dato: "2026-12-28", navn: "Juleferie" });

    const jul = await t.call(admin, "POST", url, { dato: "2026-12-25", navn: "Jul" });
    expect(jul.status).toBe(400);
    expect(body(jul).errors).toEqual([{ path: "body.dato", message: "Datoen er allerede lukket: Juledag." }]);
    const forkert = await t.call(admin, "POST", url, { dato: "2026-02-30", navn: "" });
    expect(
      body(forkert)
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.dato", "body.navn"]);

    expect((await t.call(koege, "DELETE", `${url}/2026-12-28`)).status).toBe(204);
    expect((await opsaetning()).lukkedage).toContainEqual({ dato: "2026-12-28", navn: "Juleferie" });
    expect((await t.call(admin, "DELETE", `${url}/2026-12-28`)).status).toBe(204);
    expect((await opsaetning()).lukkedage).not.toContainEqual({ dato: "2026-12-28", navn: "Juleferie" });
    expect((await t.call(admin, "DELETE", `${url}/2026-12-28`)).status).toBe(204);
  });

  test("English messages for an administrator who chose English", async () => {
    const en = await t.login("medarbejder", "admin-jens");
    expect((await t.call(en, "PUT", "/api/sprog", { lang: "en" })).status).toBe(200);
    const res = await t.call(en, "PUT", `${URL}/medarbejdere/${lone.id}/vinduer`, {
      vinduer: [
        { ugedag: 1, fra: "08:00", til: "12:00" },
        { ugedag: 1, fra: "09:00", til: "10:00" },
      ],
    });
    expect(body(res).errors).toEqual([
      { path: "body.vinduer.1.fra", message: "The time overlaps another opening window on Monday (08:00–12:00)." },
    ]);
  });

  test("caseworkers may not use the administrator's set-up", async () => {
    expect((await t.call(jk, "GET", `${URL}/opsaetning`)).status).toBe(403);
    const put = await t.call(jk, "PUT", `${URL}/medarbejdere/${lone.id}/vinduer`, { vinduer: [] });
    expect(put.status).toBe(403);
    expect(put.json.code).toBe("FORBIDDEN");
    expect((await t.call(jk, "POST", `${URL}/lukkedage`, { dato: "2026-12-29", navn: "X" })).status).toBe(403);
  });
});
