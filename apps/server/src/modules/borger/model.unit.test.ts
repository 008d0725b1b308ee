import { describe, expect, test } from "vitest";
import { ageOn } from "./model.ts";

describe("a citizen's age", () => {
  test("is counted in whole years and turns on the birthday", () => {
    expect(ageOn("1990-03-15", "2026-03-14")).toBe(35);
    expect(ageOn("1990-03-15", "2026-03-15")).toBe(36);
  });
  test("a person born on 29 February is a year older on 1 March in a common year", () => {
    expect(ageOn("2000-02-29", "2026-02-28")).toBe(25);
    expect(ageOn("2000-02-29", "2026-03-01")).toBe(26);
  });
});
