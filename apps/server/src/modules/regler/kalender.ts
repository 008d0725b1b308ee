/**
 * The Danish calendar the rules engine counts in: whole days (days since 1970-01-01), calendar months, and working
 * days with the Danish public holidays computed for any year. Pure integer arithmetic, no Date objects, so that
 * deadlines for a million cases cost almost nothing.
 *
 * Which days are not working days (decided for the jobcentre, see docs/rules.md):
 *  - Saturdays and Sundays;
 *  - the public holidays (helligdage): nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag, store bededag
 *    (only until 2023: abolished as a holiday from 2024 by the 2023 law on the consequences of abolishing it),
 *    Kristi himmelfartsdag, pinsedag, 2. pinsedag, juledag and 2. juledag;
 *  - grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag (31 December): not public holidays, but
 *    Danish deadline rules treat them as non-working days (e.g. forældelsesloven § 27, stk. 2: a deadline that ends
 *    in a weekend, on a holiday, grundlovsdag, 24 or 31 December runs to the next weekday), and public offices are
 *    closed. Treating them as non-working never shortens a deadline a citizen must meet.
 */
import type { Dag } from "./model.ts";

// ---------------------------------------------------------------------------------------------------------------------
// Days and ISO dates
// ---------------------------------------------------------------------------------------------------------------------

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dagFraAarMaanedDag(aar: number, maaned: number, dag: number): Dag {
  const y = maaned <= 2 ? aar - 1 : aar;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (maaned + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + dag - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of month of a day (civil_from_days). */
export function aarMaanedDag(d: Dag): { aar: number; maaned: number; dag: number } {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dag = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const maaned = mp < 10 ? mp + 3 : mp - 9;
  return { aar: yoe + era * 400 + (maaned <= 2 ? 1 : 0), maaned, dag };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function erSkudaar(aar: number): boolean {
  return (aar % 4 === 0 && aar % 100 !== 0) || aar % 400 === 0;
}

export function dageIMaaned(aar: number, maaned: number): number {
  return maaned === 2 ? (erSkudaar(aar) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][maaned - 1]!;
}

/** "2026-07-01" → the day. Throws on anything that is not a real calendar date in yyyy-mm-dd form. */
export function dagFraIso(iso: string): Dag {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`ikke en dato (åååå-mm-dd): ${JSON.stringify(iso)}`);
  const aar = Number(m[1]);
  const maaned = Number(m[2]);
  const dag = Number(m[3]);
  if (maaned < 1 || maaned > 12 || dag < 1 || dag > dageIMaaned(aar, maaned)) {
    throw new RangeError(`ikke en gyldig dato: ${iso}`);
  }
  return dagFraAarMaanedDag(aar, maaned, dag);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The day → "2026-07-01". */
export function isoFraDag(d: Dag): string {
  const { aar, maaned, dag } = aarMaanedDag(d);
  return `${String(aar).padStart(4, "0")}-${pad2(maaned)}-${pad2(dag)}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function ugedag(d: Dag): number {
  return ((((d + 3) % 7) + 7) % 7) + 1;
}

/**
 * The same day of the month n months later (n may be negative); when that month is shorter, its last day
 * (31 January + 1 month = 28/29 February), as Danish deadline rules count months.
 */
export function plusMaaneder(d: Dag, n: number): Dag {
  const { aar, maaned, dag } = aarMaanedDag(d);
  const m0 = aar * 12 + (maaned - 1) + n;
  const nyAar = Math.floor(m0 / 12);
  const nyMaaned = m0 - nyAar * 12 + 1;
  return dagFraAarMaanedDag(nyAar, nyMaaned, Math.min(dag, dageIMaaned(nyAar, nyMaaned)));
}

// ---------------------------------------------------------------------------------------------------------------------
// Holidays
// ---------------------------------------------------------------------------------------------------------------------

/** Easter Sunday (påskedag) in the Gregorian calendar (the anonymous Gregorian computus of Meeus/Jones/Butcher). */
export function paaskedag(aar: number): Dag {
  const a = aar % 19;
  const b = Math.floor(aar / 100);
  const c = aar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maaned = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return dagFraAarMaanedDag(aar, maaned, dag);
}

/** The last year in which store bededag was a public holiday (abolished as a holiday from 1 January 2024). */
export const SIDSTE_STORE_BEDEDAG = 2023;

export interface Fridag {
  dag: Dag;
  navn: string;
  /** true for the public holidays (helligdage); false for the days treated as closed by convention */
  helligdag: boolean;
}

/** The days that are not working days in a year besides weekends, in date order. */
export function fridage(aar: number): Fridag[] {
  const p = paaskedag(aar);
  const list: Fridag[] = [
    { dag: dagFraAarMaanedDag(aar, 1, 1), navn: "Nytårsdag", helligdag: true },
    { dag: p - 3, navn: "Skærtorsdag", helligdag: true },
    { dag: p - 2, navn: "Langfredag", helligdag: true },
    { dag: p, navn: "Påskedag", helligdag: true },
    { dag: p + 1, navn: "2. påskedag", helligdag: true },
  ];
  if (aar <= SIDSTE_STORE_BEDEDAG) list.push({ dag: p + 26, navn: "Store bededag", helligdag: true });
  list.push(
    { dag: p + 39, navn: "Kristi himmelfartsdag", helligdag: true },
    { dag: p + 49, navn: "Pinsedag", helligdag: true },
    { dag: p + 50, navn: "2. pinsedag", helligdag: true },
    { dag: dagFraAarMaanedDag(aar, 6, 5), navn: "Grundlovsdag", helligdag: false },
    { dag: dagFraAarMaanedDag(aar, 12, 24), navn: "Juleaftensdag", helligdag: false },
    { dag: dagFraAarMaanedDag(aar, 12, 25), navn: "Juledag", helligdag: true },
    { dag: dagFraAarMaanedDag(aar, 12, 26), navn: "2. juledag", helligdag: true },
    { dag: dagFraAarMaanedDag(aar, 12, 31), navn: "Nytårsaftensdag", helligdag: false },
  );
  return list.sort((x, y) => x.dag - y.dag);
}

/** The public holidays only (helligdage), as the law names them. */
export function helligdage(aar: number): Fridag[] {
  return fridage(aar).filter((f) => f.helligdag);
}

// Working-day flags, one Uint8Array per year, built on first use: the hot loop only indexes an array.
const aarCache = new Map<number, { start: Dag; flag: Uint8Array }>();

function aarTabel(aar: number): { start: Dag; flag: Uint8Array } {
  let t = aarCache.get(aar);
  if (!t) {
    const start = dagFraAarMaanedDag(aar, 1, 1);
    const n = dagFraAarMaanedDag(aar + 1, 1, 1) - start;
    const flag = new Uint8Array(n);
    for (let i = 0; i < n; i++) flag[i] = ugedag(start + i) <= 5 ? 1 : 0;
    for (const f of fridage(aar)) flag[f.dag - start] = 0;
    t = { start, flag };
    aarCache.set(aar, t);
  }
  return t;
}

// A flat table for the years the engine meets daily, so the common case needs no year lookup.
const FLAD_FRA = dagFraAarMaanedDag(2000, 1, 1);
const FLAD_TIL = dagFraAarMaanedDag(2060, 1, 1);
const flad = new Uint8Array(FLAD_TIL - FLAD_FRA);
for (let aar = 2000; aar < 2060; aar++) {
  const t = aarTabel(aar);
  flad.set(t.flag, t.start - FLAD_FRA);
}

export function erArbejdsdag(d: Dag): boolean {
  if (d >= FLAD_FRA && d < FLAD_TIL) return flad[d - FLAD_FRA] === 1;
  const t = aarTabel(aarMaanedDag(d).aar);
  return t.flag[d - t.start] === 1;
}

/** The first working day on or after d. */
export function naesteArbejdsdag(d: Dag): Dag {
  let x = d;
  while (!erArbejdsdag(x)) x++;
  return x;
}

/**
 * The n-th working day after d (n ≥ 0; n = 0 gives d itself). "Within 7 working days of receipt" is
 * plusArbejdsdage(receipt, 7): the day of receipt does not count, as in Danish deadline practice.
 */
export function plusArbejdsdage(d: Dag, n: number): Dag {
  let x = d;
  let rest = n;
  while (rest > 0) {
    x++;
    if (erArbejdsdag(x)) rest--;
  }
  return x;
}

/** Working days in (fra, til]: how many working days from one day to a later one. */
export function arbejdsdageMellem(fra: Dag, til: Dag): number {
  let n = 0;
  for (let x = fra + 1; x <= til; x++) if (erArbejdsdag(x)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------------------------------
// Danish dates in words
// ---------------------------------------------------------------------------------------------------------------------

/** The Danish month names, January first. */
export const MAANEDER: readonly string[] = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];

/** The Danish weekday names, Monday first: `UGEDAGE[ugedag(d) - 1]`. */
export const UGEDAGE: readonly string[] = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];

// Explanations name many dates; each day's text is built once.
const TEKST_FRA = dagFraAarMaanedDag(2000, 1, 1);
const tekstCache: (string | undefined)[] = [];

/** "1. juli 2026": the date as a Danish letter writes it. */
export function datoTekst(d: Dag): string {
  const i = d - TEKST_FRA;
  if (i >= 0 && i < 40000) {
    const s = tekstCache[i];
    if (s !== undefined) return s;
  }
  const { aar, maaned, dag } = aarMaanedDag(d);
  const s = `${dag}. ${MAANEDER[maaned - 1]} ${aar}`;
  if (i >= 0 && i < 40000) tekstCache[i] = s;
  return s;
}
