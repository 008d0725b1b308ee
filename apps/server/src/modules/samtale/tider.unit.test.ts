import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dagFraIso, isoFraDag, ugedag } from "../regler/kalender.ts";
import type { Dag } from "../regler/model.ts";
import {
  Belastning,
  erLukket,
  type Lokale,
  ledigeTider,
  lokalTilUtc,
  type Optaget,
  type OptagetPar,
  type Slot,
  samletPrTid,
  somListe,
  type TiderInput,
  utcTilLokal,
  type Vindue,
} from "./tider.ts";

const MIN = 60_000;
const TIME = 3_600_000;
const d = dagFraIso;

/** "2026-03-30 09:00" in Danish time → epoch ms. */
function lokal(s: string): number {
  const [dato, kl] = s.split(" ") as [string, string];
  const [h, m] = kl.split(":").map(Number) as [number, number];
  return lokalTilUtc(d(dato), h * 60 + m);
}
const utc = (iso: string) => Date.parse(iso);
/** A slot's start as Danish wall-clock text, for readable expectations. */
function vis(ms: number): string {
  const { dag, minut } = utcTilLokal(ms);
  return `${isoFraDag(dag)} ${String(Math.floor(minut / 60)).padStart(2, "0")}:${String(minut % 60).padStart(2, "0")}`;
}

const intl = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Copenhagen",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
function intlVis(ms: number): string {
  const p = Object.fromEntries(intl.formatToParts(ms).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

function vindue(medarbejderId: string, ugedag: number, fra: string, til: string, gyldig?: [Dag, Dag | null]): Vindue {
  const min = (s: string) => {
    const [h, m] = s.split(":").map(Number) as [number, number];
    return h * 60 + m;
  };
  return {
    medarbejderId,
    ugedag,
    fraMin: min(fra),
    tilMin: min(til),
    gyldigFra: gyldig?.[0] ?? d("2020-01-01"),
    gyldigTil: gyldig?.[1] ?? null,
  };
}
const hverdage = (id: string, fra: string, til: string) => [1, 2, 3, 4, 5].map((u) => vindue(id, u, fra, til));
const alleDage = (id: string, fra: string, til: string) => [1, 2, 3, 4, 5, 6, 7].map((u) => vindue(id, u, fra, til));

function input(p: Partial<TiderInput> & Pick<TiderInput, "vinduer" | "fra" | "til">): TiderInput {
  return { medarbejderOptaget: [], borgerOptaget: [], lukkedage: [], varighedMin: 45, bufferMin: 15, ...p };
}
const starter = (xs: Slot[]) => xs.map((s) => vis(s.fra));
const dageMedTider = (xs: Slot[]) => [...new Set(xs.map((s) => vis(s.fra).slice(0, 10)))];

describe("Danish time", () => {
  test("every hour of 2019–2030 agrees with Intl (Europe/Copenhagen)", { timeout: 60_000 }, () => {
    const start = utc("2019-01-01T00:00:00Z");
    const slut = utc("2031-01-01T00:00:00Z");
    for (let ms = start; ms < slut; ms += TIME) {
      const mine = vis(ms);
      if (mine !== intlVis(ms)) expect(mine, new Date(ms).toISOString()).toBe(intlVis(ms));
    }
  });

  test("any instant from 1996 to 2099 agrees with Intl, to the minute", () => {
    fc.assert(
      fc.property(fc.integer({ min: utc("1996-01-01T00:00:00Z"), max: utc("2099-12-31T00:00:00Z") }), (ms) => {
        expect(vis(ms)).toBe(intlVis(ms));
      }),
      { numRuns: 5000 },
    );
  });

  test("local → UTC: winter +1, summer +2, the spring gap moves forward, the autumn repeat takes the first", () => {
    expect(lokal("2026-01-15 09:00")).toBe(utc("2026-01-15T08:00:00Z"));
    expect(lokal("2026-07-01 09:00")).toBe(utc("2026-07-01T07:00:00Z"));
    // 29 March 2026: 02:00 → 03:00
    expect(lokal("2026-03-29 01:59")).toBe(utc("2026-03-29T00:59:00Z"));
    expect(lokal("2026-03-29 02:00")).toBe(utc("2026-03-29T01:00:00Z"));
    expect(lokal("2026-03-29 02:30")).toBe(utc("2026-03-29T01:30:00Z"));
    expect(lokal("2026-03-29 03:00")).toBe(utc("2026-03-29T01:00:00Z"));
    expect(lokal("2026-03-29 09:00")).toBe(utc("2026-03-29T07:00:00Z"));
    // 25 October 2026: 03:00 → 02:00
    expect(lokal("2026-10-25 01:59")).toBe(utc("2026-10-24T23:59:00Z"));
    expect(lokal("2026-10-25 02:30")).toBe(utc("2026-10-25T00:30:00Z"));
    expect(lokal("2026-10-25 03:00")).toBe(utc("2026-10-25T02:00:00Z"));
    expect(lokal("2026-10-25 09:00")).toBe(utc("2026-10-25T08:00:00Z"));
    expect(lokalTilUtc(d("2026-10-25"), 1440)).toBe(lokal("2026-10-26 00:00"));
    expect(utcTilLokal(utc("2026-10-25T00:30:00Z"))).toEqual({ dag: d("2026-10-25"), minut: 150 });
    expect(utcTilLokal(utc("2026-10-25T01:30:00Z"))).toEqual({ dag: d("2026-10-25"), minut: 150 });
  });

  test("local → UTC → local is the identity except in the spring gap, and always the first occurrence", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d("1996-01-01"), max: d("2099-12-31") }),
        fc.integer({ min: 0, max: 1439 }),
        (dag, minut) => {
          const ms = lokalTilUtc(dag, minut);
          const tilbage = utcTilLokal(ms);
          const iso = isoFraDag(dag);
          const forårsdag = iso.slice(5, 7) === "03" && ugedag(dag) === 7 && Number(iso.slice(8)) > 24;
          if (forårsdag && minut >= 120 && minut < 180) expect(tilbage).toEqual({ dag, minut: minut + 60 });
          else expect(tilbage).toEqual({ dag, minut });
          expect(utcTilLokal(ms - TIME)).not.toEqual({ dag, minut });
          expect(intlVis(ms)).toBe(vis(ms));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("closed days", () => {
  const ingen = new Set<Dag>();
  test("the holidays, grundlovsdag, juleaftensdag and nytårsaftensdag close; weekends do not by themselves", () => {
    for (const x of ["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-01-01", "2026-06-05"])
      expect(erLukket(d(x), ingen), x).toBe(true);
    // påske 2027: skærtorsdag 25/3, langfredag 26/3, påskedag 28/3, 2. påskedag 29/3; Kristi himmelfart 6/5; pinse 16–17/5
    for (const x of ["2027-03-25", "2027-03-26", "2027-03-28", "2027-03-29", "2027-05-06", "2027-05-16", "2027-05-17"])
      expect(erLukket(d(x), ingen), x).toBe(true);
    for (const x of ["2026-12-23", "2026-12-27", "2027-03-27", "2027-03-24", "2027-03-30", "2027-04-23"])
      expect(erLukket(d(x), ingen), x).toBe(false);
    expect(erLukket(d("2026-12-22"), new Set([d("2026-12-22")]))).toBe(true);
  });
});

describe("free slots", () => {
  const mandag = "2026-03-23"; // a Monday in winter time

  test("a window gives starts every 15 minutes; the buffer must fit inside the window", () => {
    const vinduer = [vindue("a", 1, "09:00", "12:00")];
    const r = ledigeTider(input({ vinduer, fra: lokal(`${mandag} 00:00`), til: lokal(`${mandag} 23:59`) }));
    expect(starter(r)).toEqual(
      ["09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45", "11:00"].map((k) => `${mandag} ${k}`),
    );
    expect(r[0]).toEqual({ medarbejderId: "a", fra: utc(`${mandag}T08:00:00Z`), til: utc(`${mandag}T08:45:00Z`) });
    const lille = [vindue("a", 1, "09:00", "10:00")];
    const fra = lokal(`${mandag} 00:00`);
    const til = lokal(`${mandag} 23:59`);
    expect(starter(ledigeTider(input({ vinduer: lille, fra, til })))).toEqual([`${mandag} 09:00`]);
    expect(ledigeTider(input({ vinduer: lille, fra, til, bufferMin: 30 }))).toEqual([]);
    expect(starter(ledigeTider(input({ vinduer: lille, fra, til, varighedMin: 60, bufferMin: 0 })))).toEqual([
      `${mandag} 09:00`,
    ]);
  });

  test("granularity aligns to the window start; the search start cuts earlier starts; the search end is exclusive", () => {
    const vinduer = [vindue("a", 1, "09:10", "12:00")];
    const r = ledigeTider(
      input({ vinduer, trinMin: 30, fra: lokal(`${mandag} 09:11`), til: lokal(`${mandag} 11:10`), bufferMin: 0 }),
    );
    expect(starter(r)).toEqual(["09:40", "10:10", "10:40"].map((k) => `${mandag} ${k}`));
  });

  test("a 09:00 window stays at 09:00 local across the changes to and from summer time", () => {
    const vinduer = alleDage("a", "09:00", "10:00");
    const r = ledigeTider(input({ vinduer, fra: lokal("2026-03-27 00:00"), til: lokal("2026-04-01 00:00") }));
    expect(r.map((s) => new Date(s.fra).toISOString())).toEqual([
      "2026-03-27T08:00:00.000Z",
      "2026-03-28T08:00:00.000Z",
      "2026-03-29T07:00:00.000Z",
      "2026-03-30T07:00:00.000Z",
      "2026-03-31T07:00:00.000Z",
    ]);
    const h = ledigeTider(input({ vinduer, fra: lokal("2026-10-24 00:00"), til: lokal("2026-10-27 00:00") }));
    expect(h.map((s) => new Date(s.fra).toISOString())).toEqual([
      "2026-10-24T07:00:00.000Z",
      "2026-10-25T08:00:00.000Z",
      "2026-10-26T08:00:00.000Z",
    ]);
  });

  test("a night window across the spring gap is one hour shorter in real time", () => {
    const vinduer = [vindue("a", 7, "01:00", "05:00")];
    const r = ledigeTider(
      input({
        vinduer,
        varighedMin: 60,
        bufferMin: 0,
        trinMin: 60,
        fra: lokal("2026-03-29 00:00"),
        til: lokal("2026-03-30 00:00"),
      }),
    );
    expect(starter(r)).toEqual(["2026-03-29 01:00", "2026-03-29 03:00", "2026-03-29 04:00"]);
    const høst = ledigeTider(
      input({
        vinduer,
        varighedMin: 60,
        bufferMin: 0,
        trinMin: 60,
        fra: lokal("2026-10-25 00:00"),
        til: lokal("2026-10-26 00:00"),
      }),
    );
    expect(høst.map((s) => new Date(s.fra).toISOString())).toEqual([
      "2026-10-24T23:00:00.000Z",
      "2026-10-25T00:00:00.000Z",
      "2026-10-25T01:00:00.000Z",
      "2026-10-25T02:00:00.000Z",
      "2026-10-25T03:00:00.000Z",
    ]);
  });

  test("bookings and absences block the caseworker, including the buffer; the next start is the next step after", () => {
    const vinduer = [vindue("a", 1, "09:00", "12:00")];
    const medarbejderOptaget: Optaget[] = [
      { id: "a", fra: lokal(`${mandag} 09:50`), til: lokal(`${mandag} 10:40`) },
      { id: "b", fra: lokal(`${mandag} 00:00`), til: lokal(`${mandag} 23:00`) },
    ];
    const r = ledigeTider(
      input({ vinduer, medarbejderOptaget, fra: lokal(`${mandag} 00:00`), til: lokal(`${mandag} 23:59`) }),
    );
    // 09:00 blocks until 10:00 (overlaps 09:50); 10:45 is the first step after 10:40
    expect(starter(r)).toEqual(["10:45", "11:00"].map((k) => `${mandag} ${k}`));
    const fravaer: Optaget[] = [{ id: "a", fra: lokal("2026-03-22 12:00"), til: lokal("2026-03-25 12:00") }];
    const uge = ledigeTider(
      input({
        vinduer: hverdage("a", "09:00", "10:00"),
        medarbejderOptaget: fravaer,
        fra: lokal(`${mandag} 00:00`),
        til: lokal("2026-03-28 00:00"),
      }),
    );
    expect(starter(uge)).toEqual(["2026-03-26 09:00", "2026-03-27 09:00"]);
  });

  test("the citizen's own booking: the meeting may not overlap it, the caseworker's buffer may", () => {
    const vinduer = [vindue("a", 1, "09:00", "12:00")];
    const borgerOptaget = [{ fra: lokal(`${mandag} 10:00`), til: lokal(`${mandag} 10:45`) }];
    const r = ledigeTider(
      input({ vinduer, borgerOptaget, fra: lokal(`${mandag} 00:00`), til: lokal(`${mandag} 23:59`) }),
    );
    expect(starter(r)).toEqual(["09:00", "09:15", "10:45", "11:00"].map((k) => `${mandag} ${k}`));
  });

  test("no slots on holidays (jul 2026, påske 2027) or the municipality's closed days; weekends follow the windows", () => {
    const vinduer = alleDage("a", "09:00", "10:00");
    const jul = ledigeTider(
      input({ vinduer, lukkedage: [d("2026-12-28")], fra: lokal("2026-12-21 00:00"), til: lokal("2027-01-04 00:00") }),
    );
    expect(dageMedTider(jul)).toEqual([
      "2026-12-21",
      "2026-12-22",
      "2026-12-23",
      "2026-12-27",
      "2026-12-29",
      "2026-12-30",
      "2027-01-02",
      "2027-01-03",
    ]);
    const paaske = ledigeTider(input({ vinduer, fra: lokal("2027-03-22 00:00"), til: lokal("2027-04-01 00:00") }));
    expect(dageMedTider(paaske)).toEqual([
      "2027-03-22",
      "2027-03-23",
      "2027-03-24",
      "2027-03-27",
      "2027-03-30",
      "2027-03-31",
    ]);
    const hverdag = ledigeTider(
      input({
        vinduer: hverdage("a", "09:00", "10:00"),
        fra: lokal("2027-03-22 00:00"),
        til: lokal("2027-04-01 00:00"),
      }),
    );
    expect(dageMedTider(hverdag)).toEqual(["2027-03-22", "2027-03-23", "2027-03-24", "2027-03-30", "2027-03-31"]);
  });

  test("windows apply only within their validity (both ends included); overlapping windows give no duplicates", () => {
    const vinduer = [
      vindue("a", 1, "09:00", "10:00", [d("2026-03-30"), d("2026-04-13")]),
      vindue("a", 1, "13:00", "14:00", [d("2026-01-01"), d("2026-03-23")]),
    ];
    const r = ledigeTider(input({ vinduer, fra: lokal("2026-03-16 00:00"), til: lokal("2026-04-20 00:00") }));
    // 6 April 2026 is 2. påskedag
    expect(starter(r)).toEqual(["2026-03-16 13:00", "2026-03-23 13:00", "2026-03-30 09:00", "2026-04-13 09:00"]);
    const overlap = [
      vindue("a", 1, "09:00", "10:30"),
      vindue("a", 1, "09:30", "10:00"),
      vindue("a", 1, "10:30", "11:00"),
    ];
    const o = ledigeTider(input({ vinduer: overlap, fra: lokal(`${mandag} 00:00`), til: lokal(`${mandag} 23:59`) }));
    expect(starter(o)).toEqual(["09:00", "09:15", "09:30", "09:45", "10:00"].map((k) => `${mandag} ${k}`));
  });

  test("sorted by start, then caseworker id", () => {
    const vinduer = [
      vindue("b", 1, "09:00", "10:00"),
      vindue("a", 1, "09:15", "10:15"),
      vindue("c", 1, "09:00", "10:00"),
    ];
    const r = ledigeTider(input({ vinduer, fra: lokal(`${mandag} 00:00`), til: lokal(`${mandag} 23:59`) }));
    expect(r.map((s) => `${vis(s.fra).slice(11)} ${s.medarbejderId}`)).toEqual(["09:00 b", "09:00 c", "09:15 a"]);
  });

  test("rooms: enough capacity, the smallest first, a busy room passes to the next, none free means no slot", () => {
    const vinduer = [vindue("a", 1, "09:00", "12:00")];
    const liste: Lokale[] = [
      { id: "stor", kapacitet: 8 },
      { id: "lille", kapacitet: 2 },
      { id: "mellem2", kapacitet: 4 },
      { id: "mellem", kapacitet: 4 },
    ];
    const optaget: Optaget[] = [
      { id: "mellem", fra: lokal(`${mandag} 09:00`), til: lokal(`${mandag} 09:45`) },
      { id: "mellem", fra: lokal(`${mandag} 10:45`), til: lokal(`${mandag} 12:00`) },
      { id: "mellem2", fra: lokal(`${mandag} 09:00`), til: lokal(`${mandag} 09:30`) },
      { id: "mellem2", fra: lokal(`${mandag} 10:30`), til: lokal(`${mandag} 12:00`) },
      { id: "stor", fra: lokal(`${mandag} 09:00`), til: lokal(`${mandag} 10:00`) },
    ];
    const soeg = (minKapacitet: number) =>
      ledigeTider(
        input({
          vinduer,
          trinMin: 30,
          lokaler: { liste, optaget, minKapacitet },
          fra: lokal(`${mandag} 00:00`),
          til: lokal(`${mandag} 23:59`),
        }),
      ).map((s) => `${vis(s.fra).slice(11)} ${s.lokaleId}`);
    // the meeting and the buffer hold the room: 09:30 blocks until 10:30, which mellem2's next booking starts at
    expect(soeg(3)).toEqual(["09:30 mellem2", "10:00 stor", "10:30 stor", "11:00 stor"]);
    expect(soeg(2)).toEqual(["09:00 lille", "09:30 lille", "10:00 lille", "10:30 lille", "11:00 lille"]);
    expect(soeg(9)).toEqual([]);
    const uden = ledigeTider(
      input({ vinduer, trinMin: 30, fra: lokal(`${mandag} 00:00`), til: lokal(`${mandag} 23:59`) }),
    );
    expect(uden[0]).not.toHaveProperty("lokaleId");
  });
});

describe("one slot per start time", () => {
  const s = (medarbejderId: string, kl: string): Slot => ({
    medarbejderId,
    fra: lokal(`2026-03-23 ${kl}`),
    til: lokal(`2026-03-23 ${kl}`) + 45 * MIN,
  });
  const dag = d("2026-03-23");

  test("the caseworker with the fewest bookings that day wins, ties by id; a limit keeps the earliest", () => {
    const slots = [
      s("a", "09:00"),
      s("b", "09:00"),
      s("c", "09:00"),
      s("a", "09:15"),
      s("c", "09:15"),
      s("b", "10:00"),
    ];
    const belastning = new Map([
      [`a|${dag}`, 4],
      [`b|${dag}`, 2],
      [`c|${dag}`, 2],
      [`a|${dag + 1}`, 0],
    ]);
    const r = samletPrTid(slots, belastning);
    expect(r.map((x) => `${vis(x.fra).slice(11)} ${x.medarbejderId}`)).toEqual(["09:00 b", "09:15 c", "10:00 b"]);
    expect(samletPrTid(slots).map((x) => x.medarbejderId)).toEqual(["a", "a", "b"]);
    expect(samletPrTid(slots, belastning, 2)).toHaveLength(2);
    expect(samletPrTid([...slots].reverse(), belastning)).toEqual(r);
    expect(samletPrTid([])).toEqual([]);
  });
});

describe("the load as a compact map", () => {
  test("reads as the Map samletPrTid takes, before and after its keys are made", () => {
    const dag = d("2026-03-23");
    const b = new Belastning(dag, 7);
    b.tilfoej("a", dag);
    b.tilfoej("a", dag);
    b.tilfoej("b", dag + 1, 3);
    b.tilfoej("c", dag + 7); // outside: ignored
    expect(b.get(`a|${dag}`)).toBe(2);
    expect(b.has(`b|${dag + 1}`)).toBe(true);
    expect(b.get(`b|${dag}`)).toBeUndefined();
    expect(b.antal("c", dag + 7)).toBe(0);
    const slots = [
      { medarbejderId: "a", fra: lokal("2026-03-23 09:00"), til: 0 },
      { medarbejderId: "b", fra: lokal("2026-03-23 09:00"), til: 0 },
    ];
    expect(samletPrTid(slots, b)[0]!.medarbejderId).toBe("b");
    expect([...b].sort()).toEqual([
      [`a|${dag}`, 2],
      [`b|${dag + 1}`, 3],
    ]);
    expect(b.size).toBe(2);
    b.tilfoej("b", dag);
    b.set(`c|${dag}`, 1);
    expect(b.get(`b|${dag}`)).toBe(1);
    expect(b.antal("c", dag)).toBe(1);
    expect(new Map(b).get(`a|${dag}`)).toBe(2);
    expect(samletPrTid(slots, b)[0]!.medarbejderId).toBe("b");
    b.tilfoej("b", dag, 5);
    expect(samletPrTid(slots, b)[0]!.medarbejderId).toBe("a");
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Property tests against a plain reference: every candidate checked against every interval, no sweeps.
// ---------------------------------------------------------------------------------------------------------------------

const overlapper = (a: number, b: number, c: number, e: number) => a < e && c < b;
/** A plain check (thousands per property run; expect() would dominate the run time). */
function krav(ok: boolean, hvad: string): void {
  if (!ok) throw new Error(hvad);
}

/** A window's edge: the earliest instant from which the Danish clock shows this wall-clock time or later. */
function graense(dag: Dag, minut: number): number {
  let x = lokalTilUtc(dag, minut);
  for (;;) {
    const f = utcTilLokal(x - MIN);
    if ((f.dag - dag) * 1440 + f.minut < minut) return x;
    x -= MIN;
  }
}

type ListeInput = TiderInput & { medarbejderOptaget: Optaget[] };

function reference(x: ListeInput): Slot[] {
  const trin = (x.trinMin ?? 15) * MIN;
  const varighed = x.varighedMin * MIN;
  const blok = (x.varighedMin + x.bufferMin) * MIN;
  const luk = new Set(x.lukkedage);
  const ids = [...new Set(x.vinduer.map((v) => v.medarbejderId))].sort();
  const rum = x.lokaler
    ? x.lokaler.liste
        .filter((l) => l.kapacitet >= x.lokaler!.minKapacitet)
        .sort((a, b) => a.kapacitet - b.kapacitet || (a.id < b.id ? -1 : 1))
    : [];
  const out: Slot[] = [];
  for (const id of ids) {
    for (let dag = utcTilLokal(x.fra).dag; dag <= utcTilLokal(x.til - 1).dag; dag++) {
      if (erLukket(dag, luk)) continue;
      const gyldige = x.vinduer
        .filter(
          (v) =>
            v.medarbejderId === id &&
            v.ugedag === ugedag(dag) &&
            v.gyldigFra <= dag &&
            (v.gyldigTil === null || dag <= v.gyldigTil),
        )
        .map((v) => [v.fraMin, v.tilMin] as [number, number])
        .sort((a, b) => a[0] - b[0]);
      const aabninger: [number, number][] = [];
      for (const [a, b] of gyldige) {
        const sidste = aabninger.at(-1);
        if (sidste && a <= sidste[1]) sidste[1] = Math.max(sidste[1], b);
        else aabninger.push([a, b]);
      }
      for (const [a, b] of aabninger) {
        const wa = graense(dag, a);
        const wb = graense(dag, b);
        for (let t = wa; t + blok <= wb; t += trin) {
          if (t < x.fra || t >= x.til) continue;
          if (x.medarbejderOptaget.some((o) => o.id === id && overlapper(t, t + blok, o.fra, o.til))) continue;
          if (x.borgerOptaget.some((o) => overlapper(t, t + varighed, o.fra, o.til))) continue;
          if (x.lokaler) {
            const l = rum.find(
              (r) => !x.lokaler!.optaget.some((o) => o.id === r.id && overlapper(t, t + blok, o.fra, o.til)),
            );
            if (l) out.push({ medarbejderId: id, fra: t, til: t + varighed, lokaleId: l.id });
          } else out.push({ medarbejderId: id, fra: t, til: t + varighed });
        }
      }
    }
  }
  return out.sort((a, b) => a.fra - b.fra || (a.medarbejderId < b.medarbejderId ? -1 : 1));
}

const START_DAGE = ["2026-03-25", "2026-10-21", "2026-12-20", "2027-03-24", "2026-06-01"].map(d);

const arbInput: fc.Arbitrary<ListeInput> = fc
  .record({
    startDag: fc.constantFrom(...START_DAGE),
    startMin: fc.integer({ min: 0, max: 1439 }),
    ekstraMs: fc.integer({ min: 0, max: 59_999 }),
    spaendDage: fc.integer({ min: 1, max: 9 }),
    ids: fc.uniqueArray(fc.constantFrom("a", "b", "c", "d"), { minLength: 1, maxLength: 4 }),
    vinduer: fc.array(
      fc.record({
        i: fc.nat(),
        ugedag: fc.integer({ min: 1, max: 7 }),
        fra: fc.integer({ min: 0, max: 280 }),
        laengde: fc.integer({ min: 3, max: 120 }),
        gyldigFra: fc.integer({ min: -5, max: 8 }),
        gyldigLaengde: fc.option(fc.integer({ min: 0, max: 12 })),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    optaget: fc.array(
      fc.record({
        i: fc.nat(),
        fra: fc.integer({ min: -600, max: 15_000 }),
        laengde: fc.integer({ min: 1, max: 600 }),
        s: fc.nat(59),
      }),
      { maxLength: 25 },
    ),
    borger: fc.array(
      fc.record({ fra: fc.integer({ min: -600, max: 15_000 }), laengde: fc.integer({ min: 1, max: 120 }) }),
      {
        maxLength: 5,
      },
    ),
    lukkedage: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 2 }),
    varighedMin: fc.integer({ min: 10, max: 120 }),
    bufferMin: fc.integer({ min: 0, max: 30 }),
    trinMin: fc.option(fc.constantFrom(5, 10, 15, 20, 30, 60), { nil: undefined }),
    lokaler: fc.option(
      fc.record({
        liste: fc.uniqueArray(
          fc.record({ id: fc.constantFrom("r1", "r2", "r3", "r4"), kapacitet: fc.integer({ min: 1, max: 5 }) }),
          {
            selector: (l) => l.id,
            minLength: 1,
            maxLength: 4,
          },
        ),
        optaget: fc.array(
          fc.record({
            id: fc.constantFrom("r1", "r2", "r3", "r4"),
            fra: fc.integer({ min: -600, max: 15_000 }),
            laengde: fc.integer({ min: 1, max: 400 }),
          }),
          { maxLength: 20 },
        ),
        minKapacitet: fc.integer({ min: 1, max: 3 }),
      }),
      { nil: undefined, freq: 2 },
    ),
  })
  .map((r) => {
    const fra = lokalTilUtc(r.startDag, r.startMin) + r.ekstraMs;
    const medarbejder = (i: number) => r.ids[i % r.ids.length]!;
    const vinduer: Vindue[] = r.vinduer.map((v) => ({
      medarbejderId: medarbejder(v.i),
      ugedag: v.ugedag,
      fraMin: v.fra * 5,
      tilMin: Math.min(1440, v.fra * 5 + v.laengde * 5),
      gyldigFra: r.startDag + v.gyldigFra,
      gyldigTil: v.gyldigLaengde === null ? null : r.startDag + v.gyldigFra + v.gyldigLaengde,
    }));
    return {
      vinduer,
      medarbejderOptaget: r.optaget.map((o) => ({
        id: medarbejder(o.i),
        fra: fra + o.fra * MIN + o.s * 1000,
        til: fra + (o.fra + o.laengde) * MIN + o.s * 1000,
      })),
      borgerOptaget: r.borger.map((o) => ({ fra: fra + o.fra * MIN, til: fra + (o.fra + o.laengde) * MIN })),
      lukkedage: r.lukkedage.map((x) => r.startDag + x),
      varighedMin: r.varighedMin,
      bufferMin: r.bufferMin,
      fra,
      til: fra + r.spaendDage * 86_400_000,
      ...(r.trinMin === undefined ? {} : { trinMin: r.trinMin }),
      ...(r.lokaler
        ? {
            lokaler: {
              liste: r.lokaler.liste,
              minKapacitet: r.lokaler.minKapacitet,
              optaget: r.lokaler.optaget.map((o) => ({
                id: o.id,
                fra: fra + o.fra * MIN,
                til: fra + (o.fra + o.laengde) * MIN,
              })),
            },
          }
        : {}),
    } satisfies ListeInput;
  });

describe("properties", () => {
  test("the same slots as the plain reference", () => {
    let medTider = 0;
    fc.assert(
      fc.property(arbInput, (x) => {
        const r = ledigeTider(x);
        expect(r).toEqual(reference(x));
        if (r.length > 0) medTider++;
      }),
      { numRuns: 400 },
    );
    // the generator is worth something only if many inputs have slots (about half do)
    expect(medTider).toBeGreaterThan(120);
  }, 60_000);

  test("the compact form of the busy time gives the same slots, and is left as it was", () => {
    fc.assert(
      fc.property(arbInput, (x) => {
        // unsorted, overlapping pairs per caseworker, as a caller may hand them over
        const grupper = new Map<string, number[]>();
        for (const o of x.medarbejderOptaget) grupper.set(o.id, [...(grupper.get(o.id) ?? []), o.fra, o.til]);
        const pr: OptagetPar = new Map([...grupper].map(([id, l]) => [id, Float64Array.from(l)]));
        const foer = JSON.stringify([...pr].map(([id, a]) => [id, [...a]]));
        expect(ledigeTider({ ...x, medarbejderOptaget: pr })).toEqual(ledigeTider(x));
        expect(JSON.stringify([...pr].map(([id, a]) => [id, [...a]]))).toBe(foer);
        expect(somListe(pr).length).toBe(x.medarbejderOptaget.filter((o) => grupper.has(o.id)).length);
      }),
      { numRuns: 200 },
    );
  });

  test("no slot overlaps a busy interval; every slot lies in a window on an open day; sorted; one per start time", () => {
    fc.assert(
      fc.property(arbInput, (x) => {
        const slots = ledigeTider(x);
        const blok = (x.varighedMin + x.bufferMin) * MIN;
        const luk = new Set(x.lukkedage);
        for (const s of slots) {
          krav(s.fra >= x.fra, "før søgningens start");
          krav(s.fra < x.til, "efter søgningens slut");
          krav(s.til - s.fra === x.varighedMin * MIN, "varighed");
          for (const o of x.medarbejderOptaget)
            if (o.id === s.medarbejderId) krav(!overlapper(s.fra, s.fra + blok, o.fra, o.til), "medarbejder optaget");
          for (const o of x.borgerOptaget) krav(!overlapper(s.fra, s.til, o.fra, o.til), "borger optaget");
          if (x.lokaler) {
            const l = x.lokaler.liste.find((r) => r.id === s.lokaleId)!;
            krav(l.kapacitet >= x.lokaler.minKapacitet, "kapacitet");
            for (const o of x.lokaler.optaget)
              if (o.id === s.lokaleId) krav(!overlapper(s.fra, s.fra + blok, o.fra, o.til), "lokale optaget");
          }
          const { dag } = utcTilLokal(s.fra);
          krav(!erLukket(dag, luk), "lukket dag");
          // the blocked span (every 5 minutes and its last minute) lies in valid windows of the day (joined windows may
          // share the span)
          const dagens = x.vinduer.filter(
            (v) =>
              v.medarbejderId === s.medarbejderId &&
              v.ugedag === ugedag(dag) &&
              v.gyldigFra <= dag &&
              (v.gyldigTil === null || dag <= v.gyldigTil),
          );
          const punkter = [s.fra + blok - MIN];
          for (let t = s.fra; t < s.fra + blok; t += 5 * MIN) punkter.push(t);
          for (const t of punkter)
            krav(
              dagens.some((v) => graense(dag, v.fraMin) <= t && t < graense(dag, v.tilMin)),
              "uden for vinduerne",
            );
        }
        for (let i = 1; i < slots.length; i++) {
          const a = slots[i - 1]!;
          const b = slots[i]!;
          krav(a.fra < b.fra || (a.fra === b.fra && a.medarbejderId < b.medarbejderId), "sortering");
        }
        const belastning = new Map<string, number>();
        for (const s of slots) belastning.set(`${s.medarbejderId}|${utcTilLokal(s.fra).dag}`, s.fra % 3);
        const samlet = samletPrTid(slots, belastning);
        expect(new Set(samlet.map((s) => s.fra)).size).toBe(samlet.length);
        expect(samlet.map((s) => s.fra)).toEqual([...new Set(slots.map((s) => s.fra))]);
        for (const s of samlet) krav(slots.includes(s), "ukendt tid");
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
