import { describe, expect, test } from "vitest";
import { ageOn, danishDate } from "./model.ts";

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

test("the Danish date of an instant late in the evening UTC is the next day in Copenhagen", () => {
  expect(danishDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
});
