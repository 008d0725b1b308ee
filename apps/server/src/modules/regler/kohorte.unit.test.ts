/**
 * The cohort quotas of lov nr. 1750/2025 over a small municipality: who entered the cohort in the third quarter of
 * 2026, who was reached within 6 months on benefit, who was exempted, who left, and whether 75 % was reached.
 */
import type { Maalgruppe } from "#contracts/maalgrupper.ts";
import { describe, expect, test } from "vitest";
import { dagFraIso } from "./kalender.ts";
import { evaluerKohorter, type KohorteResultat, type KohorteSag, kohorteLinje } from "./kohorte.ts";
import type { Haendelse } from "./model.ts";

const d = dagFraIso;
const start = (dato: string, g?: Maalgruppe): Haendelse =>
  g ? { type: "YDELSE_START", dag: d(dato), maalgruppe: g } : { type: "YDELSE_START", dag: d(dato) };
const samtale = (dato: string): Haendelse => ({
  type: "SAMTALE_AFHOLDT",
  dag: d(dato),
  art: "jobsamtale",
  kanal: "fremmoede",
});
const tilbud = (dato: string): Haendelse => ({ type: "TILBUD_START", dag: d(dato), uger: 4 });
const sag = (id: string, maalgruppe: Maalgruppe, ...haendelser: Haendelse[]): KohorteSag => ({
  id,
  maalgruppe,
  haendelser,
});

/** Who is who: the row's comment says how KF-75 (conversations) and TILBUD-75 (offers) count them. */
const BY: KohorteSag[] = [
  // KF-75 nået, TILBUD-75 nået
  sag("1", "DAGPENGE", start("2026-07-06", "DAGPENGE"), samtale("2026-11-10"), tilbud("2026-12-01")),
  // KF-75 nået, TILBUD-75 ikke nået
  sag("2", "KONTANTHJAELP_JOBPARAT", start("2026-07-13", "KONTANTHJAELP_JOBPARAT"), samtale("2026-07-20")),
  // both nået
  sag(
    "3",
    "FLEKSJOB_LEDIGHEDSYDELSE",
    start("2026-08-03", "FLEKSJOB_LEDIGHEDSYDELSE"),
    samtale("2026-09-01"),
    tilbud("2026-10-01"),
  ),
  // exempted after a concrete assessment: undtaget in both
  sag("4", "KONTANTHJAELP_JOBPARAT", start("2026-08-10", "KONTANTHJAELP_JOBPARAT"), {
    type: "FRITAGELSE_START",
    dag: d("2026-08-20"),
  }),
  // nobody reached the citizen: ikke nået in both
  sag("5", "DAGPENGE", start("2026-08-17", "DAGPENGE")),
  // in work after two weeks, before being reached: afgået, left out of the base
  sag("6", "KONTANTHJAELP_JOBPARAT", start("2026-09-07", "KONTANTHJAELP_JOBPARAT"), {
    type: "YDELSE_OPHOER",
    dag: d("2026-09-20"),
  }),
  // aktivitetsparat: not in the cohort
  sag(
    "7",
    "KONTANTHJAELP_AKTIVITETSPARAT",
    start("2026-07-06", "KONTANTHJAELP_AKTIVITETSPARAT"),
    samtale("2026-07-10"),
  ),
  // started before the law took effect (and before the period)
  sag("8", "KONTANTHJAELP_JOBPARAT", start("2026-06-15", "KONTANTHJAELP_JOBPARAT")),
  // started after the period
  sag("9", "DAGPENGE", start("2026-10-05", "DAGPENGE"), samtale("2026-10-10")),
  // the start carries no target group: the case's own is used; KF-75 nået
  sag("10", "KONTANTHJAELP_JOBPARAT", start("2026-09-14"), samtale("2026-10-01")),
  // the a-kasse's conversation does not count: the municipality must hold it
  sag("11", "DAGPENGE", start("2026-09-21", "DAGPENGE"), { ...samtale("2026-10-01"), afholder: "akasse" }),
];

const Q3 = { fra: d("2026-07-01"), til: d("2026-09-30") };
const find = (rs: KohorteResultat[], id: string) => rs.find((r) => r.regelId === id)!;

describe("cohort quotas (KF-75, TILBUD-75)", () => {
  test("third quarter of 2026, seen when every window has closed", () => {
    const rs = evaluerKohorter(BY, Q3, { dag: d("2027-06-30") });
    expect(rs.map((r) => r.regelId)).toEqual(["KF-75", "TILBUD-75"]);

    const kf = find(rs, "KF-75");
    expect(kf).toMatchObject({
      kohorte: 8,
      naaet: 4,
      undtaget: 1,
      afgaaet: 1,
      igang: 0,
      ikkeNaaet: 2,
      grundlag: 7,
      kvote: 0.75,
      maksUndtaget: 0.25,
      kvoteOpfyldt: false,
      undtagetOverGraense: false,
      afgjort: true,
      periode: { fra: "2026-07-01", til: "2026-09-30" },
    });
    expect(kf.andel).toBeCloseTo(4 / 7);
    expect(kf.perMaalgruppe).toEqual({
      DAGPENGE: { kohorte: 3, naaet: 1, undtaget: 0, afgaaet: 0, igang: 0, ikkeNaaet: 2 },
      KONTANTHJAELP_JOBPARAT: { kohorte: 4, naaet: 2, undtaget: 1, afgaaet: 1, igang: 0, ikkeNaaet: 0 },
      FLEKSJOB_LEDIGHEDSYDELSE: { kohorte: 1, naaet: 1, undtaget: 0, afgaaet: 0, igang: 0, ikkeNaaet: 0 },
    });
    expect(kohorteLinje(kf)).toContain("KF-75: 4 af 7 nået (57 %), 1 undtaget, 0 i gang; kvoten på 75 % er ikke nået.");

    const tb = find(rs, "TILBUD-75");
    expect(tb).toMatchObject({ kohorte: 8, naaet: 2, undtaget: 1, afgaaet: 1, ikkeNaaet: 4, kvoteOpfyldt: false });
  });

  test("three more citizens reached, and the municipality meets the 75 % quota for conversations", () => {
    const flere = [
      ...BY,
      sag("12", "FLEKSJOB_LEDIGHEDSYDELSE", start("2026-09-21", "FLEKSJOB_LEDIGHEDSYDELSE"), samtale("2026-10-15")),
      sag("13", "DAGPENGE", start("2026-09-28", "DAGPENGE"), samtale("2027-01-10")),
      sag("14", "DAGPENGE", start("2026-09-29", "DAGPENGE"), samtale("2027-01-11")),
      sag("15", "DAGPENGE", start("2026-09-30", "DAGPENGE"), samtale("2027-01-12")),
    ];
    const kf = find(evaluerKohorter(flere, Q3, { dag: d("2027-06-30") }), "KF-75");
    expect(kf).toMatchObject({ kohorte: 12, naaet: 8, grundlag: 11, kvoteOpfyldt: false });
    const endnuEn = [...flere, sag("16", "DAGPENGE", start("2026-09-30", "DAGPENGE"), samtale("2027-01-13"))];
    const kf2 = find(evaluerKohorter(endnuEn, Q3, { dag: d("2027-06-30") }), "KF-75");
    expect(kf2).toMatchObject({ kohorte: 13, naaet: 9, grundlag: 12, kvoteOpfyldt: true });
    expect(kf2.andel).toBe(0.75);
  });

  test("seen on 1 October 2026, windows are still open: not yet decided", () => {
    const kf = find(evaluerKohorter(BY, Q3, { dag: d("2026-10-01") }), "KF-75");
    expect(kf).toMatchObject({ naaet: 3, igang: 3, ikkeNaaet: 0, afgjort: false });
    expect(kohorteLinje(kf)).toContain("er endnu ikke nået");
  });

  test("more than 25 % exempted is flagged", () => {
    const fritaget = (id: string, dato: string) =>
      sag(id, "KONTANTHJAELP_JOBPARAT", start(dato, "KONTANTHJAELP_JOBPARAT"), {
        type: "FRITAGELSE_START",
        dag: d(dato) + 5,
      });
    const kf = find(
      evaluerKohorter([fritaget("a", "2026-07-06"), fritaget("b", "2026-07-07"), BY[1]!, BY[2]!], Q3, {
        dag: d("2027-06-30"),
      }),
      "KF-75",
    );
    expect(kf).toMatchObject({ kohorte: 4, undtaget: 2, undtagetOverGraense: true });
    expect(kohorteLinje(kf)).toContain("Flere end 25 % er undtaget.");
  });

  test("before the law took effect there are no cohort quotas to report", () => {
    expect(evaluerKohorter(BY, { fra: d("2026-01-01"), til: d("2026-06-30") })).toEqual([]);
  });

  test("an empty cohort meets the quota trivially and says so", () => {
    const [kf] = evaluerKohorter([], Q3);
    expect(kf).toMatchObject({ kohorte: 0, andel: null, kvoteOpfyldt: true });
    expect(kohorteLinje(kf!)).toBe("KF-75: ingen i kohorten for perioden.");
  });
});
