/**
 * Reads what `ledigeTider` (tider.ts) needs from the database in one round trip: the caseworkers' opening windows,
 * their active bookings and absences, the citizen's own active bookings, the municipality's closed days and, for a
 * meeting in person, the rooms and their bookings.
 *
 * The query is one statement of UNION ALL branches, each aggregated to a single text per caseworker (or room), so a
 * municipality's eight weeks of bookings (tens of thousands of rows) cross the wire as a few hundred short rows of
 * numbers instead of one row per booking. Times travel as whole minutes relative to the start of the first day:
 * starts rounded down, ends rounded up, which changes nothing for slots that start and end on whole minutes.
 * Row-level security limits every branch to the transaction's municipality.
 */
import { sql } from "kysely";
import { isoFraDag } from "../regler/kalender.ts";
import type { Dag } from "../regler/model.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { type Lokale, lokalTilUtc, type Optaget, type TiderInput, utcTilLokal, type Vindue } from "./tider.ts";

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

export type TiderData = Omit<TiderInput, "varighedMin" | "bufferMin" | "fra" | "til" | "trinMin"> & {
  /** active bookings per caseworker and Danish day, keyed `${medarbejderId}|${dag}` (for samletPrTid) */
  belastning: Map<string, number>;
};

const MIN = 60_000;
const TIME = 3_600_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "12,-3,40,41" → f(12, -3), f(40, 41): integer pairs read straight from the characters (no substring per number). */
function parvis(s: string, f: (a: number, b: number) => void): void {
  let a = 0;
  let n = 0;
  let fortegn = 1;
  let anden = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 44;
    if (c === 44) {
      if (anden) f(a, fortegn * n);
      else a = fortegn * n;
      anden = !anden;
      n = 0;
      fortegn = 1;
    } else if (c === 45) fortegn = -1;
    else n = n * 10 + (c - 48);
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
  const fraMs = q.fra.getTime();
  const tilMs = q.til.getTime();
  const foersteDag = utcTilLokal(fraMs).dag;
  const sidsteDag = utcTilLokal(tilMs).dag;
  const lo = lokalTilUtc(foersteDag, 0);
  const hi = lokalTilUtc(utcTilLokal(tilMs + 12 * TIME).dag + 1, 0);
  const loTs = new Date(lo).toISOString();
  const hiTs = new Date(hi).toISOString();
  const basisSek = lo / 1000;
  const fraDato = isoFraDag(foersteDag);
  const tilDato = isoFraDag(sidsteDag);

  const ider = q.medarbejderIds === null ? null : `{${q.medarbejderIds.join(",")}}`;
  const kunMedarbejdere = (kolonne: string) =>
    ider === null ? sql`` : sql`and ${sql.ref(kolonne)} = any(${ider}::uuid[])`;
  // A busy range as "from,to" in whole minutes after the base, clipped to the period read (open ends included).
  const minutter = (kolonne: string) => {
    const k = sql.ref(kolonne);
    return sql`floor((date_part('epoch', greatest(lower(${k}), ${loTs}::timestamptz)) - ${basisSek}) / 60)::int || ',' ||
      ceil((date_part('epoch', least(upper(${k}), ${hiTs}::timestamptz)) - ${basisSek}) / 60)::int`;
  };
  const periode = sql`tstzrange(${loTs}::timestamptz, ${hiTs}::timestamptz)`;
  // Under row-level security PostgreSQL only lets leakproof conditions into an index scan, and the range operators
  // (&&) are not leakproof: a condition on `blokeret` can only filter. So the active bookings are found by conditions
  // that are: booked ones through the partial index on status = 'booket' (the booked conversations, not the history),
  // held and no-show ones through the partial index on `aendret`. Attendance is registered after the meeting has
  // started (booking.ts refuses earlier) and sets `aendret`, and a meeting with its buffer lasts at most 6 hours, so a
  // held meeting that reaches into the period was registered at most a day before it.
  // (the bound as a constant, so the planner can estimate it from the statistics)
  const registreretFra = new Date(lo - 24 * TIME).toISOString();
  const afholdt = sql`status in ('afholdt', 'udeblevet') and aendret >= ${registreretFra}::timestamptz`;
  const lokaler = q.medLokaler
    ? sql`
      union all
      select 'l', id::text, kapacitet::text from lokale where aktiv
      union all
      select 'r', lokale_id::text, string_agg(${minutter("blokeret")}, ',')
        from samtale where status = 'booket' and lokale_id is not null and blokeret && ${periode}
       group by lokale_id
      union all
      select 'r', lokale_id::text, string_agg(${minutter("blokeret")}, ',')
        from a where lokale_id is not null
       group by lokale_id`
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
                      coalesce((gyldig_til - date '1970-01-01')::text, ''), ';') as d
      from v group by medarbejder_id
    union all
    select 'b', medarbejder_id::text, string_agg(${minutter("blokeret")}, ',')
      from samtale where status = 'booket' and blokeret && ${periode} ${kunMedarbejdere("medarbejder_id")}
     group by medarbejder_id
    union all
    select 'b', medarbejder_id::text, string_agg(${minutter("blokeret")}, ',')
      from a where true ${kunMedarbejdere("medarbejder_id")}
     group by medarbejder_id
    union all
    select 'f', medarbejder_id::text, string_agg(${minutter("periode")}, ',')
      from fravaer where periode && ${periode} ${kunMedarbejdere("medarbejder_id")}
     group by medarbejder_id
    union all
    select 'c', null, string_agg(${minutter("tid")}, ',')
      from samtale where borger_id = ${q.borgerId}::uuid and status in ('booket', 'afholdt', 'udeblevet') and tid && ${periode}
    union all
    select 'd', null, string_agg((dato - date '1970-01-01')::text, ',')
      from lukkedag where dato between ${fraDato}::date and ${tilDato}::date
    ${lokaler}`.execute(tx);
  return fortolk(r.rows, lo, hi, q.medLokaler ? (q.minKapacitet ?? 1) : undefined);
}

type Raekke = { k: string; id: string | null; d: string | null };

/** The query's rows → the input for ledigeTider. Minutes are relative to `lo`, the local midnight the period starts. */
function fortolk(rows: readonly Raekke[], lo: number, hi: number, minKapacitet: number | undefined): TiderData {
  const foersteDag = utcTilLokal(lo).dag;
  const tilMsFra = (m: number) => lo + m * MIN;
  // The Danish days of the period as minutes after the base (a day is 23 or 25 hours when the clocks change), so the
  // day of a booking is found by arithmetic and at most a step, and its load is counted in a reused array.
  const antalDage = utcTilLokal(hi).dag - foersteDag + 1;
  const dagStart = new Float64Array(antalDage + 1);
  for (let k = 0; k <= antalDage; k++) dagStart[k] = (lokalTilUtc(foersteDag + k, 0) - lo) / MIN;
  const dagIndeks = (m: number) => {
    let k = Math.min(antalDage - 1, Math.max(0, Math.floor(m / 1440)));
    while (k > 0 && m < dagStart[k]!) k--;
    while (k < antalDage - 1 && m >= dagStart[k + 1]!) k++;
    return k;
  };
  const tael = new Int32Array(antalDage);
  const vinduer: Vindue[] = [];
  const medarbejderOptaget: Optaget[] = [];
  const borgerOptaget: { fra: number; til: number }[] = [];
  const lukkedage: Dag[] = [];
  const liste: Lokale[] = [];
  const lokaleOptaget: Optaget[] = [];
  const belastning = new Map<string, number>();

  for (const row of rows) {
    const d = row.d;
    if (d === null || d === "") continue;
    const id = row.id ?? "";
    switch (row.k) {
      case "v":
        for (const v of d.split(";")) {
          const [ugedag, fraMin, tilMin, gyldigFra, gyldigTil] = v.split(",");
          vinduer.push({
            medarbejderId: id,
            ugedag: Number(ugedag),
            fraMin: Number(fraMin),
            tilMin: Number(tilMin),
            gyldigFra: Number(gyldigFra),
            gyldigTil: gyldigTil ? Number(gyldigTil) : null,
          });
        }
        break;
      case "b": {
        parvis(d, (a, b) => {
          medarbejderOptaget.push({ id, fra: tilMsFra(a), til: tilMsFra(b) });
          tael[dagIndeks(a)]!++;
        });
        // a caseworker may come in two rows (booked, and held or no-show)
        for (let k = 0; k < antalDage; k++) {
          if (tael[k] === 0) continue;
          const noegle = `${id}|${foersteDag + k}`;
          belastning.set(noegle, (belastning.get(noegle) ?? 0) + tael[k]!);
          tael[k] = 0;
        }
        break;
      }
      case "f":
      case "r": {
        const ud = row.k === "f" ? medarbejderOptaget : lokaleOptaget;
        parvis(d, (a, b) => ud.push({ id, fra: tilMsFra(a), til: tilMsFra(b) }));
        break;
      }
      case "c":
        parvis(d, (a, b) => borgerOptaget.push({ fra: tilMsFra(a), til: tilMsFra(b) }));
        break;
      case "d":
        for (const x of d.split(",")) lukkedage.push(Number(x));
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
