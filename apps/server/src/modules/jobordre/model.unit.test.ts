import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  foreslaaOrdninger,
  kanSkifte,
  ORDNINGER,
  ordningerPaa,
  rensListe,
  STATUSSER,
  tjekOrdre,
  varighedUger,
} from "./model.ts";

const udkast = (over: Partial<Parameters<typeof tjekOrdre>[0]> = {}) => ({
  art: "ordinaer" as const,
  timerMin: 30,
  timerMax: 37,
  start: "2026-12-01",
  slut: null,
  opgaveboers: false,
  ...over,
});

describe("status changes", () => {
  test("a draft is published, an open order filled or closed, a closed order stays closed", () => {
    expect(kanSkifte("kladde", "aaben")).toBe(true);
    expect(kanSkifte("aaben", "besat")).toBe(true);
    expect(kanSkifte("aaben", "lukket")).toBe(true);
    expect(kanSkifte("besat", "aaben")).toBe(true);
    expect(kanSkifte("aaben", "kladde")).toBe(false);
    for (const s of STATUSSER) expect(kanSkifte("lukket", s)).toBe(false);
  });
  test("no status changes to itself", () => {
    for (const s of STATUSSER) expect(kanSkifte(s, s)).toBe(false);
  });
});

describe("cross-field checks", () => {
  test("a sound ordinary order has no errors", () => {
    expect(tjekOrdre(udkast(), "2026-11-23", true)).toEqual([]);
  });
  test("hours, dates and the kind's limits, each on its field in Danish", () => {
    const fejl = tjekOrdre(
      udkast({
        art: "smaajob",
        timerMin: 10,
        timerMax: 20,
        start: "2026-11-01",
        slut: "2026-10-01",
        opgaveboers: true,
      }),
      "2026-11-23",
      true,
    );
    expect(fejl.map((f) => f.path).sort()).toEqual(["body.slut", "body.start", "body.timerMax"]);
    expect(fejl.find((f) => f.path === "body.timerMax")?.message).toMatch(/småjob/);
  });
  test("an edited order may keep a start in the past", () => {
    expect(tjekOrdre(udkast({ start: "2026-01-01" }), "2026-11-23", false)).toEqual([]);
  });
  test("an internship needs an end date and at most 13 weeks; only small jobs and internships go on the opgavebørs", () => {
    expect(tjekOrdre(udkast({ art: "virksomhedspraktik" }), "2026-11-23", true)[0]?.path).toBe("body.slut");
    expect(
      tjekOrdre(udkast({ art: "virksomhedspraktik", slut: "2027-06-01" }), "2026-11-23", true)[0]?.message,
    ).toMatch(/13 uger/);
    expect(
      tjekOrdre(udkast({ art: "virksomhedspraktik", slut: "2026-12-28", opgaveboers: true }), "2026-11-23", true),
    ).toEqual([]);
    expect(tjekOrdre(udkast({ opgaveboers: true }), "2026-11-23", true)[0]?.path).toBe("body.opgaveboers");
  });
  test("property: the checks never fail a valid order, whatever the hours and dates", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 400 }),
        (a, d, dage) => {
          const timerMax = Math.min(60, a + d);
          const timerMin = a;
          const start = "2026-12-01";
          const slut = new Date(Date.UTC(2026, 11, 1 + dage)).toISOString().slice(0, 10);
          expect(tjekOrdre(udkast({ timerMin, timerMax, start, slut }), "2026-11-23", true)).toEqual([]);
        },
      ),
    );
  });
});

describe("weeks", () => {
  test("both days count; a partial week counts as one", () => {
    expect(varighedUger("2026-12-01", "2026-12-07")).toBe(1);
    expect(varighedUger("2026-12-01", "2026-12-08")).toBe(2);
    expect(varighedUger("2026-12-01", "2026-12-28")).toBe(4);
    expect(varighedUger("2026-12-01", null)).toBeNull();
  });
});

describe("scheme suggestions", () => {
  test("every scheme has conditions in Danish, a reference and a confidence", () => {
    for (const o of ORDNINGER) {
      expect(o.betingelser.length).toBeGreaterThan(1);
      expect(o.hjemmel).toBeTruthy();
      expect(["hoej", "middel", "lav"]).toContain(o.sikkerhed);
      expect(o.kilde).toBeTruthy();
    }
    expect(ORDNINGER.find((o) => o.art === "loentilskud")?.betingelser.join(" ")).toMatch(/merbeskæftigelse/);
    expect(ORDNINGER.find((o) => o.art === "loentilskud")?.betingelser.join(" ")).toMatch(/rimelighedskravet/);
    expect(ORDNINGER.find((o) => o.art === "fleksjob")?.hjemmel).toMatch(/§ 116/);
    expect(ORDNINGER.find((o) => o.art === "virksomhedspraktik")?.hjemmel).toMatch(/§ 61/);
  });
  test("a short internship-like order puts internship and small job first, with why", () => {
    const f = foreslaaOrdninger({ timerMin: 10, timerMax: 12, start: "2026-12-01", slut: "2026-12-14" }, "2026-11-23");
    expect(f.filter((x) => x.passer).map((x) => x.art)).toEqual(["virksomhedspraktik", "fleksjob", "smaajob"]);
    expect(f.at(-1)?.art).toBe("loentilskud");
    expect(f[0]?.begrundelse).toMatch(/2 uger/);
  });
  test("a full-time permanent job fits løntilskud and fleksjob, not a small job or an internship", () => {
    const f = foreslaaOrdninger({ timerMin: 37, timerMax: 37, start: "2026-12-01", slut: null }, "2026-11-23");
    expect(f.filter((x) => x.passer).map((x) => x.art)).toEqual(["loentilskud", "fleksjob"]);
    expect(f.find((x) => x.art === "smaajob")?.begrundelse).toMatch(/15 timer/);
  });
  test("the chosen kind comes first even when it does not fit", () => {
    const f = foreslaaOrdninger(
      { art: "smaajob", timerMin: 37, timerMax: 37, start: "2026-12-01", slut: null },
      "2026-11-23",
    );
    expect(f[0]?.art).toBe("smaajob");
    expect(f[0]?.passer).toBe(false);
  });
  test("the schemes are rule data with dates of effect: a scheme that has ended is not suggested", () => {
    const udloebet = ORDNINGER.map((o) => (o.art === "fleksjob" ? { ...o, gyldigTil: "2026-12-31" } : o));
    expect(ordningerPaa("2027-01-01", udloebet).map((o) => o.art)).not.toContain("fleksjob");
    expect(
      foreslaaOrdninger({ timerMin: 37, timerMax: 37, start: "2027-01-04", slut: null }, "2027-01-01", udloebet).map(
        (o) => o.art,
      ),
    ).not.toContain("fleksjob");
    expect(ordningerPaa("2019-06-01")).toEqual([]);
  });
});

describe("free-text lists", () => {
  test("trimmed, without empties and case-insensitive duplicates", () => {
    expect(rensListe([" Truckcertifikat ", "truckcertifikat", "", "Kørekort  B"])).toEqual([
      "Truckcertifikat",
      "Kørekort B",
    ]);
  });
});
