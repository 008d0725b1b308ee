/**
 * CPR numbers (DDMMYY-SSSS). Validated by date and century only: numbers without a modulus-11 check digit have
 * been issued since 2007, so the check digit must never be used to reject a number.
 * Century from the 7th digit and the year (CPR-kontoret):
 *   0–3: 1900–1999 · 4 and 9: 00–36 → 2000s, 37–99 → 1900s · 5–8: 00–57 → 2000s, 58–99 → 1800s
 */
export type CprResult =
  | { ok: true; cpr: string; birthDate: string; sex: "K" | "M" }
  | { ok: false; code: "CPR_INVALID_FORMAT" | "CPR_INVALID_DATE" };

export function centuryOf(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

export function parseCpr(input: string, today?: string): CprResult {
  const digits = input.trim().replace(/^(\d{6})[-\s]?(\d{4})$/, "$1$2");
  if (!/^\d{10}$/.test(digits)) return { ok: false, code: "CPR_INVALID_FORMAT" };
  const dd = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const seventh = Number(digits[6]);
  const year = centuryOf(seventh, yy) + yy;
  const d = new Date(Date.UTC(year, mm - 1, dd));
  if (
    mm < 1 ||
    mm > 12 ||
    dd < 1 ||
    d.getUTCFullYear() !== year ||
    d.getUTCMonth() !== mm - 1 ||
    d.getUTCDate() !== dd
  ) {
    return { ok: false, code: "CPR_INVALID_DATE" };
  }
  const birthDate = `${year}-${String(mm).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
  if (today && birthDate > today) return { ok: false, code: "CPR_INVALID_DATE" };
  return { ok: true, cpr: digits, birthDate, sex: Number(digits[9]) % 2 === 0 ? "K" : "M" };
}

/** Shown to staff: "010190-xxxx". */
export function maskCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-xxxx`;
}

/** The 7th digit and year that give a birth year (inverse of centuryOf), used by generators and tests. */
export function serialDigitFor(year: number, pick: number): number {
  if (year < 1900) return 5 + (pick % 4); // 5–8 with yy 58–99
  if (year < 2000) return year % 100 >= 37 ? [0, 1, 2, 3, 4, 9][pick % 6]! : pick % 4;
  return year % 100 <= 36 ? [4, 5, 6, 7, 8, 9][pick % 6]! : 5 + (pick % 4);
}
