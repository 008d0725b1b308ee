import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  afgoerelseTekst,
  afstand,
  type BefordringRegel,
  beregn,
  enkeltturHm,
  kroner,
  km,
  maaFlytte,
  regelPaaDag,
  type Sted,
  storcirkelKm,
} from "./model.ts";
import { NATIONALE_REGLER } from "./regler.ts";

/** A rule version with the national shape; only what a test changes is given. */
const enRegel = (r: Partial<BefordringRegel> & Pick<BefordringRegel, "id" | "gyldigFra">): BefordringRegel => ({
  titel: { da: "Befordringsgodtgørelse", en: "Transport allowance" },
  tekst: { da: "…", en: "…" },
  henvisning: { lov: "LAB", paragraf: "§ 175", url: null },
  gyldigTil: null,
  taerskelKm: 24,
  satsOere: 112,
  maksPrMaanedOere: null,
  afrundKrone: true,
  sikkerhed: "middel",
  kilde: "test",
  ...r,
});

const sted = (postnr: string, lat: number, lon: number): Sted => ({
  postnr,
  bynavn: postnr,
  kilde: "postnummer",
  kommuner: [],
  lat,
  lon,
});

describe("distance", () => {
  test("one degree of latitude is about 111.2 km on the mean Earth radius", () => {
    expect(storcirkelKm({ lat: 55, lon: 12 }, { lat: 56, lon: 12 })).toBeCloseTo(111.19, 1);
  });

  test("Roskilde (4000) to Køge (4600): about 21.4 km as the crow flies, 27.8 km by road one way (× 1.3)", () => {
    const a = afstand(sted("4000", 55.6415, 12.0803), sted("4600", 55.458, 12.182));
    expect(a.luftlinjeKm).toBeCloseTo(21.4, 1);
    expect(a.enkeltturHm).toBe(Math.round(a.luftlinjeKm * 1.3 * 10));
    expect(a.enkeltturHm).toBe(278);
  });

  test("the same postcode is 0 km; road distance rounds to the nearest 0.1 km", () => {
    expect(afstand(sted("4000", 55.6, 12.1), sted("4000", 55.6, 12.1)).enkeltturHm).toBe(0);
    expect(enkeltturHm(10.03)).toBe(130); // 13.039 km → 13.0
    expect(enkeltturHm(10.05)).toBe(131); // 13.065 km → 13.1
  });
});

describe("amount (LAB § 175: km of the daily round trip beyond 24 km × the rate)", () => {
  test("the a-kasse's worked example: 49.6 km a day for 19 days at 1.12 kr. is 486.4 km × 1.12 = 544.77 kr., paid as 545 kr.", () => {
    const regel = enRegel({ id: "R", gyldigFra: "2024-01-01" });
    const dage = Array.from({ length: 19 }, (_, i) => `2024-03-${String(i + 1).padStart(2, "0")}`);
    const r = beregn([regel], dage, 248); // 24.8 km each way
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.beregning.linjer).toHaveLength(1);
    expect(r.beregning.linjer[0]!.betaltHm).toBe(256);
    expect(r.beregning.beregnetOere).toBe(54477);
    expect(r.beregning.udbetalesOere).toBe(54500);
  });

  test("Mette: 27.8 km each way, 3 days in November 2026 at 1.14 kr.: (55.6 − 24) × 3 × 1.14 = 108.07 kr., paid as 108 kr.", () => {
    const r = beregn(NATIONALE_REGLER, ["2026-11-18", "2026-11-19", "2026-11-20"], 278);
    expect(r.ok && r.beregning.beregnetOere).toBe(10807);
    expect(r.ok && r.beregning.udbetalesOere).toBe(10800);
  });

  test("a daily round trip of 24 km or less gives nothing", () => {
    const r = beregn(NATIONALE_REGLER, ["2026-11-18"], 120);
    expect(r.ok && r.beregning.udbetalesOere).toBe(0);
  });

  test("a claim across the rate change of 1 January 2026 splits: December at 1.12 kr., January at 1.14 kr.", () => {
    const r = beregn(NATIONALE_REGLER, ["2025-12-30", "2026-01-02", "2025-12-29"], 300);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.beregning.linjer.map((l) => [l.regelId, l.maaned, l.dage.length, l.beloebOere])).toEqual([
      ["LAB175-2024", "2025-12", 2, 8064], // 36 km × 2 × 1.12
      ["LAB175-2026", "2026-01", 1, 4104], // 36 km × 1 × 1.14
    ]);
    expect(r.beregning.beregnetOere).toBe(12168);
    expect(r.beregning.udbetalesOere).toBe(12200);
  });

  test("a monthly cap is shared by the month's lines in date order", () => {
    const regler = [
      enRegel({
        id: "A",
        gyldigFra: "2026-01-01",
        gyldigTil: "2026-01-14",
        maksPrMaanedOere: 5000,
        afrundKrone: false,
      }),
      enRegel({ id: "B", gyldigFra: "2026-01-15", maksPrMaanedOere: 6000, afrundKrone: false }),
    ];
    // 10 km paid a day at 1.12 = 11.20 kr. a day
    const r = beregn(regler, ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-15"], 170);
    expect(r.ok && r.beregning.linjer.map((l) => [l.uloftetOere, l.beloebOere])).toEqual([
      [5600, 5000],
      [1120, 1000],
    ]);
  });

  test("a day with no rule in force is named, not paid", () => {
    const r = beregn(NATIONALE_REGLER, ["2023-12-29", "2024-01-02"], 300);
    expect(r).toEqual({ ok: false, dageUdenRegel: ["2023-12-29"] });
  });

  test("the rule in force on a day: the old version to its last day, the new one from its first", () => {
    expect(regelPaaDag(NATIONALE_REGLER, "2025-12-31")?.id).toBe("LAB175-2024");
    expect(regelPaaDag(NATIONALE_REGLER, "2026-01-01")?.id).toBe("LAB175-2026");
  });

  const dag = fc
    .integer({ min: 0, max: 1000 })
    .map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const regelsaet = fc.constantFrom<readonly BefordringRegel[]>(NATIONALE_REGLER, [
    enRegel({ id: "A", gyldigFra: "2024-01-01", gyldigTil: "2024-12-31", maksPrMaanedOere: 30000 }),
    enRegel({
      id: "B",
      gyldigFra: "2025-01-01",
      taerskelKm: 10,
      satsOere: 250,
      maksPrMaanedOere: 80000,
      afrundKrone: false,
    }),
  ]);

  test("property: the amount is never negative and never falls when a day is added", () => {
    fc.assert(
      fc.property(
        regelsaet,
        fc.array(dag, { maxLength: 40 }),
        dag,
        fc.integer({ min: 0, max: 2000 }),
        (regler, dage, ekstra, hm) => {
          const foer = beregn(regler, dage, hm);
          const efter = beregn(regler, [...dage, ekstra], hm);
          if (!foer.ok || !efter.ok) return;
          expect(foer.beregning.beregnetOere).toBeGreaterThanOrEqual(0);
          expect(efter.beregning.udbetalesOere).toBeGreaterThanOrEqual(0);
          expect(efter.beregning.beregnetOere).toBeGreaterThanOrEqual(foer.beregning.beregnetOere);
          expect(efter.beregning.udbetalesOere).toBeGreaterThanOrEqual(foer.beregning.udbetalesOere);
        },
      ),
    );
  });

  test("property: the amount never falls when the distance grows", () => {
    fc.assert(
      fc.property(
        regelsaet,
        fc.array(dag, { minLength: 1, maxLength: 20 }),
        fc.nat(1500),
        fc.nat(500),
        (regler, dage, hm, mere) => {
          const a = beregn(regler, dage, hm);
          const b = beregn(regler, dage, hm + mere);
          if (a.ok && b.ok) expect(b.beregning.beregnetOere).toBeGreaterThanOrEqual(a.beregning.beregnetOere);
        },
      ),
    );
  });
});

describe("status machine and words", () => {
  test("a submitted claim is decided once, by a caseworker", () => {
    expect(maaFlytte("indsendt", "godkendt", "jobkonsulent")).toBe(true);
    expect(maaFlytte("indsendt", "afvist", "jobkonsulent")).toBe(true);
    expect(maaFlytte("godkendt", "afvist", "jobkonsulent")).toBe(false);
    expect(maaFlytte("afvist", "godkendt", "jobkonsulent")).toBe(false);
    expect(maaFlytte("indsendt", "godkendt", "borger")).toBe(false);
  });

  test("kroner with øre and km with one decimal, Danish style", () => {
    expect(kroner(123456)).toBe("1.234,56 kr.");
    expect(kroner(0)).toBe("0,00 kr.");
    expect(kroner(36024, "en")).toBe("DKK 360.24");
    expect(km(278)).toBe("27,8");
  });

  test("the decision cites the rule and, for a rejection, the reason", () => {
    const r = beregn(NATIONALE_REGLER, ["2026-11-18"], 278);
    if (!r.ok) throw new Error("no rule");
    const afvist = afgoerelseTekst({
      beslutning: "afvist",
      begrundelse: "Du var syg den dag",
      beregning: r.beregning,
      regler: NATIONALE_REGLER,
    });
    expect(afvist).toContain("afvist");
    expect(afvist).toContain("Du var syg den dag");
    expect(afvist).toContain("LAB § 175, stk. 1-3");
    const godkendt = afgoerelseTekst({
      beslutning: "godkendt",
      begrundelse: null,
      beregning: r.beregning,
      regler: NATIONALE_REGLER,
    });
    expect(godkendt).toContain("godkendt");
    expect(godkendt).toContain("31,6 km ud over 24 km");
    expect(godkendt).toBe(
      "Din ansøgning om befordringsgodtgørelse er godkendt. 1 dag i november 2026: 31,6 km ud over 24 km pr. dag à 1,14 kr. giver 36,02 kr. I alt 36,02 kr., som udbetales afrundet til 36,00 kr. Afgørelsen er truffet efter Befordringsgodtgørelse ved deltagelse i tilbud (LAB § 175, stk. 1-3).",
    );
    expect(afvist).not.toContain("..");
  });
});
