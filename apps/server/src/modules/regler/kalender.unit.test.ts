import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  arbejdsdageMellem,
  datoTekst,
  dagFraIso,
  erArbejdsdag,
  fridage,
  helligdage,
  isoFraDag,
  naesteArbejdsdag,
  paaskedag,
  plusArbejdsdage,
  plusMaaneder,
  ugedag,
} from "./kalender.ts";

const d = dagFraIso;
const iso = isoFraDag;

describe("days and ISO dates", () => {
  test("day 0 is 1 January 1970, a Thursday", () => {
    expect(d("1970-01-01")).toBe(0);
    expect(iso(0)).toBe("1970-01-01");
    expect(ugedag(0)).toBe(4);
    expect(ugedag(d("2026-07-01"))).toBe(3);
    expect(ugedag(d("1969-12-28"))).toBe(7);
  });

  test("round trip for any date from year 1600 to 2600", () => {
    fc.assert(
      fc.property(fc.integer({ min: d("1600-01-01"), max: d("2600-12-31") }), (x) => {
        expect(d(iso(x))).toBe(x);
      }),
    );
  });

  test("leap days exist only in leap years; malformed dates are refused", () => {
    expect(iso(d("2024-02-29") + 1)).toBe("2024-03-01");
    expect(iso(d("2000-02-29"))).toBe("2000-02-29");
    for (const bad of ["2026-02-29", "1900-02-29", "2026-13-01", "2026-04-31", "26-01-01", "2026-1-1", ""]) {
      expect(() => d(bad), bad).toThrow(RangeError);
    }
  });

  test("a month later is the same day of the month, or the month's last day", () => {
    expect(iso(plusMaaneder(d("2026-01-31"), 1))).toBe("2026-02-28");
    expect(iso(plusMaaneder(d("2024-01-31"), 1))).toBe("2024-02-29");
    expect(iso(plusMaaneder(d("2026-08-31"), 6))).toBe("2027-02-28");
    expect(iso(plusMaaneder(d("2026-03-02"), 6))).toBe("2026-09-02");
    expect(iso(plusMaaneder(d("2026-11-30"), 3))).toBe("2027-02-28");
    expect(iso(plusMaaneder(d("2026-03-31"), -1))).toBe("2026-02-28");
    expect(iso(plusMaaneder(d("2026-01-15"), 24))).toBe("2028-01-15");
  });

  test("dates in words, as a Danish letter writes them", () => {
    expect(datoTekst(d("2026-07-01"))).toBe("1. juli 2026");
    expect(datoTekst(d("2027-12-24"))).toBe("24. december 2027");
    expect(datoTekst(d("1999-03-09"))).toBe("9. marts 1999");
  });
});

describe("holidays", () => {
  test.each([
    [1818, "1818-03-22"],
    [2000, "2000-04-23"],
    [2019, "2019-04-21"],
    [2020, "2020-04-12"],
    [2021, "2021-04-04"],
    [2022, "2022-04-17"],
    [2023, "2023-04-09"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("Easter Sunday %i is %s", (aar, dato) => {
    expect(iso(paaskedag(aar))).toBe(dato);
  });

  test("the public holidays of 2026", () => {
    expect(helligdage(2026).map((f) => `${iso(f.dag)} ${f.navn}`)).toEqual([
      "2026-01-01 Nytårsdag",
      "2026-04-02 Skærtorsdag",
      "2026-04-03 Langfredag",
      "2026-04-05 Påskedag",
      "2026-04-06 2. påskedag",
      "2026-05-14 Kristi himmelfartsdag",
      "2026-05-24 Pinsedag",
      "2026-05-25 2. pinsedag",
      "2026-12-25 Juledag",
      "2026-12-26 2. juledag",
    ]);
  });

  test("store bededag is a holiday in 2023 (5 May) and a working day in 2024 (26 April)", () => {
    expect(helligdage(2023).map((f) => f.navn)).toContain("Store bededag");
    expect(erArbejdsdag(d("2023-05-05"))).toBe(false);
    expect(helligdage(2024).map((f) => f.navn)).not.toContain("Store bededag");
    expect(ugedag(d("2024-04-26"))).toBe(5);
    expect(erArbejdsdag(d("2024-04-26"))).toBe(true);
  });

  test("grundlovsdag, juleaftensdag and nytårsaftensdag are not working days, though not public holidays", () => {
    const andre = fridage(2026).filter((f) => !f.helligdag);
    expect(andre.map((f) => `${iso(f.dag)} ${f.navn}`)).toEqual([
      "2026-06-05 Grundlovsdag",
      "2026-12-24 Juleaftensdag",
      "2026-12-31 Nytårsaftensdag",
    ]);
    for (const f of andre) expect(erArbejdsdag(f.dag)).toBe(false);
    expect(erArbejdsdag(d("2026-05-01"))).toBe(true); // 1 May is a working day for the jobcentre
  });

  test("weekends are never working days, in any year", () => {
    fc.assert(
      fc.property(fc.integer({ min: d("1900-01-01"), max: d("2200-12-31") }), (x) => {
        if (ugedag(x) >= 6) expect(erArbejdsdag(x)).toBe(false);
      }),
    );
  });
});

describe("working days", () => {
  test("across Christmas: 3 working days after Tuesday 22 December 2026 is Tuesday 29 December", () => {
    expect(iso(plusArbejdsdage(d("2026-12-22"), 3))).toBe("2026-12-29");
  });

  test("across the new year: 7 working days after 22 December 2026 is 6 January 2027 (24–27, 31 Dec and 1 Jan skipped)", () => {
    expect(iso(plusArbejdsdage(d("2026-12-22"), 7))).toBe("2027-01-06");
  });

  test("across Easter: 3 working days after Tuesday 31 March 2026 is Wednesday 8 April", () => {
    expect(iso(plusArbejdsdage(d("2026-03-31"), 3))).toBe("2026-04-08");
  });

  test("across Ascension and Whitsun 2026", () => {
    expect(iso(plusArbejdsdage(d("2026-05-13"), 1))).toBe("2026-05-15");
    expect(iso(plusArbejdsdage(d("2026-05-22"), 1))).toBe("2026-05-26");
    expect(iso(plusArbejdsdage(d("2026-06-04"), 1))).toBe("2026-06-08");
  });

  test("0 working days is the day itself; the next working day skips a long weekend", () => {
    expect(plusArbejdsdage(d("2026-04-03"), 0)).toBe(d("2026-04-03"));
    expect(iso(naesteArbejdsdag(d("2026-04-02")))).toBe("2026-04-07");
    expect(naesteArbejdsdag(d("2026-04-08"))).toBe(d("2026-04-08"));
  });

  test("n working days later is a working day with exactly n working days in between", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d("1990-01-01"), max: d("2090-12-31") }),
        fc.integer({ min: 1, max: 40 }),
        (x, n) => {
          const y = plusArbejdsdage(x, n);
          expect(erArbejdsdag(y)).toBe(true);
          expect(arbejdsdageMellem(x, y)).toBe(n);
        },
      ),
    );
  });
});
