import { describe, expect, test } from "vitest";
import { dagFraIso, isoFraDag } from "../regler/kalender.ts";
import { JOBLOG_KRAV, type JoblogKravfil, validerKravfil } from "./krav.ts";
import {
  arbejdsdageIUge,
  isoUge,
  type KravIndstilling,
  kravForUge,
  oversigtFra,
  regelPaa,
  ugensKrav,
  ugeoversigt,
} from "./model.ts";

const d = dagFraIso;
const uge = (iso: string) => isoUge(d(iso));
const indstilling = (antal: number | null, gyldigFra: string, fastsat = "2026-01-01T10:00:00Z"): KravIndstilling => ({
  antal,
  gyldigFra,
  fastsat: new Date(fastsat),
  begrundelse: "test",
  fastsatAfNavn: "Lone",
});

describe("ISO weeks in the Danish calendar", () => {
  test("Monday 23 November 2026 is in week 48, which runs to Sunday 29 November", () => {
    const u = uge("2026-11-23");
    expect([u.aar, u.uge, isoFraDag(u.mandag), isoFraDag(u.soendag)]).toEqual([2026, 48, "2026-11-23", "2026-11-29"]);
    expect(uge("2026-11-29").uge).toBe(48);
    expect(uge("2026-11-30").uge).toBe(49);
  });
  test("the turn of the year: 1 January 2027 (a Friday) is in week 53 of 2026; 4 January 2027 starts week 1", () => {
    expect([uge("2027-01-01").aar, uge("2027-01-01").uge]).toEqual([2026, 53]);
    expect([uge("2027-01-04").aar, uge("2027-01-04").uge]).toEqual([2027, 1]);
    expect([uge("2025-12-29").aar, uge("2025-12-29").uge]).toEqual([2026, 1]);
  });
  test("working days: Christmas week 2026 has 3 (24 and 25 December off), Easter week 2027 has 3, a plain week 5", () => {
    expect(arbejdsdageIUge(uge("2026-12-21"))).toBe(3);
    expect(arbejdsdageIUge(uge("2027-03-22"))).toBe(3);
    expect(arbejdsdageIUge(uge("2026-11-23"))).toBe(5);
  });
});

describe("the requirement by target group", () => {
  const u = uge("2026-11-23");
  test("dagpenge: a duty with the rule's 2 a week (rådighedsbekendtgørelsen)", () => {
    const k = kravForUge(JOBLOG_KRAV, "DAGPENGE", u, [], []);
    expect([k.pligt, k.antalPrUge, k.kilde, k.regel?.id]).toEqual([true, 2, "regel", "JOBLOG-DP"]);
    expect(k.regel?.henvisning.lov).toMatch(/rådighed/);
  });
  test("jobparat kontanthjælp: a duty (aktivloven § 13, stk. 2)", () => {
    const k = kravForUge(JOBLOG_KRAV, "KONTANTHJAELP_JOBPARAT", u, [], []);
    expect([k.pligt, k.regel?.henvisning.paragraf]).toEqual([true, "§ 13, stk. 2 (pligt til at søge arbejde)"]);
  });
  test("sygedagpenge: no duty, and neither the municipality's nor an individual number makes one", () => {
    const k = kravForUge(
      JOBLOG_KRAV,
      "SYGEDAGPENGE",
      u,
      [indstilling(3, "2026-01-01")],
      [indstilling(4, "2026-01-01")],
    );
    expect([k.pligt, k.antalPrUge, k.kilde, k.regel?.id]).toEqual([false, 0, "ingen", "JOBLOG-SDP"]);
  });
  test("a target group without a rule (førtidspension) has no requirement and no rule", () => {
    expect(kravForUge(JOBLOG_KRAV, "FOERTIDSPENSION", u, [], [])).toMatchObject({ regel: null, pligt: false });
  });
  test("the municipality's number overrides the rule's; the caseworker's individual number overrides both", () => {
    expect(kravForUge(JOBLOG_KRAV, "DAGPENGE", u, [indstilling(3, "2026-01-01")], [])).toMatchObject({
      antalPrUge: 3,
      kilde: "kommune",
    });
    expect(
      kravForUge(JOBLOG_KRAV, "DAGPENGE", u, [indstilling(3, "2026-01-01")], [indstilling(1, "2026-11-01")]),
    ).toMatchObject({ antalPrUge: 1, kilde: "individuelt" });
  });
  test("a setting applies from the week holding its first day, not before; the latest set wins", () => {
    const ind = [indstilling(4, "2026-11-26")];
    expect(kravForUge(JOBLOG_KRAV, "DAGPENGE", uge("2026-11-16"), [], ind).antalPrUge).toBe(2);
    expect(kravForUge(JOBLOG_KRAV, "DAGPENGE", uge("2026-11-23"), [], ind).antalPrUge).toBe(4);
    const to = [
      indstilling(4, "2026-11-01", "2026-11-01T10:00:00Z"),
      indstilling(5, "2026-11-01", "2026-11-02T10:00:00Z"),
    ];
    expect(kravForUge(JOBLOG_KRAV, "DAGPENGE", u, [], to).antalPrUge).toBe(5);
  });
  test("lifting the individual number (null) brings back the municipality's number", () => {
    const ind = [indstilling(5, "2026-10-01"), indstilling(null, "2026-11-20")];
    expect(kravForUge(JOBLOG_KRAV, "DAGPENGE", uge("2026-11-09"), [indstilling(3, "2026-01-01")], ind)).toMatchObject({
      antalPrUge: 5,
      kilde: "individuelt",
    });
    expect(kravForUge(JOBLOG_KRAV, "DAGPENGE", u, [indstilling(3, "2026-01-01")], ind)).toMatchObject({
      antalPrUge: 3,
      kilde: "kommune",
    });
  });
  test("the rule in force is chosen by date: a rule that ends gives way to its successor", () => {
    const base = JOBLOG_KRAV.regler[0]!;
    const fil: JoblogKravfil = validerKravfil({
      ...JOBLOG_KRAV,
      regler: [
        { ...base, id: "A", gyldig: { fra: "2020-01-01", til: "2026-06-30" }, standardAntalPrUge: 2 },
        { ...base, id: "B", gyldig: { fra: "2026-07-01" }, standardAntalPrUge: 4 },
      ],
    });
    expect(regelPaa(fil, "DAGPENGE", "2026-06-30")?.id).toBe("A");
    expect(regelPaa(fil, "DAGPENGE", "2026-07-01")?.id).toBe("B");
    expect(kravForUge(fil, "DAGPENGE", uge("2026-07-06"), [], []).antalPrUge).toBe(4);
  });
  test("the rule file refuses two rules for one target group in force at the same time", () => {
    const base = JOBLOG_KRAV.regler[0]!;
    expect(() =>
      validerKravfil({ ...JOBLOG_KRAV, regler: [base, { ...base, id: "X", gyldig: { fra: "2025-01-01" } }] }),
    ).toThrow(/samtidig/);
  });
  test("the rule file refuses a rule without a duty that has a number", () => {
    const base = JOBLOG_KRAV.regler[2]!;
    expect(() => validerKravfil({ ...JOBLOG_KRAV, regler: [{ ...base, standardAntalPrUge: 2 }] })).toThrow();
  });
});

describe("the weekly status", () => {
  test("holiday weeks: 2 a week becomes 1 in a week of 3 working days; a week without working days has none", () => {
    expect(ugensKrav(2, 3, "forholdsmaessig")).toBe(1);
    expect(ugensKrav(2, 4, "forholdsmaessig")).toBe(2);
    expect(ugensKrav(5, 3, "forholdsmaessig")).toBe(3);
    expect(ugensKrav(2, 0, "forholdsmaessig")).toBe(0);
    expect(ugensKrav(2, 3, "fuld")).toBe(2);
  });

  const oversigt = (datoer: string[], idag: string, fra = "2026-11-02") =>
    ugeoversigt({
      fil: JOBLOG_KRAV,
      maalgruppe: "DAGPENGE",
      datoer,
      fra: d(fra),
      idag: d(idag),
      kommune: [],
      individuelt: [],
    });

  test("applications count in the week of their date: Sunday 22 November is week 47, Monday 23 November week 48", () => {
    const u = oversigt(["2026-11-22", "2026-11-22", "2026-11-23"], "2026-11-24");
    const [u45, u46, u47, u48] = u;
    expect(u.map((x) => x.uge)).toEqual([45, 46, 47, 48]);
    expect([u45!.status, u46!.status]).toEqual(["ikke_opfyldt", "ikke_opfyldt"]);
    expect([u47!.antal, u47!.status]).toEqual([2, "opfyldt"]);
    expect([u48!.antal, u48!.krav, u48!.status]).toEqual([1, 2, "igang"]);
  });

  test("on the Sunday the week is still in progress; the day after it is not met", () => {
    expect(oversigt(["2026-11-23"], "2026-11-29").at(-1)!.status).toBe("igang");
    expect(oversigt(["2026-11-23"], "2026-11-30").at(-2)!.status).toBe("ikke_opfyldt");
  });

  test("Christmas week 2026: one application meets the week's requirement of 1", () => {
    const u = oversigt(["2026-12-22"], "2026-12-28", "2026-12-14");
    const jul = u.find((x) => x.uge === 52)!;
    expect([jul.arbejdsdage, jul.krav, jul.antal, jul.status]).toEqual([3, 1, 1, "opfyldt"]);
    expect(u.find((x) => x.uge === 51)!.status).toBe("ikke_opfyldt");
  });

  test("sygedagpenge: every week has no requirement", () => {
    const u = ugeoversigt({
      fil: JOBLOG_KRAV,
      maalgruppe: "SYGEDAGPENGE",
      datoer: [],
      fra: d("2026-11-02"),
      idag: d("2026-11-24"),
      kommune: [],
      individuelt: [],
    });
    expect(new Set(u.map((x) => x.status))).toEqual(new Set(["intet_krav"]));
  });

  test("the overview goes 8 weeks back, but not before the benefit started", () => {
    expect(isoFraDag(oversigtFra(d("2026-11-25"), null))).toBe("2026-10-05");
    expect(isoFraDag(oversigtFra(d("2026-11-25"), "2026-11-04"))).toBe("2026-11-04");
  });
});
