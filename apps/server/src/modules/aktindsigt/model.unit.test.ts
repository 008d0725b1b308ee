import { describe, expect, test } from "vitest";
import { aktindsigtFrist, anmodningTilstand, udfald } from "./model.ts";

describe("AKT: the deadline of a request for access to records", () => {
  test("a request received on Monday 23 November 2026 must be answered by Wednesday 2 December (7 working days, the day of receipt not counted)", () => {
    expect(aktindsigtFrist("2026-11-23").frist).toBe("2026-12-02");
  });

  test("Christmas: a request received on Tuesday 22 December 2026 is due on Wednesday 6 January 2027", () => {
    // working days: 23, 28, 29, 30 December, 4, 5, 6 January; 24–27 and 31 December and 1–3 January are not
    // (Christmas Eve and New Year's Eve are closed by convention, the rest are public holidays and weekends)
    expect(aktindsigtFrist("2026-12-22").frist).toBe("2027-01-06");
  });

  test("Easter 2027: a request received on Wednesday 24 March skips Maundy Thursday, Good Friday and Easter Monday", () => {
    // 25 Mar Skærtorsdag, 26 Mar Langfredag, 29 Mar 2. påskedag: working days 30, 31 Mar, 1, 2, 5, 6, 7 Apr
    expect(aktindsigtFrist("2027-03-24").frist).toBe("2027-04-07");
  });

  test("the rule comes from the rule set with both references", () => {
    const { regel } = aktindsigtFrist("2026-11-23");
    expect(regel.id).toBe("AKT");
    expect(regel.henvisninger.map((h) => `${h.lov} ${h.paragraf}`)).toEqual([
      "Offentlighedsloven § 36",
      "Forvaltningsloven § 16, stk. 2",
    ]);
  });

  test("a request is overdue the day after its deadline; after a letter about a delay, the day after the expected date", () => {
    const a = { status: "modtaget" as const, frist: "2026-12-02", forventet: null };
    expect(anmodningTilstand(a, "2026-12-02").tilstand).toBe("aaben");
    expect(anmodningTilstand(a, "2026-12-03").tilstand).toBe("overskredet");
    const udsat = { status: "udsat" as const, frist: "2026-12-02", forventet: "2026-12-15" };
    expect(anmodningTilstand(udsat, "2026-12-10")).toEqual({ tilstand: "aaben", svarSenest: "2026-12-15" });
    expect(anmodningTilstand(udsat, "2026-12-16").tilstand).toBe("overskredet");
    expect(anmodningTilstand({ ...udsat, status: "besvaret" }, "2027-01-10").tilstand).toBe("besvaret");
  });

  test("an answer is partial exactly when something granted is withheld", () => {
    expect(udfald([{ undtaget: null }, { undtaget: null }])).toBe("fuld");
    expect(udfald([{ undtaget: null }, { undtaget: { id: "x" } }])).toBe("delvis");
  });
});
