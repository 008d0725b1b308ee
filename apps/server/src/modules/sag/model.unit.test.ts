import { describe, expect, test } from "vitest";
import type { Evaluering, Forpligtelse, Haendelse } from "../regler/model.ts";
import {
  aldersgruppe,
  type SagsFakta,
  sagsstammeRaekke,
  sammenlignFrist,
  taelFiltre,
  udfyldMakro,
  ugensDage,
} from "./model.ts";

// 2026-11-23 is a Monday: day 20780 since 1970-01-01.
const MANDAG = 20780;

const forpligtelse = (over: Partial<Forpligtelse> = {}): Forpligtelse => ({
  regelId: "KF-4IN6",
  titel: "Mindst 4 jobsamtaler i de første 6 måneder",
  henvisning: { lov: "LAB", paragraf: "§ 31, stk. 1" },
  sikkerhed: "høj",
  trigger: { type: "YDELSE_START", dag: MANDAG - 200 },
  frist: MANDAG + 3,
  status: "kommende",
  forklaring: "",
  ...over,
});
const evaluering = (...f: Forpligtelse[]): Evaluering => ({ forpligtelser: f, forslag: [] });
const sag = (over: Partial<SagsFakta> = {}): SagsFakta => ({
  id: "b1",
  foedselsdato: "1990-01-01",
  maalgruppe: "DAGPENGE",
  postnr: "4000",
  ydelseStart: "2026-01-05",
  haendelser: [],
  plan: { punkter: 2, afventerBorger: 0, afventerJobcenter: 0 },
  ...over,
});
const h = (type: Haendelse["type"], dag: number): Haendelse => ({ type, dag });

describe("the caseload's ready-made filters", () => {
  test("2026-11-23 is a Monday, and its week runs to Sunday 29 November", () => {
    expect(ugensDage(MANDAG)).toEqual([MANDAG, MANDAG + 6]);
    expect(ugensDage(MANDAG + 6)).toEqual([MANDAG, MANDAG + 6]);
  });

  test.each([
    ["an overdue obligation", evaluering(forpligtelse({ status: "forfalden", frist: MANDAG - 5 })), "forfaldne"],
    ["an obligation due on Sunday", evaluering(forpligtelse({ frist: MANDAG + 6 })), "frist_uge"],
  ] as const)("%s sets the filter %s", (_label, ev, filter) => {
    const r = sagsstammeRaekke(sag(), ev, MANDAG, 36, MANDAG - 322);
    expect(r.flag[filter]).toBe(true);
  });

  test("an obligation due next Monday is not due this week", () => {
    const r = sagsstammeRaekke(sag(), evaluering(forpligtelse({ frist: MANDAG + 7 })), MANDAG, 36, null);
    expect(r.flag.frist_uge).toBe(false);
  });

  test("a meeting booked for today, no plan, and a request for a conversation nobody has answered", () => {
    const r = sagsstammeRaekke(
      sag({
        plan: { punkter: 0, afventerBorger: 0, afventerJobcenter: 0 },
        haendelser: [h("SAMTALE_ANMODET", MANDAG - 3), h("SAMTALE_INDKALDT", MANDAG)],
      }),
      evaluering(),
      MANDAG,
      36,
      null,
    );
    expect(r.flag).toMatchObject({ samtale_i_dag: true, ingen_plan: true, afventer_mig: false });
    expect(r.naesteSamtale).toBe(MANDAG);
  });

  test("a request for a conversation waits for the caseworker until one is booked or held", () => {
    const waiting = sagsstammeRaekke(
      sag({ haendelser: [h("SAMTALE_AFHOLDT", MANDAG - 30), h("SAMTALE_ANMODET", MANDAG - 2)] }),
      evaluering(),
      MANDAG,
      36,
      null,
    );
    expect(waiting.flag.afventer_mig).toBe(true);
  });

  test("a case is new for 14 days after its first event", () => {
    const at = (days: number) =>
      sagsstammeRaekke(sag({ haendelser: [h("YDELSE_START", MANDAG - days)] }), evaluering(), MANDAG, 36, null).flag
        .nye;
    expect(at(14)).toBe(true);
    expect(at(15)).toBe(false);
  });

  test("counts are per filter over the rows given", () => {
    const rows = [
      sagsstammeRaekke(sag(), evaluering(forpligtelse({ status: "forfalden" })), MANDAG, 25, null),
      sagsstammeRaekke(sag({ id: "b2" }), evaluering(), MANDAG, 61, null),
    ];
    expect(taelFiltre(rows)).toMatchObject({ alle: 2, forfaldne: 1, ingen_plan: 0 });
    expect(rows.map((r) => r.aldersgruppe)).toEqual(["u30", "60+"]);
  });
});

describe("the next obligation and the order of the caseload", () => {
  test("an obligation the a-kasse must meet is not the jobcentre's: not next, not counted as overdue", () => {
    const akasse = forpligtelse({ regelId: "KF-DP-AK", status: "forfalden", frist: MANDAG - 20, ansvarlig: "akasse" });
    const own = forpligtelse({ regelId: "MINPLAN", frist: MANDAG + 2 });
    const r = sagsstammeRaekke(sag(), evaluering(akasse, own), MANDAG, 36, null);
    expect(r.naeste?.regelId).toBe("MINPLAN");
    expect(r.forfaldne).toBe(0);
    expect(r.flag.forfaldne).toBe(false);
  });

  test("met and lapsed obligations are never next", () => {
    const r = sagsstammeRaekke(
      sag(),
      evaluering(forpligtelse({ status: "opfyldt" }), forpligtelse({ status: "bortfaldet" })),
      MANDAG,
      36,
      null,
    );
    expect(r.naeste).toBeNull();
  });

  test("overdue cases first (oldest first), then by due date, then cases with nothing due", () => {
    const row = (id: string, f?: Partial<Forpligtelse>) =>
      sagsstammeRaekke(sag({ id }), f ? evaluering(forpligtelse(f)) : evaluering(), MANDAG, 40, null);
    const rows = [
      row("none"),
      row("later", { frist: MANDAG + 20 }),
      row("overdue-new", { status: "forfalden", frist: MANDAG - 1 }),
      row("soon", { frist: MANDAG + 2 }),
      row("overdue-old", { status: "forfalden", frist: MANDAG - 30 }),
    ];
    expect(rows.sort(sammenlignFrist).map((r) => r.id)).toEqual([
      "overdue-old",
      "overdue-new",
      "soon",
      "later",
      "none",
    ]);
  });

  test("age bands", () => {
    expect([17, 29, 30, 49, 59, 60].map(aldersgruppe)).toEqual(["u30", "u30", "30-39", "40-49", "50-59", "60+"]);
  });
});

describe("macro texts", () => {
  test("placeholders are filled from the case; unknown ones stay visible and are reported", () => {
    const r = udfyldMakro("Samtale med {{navn}} ({{ maalgruppe }}) – {{ukendt}} – {{naeste_samtale}}", {
      navn: "Ahmad Hassan",
      maalgruppe: "Jobparat kontanthjælpsmodtager",
    });
    expect(r.tekst).toBe("Samtale med Ahmad Hassan (Jobparat kontanthjælpsmodtager) – {{ukendt}} – ");
    expect(r.ukendte).toEqual(["ukendt"]);
  });
});
