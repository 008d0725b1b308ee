/**
 * Reads what `ledigeTider` (tider.ts) needs from the database in one round trip: the caseworkers' opening windows,
 * their active bookings and absences, the citizen's own active bookings, the municipality's closed days and, for a
 * meeting in person, the rooms and their bookings.
 *
 * The query is one statement of UNION ALL branches, each aggregated to one value per caseworker (or room), so a
 * municipality's eight weeks of bookings (tens of thousands of rows) cross the wire as a few hundred rows instead of
 * one row per booking. A busy range travels as its two timestamps in PostgreSQL's binary form (timestamptz_send,
 * concatenated per caseworker, in base64): two cheap calls per booking in the database and two integer reads here,
 * where a decimal encoding costs several conversions per booking (those dominated the query). Row-level security
 * limits every branch to the transaction's municipality.
 */
import { sql } from "kysely";
import type { Tx } from "../../platform/db/tenant.ts";
import { isoFraDag } from "../regler/kalender.ts";
import type { Dag } from "../regler/model.ts";
import {
  Belastning,
  flettet,
  type Lokale,
  lokalTilUtc,
  type Optaget,
  type OptagetPar,
  type TiderInput,
  utcTilLokal,
  type Vindue,
} from "./tider.ts";

export interface TiderDataForespoergsel {
  /** the caseworkers to search; null: every active caseworker of the municipality with a window in the period */
  medarbejderIds: string[] | null;
  borgerId: string;
  fra: Date;
  til: Date;
  /** read the active rooms and their bookings (a meeting in person) */
  medLokaler: boolean;
  /** the capacity a room must have (the meeting's participants); default 1 */
  minKapacitet?: number;
}

/**
 * The input for ledigeTider except the meeting type and the search range. `medarbejderOptaget` comes in the compact
 * form: each caseworker's busy time (active bookings and absences) as sorted, disjoint pairs, touching ones joined.
 */
export type TiderData = Omit<
  TiderInput,
  "varighedMin" | "bufferMin" | "fra" | "til" | "trinMin" | "medarbejderOptaget"
> & {
  medarbejderOptaget: OptagetPar;
  /** active bookings per caseworker and Danish day, keyed `${medarbejderId}|${dag}` (for samletPrTid) */
  belastning: Map<string, number>;
};

const TIME = 3_600_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** 2000-01-01T00:00:00Z, PostgreSQL's epoch for timestamps in binary form, in epoch ms */
const PG_EPOKE = 946_684_800_000;

// Scratch, reused from call to call (decoding is synchronous), so a query's hundreds of kilobytes of busy times leave
// no buffers behind for the garbage collector: the decoded bytes, and one caseworker's ranges as pairs [fra0, til0, …].
let skrab = Buffer.allocUnsafe(1 << 16);
let skrabVisning = new DataView(skrab.buffer, skrab.byteOffset, skrab.byteLength);
let par = new Float64Array(2048);

/** Room for n ranges in `par`, keeping what is there. */
function sikr(n: number): void {
  if (2 * n <= par.length) return;
  const p = new Float64Array(Math.max(2 * n, par.length * 2));
  p.set(par);
  par = p;
}

/**
 * Busy ranges sent as base64 of concatenated pairs of binary timestamps (8-byte microseconds since 2000, from
 * timestamptz_send) → the first pairs of `par` in epoch ms; returns how many (empty ones left out).
 */
function afkod(base64: string): number {
  const behov = (base64.length * 3) >> 2;
  if (behov > skrab.length) {
    skrab = Buffer.allocUnsafe(Math.max(behov, skrab.length * 2));
    skrabVisning = new DataView(skrab.buffer, skrab.byteOffset, skrab.byteLength);
  }
  const bytes = skrab.write(base64, 0, "base64");
  sikr(bytes >> 4);
  const v = skrabVisning;
  let m = 0;
  for (let i = 0; i + 16 <= bytes; i += 16) {
    const fra = (v.getInt32(i) * 4_294_967_296 + v.getUint32(i + 4)) / 1000 + PG_EPOKE;
    const til = (v.getInt32(i + 8) * 4_294_967_296 + v.getUint32(i + 12)) / 1000 + PG_EPOKE;
    if (til > fra) {
      par[2 * m] = fra;
      par[2 * m + 1] = til;
      m++;
    }
  }
  return m;
}

/**
 * "1,510,720,20666,;2,510,720,20666,20700" → f([1, 510, 720, 20666, undefined]), f([2, …, 20700]): groups of n integers
 * (groups end at ";", an empty field is undefined; negative numbers allowed), read from the characters.
 */
function heltal(s: string, n: number, f: (x: readonly (number | undefined)[]) => void): void {
  const x: (number | undefined)[] = new Array(n).fill(undefined);
  let felt = 0;
  let tal = 0;
  let fortegn = 1;
  let tom = true;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 59;
    if (c === 44 || c === 59) {
      x[felt++] = tom ? undefined : fortegn * tal;
      tal = 0;
      fortegn = 1;
      tom = true;
      if (c === 59) {
        f(x);
        x.fill(undefined);
        felt = 0;
      }
    } else if (c === 45) fortegn = -1;
    else {
      tal = tal * 10 + (c - 48);
      tom = false;
    }
  }
}

/**
 * The input for ledigeTider for the period [fra, til). Busy intervals are read from the start of fra's Danish day
 * (so the day's load counts every booking of the day) to the midnight after til + 12 hours (so a slot starting just
 * before til is checked over its whole length: a meeting is at most 4 hours plus a buffer of at most 2).
 *
 * Busy: bookings with status booket, afholdt or udeblevet (caseworker and room: `blokeret`, the meeting plus the
 * buffer; the citizen: `tid`, the meeting) and the caseworkers' absences. The load of a day counts a caseworker's
 * active bookings that start that day.
 */
export async function laesTiderData(tx: Tx, q: TiderDataForespoergsel): Promise<TiderData> {
  if (q.medarbejderIds?.some((id) => !UUID.test(id))) throw new RangeError("ugyldigt medarbejder-id");
  const foersteDag = utcTilLokal(q.fra.getTime()).dag;
  const sidsteDag = utcTilLokal(q.til.getTime()).dag;
  const lo = lokalTilUtc(foersteDag, 0);
  const hi = lokalTilUtc(utcTilLokal(q.til.getTime() + 12 * TIME).dag + 1, 0);
  const loTs = new Date(lo).toISOString();
  const hiTs = new Date(hi).toISOString();
  const fraDato = isoFraDag(foersteDag);
  const tilDato = isoFraDag(sidsteDag);

  const ider = q.medarbejderIds === null ? null : `{${q.medarbejderIds.join(",")}}`;
  const kunMedarbejdere = (kolonne: string) =>
    ider === null ? sql`` : sql`and ${sql.ref(kolonne)} = any(${ider}::uuid[])`;
  // A busy range as 16 bytes: its start and end clipped to the period read (an open end becomes the period's end; the
  // ranges are never empty by the tables' checks), binary, concatenated per caseworker, in base64.
  const binaer = (kolonne: string) => {
    const k = sql.ref(kolonne);
    return sql`encode(string_agg(timestamptz_send(greatest(lower(${k}), ${loTs}::timestamptz)) ||
      timestamptz_send(least(upper(${k}), ${hiTs}::timestamptz)), ''::bytea), 'base64')`;
  };
  const periode = sql`tstzrange(${loTs}::timestamptz, ${hiTs}::timestamptz)`;
  // Under row-level security PostgreSQL only lets leakproof conditions into an index scan, and the range operators
  // (&&) are not leakproof: a condition on `blokeret` can only filter. So the active bookings are found by conditions
  // that are: booked ones through the partial indexes on status = 'booket' (the booked conversations, not the
  // history), held and no-show ones through the partial index on `aendret`. Attendance is registered after the meeting
  // has started (booking.ts refuses earlier) and sets `aendret`, and a meeting with its buffer lasts at most 6 hours,
  // so a held meeting that reaches into the period was registered at most a day before it starts. (The bound is a
  // constant, so the planner estimates it from the statistics.)
  // The citizen's bookings are found by the btree index on borger_id. Their status is written as `not in ('aflyst',
  // 'flyttet')` (the same rows) so that the planner cannot pick the exclusion constraint's partial GiST index instead:
  // a GiST over random uuids finds one citizen's rows by visiting thousands of pages (17–30 ms against 1 ms).
  const registreretFra = new Date(lo - 24 * TIME).toISOString();
  const afholdt = sql`status in ('afholdt', 'udeblevet') and aendret >= ${registreretFra}::timestamptz`;
  const lokaler = q.medLokaler
    ? sql`
      union all
      select 'l', id::text, kapacitet::text, null from lokale where aktiv
      union all
      select 'r', lokale_id::text, null, ${binaer("blokeret")}
        from samtale where status = 'booket' and lokale_id is not null and blokeret && ${periode}
       group by lokale_id
      union all
      select 'r', lokale_id::text, null, ${binaer("blokeret")} from a where lokale_id is not null group by lokale_id`
    : sql``;

  const r = await sql<Raekke>`
    with v as (
      select v.medarbejder_id, v.ugedag, v.fra_min, v.til_min, v.gyldig_fra, v.gyldig_til
        from aabningsvindue v join bruger b on b.id = v.medarbejder_id
       where b.aktiv and v.gyldig_fra <= ${tilDato}::date and (v.gyldig_til is null or v.gyldig_til >= ${fraDato}::date)
             ${kunMedarbejdere("v.medarbejder_id")}
    ), a as (
      select medarbejder_id, lokale_id, blokeret from samtale where ${afholdt} and blokeret && ${periode}
    )
    select 'v' as k, medarbejder_id::text as id,
           string_agg(ugedag || ',' || fra_min || ',' || til_min || ',' || (gyldig_fra - date '1970-01-01') || ',' ||
                      coalesce((gyldig_til - date '1970-01-01')::text, ''), ';') as d,
           null as b
      from v group by medarbejder_id
    union all
    select 'b', medarbejder_id::text, null, ${binaer("blokeret")}
      from samtale where status = 'booket' and blokeret && ${periode} ${kunMedarbejdere("medarbejder_id")}
     group by medarbejder_id
    union all
    select 'b', medarbejder_id::text, null, ${binaer("blokeret")}
      from a where true ${kunMedarbejdere("medarbejder_id")} group by medarbejder_id
    union all
    select 'f', medarbejder_id::text, null, ${binaer("periode")}
      from fravaer where periode && ${periode} ${kunMedarbejdere("medarbejder_id")}
     group by medarbejder_id
    union all
    select 'c', null, null, ${binaer("tid")}
      from samtale
     where borger_id = ${q.borgerId}::uuid and status not in ('aflyst', 'flyttet') and tid && ${periode}
    union all
    select 'd', null, string_agg((dato - date '1970-01-01')::text, ','), null
      from lukkedag where dato between ${fraDato}::date and ${tilDato}::date
    ${lokaler}`.execute(tx);
  return fortolk(r.rows, lo, hi, q.medLokaler ? (q.minKapacitet ?? 1) : undefined);
}

/** k: the branch; d: text; b: busy ranges as base64 of binary timestamp pairs (shorter than bytea's hex on the wire) */
type Raekke = { k: string; id: string | null; d: string | null; b: string | null };

/** The query's rows → the input for ledigeTider. [lo, hi) is the period read (the query clipped the ranges to it). */
function fortolk(rows: readonly Raekke[], lo: number, hi: number, minKapacitet: number | undefined): TiderData {
  // The Danish days of the period (a day is 23 or 25 hours when the clocks change): the day of a booking is found by
  // arithmetic and at most a step, and a caseworker's bookings are counted per day in a reused array.
  const foersteDag = utcTilLokal(lo).dag;
  const antalDage = utcTilLokal(hi - 1).dag - foersteDag + 1;
  const dagStart = new Float64Array(antalDage + 1);
  for (let k = 0; k <= antalDage; k++) dagStart[k] = lokalTilUtc(foersteDag + k, 0);
  const dagAf = (ms: number) => {
    let k = Math.min(antalDage - 1, Math.max(0, Math.floor((ms - lo) / 86_400_000)));
    while (k > 0 && ms < dagStart[k]!) k--;
    while (k < antalDage - 1 && ms >= dagStart[k + 1]!) k++;
    return k;
  };
  const dagTal = new Int32Array(antalDage);

  const vinduer: Vindue[] = [];
  const medarbejderOptaget = new Map<string, Float64Array>();
  // A caseworker's ranges (in the scratch, m of them) joined with what the caseworker already has: a caseworker can
  // come in several rows (booked, held or no-show, absent). The union is worked in the scratch, then copied out.
  const laeg = (id: string, m: number) => {
    const foer = medarbejderOptaget.get(id);
    let n = m;
    if (foer) {
      n += foer.length >> 1;
      sikr(n);
      par.set(foer, 2 * m);
    }
    medarbejderOptaget.set(id, flettet(par.subarray(0, 2 * n), true).slice());
  };
  const borgerOptaget: { fra: number; til: number }[] = [];
  const lukkedage: Dag[] = [];
  const liste: Lokale[] = [];
  const lokaleOptaget: Optaget[] = [];
  const belastning = new Belastning(foersteDag, antalDage);

  for (const row of rows) {
    const id = row.id ?? "";
    const d = row.d;
    const b = row.b;
    switch (row.k) {
      case "v":
        if (d)
          heltal(d, 5, (x) =>
            vinduer.push({
              medarbejderId: id,
              ugedag: x[0]!,
              fraMin: x[1]!,
              tilMin: x[2]!,
              gyldigFra: x[3]!,
              gyldigTil: x[4] ?? null,
            }),
          );
        break;
      case "b": {
        if (!b) break;
        const m = afkod(b);
        for (let i = 0; i < m; i++) dagTal[dagAf(par[2 * i]!)]!++;
        for (let k = 0; k < antalDage; k++) {
          if (dagTal[k] === 0) continue;
          belastning.tilfoej(id, foersteDag + k, dagTal[k]);
          dagTal[k] = 0;
        }
        laeg(id, m);
        break;
      }
      case "f":
        if (b) laeg(id, afkod(b));
        break;
      case "r": {
        if (!b) break;
        const m = afkod(b);
        for (let i = 0; i < m; i++) lokaleOptaget.push({ id, fra: par[2 * i]!, til: par[2 * i + 1]! });
        break;
      }
      case "c": {
        if (!b) break;
        const m = afkod(b);
        for (let i = 0; i < m; i++) borgerOptaget.push({ fra: par[2 * i]!, til: par[2 * i + 1]! });
        break;
      }
      case "d":
        for (const x of d ? d.split(",") : []) lukkedage.push(Number(x));
        break;
      case "l":
        liste.push({ id, kapacitet: Number(d) });
        break;
    }
  }
  return {
    vinduer,
    medarbejderOptaget,
    borgerOptaget,
    lukkedage,
    belastning,
    ...(minKapacitet === undefined ? {} : { lokaler: { liste, optaget: lokaleOptaget, minKapacitet } }),
  };
}
