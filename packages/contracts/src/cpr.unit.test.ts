import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { centuryOf, maskCpr, parseCpr, serialDigitFor } from "./cpr.ts";

describe("CPR numbers are validated by date and century, never by the modulus-11 check digit", () => {
  test("a number issued without a valid check digit (as since 2007) is accepted", () => {
    // 010107-4321: modulus 11 fails, the date is valid: born 1 January 2007
    expect(parseCpr("010107-4321")).toMatchObject({ ok: true, birthDate: "2007-01-01" });
  });
  test.each([
    ["0101370123", "1937-01-01"],
    ["0101364123", "2036-01-01"],
    ["0101374123", "1937-01-01"],
    ["0101575123", "2057-01-01"],
    ["0101585123", "1858-01-01"],
    ["0101369123", "2036-01-01"],
    ["0101379123", "1937-01-01"],
  ])("%s is born %s (century from the 7th digit and the year)", (cpr, date) => {
    expect(parseCpr(cpr)).toMatchObject({ ok: true, birthDate: date });
  });
  test("29 February exists in 2000 and 1996 but not in 1900 or 2001", () => {
    expect(parseCpr("290200-4000").ok).toBe(true);
    expect(parseCpr("290296-1000").ok).toBe(true);
    expect(parseCpr("290200-1000")).toEqual({ ok: false, code: "CPR_INVALID_DATE" });
    expect(parseCpr("290201-4000")).toEqual({ ok: false, code: "CPR_INVALID_DATE" });
  });
  test("wrong shapes and impossible dates get their own error codes", () => {
    expect(parseCpr("12345")).toEqual({ ok: false, code: "CPR_INVALID_FORMAT" });
    expect(parseCpr("3213901234")).toEqual({ ok: false, code: "CPR_INVALID_DATE" });
    expect(parseCpr("0000001234")).toEqual({ ok: false, code: "CPR_INVALID_DATE" });
  });
  test("a birth date after today is refused when today is given", () => {
    expect(parseCpr("0101304000", "2026-11-23")).toEqual({ ok: false, code: "CPR_INVALID_DATE" });
  });
  test("dash and space are accepted and the sex follows the last digit", () => {
    expect(parseCpr(" 150388 9901 ")).toMatchObject({ ok: true, cpr: "1503889901", sex: "M" });
    expect(parseCpr("150388-9902")).toMatchObject({ sex: "K" });
    expect(maskCpr("1503889901")).toBe("150388-xxxx");
  });
  test("property: every real date from 1858 to 2057 round-trips through a serial digit chosen for its year", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1858-01-01"), max: new Date("2057-12-31"), noInvalidDate: true }),
        fc.nat(),
        fc.nat(999),
        (d, pick, rest) => {
          const y = d.getUTCFullYear();
          const seventh = serialDigitFor(y, pick);
          expect(centuryOf(seventh, y % 100) + (y % 100)).toBe(y);
          const dd = String(d.getUTCDate()).padStart(2, "0");
          const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
          const cpr = `${dd}${mm}${String(y % 100).padStart(2, "0")}${seventh}${String(rest).padStart(3, "0")}`;
          expect(parseCpr(cpr)).toMatchObject({ ok: true, birthDate: d.toISOString().slice(0, 10) });
        },
      ),
    );
  });
  test("property: any 10-digit string either parses to a real date or is refused, never throws", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (s) => {
        const r = parseCpr(s);
        if (r.ok) expect(new Date(`${r.birthDate}T00:00:00Z`).toISOString().slice(0, 10)).toBe(r.birthDate);
      }),
    );
  });
});
