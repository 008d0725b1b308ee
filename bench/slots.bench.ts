/**
 * Benchmark `slots`: the free times a citizen can choose from when booking a conversation, across every caseworker of
 * a Copenhagen-size jobcentre (300 caseworkers with opening windows, eight weeks ahead, about 60 % of the opening
 * time already booked, holidays for some caseworkers, 10 rooms) on the PostgreSQL server. Each call is what the route
 * does: one transaction as the application role under row-level security, `laesTiderData` for all caseworkers (one
 * query), `ledigeTider` and `samletPrTid` (one slot per start time, the least loaded caseworker winning).
 *
 * The municipality also has a year of history (held and missed conversations), which the query must not wade through.
 * The database (ju_bench_slots_<version>) is built once (about a minute) and kept; --fresh rebuilds it.
 *
 *   npm run bench -- slots [--runs 400] [--fresh]
 */
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { dagFraIso, erArbejdsdag, isoFraDag, ugedag } from "../apps/server/src/modules/regler/kalender.ts";
import { ledigeTider, lokalTilUtc, samletPrTid } from "../apps/server/src/modules/samtale/tider.ts";
import { laesTiderData } from "../apps/server/src/modules/samtale/tider-data.ts";
import { type Database, migrate, openDatabase, pendingMigrations } from "../apps/server/src/platform/db/database.ts";
import { withTenant } from "../apps/server/src/platform/db/tenant.ts";
import { copyLine, withCopyTransaction } from "../tools/population/load.ts";
import { Rng, seededRandom } from "../tools/population/model.ts";
import {
  caseworkerIds,
  fmtSummary,
  keptDatabase,
  loadBenchPopulation,
  round,
  say,
  summary,
} from "./support/koebenhavn.ts";

export const name = "slots";
export const description =
  "ledige tider til en samtale: én borger på tværs af 300 jobkonsulenter, 8 uger frem, ~60 % booket (mål p95 < 50 ms)";

const KOMMUNE = "0101";
/** Bump when the schema or the generator changes, so an old benchmark database is not reused. */
const VERSION = "v3";
const TODAY = "2026-11-23"; // a Monday; the eight weeks ahead hold Christmas and New Year
const CASEWORKERS = 300;
const CITIZENS = 6000;
const ROOMS = 10;
/** a year of history: held and missed conversations the query must not wade through */
const HISTORY_DAYS = 365;
const AHEAD_DAYS = 63;
const MIN = 60_000;
const DAY_MS = 86_400_000;

/** The moment the citizen asks: 08:00 Danish time on the benchmark's day. */
const NOW = lokalTilUtc(dagFraIso(TODAY), 8 * 60);
const NOTICE_HOURS = 24;
const WINDOW_DAYS = 56;

function uuid(rng: Rng): string {
  let h = "";
  for (let i = 0; i < 4; i++) h += (rng.int(0x100000000) >>> 0).toString(16).padStart(8, "0");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const tsRange = (fra: number, til: number) => `[${new Date(fra).toISOString()},${new Date(til).toISOString()})`;

interface MeetingType {
  id: string;
  kode: "jobsamtale" | "opfoelgning" | "faelles" | "sygeopfoelgning";
  art: "jobsamtale" | "opfoelgning" | "faelles" | "anden";
  navn: string;
  varighed: number;
  buffer: number;
  weight: number;
}

/** Generates and loads the municipality's conversations; returns figures for the log. */
async function build(d: Database, dbUrl: string, log: (s: string) => void) {
  // Citizens and caseworkers from the population generator: 6,000 citizens, one caseworker per 20 → 300.
  await loadBenchPopulation(d, dbUrl, {
    kommunekode: KOMMUNE,
    citizens: CITIZENS,
    seed: "slots",
    today: TODAY,
    caseworkersPer: CITIZENS / CASEWORKERS,
  });
  const caseworkers = await caseworkerIds(d.db, KOMMUNE);
  const citizens = (
    await d.db.selectFrom("borger").select("id").where("kommunekode", "=", KOMMUNE).orderBy("id").execute()
  ).map((r) => r.id);

  const rng = new Rng(seededRandom(`samtaler|${VERSION}`));
  const types: MeetingType[] = [
    {
      id: uuid(rng),
      kode: "jobsamtale",
      art: "jobsamtale",
      navn: "Jobsamtale",
      varighed: 45,
      buffer: 15,
      weight: 0.55,
    },
    {
      id: uuid(rng),
      kode: "opfoelgning",
      art: "opfoelgning",
      navn: "Opfølgning",
      varighed: 30,
      buffer: 10,
      weight: 0.3,
    },
    { id: uuid(rng), kode: "faelles", art: "faelles", navn: "Fælles samtale", varighed: 60, buffer: 15, weight: 0.08 },
    {
      id: uuid(rng),
      kode: "sygeopfoelgning",
      art: "anden",
      navn: "Sygeopfølgning",
      varighed: 60,
      buffer: 15,
      weight: 0.07,
    },
  ];
  const pickType = () => {
    let x = rng.next();
    for (const t of types) {
      x -= t.weight;
      if (x < 0) return t;
    }
    return types[0]!;
  };
  const rooms = Array.from({ length: ROOMS }, (_, i) => ({
    id: uuid(rng),
    navn: `Samtalerum ${i + 1}`,
    kapacitet: [2, 2, 2, 3, 3, 4, 4, 6, 8, 12][i]!,
  }));

  const firstDay = dagFraIso(TODAY) - HISTORY_DAYS;
  const lastDay = dagFraIso(TODAY) + AHEAD_DAYS;
  const today = dagFraIso(TODAY);
  const lukkedag = dagFraIso("2026-12-28");
  // Rooms: occupancy per 5 minutes over the whole period.
  const SLOT5 = 5 * MIN;
  const t0 = lokalTilUtc(firstDay, 0);
  const roomBusy = rooms.map(() => new Uint8Array(Math.ceil((lastDay + 1 - firstDay) * 288) + 10));
  const roomFree = (r: number, fra: number, til: number) => {
    const b = roomBusy[r]!;
    for (let i = Math.floor((fra - t0) / SLOT5); i < Math.ceil((til - t0) / SLOT5); i++) if (b[i]) return false;
    return true;
  };
  const takeRoom = (r: number, fra: number, til: number) => {
    const b = roomBusy[r]!;
    for (let i = Math.floor((fra - t0) / SLOT5); i < Math.ceil((til - t0) / SLOT5); i++) b[i] = 1;
  };
  const citizenBusy = new Map<number, [number, number][]>();
  const pickCitizen = (fra: number, til: number): number | undefined => {
    for (let k = 0; k < 6; k++) {
      const c = rng.int(citizens.length);
      const l = citizenBusy.get(c) ?? [];
      if (l.every(([a, b]) => til <= a || b <= fra)) {
        l.push([fra, til]);
        citizenBusy.set(c, l);
        return c;
      }
    }
    return undefined;
  };

  const windowLines: string[] = [];
  const absenceLines: string[] = [];
  const meetingLines: string[] = [];
  let open = 0;
  let blocked = 0;
  let n = 0;
  for (const cw of caseworkers) {
    // Opening windows: most work 08:30–12:00 and 12:30–15:00 with a short Friday; some other patterns.
    const kind = rng.next();
    const week: [number, number][][] = [[], [], [], [], [], [], [], []];
    for (let u = 1; u <= 5; u++) {
      if (kind < 0.7)
        week[u] =
          u === 5
            ? [
                [510, 720],
                [750, 810],
              ]
            : [
                [510, 720],
                [750, 900],
              ];
      else if (kind < 0.9)
        week[u] =
          u === 5
            ? [[540, 720]]
            : [
                [540, 690],
                [720, 870],
              ];
      else if (u <= 3)
        week[u] = [
          [480, 720],
          [750, 930],
        ];
    }
    for (let u = 1; u <= 7; u++) {
      for (const [a, b] of week[u]!)
        windowLines.push(
          copyLine(
            { id: uuid(rng), k: KOMMUNE, m: cw, u: String(u), a: String(a), b: String(b), gf: "2026-08-01", gt: null },
            ["id", "k", "m", "u", "a", "b", "gf", "gt"] as const,
          ),
        );
      // last season's windows, expired (the query must leave them out)
      if (week[u]!.length)
        windowLines.push(
          copyLine(
            { id: uuid(rng), k: KOMMUNE, m: cw, u: String(u), a: "480", b: "960", gf: "2026-01-01", gt: "2026-07-31" },
            ["id", "k", "m", "u", "a", "b", "gf", "gt"] as const,
          ),
        );
    }
    // Absences: a holiday of one or two weeks for about 10 %, a course day for some others.
    const away: [number, number][] = [];
    if (rng.chance(0.1)) {
      const start = today + 1 + rng.int(WINDOW_DAYS - 14);
      away.push([start, start + (rng.chance(0.5) ? 7 : 14)]);
    }
    if (rng.chance(0.15)) {
      const dag = today + 1 + rng.int(WINDOW_DAYS);
      away.push([dag, dag + 1]);
    }
    for (const [a, b] of away)
      absenceLines.push(
        copyLine(
          {
            id: uuid(rng),
            k: KOMMUNE,
            m: cw,
            p: tsRange(lokalTilUtc(a, 0), lokalTilUtc(b, 0)),
            aarsag: b - a === 1 ? "kursus" : "ferie",
          },
          ["id", "k", "m", "p", "aarsag"] as const,
        ),
      );
    // Bookings: walk each window in quarters of an hour, placing a meeting with a fixed chance (about 60 % filled).
    for (let dag = firstDay; dag <= lastDay; dag++) {
      if (!erArbejdsdag(dag) || dag === lukkedag) continue;
      if (away.some(([a, b]) => dag >= a && dag < b)) continue;
      for (const [a, b] of week[ugedag(dag)]!) {
        const wa = lokalTilUtc(dag, a);
        const wb = lokalTilUtc(dag, b);
        if (dag > today) open += wb - wa;
        let t = wa;
        while (t < wb) {
          const type = pickType();
          const tidTil = t + type.varighed * MIN;
          const blokTil = tidTil + type.buffer * MIN;
          if (blokTil > wb || !rng.chance(0.42)) {
            t += 15 * MIN;
            continue;
          }
          const c = pickCitizen(t, tidTil);
          if (c === undefined) {
            t += 15 * MIN;
            continue;
          }
          let kanal: "fremmoede" | "telefon" | "video" = rng.chance(0.5) ? "telefon" : "video";
          let room: number | undefined;
          // 10 rooms for 300 caseworkers: most conversations are by telephone or video; a few in person, in the
          // rooms' free time, fill the rooms to about 60 %.
          if (rng.chance(0.035)) {
            const start = rng.int(ROOMS);
            for (let k = 0; k < ROOMS; k++) {
              const r = (start + k) % ROOMS;
              if (roomFree(r, t, blokTil)) {
                room = r;
                kanal = "fremmoede";
                takeRoom(r, t, blokTil);
                break;
              }
            }
          }
          const past = dag < today;
          // the past: held or missed, registered after the meeting; a few never registered (still booked)
          const status = !past || rng.chance(0.02) ? "booket" : rng.chance(0.9) ? "afholdt" : "udeblevet";
          const registreret = past && status !== "booket" ? tidTil + rng.int(48 * 60) * MIN : t - 14 * DAY_MS;
          const id = uuid(rng);
          const line = (s: string, checkin: string) =>
            copyLine(
              {
                id: s === status ? id : uuid(rng),
                k: KOMMUNE,
                b: citizens[c]!,
                m: cw,
                mt: type.id,
                art: type.art,
                kanal,
                l: room === undefined ? null : rooms[room]!.id,
                tid: tsRange(t, tidTil),
                blok: tsRange(t, blokTil),
                status: s,
                af: cw,
                rolle: "jobkonsulent",
                o: new Date(t - 14 * DAY_MS).toISOString(),
                ae: new Date(s === status ? registreret : t - 14 * DAY_MS).toISOString(),
                ck: checkin,
                vu: kanal === "video" ? "demo" : null,
                vr: kanal === "video" ? `rum-${id.slice(0, 8)}` : null,
              },
              [
                "id",
                "k",
                "b",
                "m",
                "mt",
                "art",
                "kanal",
                "l",
                "tid",
                "blok",
                "status",
                "af",
                "rolle",
                "o",
                "ae",
                "ck",
                "vu",
                "vr",
              ] as const,
            );
          meetingLines.push(line(status, `K${(n++).toString(36)}`));
          // Some earlier bookings of the same time were cancelled: they must not block.
          if (rng.chance(0.08)) meetingLines.push(line("aflyst", `K${(n++).toString(36)}`));
          if (dag > today) blocked += blokTil - t;
          t = blokTil;
        }
      }
    }
  }

  await withCopyTransaction(dbUrl, async (s) => {
    const send = async (table: string, columns: string[], lines: string[]) => {
      const stream = s.open(table, columns);
      for (let i = 0; i < lines.length; i += 500) await s.write(stream, lines.slice(i, i + 500).join(""));
      await s.close(stream);
    };
    await send(
      "moedetype",
      ["id", "kommunekode", "kode", "art", "navn", "varighed_min", "buffer_min", "kanaler"],
      types.map((t) =>
        copyLine(
          {
            id: t.id,
            k: KOMMUNE,
            kode: t.kode,
            art: t.art,
            navn: t.navn,
            v: String(t.varighed),
            b: String(t.buffer),
            ka: "{fremmoede,telefon,video}",
          },
          ["id", "k", "kode", "art", "navn", "v", "b", "ka"] as const,
        ),
      ),
    );
    await send(
      "lokale",
      ["id", "kommunekode", "navn", "adresse", "kapacitet"],
      rooms.map((r) =>
        copyLine(
          { id: r.id, k: KOMMUNE, n: r.navn, a: "Gyldenløvesgade 15, 1600 København V", c: String(r.kapacitet) },
          ["id", "k", "n", "a", "c"] as const,
        ),
      ),
    );
    await send(
      "aabningsvindue",
      ["id", "kommunekode", "medarbejder_id", "ugedag", "fra_min", "til_min", "gyldig_fra", "gyldig_til"],
      windowLines,
    );
    await send("fravaer", ["id", "kommunekode", "medarbejder_id", "periode", "aarsag"], absenceLines);
    await send(
      "lukkedag",
      ["kommunekode", "dato", "navn"],
      [copyLine({ k: KOMMUNE, d: isoFraDag(lukkedag), n: "Jobcentret holder lukket" }, ["k", "d", "n"] as const)],
    );
    await send(
      "samtale",
      [
        "id",
        "kommunekode",
        "borger_id",
        "medarbejder_id",
        "moedetype_id",
        "art",
        "kanal",
        "lokale_id",
        "tid",
        "blokeret",
        "status",
        "booket_af",
        "booket_af_rolle",
        "oprettet",
        "aendret",
        "checkin_kode",
        "video_udbyder",
        "video_rum",
      ],
      meetingLines,
    );
  });
  log(
    `  ${windowLines.length.toLocaleString("da-DK")} åbningsvinduer, ${absenceLines.length} fraværsperioder, ` +
      `${meetingLines.length.toLocaleString("da-DK")} samtaler (heraf aflyste og afholdte)`,
  );
  // the share of the future opening time (on days at work) that bookings block
  return blocked / open;
}

async function database(fresh: boolean, log: (s: string) => void) {
  const dbName = `ju_bench_slots_${VERSION}`;
  const dbUrl = await keptDatabase({
    name: dbName,
    fresh,
    // no migration added since it was built (a changed migration needs a new VERSION)
    current: async (d) => (await pendingMigrations(d.db)).length === 0,
    build: async (d, url) => {
      const t = performance.now();
      log(`bygger benchmark-databasen ${dbName} …`);
      await migrate(d.db);
      const fyldt = await build(d, url, log);
      await sql`vacuum analyze`.execute(d.db);
      await sql`create table bench_klar (bygget timestamptz not null default now(), fyldt double precision not null)`.execute(
        d.db,
      );
      await sql`insert into bench_klar (fyldt) values (${fyldt})`.execute(d.db);
      log(`  bygget på ${((performance.now() - t) / 1000).toFixed(1)} s`);
    },
  });
  return { database: await openDatabase({ kind: "postgres", url: dbUrl }), name: dbName };
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      runs: { type: "string", default: "400" },
      warmup: { type: "string", default: "30" },
      fresh: { type: "boolean", default: false },
    },
  });
  const { database: d, name: dbName } = await database(values.fresh, console.log);
  try {
    const { v: version, fyldt } = (
      await sql<{ v: string; fyldt: number }>`
        select current_setting('server_version') as v, (select fyldt from bench_klar limit 1) as fyldt`.execute(d.db)
    ).rows[0]!;
    const citizens = (
      await d.db.selectFrom("borger").select("id").where("kommunekode", "=", KOMMUNE).orderBy("id").execute()
    ).map((r) => r.id);
    const fra = NOW + NOTICE_HOURS * 3_600_000;
    const til = NOW + WINDOW_DAYS * DAY_MS;
    const counts = (
      await sql<{ vinduer: number; samtaler: number; aktive: number; fravaer: number; medarbejdere: number }>`
        select (select count(*) from aabningsvindue) as vinduer, (select count(*) from samtale) as samtaler,
               (select count(*) from samtale where status = 'booket' and blokeret && tstzrange(${new Date(fra).toISOString()}::timestamptz, ${new Date(til).toISOString()}::timestamptz)) as aktive,
               (select count(*) from fravaer) as fravaer,
               (select count(distinct medarbejder_id) from aabningsvindue) as medarbejdere`.execute(d.db)
    ).rows[0]!;
    console.log(
      `PostgreSQL ${version}, database ${dbName}: ${counts.medarbejdere} jobkonsulenter med ${counts.vinduer} åbningsvinduer, ` +
        `${citizens.length.toLocaleString("da-DK")} borgere, ${Number(counts.samtaler).toLocaleString("da-DK")} samtaler ` +
        `(${Number(counts.aktive).toLocaleString("da-DK")} bookede i søgeperioden), ${counts.fravaer} fraværsperioder, ${ROOMS} lokaler`,
    );
    say("åbningstid booket (fremtidige arbejdsdage)", `${Math.round(fyldt * 100)} %`);
    say("søgning", `${new Date(fra).toISOString()} – ${new Date(til).toISOString()} (8 uger), jobsamtale 45 + 15 min`);

    const rng = new Rng(seededRandom("slots-kald"));
    const once = async (borgerId: string, medLokaler: boolean) => {
      const t0 = performance.now();
      const data = await withTenant(d.db, KOMMUNE, (tx) =>
        laesTiderData(tx, {
          medarbejderIds: null,
          borgerId,
          fra: new Date(fra),
          til: new Date(til),
          medLokaler,
          minKapacitet: 2,
        }),
      );
      const t1 = performance.now();
      const slots = ledigeTider({ ...data, varighedMin: 45, bufferMin: 15, fra, til });
      const samlet = samletPrTid(slots, data.belastning);
      const t2 = performance.now();
      return { total: t2 - t0, query: t1 - t0, compute: t2 - t1, slots: slots.length, tider: samlet.length };
    };

    for (let i = 0; i < Number(values.warmup); i++) await once(rng.pick(citizens), i % 2 === 0);
    const runs = Number(values.runs);
    const all: number[] = [];
    const query: number[] = [];
    const compute: number[] = [];
    const perKanal = { fremmoede: [] as number[], telefon: [] as number[] };
    const slotCounts: number[] = [];
    const tidCounts: number[] = [];
    for (let i = 0; i < runs; i++) {
      const medLokaler = i % 2 === 0;
      const r = await once(rng.pick(citizens), medLokaler);
      all.push(r.total);
      query.push(r.query);
      compute.push(r.compute);
      (medLokaler ? perKanal.fremmoede : perKanal.telefon).push(r.total);
      slotCounts.push(r.slots);
      tidCounts.push(r.tider);
    }
    const s = summary(all);
    const med = (xs: number[]) => summary(xs).p50;
    say("hele kaldet (transaktion, læsning, beregning)", `min ${round(Math.min(...all))} ms, ${fmtSummary(s)}`);
    say("  heraf læsning (withTenant + laesTiderData)", fmtSummary(summary(query)));
    say("  heraf beregning (ledigeTider + samletPrTid)", fmtSummary(summary(compute)));
    say("fremmøde (med lokaler)", fmtSummary(summary(perKanal.fremmoede)));
    say("telefon/video (uden lokaler)", fmtSummary(summary(perKanal.telefon)));
    say(
      "ledige tider fundet (median)",
      `${med(slotCounts).toLocaleString("da-DK")} (medarbejder × starttid), ${med(tidCounts).toLocaleString("da-DK")} starttider efter samletPrTid`,
    );
    console.log(`slots: ${round(s.p95)} ms p95 (mål: under 50 ms)`);
  } finally {
    await d.close();
  }
}
