/**
 * Benchmark `booking-storm`: 2,000 citizens try to book at the same moment, on 200 free slots, against a PostgreSQL
 * server. 20 caseworkers each receive one Wednesday from 08:00 to 18:00 (600 minutes); a jobsamtale by phone is 45
 * minutes with a 15-minute buffer, so each caseworker has exactly 10 meetings that do not overlap (08:00, 09:00 …
 * 17:00): 200 slots. Every slot is wanted by 10 different citizens (shuffled), and all 2,000 attempts are fired at
 * once; only the connection pool limits how many run at a time. Each attempt is what the caseworker's booking route
 * does: one tenant transaction (row-level security) with `book` (the slot checked with the pure slot functions, then
 * the insert, the case event and the outbox), and the route's mapping of a refused overlap (SQLSTATE 23P01) to
 * 409 BOOKING_TID_OPTAGET.
 *
 * Expected: exactly 200 bookings, no overlap for a caseworker or a citizen, every booking with its case event and
 * its receipt and reminders (nothing half-written), every booking a client was told about present, and the 1,800
 * others told that the time is taken, truthfully (the caseworker is booked at that time).
 *
 * Round two, on fresh data: the same storm, and when 40 % of the attempts have been answered the server is killed
 * (SIGKILL to the postmaster and all its processes, no clean shutdown), and started again a second later (crash
 * recovery from the WAL). A client whose connection failed retries with back-off and the same idempotency key until it
 * gets a definite answer, as the browser does. The same invariants must hold, and no booking confirmed before the
 * crash may be lost.
 *
 * The server is a private one (its own cluster in a temporary directory, see support/pg-server.ts), so killing it
 * disturbs nothing else; it is removed afterwards.
 *
 *   npm run bench -- booking-storm [--pool 20] [--crash-at 0.4] [--down-ms 1000]
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { dagFraIso, ugedag } from "../apps/server/src/modules/regler/kalender.ts";
import type { Haendelse } from "../apps/server/src/modules/regler/model.ts";
import { book } from "../apps/server/src/modules/samtale/booking.ts";
import { bookingFejl } from "../apps/server/src/modules/samtale/routes.ts";
import { ledigeTider, lokalTilUtc } from "../apps/server/src/modules/samtale/tider.ts";
import { laesTiderData } from "../apps/server/src/modules/samtale/tider-data.ts";
import { jitsiUdbyder } from "../apps/server/src/modules/samtale/video.ts";
import { migrate } from "../apps/server/src/platform/db/database.ts";
import type { DB } from "../apps/server/src/platform/db/schema.ts";
import { withTenant } from "../apps/server/src/platform/db/tenant.ts";
import { AppError } from "../apps/server/src/platform/http/errors.ts";
import { Rng, seededRandom } from "../tools/population/model.ts";
import { round3, say, secs } from "./support/figures.ts";
import { caseworkerIds, fmtSummary, loadBenchPopulation, summary } from "./support/koebenhavn.ts";
import { type PgServer, startPgServer } from "./support/pg-server.ts";

export const name = "booking-storm";
export const description =
  "bookingstorm: 2.000 samtidige bookingforsøg på 200 ledige tider (og igen med nedbrud af serveren midt i)";

const KOMMUNE = "0101";
const TODAY = "2026-11-23"; // a Monday
const MEETING_DAY = "2026-11-25"; // the Wednesday the slots are on
const CASEWORKERS = 20;
const SLOTS_PER_CASEWORKER = 10;
const PER_SLOT = 10;
const CITIZENS = CASEWORKERS * SLOTS_PER_CASEWORKER * PER_SLOT;
const SLOTS = CASEWORKERS * SLOTS_PER_CASEWORKER;
const DURATION = 45;
const BUFFER = 15;
const WINDOW_FROM = 8 * 60;
const WINDOW_TO = WINDOW_FROM + SLOTS_PER_CASEWORKER * (DURATION + BUFFER); // 18:00: exactly 10 meetings with buffer
/** The moment of the storm: Monday 08:00 Danish time. */
const NOW = new Date(lokalTilUtc(dagFraIso(TODAY), 8 * 60));
/** A client gives up on an attempt (and the benchmark fails) if it has no definite answer after this long. */
const GIVE_UP_MS = 120_000;

interface Slot {
  medarbejderId: string;
  start: Date;
}

interface Attempt {
  borgerId: string;
  maalgruppe: string;
  slot: Slot;
  key: string;
}

type Outcome =
  | { kind: "booket"; samtaleId: string; ny: boolean }
  | { kind: "optaget"; via: "tjek" | "db" }
  | { kind: "fejl"; code: string; message: string };

interface Result {
  outcome: Outcome;
  /** from firing the attempt to its definite answer (queueing for a connection and retries included) */
  ms: number;
  /** the last transaction alone (from the connection in hand to the answer) */
  txMs: number;
  /** attempts whose connection failed and were sent again */
  retries: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The connection failed or the server is not (yet) accepting: the outcome is unknown and the client tries again. */
function connectionError(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  const code = e?.code ?? "";
  if (/^08/.test(code) || ["57P01", "57P02", "57P03"].includes(code)) return true;
  if (["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ECONNABORTED"].includes(code)) return true;
  return /Connection terminated|connection error|not queryable|Connection ended|terminating connection|timeout exceeded when trying to connect|the database system is/i.test(
    e?.message ?? "",
  );
}

function shuffle<T>(xs: T[], rng: Rng): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

function openPool(url: string, max: number) {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
  let connectionErrors = 0;
  // A server that dies under a connection makes the client emit 'error'; without a listener that ends the process.
  pool.on("error", () => void connectionErrors++);
  pool.on("connect", (client) => client.on("error", () => void connectionErrors++));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, errors: () => connectionErrors, close: () => db.destroy() };
}

async function admin(server: PgServer, query: string) {
  const c = new pg.Client({ connectionString: server.url("postgres") });
  await c.connect();
  try {
    await c.query(query);
  } finally {
    await c.end();
  }
}

/** A fresh database with the schema, 20 caseworkers with their Wednesday, the meeting type and 2,000 citizens. */
async function prepare(server: PgServer, database: string, seed: string) {
  await admin(server, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin(server, `CREATE DATABASE ${database}`);
  const url = server.url(database);
  const { db, close } = openPool(url, 4);
  try {
    await migrate(db);
    await loadBenchPopulation({ engine: "postgres", db, close }, url, {
      kommunekode: KOMMUNE,
      citizens: CITIZENS,
      seed,
      today: TODAY,
      caseworkersPer: CITIZENS / CASEWORKERS,
    });
    await db
      .insertInto("kommune_indstillinger")
      .values({
        kommunekode: KOMMUNE,
        jobcenter_navn: "Jobcenter København",
        adresse: "Kalvebod Brygge 45",
        postnr: "1560",
        bynavn: "København V",
        telefon: null,
        email: null,
        aabningstider: "[]",
      })
      .execute();
    const caseworkers = await caseworkerIds(db, KOMMUNE);
    const citizens = await db
      .selectFrom("borger")
      .select(["id", "maalgruppe"])
      .where("kommunekode", "=", KOMMUNE)
      .orderBy("id")
      .execute();
    if (caseworkers.length !== CASEWORKERS || citizens.length !== CITIZENS)
      throw new Error(`uventet population: ${caseworkers.length} jobkonsulenter, ${citizens.length} borgere`);
    const moedetypeId = randomUUID();
    await db
      .insertInto("moedetype")
      .values({
        id: moedetypeId,
        kommunekode: KOMMUNE,
        kode: "jobsamtale",
        art: "jobsamtale",
        navn: "Jobsamtale",
        varighed_min: DURATION,
        buffer_min: BUFFER,
        min_varsel_timer: 24,
        bookingvindue_dage: 56,
        aendring_varsel_timer: 24,
        kanaler: ["telefon"],
        min_deltagere: 2,
      })
      .execute();
    const day = dagFraIso(MEETING_DAY);
    await db
      .insertInto("aabningsvindue")
      .values(
        caseworkers.map((id) => ({
          id: randomUUID(),
          kommunekode: KOMMUNE,
          medarbejder_id: id,
          ugedag: ugedag(day),
          fra_min: WINDOW_FROM,
          til_min: WINDOW_TO,
          gyldig_fra: TODAY,
          gyldig_til: null,
        })),
      )
      .execute();
    await sql`analyze`.execute(db);

    const slots: Slot[] = caseworkers.flatMap((medarbejderId) =>
      Array.from({ length: SLOTS_PER_CASEWORKER }, (_, k) => ({
        medarbejderId,
        start: new Date(lokalTilUtc(day, WINDOW_FROM + k * (DURATION + BUFFER))),
      })),
    );
    // The slot functions agree, through the same reads the booking does: the day offers these 200 meetings without
    // overlap, and many more candidate start times (every 15 minutes) that overlap them.
    const offered = await withTenant(db, KOMMUNE, async (tx) => {
      const data = await laesTiderData(tx, {
        medarbejderIds: caseworkers,
        borgerId: citizens[0]!.id,
        fra: new Date(lokalTilUtc(day, 0)),
        til: new Date(lokalTilUtc(day + 1, 0)),
        medLokaler: false,
      });
      const base = {
        ...data,
        varighedMin: DURATION,
        bufferMin: BUFFER,
        fra: lokalTilUtc(day, 0),
        til: lokalTilUtc(day + 1, 0),
      };
      return {
        hourly: ledigeTider({ ...base, trinMin: DURATION + BUFFER }),
        quarterly: ledigeTider({ ...base, trinMin: 15 }),
      };
    });
    const want = new Set(slots.map((s) => `${s.medarbejderId}|${s.start.getTime()}`));
    if (offered.hourly.length !== SLOTS || !offered.hourly.every((s) => want.has(`${s.medarbejderId}|${s.fra}`)))
      throw new Error(
        `slotfunktionerne tilbyder ${offered.hourly.length} tider uden overlap, ikke de ${SLOTS} ventede`,
      );

    const rng = new Rng(seededRandom(`booking-storm|${seed}`));
    const who = shuffle([...citizens], rng);
    const attempts: Attempt[] = who.map((c, i) => ({
      borgerId: c.id,
      maalgruppe: c.maalgruppe,
      slot: slots[i % SLOTS]!,
      key: randomUUID(),
    }));
    shuffle(attempts, rng);
    return { url, moedetypeId, slots, attempts, candidates: offered.quarterly.length };
  } finally {
    await close();
  }
}

/** The case history the caseworker has in hand: the course began, and the first jobsamtale was held in person. */
const HISTORY: Haendelse[] = [
  { type: "LEDIGHED_START", dag: dagFraIso("2026-09-01") },
  { type: "SAMTALE_AFHOLDT", dag: dagFraIso("2026-09-15"), art: "jobsamtale", kanal: "fremmoede" },
];

interface StormOptions {
  url: string;
  pool: number;
  moedetypeId: string;
  attempts: Attempt[];
  /** kill the server when this share of the attempts has been answered, and start it again after downMs */
  crash?: { server: PgServer; at: number; downMs: number };
}

async function storm(o: StormOptions) {
  const { db, errors, close } = openPool(o.url, o.pool);
  const deps = {
    video: jitsiUdbyder({ domaene: "meet.jobunivers.example", appId: "jobunivers", hemmelighed: "x".repeat(32) }),
  };
  let answered = 0;
  let inTransaction = 0;
  const crash: {
    at?: number;
    answeredAt?: number;
    inTransactionAt?: number;
    killedMs?: number;
    upMs?: number;
    restartMs?: number;
    promise?: Promise<void>;
    error?: unknown;
  } = {};
  try {
    // Every connection opened before the storm, as in a running server.
    await Promise.all(Array.from({ length: o.pool }, () => sql`select 1`.execute(db)));
    const t0 = performance.now();

    const attempt = async (a: Attempt): Promise<Result> => {
      const start = performance.now();
      let retries = 0;
      let backoff = 20;
      for (;;) {
        let txStart = performance.now();
        let raw: unknown;
        try {
          const r = await bookingFejl(async () => {
            try {
              return await withTenant(db, KOMMUNE, async (tx) => {
                txStart = performance.now();
                inTransaction++;
                try {
                  return await book(
                    tx,
                    deps,
                    {
                      moedetypeId: o.moedetypeId,
                      kanal: "telefon",
                      start: a.slot.start,
                      medarbejderId: a.slot.medarbejderId,
                      borgerId: a.borgerId,
                      maalgruppe: a.maalgruppe,
                      haendelser: HISTORY,
                      idempotens: a.key,
                    },
                    { id: a.slot.medarbejderId, rolle: "jobkonsulent" },
                    NOW,
                  );
                } finally {
                  inTransaction--;
                }
              });
            } catch (err) {
              raw = err;
              throw err;
            }
          });
          const end = performance.now();
          return {
            outcome: { kind: "booket", samtaleId: r.samtale.id, ny: r.ny },
            ms: end - start,
            txMs: end - txStart,
            retries,
          };
        } catch (err) {
          const end = performance.now();
          if (err instanceof AppError && err.code === "BOOKING_TID_OPTAGET") {
            const via = (raw as { code?: string })?.code === "23P01" ? "db" : "tjek";
            return { outcome: { kind: "optaget", via }, ms: end - start, txMs: end - txStart, retries };
          }
          if (connectionError(err) && end - start < GIVE_UP_MS) {
            retries++;
            await sleep(backoff * (0.5 + Math.random()));
            backoff = Math.min(backoff * 2, 500);
            continue;
          }
          const e = err as { code?: string; message?: string };
          return {
            outcome: { kind: "fejl", code: String(e?.code ?? "?"), message: String(e?.message ?? err) },
            ms: end - start,
            txMs: end - txStart,
            retries,
          };
        }
      }
    };

    const crashAfter = o.crash ? Math.ceil(o.crash.at * o.attempts.length) : Number.POSITIVE_INFINITY;
    const results = await Promise.all(
      o.attempts.map((a) =>
        attempt(a).then((r) => {
          answered++;
          if (answered >= crashAfter && o.crash && !crash.promise) {
            const c = o.crash;
            crash.answeredAt = answered;
            crash.inTransactionAt = inTransaction;
            crash.promise = (async () => {
              crash.at = performance.now() - t0;
              await c.server.crash();
              crash.killedMs = performance.now() - t0;
              await sleep(c.downMs);
              crash.restartMs = await c.server.restart();
              crash.upMs = performance.now() - t0;
            })().catch((err) => {
              crash.error = err;
            });
          }
          return r;
        }),
      ),
    );
    const wall = performance.now() - t0;
    await crash.promise;
    if (crash.error) throw crash.error;
    return { results, wall, crash, connectionErrors: errors() };
  } finally {
    await close();
  }
}

/** What the database holds after the storm, checked against what every client was told. */
async function verify(url: string, attempts: Attempt[], results: Result[], slots: Slot[]) {
  const { db, close } = openPool(url, 2);
  try {
    const rows = await db
      .selectFrom("samtale")
      .select(["id", "borger_id", "medarbejder_id", "status", "idempotens", sql<Date>`lower(tid)`.as("start")])
      .execute();
    const active = rows.filter((r) => ["booket", "afholdt", "udeblevet"].includes(r.status));
    const overlapCaseworker = Number(
      (
        await sql<{ n: number }>`
        select count(*)::int as n from samtale a join samtale b
          on a.medarbejder_id = b.medarbejder_id and a.id < b.id and a.blokeret && b.blokeret
         where a.status in ('booket', 'afholdt', 'udeblevet') and b.status in ('booket', 'afholdt', 'udeblevet')`.execute(
          db,
        )
      ).rows[0]!.n,
    );
    const overlapCitizen = Number(
      (
        await sql<{ n: number }>`
        select count(*)::int as n from samtale a join samtale b
          on a.borger_id = b.borger_id and a.id < b.id and a.tid && b.tid
         where a.status in ('booket', 'afholdt', 'udeblevet') and b.status in ('booket', 'afholdt', 'udeblevet')`.execute(
          db,
        )
      ).rows[0]!.n,
    );
    // Half-written: a booking without its case event, its receipt or its two reminders; an event or a message without
    // its booking.
    const half = (
      await sql<{ uden_haendelse: number; uden_kvittering: number; uden_paamindelser: number }>`
        select
          count(*) filter (where not exists (
            select 1 from sag_haendelse h where h.id = s.id and h.type = 'SAMTALE_INDKALDT' and h.borger_id = s.borger_id
          ))::int as uden_haendelse,
          count(*) filter (where not exists (
            select 1 from udsendelse u where u.noegle = 'kvittering:' || s.id and u.samtale_id = s.id
          ))::int as uden_kvittering,
          count(*) filter (where (
            select count(*) from udsendelse u where u.samtale_id = s.id and u.art like 'paamindelse%'
          ) <> 2)::int as uden_paamindelser
        from samtale s`.execute(db)
    ).rows[0]!;
    const orphans = (
      await sql<{ haendelser: number; udsendelser: number }>`
        select
          (select count(*) from sag_haendelse h where h.type = 'SAMTALE_INDKALDT'
             and not exists (select 1 from samtale s where s.id = h.id))::int as haendelser,
          (select count(*) from udsendelse u where u.samtale_id is null
             or not exists (select 1 from samtale s where s.id = u.samtale_id))::int as udsendelser`.execute(db)
    ).rows[0]!;
    const halfWritten =
      half.uden_haendelse + half.uden_kvittering + half.uden_paamindelser + orphans.haendelser + orphans.udsendelser;

    const byId = new Map(active.map((r) => [r.id, r]));
    const byKey = new Map(rows.map((r) => [r.idempotens, r]));
    const slotKeys = new Set(slots.map((s) => `${s.medarbejderId}|${s.start.getTime()}`));
    let lost = 0;
    let phantom = 0;
    let falseTaken = 0;
    let wrongSlot = 0;
    const busy = new Set(active.map((r) => `${r.medarbejder_id}|${new Date(r.start).getTime()}`));
    for (const [i, r] of results.entries()) {
      const a = attempts[i]!;
      const row = byKey.get(a.key);
      if (r.outcome.kind === "booket") {
        const b = byId.get(r.outcome.samtaleId);
        if (
          !b ||
          b.idempotens !== a.key ||
          b.borger_id !== a.borgerId ||
          b.medarbejder_id !== a.slot.medarbejderId ||
          new Date(b.start).getTime() !== a.slot.start.getTime()
        )
          lost++;
      } else if (row) {
        // a booking exists that its citizen was never told about
        phantom++;
      }
      // "taken" must be true: the caseworker is booked at exactly that time
      if (r.outcome.kind === "optaget" && !busy.has(`${a.slot.medarbejderId}|${a.slot.start.getTime()}`)) falseTaken++;
    }
    for (const r of active) if (!slotKeys.has(`${r.medarbejder_id}|${new Date(r.start).getTime()}`)) wrongSlot++;
    return {
      rows: rows.length,
      active: active.length,
      distinctSlots: busy.size,
      overlapCaseworker,
      overlapCitizen,
      half,
      orphans,
      halfWritten,
      lost,
      phantom,
      falseTaken,
      wrongSlot,
    };
  } finally {
    await close();
  }
}

type Verified = Awaited<ReturnType<typeof verify>>;

function report(title: string, r: Awaited<ReturnType<typeof storm>>, v: Verified, candidates: number) {
  const n = r.results.length;
  const booked = r.results.filter((x) => x.outcome.kind === "booket");
  const taken = r.results.filter((x) => x.outcome.kind === "optaget");
  const failed = r.results.filter((x) => x.outcome.kind === "fejl");
  const viaDb = taken.filter((x) => x.outcome.kind === "optaget" && x.outcome.via === "db").length;
  const retried = r.results.filter((x) => x.retries > 0);
  const resumed = booked.filter((x) => x.outcome.kind === "booket" && !x.outcome.ny).length;
  const seconds = r.wall / 1000;
  console.log(title);
  say("forsøg", `${n.toLocaleString("da-DK")} på ${SLOTS} tider (${PER_SLOT} borgere pr. tid)`);
  say("kandidattider (hvert 15. min)", `${candidates}, heraf ${SLOTS} uden overlap`);
  say("stormens varighed", `${secs(seconds)} s`);
  say("bookinger pr. sekund", `${round3(booked.length / seconds)} (forsøg pr. sekund: ${round3(n / seconds)})`);
  say("booket", `${booked.length}${resumed ? ` (heraf ${resumed} fundet igen med samme nøgle efter nedbrud)` : ""}`);
  say(
    "fik svaret 'tiden er optaget'",
    `${taken.length} (${taken.length - viaDb} af tjekket før indsættelse, ${viaDb} af databasens eksklusionsregel)`,
  );
  say("andre fejl", `${failed.length}`);
  if (failed.length) {
    const codes = new Map<string, number>();
    for (const f of failed)
      if (f.outcome.kind === "fejl") codes.set(f.outcome.code, (codes.get(f.outcome.code) ?? 0) + 1);
    for (const [code, k] of codes) {
      const ex = failed.find((f) => f.outcome.kind === "fejl" && f.outcome.code === code)!;
      say(`  fejlkode ${code}`, `${k} (f.eks. ${ex.outcome.kind === "fejl" ? ex.outcome.message : ""})`);
    }
  }
  say("svartid pr. forsøg (inkl. kø)", fmtSummary(summary(r.results.map((x) => x.ms))));
  say("transaktionstid pr. forsøg", fmtSummary(summary(r.results.map((x) => x.txMs))));
  if (r.crash.at !== undefined) {
    say(
      "nedbrud",
      `kill -9 efter ${secs(r.crash.at / 1000)} s (${r.crash.answeredAt} svar givet, ${r.crash.inTransactionAt} i en transaktion)`,
    );
    say(
      "server oppe igen",
      `efter ${secs((r.crash.upMs! - r.crash.killedMs!) / 1000)} s (nede ${secs((r.crash.upMs! - r.crash.killedMs! - r.crash.restartMs!) / 1000)} s, genstart med genopretning ${secs(r.crash.restartMs! / 1000)} s)`,
    );
    say(
      "forsøg sendt igen (samme nøgle)",
      `${retried.length} forsøg, ${retried.reduce((s, x) => s + x.retries, 0)} gange i alt; ${r.connectionErrors} afbrudte forbindelser`,
    );
  }
  say("i databasen: aktive bookinger", `${v.active} (på ${v.distinctSlots} forskellige tider; ${v.rows} rækker i alt)`);
  say("overlap", `${v.overlapCaseworker} for en jobkonsulent, ${v.overlapCitizen} for en borger`);
  say(
    "halvt skrevne",
    `${v.halfWritten} (uden hændelse ${v.half.uden_haendelse}, uden kvittering ${v.half.uden_kvittering}, ` +
      `uden påmindelser ${v.half.uden_paamindelser}, løse hændelser ${v.orphans.haendelser}, løse udsendelser ${v.orphans.udsendelser})`,
  );
  say("tabte bekræftede bookinger", `${v.lost}`);
  say("bookinger borgeren ikke fik at vide", `${v.phantom}`);
  say("'optaget' uden at tiden var optaget", `${v.falseTaken}`);
  say("booket uden for de 200 tider", `${v.wrongSlot}`);
  const ok =
    booked.length === SLOTS &&
    v.active === SLOTS &&
    v.distinctSlots === SLOTS &&
    taken.length === n - SLOTS &&
    failed.length === 0 &&
    v.overlapCaseworker + v.overlapCitizen === 0 &&
    v.halfWritten === 0 &&
    v.lost === 0 &&
    v.phantom === 0 &&
    v.falseTaken === 0 &&
    v.wrongSlot === 0;
  return {
    ok,
    bps: booked.length / seconds,
    booked: booked.length,
    overlap: v.overlapCaseworker + v.overlapCitizen,
    lost: v.lost,
  };
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      pool: { type: "string", default: "20" },
      "crash-at": { type: "string", default: "0.4" },
      "down-ms": { type: "string", default: "1000" },
    },
  });
  const pool = Number(values.pool);
  let server: PgServer;
  try {
    server = await startPgServer({ log: console.log });
  } catch (err) {
    console.error((err as Error).message);
    console.log("booking-storm: ikke kørt (kunne ikke starte en privat PostgreSQL-server)");
    process.exitCode = 1;
    return;
  }
  try {
    console.log(
      `PostgreSQL ${server.version} (privat server, port ${server.port}); forbindelsespulje: ${pool}; ` +
        `${CASEWORKERS} jobkonsulenter × ${SLOTS_PER_CASEWORKER} tider (${DURATION} min + ${BUFFER} min buffer), ${MEETING_DAY}`,
    );

    let t = performance.now();
    const one = await prepare(server, "storm_1", "storm-1");
    console.log(`runde 1: data klar på ${secs((performance.now() - t) / 1000)} s`);
    const r1 = await storm({ url: one.url, pool, moedetypeId: one.moedetypeId, attempts: one.attempts });
    const v1 = await verify(one.url, one.attempts, r1.results, one.slots);
    const s1 = report("Runde 1: bookingstorm", r1, v1, one.candidates);
    // Round one's database goes: after the crash the server syncs every file of the cluster before its recovery.
    await admin(server, "DROP DATABASE storm_1");

    t = performance.now();
    const two = await prepare(server, "storm_2", "storm-2");
    console.log(`runde 2: data klar på ${secs((performance.now() - t) / 1000)} s`);
    const r2 = await storm({
      url: two.url,
      pool,
      moedetypeId: two.moedetypeId,
      attempts: two.attempts,
      crash: { server, at: Number(values["crash-at"]), downMs: Number(values["down-ms"]) },
    });
    const recovered = /not properly shut down; automatic recovery in progress/.test(server.logText());
    const v2 = await verify(two.url, two.attempts, r2.results, two.slots);
    const s2 = report("Runde 2: bookingstorm med nedbrud af serveren midt i", r2, v2, two.candidates);
    say("genopretning fra WAL i serverloggen", recovered ? "ja" : "nej");

    console.log(
      `booking-storm: ${round3(s1.bps)} bookinger/s (${s1.booked} af ${SLOTS} booket, ${s1.overlap} overlap, ${s1.lost} tabt; ` +
        `med nedbrud midt i: ${s2.booked} booket, ${s2.overlap} overlap, ${s2.lost} tabt)`,
    );
    if (!s1.ok || !s2.ok || !recovered) {
      console.error("booking-storm: en eller flere invarianter holdt ikke (se tallene ovenfor)");
      process.exitCode = 1;
    }
  } catch (err) {
    console.error(server.logTail(20));
    throw err;
  } finally {
    await server.stop();
  }
}
