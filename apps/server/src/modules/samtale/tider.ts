/**
 * Free times for booking a conversation, as pure functions: from the caseworkers' weekly opening windows, their
 * bookings and absences, the citizen's own bookings, the closed days and (for a meeting in person) the rooms, every
 * start time a citizen or caseworker may book. No I/O and no Date or Intl in the hot loop: `tider-data.ts` reads the
 * input, the routes act on the answer, and the database's exclusion constraints have the last word when two
 * requests race for the same slot.
 *
 * Time:
 *  - instants are epoch milliseconds, intervals half-open [fra, til);
 *  - opening windows are Danish wall-clock time (Europe/Copenhagen). The conversion is computed here with the EU rule
 *    (summer time from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, UTC+2, otherwise
 *    UTC+1), which Denmark has followed since 1996; the unit test compares it with Intl for every hour of many years;
 *  - a local time that does not exist (the spring gap, 02:00–03:00) moves forward one hour; a local time that occurs
 *    twice (the autumn repeat, 02:00–03:00) means the first occurrence. A window's edge in the spring gap is the jump
 *    itself (a window 00:00–02:30 that night ends at 03:00, two hours after it began).
 *
 * Decisions:
 *  - a slot occupies [start, start + varighed) and blocks [start, start + varighed + buffer) for the caseworker and
 *    the room. The whole blocked span must lie inside an opening window: the buffer after a meeting is working time
 *    within the caseworker's opening hours, not after them. The citizen is only held for the meeting itself;
 *  - a caseworker's windows on one day that overlap or touch form one opening (08:00–12:00 and 12:00–15:00 allow a
 *    meeting at 11:45). Start times step `trinMin` minutes (elapsed time) from the start of the opening;
 *  - a window is valid from `gyldigFra` to `gyldigTil`, both days included;
 *  - closed days: the municipality's own closed days and every day of `fridage` in the Danish calendar
 *    (regler/kalender.ts): the public holidays plus grundlovsdag, juleaftensdag and nytårsaftensdag, on which public
 *    offices are closed. A weekend day is not closed by itself: the windows decide (no windows, no slots);
 *  - a room is needed only when `lokaler` is given (a meeting in person): the smallest free room with enough capacity
 *    is chosen (ties by id).
 */
import { aarMaanedDag, dagFraAarMaanedDag, fridage, ugedag } from "../regler/kalender.ts";
import type { Dag } from "../regler/model.ts";

export interface Vindue {
  medarbejderId: string;
  /** 1 = Monday … 7 = Sunday */
  ugedag: number;
  /** minutes after local midnight, from (included) and to (excluded); tilMin may be 1440 */
  fraMin: number;
  tilMin: number;
  gyldigFra: Dag;
  /** the last day the window applies (included); null: until further notice */
  gyldigTil: Dag | null;
}

/** A busy interval of a caseworker (its id) or a room (its id): an active booking's blocked time or an absence. */
export interface Optaget {
  id: string;
  fra: number;
  til: number;
}

export interface Lokale {
  id: string;
  kapacitet: number;
}

/**
 * The caseworkers' busy time in compact form: caseworker id → pairs [fra0, til0, fra1, til1, …] in epoch ms (in any
 * order, overlaps allowed). tider-data.ts delivers this: eight weeks of a large jobcentre are tens of thousands of
 * bookings, and an object for each was most of the garbage a search left behind (the slow searches were the ones that
 * met a major garbage collection). ledigeTider reads it and never changes it.
 */
export type OptagetPar = ReadonlyMap<string, Float64Array>;

/** The compact form as intervals, one object each (for reading and tests; ledigeTider takes either). */
export function somListe(pr: OptagetPar): Optaget[] {
  const ud: Optaget[] = [];
  for (const [id, par] of pr)
    for (let i = 0; i + 1 < par.length; i += 2) ud.push({ id, fra: par[i]!, til: par[i + 1]! });
  return ud;
}

export interface TiderInput {
  vinduer: Vindue[];
  /** the caseworkers' bookings (blocked time) and absences, as intervals or in the compact form */
  medarbejderOptaget: Optaget[] | OptagetPar;
  /** the citizen's own active bookings (the meetings): a slot may not overlap them */
  borgerOptaget: { fra: number; til: number }[];
  /** the municipality's own closed days; the holidays are added here */
  lukkedage: Dag[];
  varighedMin: number;
  bufferMin: number;
  /** slots start at or after `fra` and before `til` */
  fra: number;
  til: number;
  /** minutes between start times within an opening, counted from its start; default 15 */
  trinMin?: number;
  /** for a meeting in person: the rooms, their busy intervals and the capacity the meeting needs */
  lokaler?: { liste: Lokale[]; optaget: Optaget[]; minKapacitet: number };
}

export interface Slot {
  medarbejderId: string;
  fra: number;
  til: number;
  lokaleId?: string;
}

// ---------------------------------------------------------------------------------------------------------------------
// Danish time
// ---------------------------------------------------------------------------------------------------------------------

const MIN = 60_000;
const TIME = 3_600_000;
const DOEGN = 86_400_000;
/** The mean Gregorian year in ms: the year of an instant within a day or two, which is enough (see erSommertid). */
const AAR_MS = 31_556_952_000;

/** Start of summer time (last Sunday of March, 01:00 UTC) and its end (last Sunday of October, 01:00 UTC). */
function sommertid(aar: number): [number, number] {
  const marts = dagFraAarMaanedDag(aar, 3, 31);
  const oktober = dagFraAarMaanedDag(aar, 10, 31);
  return [(marts - (ugedag(marts) % 7)) * DOEGN + TIME, (oktober - (ugedag(oktober) % 7)) * DOEGN + TIME];
}

const TABEL_FRA = 1900;
const TABEL_TIL = 2200;
const SOMMER_FRA = new Float64Array(TABEL_TIL - TABEL_FRA);
const SOMMER_TIL = new Float64Array(TABEL_TIL - TABEL_FRA);
for (let aar = TABEL_FRA; aar < TABEL_TIL; aar++) {
  const [fra, til] = sommertid(aar);
  SOMMER_FRA[aar - TABEL_FRA] = fra;
  SOMMER_TIL[aar - TABEL_FRA] = til;
}

/**
 * Is Denmark on summer time at this instant? The year is estimated from the mean year length, which can be a day or
 * two off around New Year only; summer time lies far from New Year, so the answer is right either way.
 */
function erSommertid(ms: number): boolean {
  const aar = Math.floor(ms / AAR_MS) + 1970;
  const i = aar - TABEL_FRA;
  if (i >= 0 && i < SOMMER_FRA.length) return ms >= SOMMER_FRA[i]! && ms < SOMMER_TIL[i]!;
  const [fra, til] = sommertid(aar);
  return ms >= fra && ms < til;
}

/** Danish wall-clock time (a day and minutes after its midnight, which may run past 1440) → epoch ms. */
export function lokalTilUtc(dag: Dag, minut: number): number {
  const vaeg = dag * DOEGN + minut * MIN;
  // Read as summer time (UTC+2) if that instant is summer time; otherwise as winter time (UTC+1). In the spring gap
  // neither reading is consistent and the winter reading lands one hour later on the clock (moved forward); in the
  // autumn repeat both are consistent and the summer reading is the earlier instant (the first occurrence).
  const sommer = vaeg - 2 * TIME;
  return erSommertid(sommer) ? sommer : vaeg - TIME;
}

/**
 * The instant a window starts or ends at this wall-clock time. As lokalTilUtc, except in the spring gap: a window that
 * starts or ends at 02:30 on the day the clocks jump from 02:00 to 03:00 starts or ends at the jump (03:00), so that
 * 00:00–02:30 is two hours and 02:30–05:00 is also two hours, and no minute outside the window is counted in.
 */
function vinduesgraense(dag: Dag, minut: number): number {
  const ms = lokalTilUtc(dag, minut);
  const tilbage = utcTilLokal(ms);
  if ((tilbage.dag - dag) * 1440 + tilbage.minut === minut) return ms;
  // The wall-clock time does not exist: the jump is the last whole hour before the winter reading.
  return Math.floor(ms / TIME) * TIME;
}

/** Epoch ms → the Danish day and minute after its midnight. */
export function utcTilLokal(ms: number): { dag: Dag; minut: number } {
  const vaeg = ms + (erSommertid(ms) ? 2 * TIME : TIME);
  const dag = Math.floor(vaeg / DOEGN);
  return { dag, minut: Math.floor((vaeg - dag * DOEGN) / MIN) };
}

// ---------------------------------------------------------------------------------------------------------------------
// Closed days
// ---------------------------------------------------------------------------------------------------------------------

const fridageCache = new Map<number, ReadonlySet<Dag>>();

function fridageI(aar: number): ReadonlySet<Dag> {
  let s = fridageCache.get(aar);
  if (!s) {
    s = new Set(fridage(aar).map((f) => f.dag));
    fridageCache.set(aar, s);
  }
  return s;
}

/**
 * Is the jobcentre closed this day? Closed on the municipality's own closed days and on every day of `fridage` (public
 * holidays, grundlovsdag, juleaftensdag, nytårsaftensdag), whatever the weekday. Weekends are not closed by this
 * function: whether a caseworker meets citizens on a Saturday is for the opening windows to say.
 */
export function erLukket(dag: Dag, lukkedage: ReadonlySet<Dag>): boolean {
  return lukkedage.has(dag) || fridageI(aarMaanedDag(dag).aar).has(dag);
}

// ---------------------------------------------------------------------------------------------------------------------
// Free slots
// ---------------------------------------------------------------------------------------------------------------------

/**
 * Busy intervals as pairs [fra0, til0, fra1, til1, …] → their union as sorted, disjoint pairs (touching ones joined,
 * empty ones dropped). Returned as they are when already so; otherwise worked in place (on a copy unless `ejet`, the
 * array being the caller's scratch): an insertion sort when nearly in order, else the starts and the ends are sorted
 * apart (the native numeric sort, no comparator) and swept with a count of open intervals, which gives the same union.
 * (tider-data.ts joins each caseworker's busy time with it too.)
 */
export function flettet(input: Float64Array, ejet: boolean): Float64Array {
  const n = input.length >> 1;
  let klar = true;
  for (let i = 0; i < n && klar; i++)
    klar = input[2 * i + 1]! > input[2 * i]! && (i === 0 || input[2 * i]! > input[2 * i - 1]!);
  if (klar) return input;
  const par = ejet ? input : input.slice();
  let fald = 0;
  for (let i = 1; i < n; i++) if (par[2 * i]! < par[2 * i - 2]!) fald++;
  if (fald > 0 && fald <= 8) {
    // A few out of order (a caseworker's bookings in order, then an absence or two): insertion sort in place.
    for (let i = 1; i < n; i++) {
      const fra = par[2 * i]!;
      const til = par[2 * i + 1]!;
      let j = i - 1;
      while (j >= 0 && par[2 * j]! > fra) {
        par[2 * j + 2] = par[2 * j]!;
        par[2 * j + 3] = par[2 * j + 1]!;
        j--;
      }
      par[2 * j + 2] = fra;
      par[2 * j + 3] = til;
    }
    fald = 0;
  }
  let k = 0;
  if (fald === 0) {
    for (let j = 0; j < n; j++) {
      const fra = par[2 * j]!;
      const til = par[2 * j + 1]!;
      if (!(til > fra)) continue;
      if (k > 0 && fra <= par[k - 1]!) {
        if (til > par[k - 1]!) par[k - 1] = til;
      } else {
        par[k++] = fra;
        par[k++] = til;
      }
    }
    return par.subarray(0, k);
  }
  const starter = new Float64Array(n);
  const slut = new Float64Array(n);
  let m = 0;
  for (let j = 0; j < n; j++) {
    if (par[2 * j + 1]! > par[2 * j]!) {
      starter[m] = par[2 * j]!;
      slut[m++] = par[2 * j + 1]!;
    }
  }
  const S = starter.subarray(0, m).sort();
  const E = slut.subarray(0, m).sort();
  let i = 0;
  let e = 0;
  let aabne = 0;
  let start = 0;
  while (e < m) {
    if (i < m && S[i]! <= E[e]!) {
      if (aabne++ === 0) start = S[i]!;
      i++;
    } else {
      if (--aabne === 0) {
        par[k++] = start;
        par[k++] = E[e]!;
      }
      e++;
    }
  }
  return par.subarray(0, k);
}

/**
 * Busy intervals grouped by id as pairs [fra0, til0, …], for the ids in `kendte` (all when undefined). Two passes (count,
 * then fill arrays of the right size), and consecutive intervals of the same id (as lists usually come) cost one map
 * look-up per run, not one per interval.
 */
function grupperet(xs: readonly Optaget[], kendte?: ReadonlyMap<string, unknown>): Map<string, Float64Array> {
  const antal = new Map<string, number>();
  let id: string | undefined;
  let n = 0;
  const luk = () => {
    if (id !== undefined && n > 0 && (!kendte || kendte.has(id))) antal.set(id, (antal.get(id) ?? 0) + n);
  };
  for (const o of xs) {
    if (o.id !== id) {
      luk();
      id = o.id;
      n = 0;
    }
    n++;
  }
  luk();
  const ud = new Map<string, Float64Array>();
  const fyldt = new Map<string, number>();
  for (const [k, m] of antal) {
    ud.set(k, new Float64Array(2 * m));
    fyldt.set(k, 0);
  }
  id = undefined;
  let l: Float64Array | undefined;
  let i = 0;
  for (const o of xs) {
    if (o.id !== id) {
      if (l && id !== undefined) fyldt.set(id, i);
      id = o.id;
      l = ud.get(id);
      i = l ? fyldt.get(id)! : 0;
    }
    if (l) {
      l[i++] = o.fra;
      l[i++] = o.til;
    }
  }
  return ud;
}

function heltal(navn: string, x: number, min: number): void {
  if (!Number.isInteger(x) || x < min) throw new RangeError(`${navn} skal være et heltal ≥ ${min}: ${x}`);
}

interface DagInfo {
  dag: Dag;
  ugedag: number;
  /** local midnight as epoch ms, and whether the day has 24 hours (no change to or from summer time) */
  midnat: number;
  normal: boolean;
}

/** The search's fixed parts and its output, shared by the sweeps of the caseworkers. */
interface Soegning {
  fra: number;
  til: number;
  varighed: number;
  blok: number;
  skridt: number;
  dage: DagInfo[];
  /** the citizen's busy time, and each room's (smallest sufficient first), merged pairs */
  borger: Float64Array;
  rum: Float64Array[];
  rumPeger: Int32Array;
  basisMin: number;
  nM: number;
  R1: number;
  noegler: Float64Array;
  antal: number;
}

/**
 * One caseworker's free starts, written to soeg.noegler: the day's valid windows joined into openings, each stepped
 * through, with one pointer into each sorted busy list that only moves forward (starts only grow). A start that
 * collides jumps to the first step after the busy interval. Kept apart from ledigeTider so that this hot loop is
 * small and sees the same shapes on every call.
 */
function gennemgaa(soeg: Soegning, uge: Vindue[][], B: Float64Array, rang: number): void {
  const { fra, til, varighed, blok, skridt, dage, borger: C, rum, rumPeger, basisMin, nM, R1 } = soeg;
  const nB = B.length;
  const nC = C.length;
  const nRum = rum.length;
  let p = 0;
  let q = 0;
  rumPeger.fill(0);
  for (const info of dage) {
    const vinduer = uge[info.ugedag]!;
    if (vinduer.length === 0) continue;
    const d = info.dag;
    let aMin = -1;
    let bMin = -1;
    for (let vi = 0; vi <= vinduer.length; vi++) {
      const v = vi < vinduer.length ? vinduer[vi]! : undefined;
      if (v && (v.gyldigFra > d || (v.gyldigTil !== null && v.gyldigTil < d))) continue;
      if (v && aMin >= 0 && v.fraMin <= bMin) {
        if (v.tilMin > bMin) bMin = v.tilMin;
        continue;
      }
      if (aMin >= 0) {
        // Sweep the opening [aMin, bMin) of day d.
        const wa = info.normal ? info.midnat + aMin * MIN : vinduesgraense(d, aMin);
        const wb = info.normal ? info.midnat + bMin * MIN : vinduesgraense(d, bMin);
        const sidsteStart = Math.min(wb - blok, til - 1);
        let s = wa >= fra ? wa : wa + Math.ceil((fra - wa) / skridt) * skridt;
        while (s <= sidsteStart) {
          const slut = s + blok;
          while (p < nB && B[p + 1]! <= s) p += 2;
          if (p < nB && B[p]! < slut) {
            s = wa + Math.ceil((B[p + 1]! - wa) / skridt) * skridt;
            continue;
          }
          while (q < nC && C[q + 1]! <= s) q += 2;
          if (q < nC && C[q]! < s + varighed) {
            s = wa + Math.ceil((C[q + 1]! - wa) / skridt) * skridt;
            continue;
          }
          let valgt = 0;
          if (nRum > 0) {
            valgt = -1;
            for (let r = 0; r < nRum; r++) {
              const RO = rum[r]!;
              let rp = rumPeger[r]!;
              while (rp < RO.length && RO[rp + 1]! <= s) rp += 2;
              rumPeger[r] = rp;
              if (rp < RO.length && RO[rp]! < slut) continue;
              valgt = r + 1;
              break;
            }
            if (valgt < 0) {
              s += skridt;
              continue;
            }
          }
          if (soeg.antal === soeg.noegler.length) {
            const stoerre = new Float64Array(soeg.noegler.length * 2);
            stoerre.set(soeg.noegler);
            soeg.noegler = stoerre;
          }
          soeg.noegler[soeg.antal++] = ((s / MIN - basisMin) * nM + rang) * R1 + valgt;
          s += skridt;
        }
      }
      if (v) {
        aMin = v.fraMin;
        bMin = v.tilMin;
      }
    }
  }
}

/**
 * Every free slot in [fra, til) across the caseworkers that have windows, sorted by start time, then caseworker id.
 * Runs in time linear in windows × days × start times plus the busy intervals (sorted once per caseworker, then one
 * forward sweep), so a citizen choosing among 300 caseworkers over eight weeks costs a few milliseconds.
 */
export function ledigeTider(input: TiderInput): Slot[] {
  const trin = input.trinMin ?? 15;
  heltal("varighedMin", input.varighedMin, 1);
  heltal("bufferMin", input.bufferMin, 0);
  heltal("trinMin", trin, 1);
  for (const v of input.vinduer) {
    heltal("fraMin", v.fraMin, 0);
    heltal("tilMin", v.tilMin, 0);
  }
  const { fra, til } = input;
  if (!(til > fra)) return [];
  const varighed = input.varighedMin * MIN;
  const blok = (input.varighedMin + input.bufferMin) * MIN;
  const skridt = trin * MIN;

  // Caseworkers with windows, ranked by id (the secondary sort key); windows per caseworker and weekday, by start.
  const perMedarbejder = new Map<string, Vindue[][]>();
  for (const v of input.vinduer) {
    if (v.tilMin <= v.fraMin || v.ugedag < 1 || v.ugedag > 7) continue;
    let uge = perMedarbejder.get(v.medarbejderId);
    if (!uge) {
      uge = [[], [], [], [], [], [], [], []];
      perMedarbejder.set(v.medarbejderId, uge);
    }
    uge[v.ugedag]!.push(v);
  }
  const ids = [...perMedarbejder.keys()].sort();
  if (ids.length === 0) return [];
  for (const uge of perMedarbejder.values())
    for (const l of uge) {
      // (usually one or two windows a day: an insertion sort, no allocation)
      for (let i = 1; i < l.length; i++) {
        const v = l[i]!;
        let j = i - 1;
        while (j >= 0 && l[j]!.fraMin > v.fraMin) {
          l[j + 1] = l[j]!;
          j--;
        }
        l[j + 1] = v;
      }
    }

  // The days of the search, with closed days left out and local midnight cached.
  const lukkedage = new Set(input.lukkedage);
  const dage: DagInfo[] = [];
  const foersteDag = utcTilLokal(fra).dag;
  const sidsteDag = utcTilLokal(til - 1).dag;
  for (let d = foersteDag; d <= sidsteDag; d++) {
    if (erLukket(d, lukkedage)) continue;
    const midnat = lokalTilUtc(d, 0);
    dage.push({ dag: d, ugedag: ugedag(d), midnat, normal: lokalTilUtc(d + 1, 0) - midnat === DOEGN });
  }

  // Busy intervals: per caseworker, the citizen's, per room; each sorted and merged once.
  const kompakt = !Array.isArray(input.medarbejderOptaget);
  const optagetPr: OptagetPar = Array.isArray(input.medarbejderOptaget)
    ? grupperet(input.medarbejderOptaget, perMedarbejder)
    : input.medarbejderOptaget;
  const borgerPar = new Float64Array(2 * input.borgerOptaget.length);
  for (const [i, o] of input.borgerOptaget.entries()) {
    borgerPar[2 * i] = o.fra;
    borgerPar[2 * i + 1] = o.til;
  }
  const borger = flettet(borgerPar, true);
  const tom = new Float64Array(0);

  let rum: { id: string; optaget: Float64Array }[] = [];
  const medRum = input.lokaler !== undefined;
  if (input.lokaler) {
    const { liste, optaget, minKapacitet } = input.lokaler;
    const rumOptaget = grupperet(optaget);
    rum = liste
      .filter((l) => l.kapacitet >= minKapacitet)
      .sort((a, b) => a.kapacitet - b.kapacitet || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((l) => ({ id: l.id, optaget: flettet(rumOptaget.get(l.id) ?? tom, true) }));
    if (rum.length === 0) return [];
  }
  const nRum = rum.length;

  // Each slot is one number: (minutes since base × caseworkers + rank) × (rooms + 1) + room + 1, so one numeric sort of
  // a typed array orders them by time, then caseworker id, without allocating an object per candidate.
  const basisMin = Math.floor(fra / MIN);
  const nM = ids.length;
  const R1 = nRum + 1;
  if ((Math.ceil((til - fra) / MIN) + 2) * nM * R1 > Number.MAX_SAFE_INTEGER)
    throw new RangeError("søgningen er for stor");
  const soeg: Soegning = {
    fra,
    til,
    varighed,
    blok,
    skridt,
    dage,
    borger,
    rum: rum.map((r) => r.optaget),
    rumPeger: new Int32Array(nRum),
    basisMin,
    nM,
    R1,
    noegler: new Float64Array(4096),
    antal: 0,
  };
  for (let rang = 0; rang < nM; rang++) {
    const id = ids[rang]!;
    gennemgaa(soeg, perMedarbejder.get(id)!, flettet(optagetPr.get(id) ?? tom, !kompakt), rang);
  }
  const { noegler, antal } = soeg;

  const sorteret = noegler.subarray(0, antal).sort();
  const out: Slot[] = new Array(antal);
  for (let i = 0; i < antal; i++) {
    const k = sorteret[i]!;
    const valgt = k % R1;
    const rest = (k - valgt) / R1;
    const rang = rest % nM;
    const start = ((rest - rang) / nM + basisMin) * MIN;
    out[i] = medRum
      ? { medarbejderId: ids[rang]!, fra: start, til: start + varighed, lokaleId: rum[valgt - 1]!.id }
      : { medarbejderId: ids[rang]!, fra: start, til: start + varighed };
  }
  return out;
}

/**
 * The bookings per caseworker and Danish day, as the Map samletPrTid reads: key `${medarbejderId}|${dag}`, value the
 * number of active bookings. Kept as one small array per caseworker (tider-data.ts counts tens of thousands of
 * bookings into it); `get` and `has` read those arrays, and the string keys are only made when the map is iterated,
 * sized or changed with the Map methods. (A structured clone copies only what the Map methods have made.)
 */
export class Belastning extends Map<string, number> {
  readonly #pr = new Map<string, Int32Array>();
  readonly #foersteDag: Dag;
  readonly #antalDage: number;
  #fyldt = false;

  /** for the days foersteDag … foersteDag + antalDage − 1 */
  constructor(foersteDag: Dag, antalDage: number) {
    super();
    this.#foersteDag = foersteDag;
    this.#antalDage = antalDage;
  }

  /** n more bookings for the caseworker that day (a day outside the range is ignored) */
  tilfoej(medarbejderId: string, dag: Dag, n = 1): void {
    const k = dag - this.#foersteDag;
    if (k < 0 || k >= this.#antalDage) return;
    if (this.#fyldt) {
      const noegle = `${medarbejderId}|${dag}`;
      super.set(noegle, (super.get(noegle) ?? 0) + n);
      return;
    }
    let a = this.#pr.get(medarbejderId);
    if (!a) {
      a = new Int32Array(this.#antalDage);
      this.#pr.set(medarbejderId, a);
    }
    a[k]! += n;
  }

  /** the number of bookings, 0 when none */
  antal(medarbejderId: string, dag: Dag): number {
    if (this.#fyldt) return super.get(`${medarbejderId}|${dag}`) ?? 0;
    const k = dag - this.#foersteDag;
    return k >= 0 && k < this.#antalDage ? (this.#pr.get(medarbejderId)?.[k] ?? 0) : 0;
  }

  override get(noegle: string): number | undefined {
    if (this.#fyldt) return super.get(noegle);
    const i = noegle.lastIndexOf("|");
    const n = i < 0 ? 0 : this.antal(noegle.slice(0, i), Number(noegle.slice(i + 1)));
    return n > 0 ? n : undefined;
  }
  override has(noegle: string): boolean {
    return this.get(noegle) !== undefined;
  }
  override get size(): number {
    this.#fyld();
    return super.size;
  }
  override set(noegle: string, n: number): this {
    this.#fyld();
    return super.set(noegle, n);
  }
  override delete(noegle: string): boolean {
    this.#fyld();
    return super.delete(noegle);
  }
  override clear(): void {
    this.#fyld();
    super.clear();
  }
  override forEach(f: (n: number, noegle: string, m: Map<string, number>) => void, self?: unknown): void {
    this.#fyld();
    super.forEach(f, self);
  }
  override keys(): MapIterator<string> {
    this.#fyld();
    return super.keys();
  }
  override values(): MapIterator<number> {
    this.#fyld();
    return super.values();
  }
  override entries(): MapIterator<[string, number]> {
    this.#fyld();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  /** Makes the string keys (once); from then on the Map itself holds the counts. */
  #fyld(): void {
    if (this.#fyldt) return;
    this.#fyldt = true;
    for (const [id, a] of this.#pr) {
      for (let k = 0; k < a.length; k++) if (a[k]! > 0) super.set(`${id}|${this.#foersteDag + k}`, a[k]!);
    }
    this.#pr.clear();
  }
}

/**
 * For a citizen choosing across many caseworkers: one slot per start time. Among the caseworkers free at that time,
 * the one with the fewest bookings that day wins (belastning, keyed `${medarbejderId}|${dag}` with the Danish day;
 * missing means none), ties by id. `maks` limits the number of start times returned (the earliest).
 */
export function samletPrTid(slots: readonly Slot[], belastning?: ReadonlyMap<string, number>, maks?: number): Slot[] {
  let xs = slots;
  for (let i = 1; i < xs.length; i++) {
    const a = xs[i - 1]!;
    const b = xs[i]!;
    if (a.fra > b.fra || (a.fra === b.fra && a.medarbejderId > b.medarbejderId)) {
      xs = [...slots].sort((x, y) =>
        x.fra !== y.fra
          ? x.fra - y.fra
          : x.medarbejderId < y.medarbejderId
            ? -1
            : x.medarbejderId > y.medarbejderId
              ? 1
              : 0,
      );
      break;
    }
  }
  const antal: ((id: string, dag: Dag) => number) | undefined =
    belastning instanceof Belastning
      ? (id, dag) => belastning.antal(id, dag)
      : belastning && belastning.size > 0
        ? (id, dag) => belastning.get(`${id}|${dag}`) ?? 0
        : undefined;
  const graense = maks ?? Number.POSITIVE_INFINITY;
  const out: Slot[] = [];
  let i = 0;
  while (i < xs.length && out.length < graense) {
    const fra = xs[i]!.fra;
    let j = i + 1;
    while (j < xs.length && xs[j]!.fra === fra) j++;
    let bedst = xs[i]!;
    if (j - i > 1 && antal) {
      // Several caseworkers free at this time: the fewest bookings that day wins, the first (lowest id) on a tie.
      const dag = utcTilLokal(fra).dag;
      let bedstN = antal(bedst.medarbejderId, dag);
      for (let k = i + 1; k < j && bedstN > 0; k++) {
        const n = antal(xs[k]!.medarbejderId, dag);
        if (n < bedstN) {
          bedst = xs[k]!;
          bedstN = n;
        }
      }
    }
    out.push(bedst);
    i = j;
  }
  return out;
}
