import { expect, test } from "vitest";
import { danishDate, startOfCopenhagenDay } from "./time.ts";

test("the Danish date of an instant late in the evening UTC is the next day in Copenhagen", () => {
  expect(danishDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
});

test("the Copenhagen day starts at 23:00 UTC in winter and 22:00 UTC in summer", () => {
  expect(startOfCopenhagenDay(new Date("2026-11-23T10:00:00Z")).toISOString()).toBe("2026-11-22T23:00:00.000Z");
  expect(startOfCopenhagenDay(new Date("2026-07-01T21:30:00Z")).toISOString()).toBe("2026-06-30T22:00:00.000Z");
  expect(startOfCopenhagenDay(new Date("2026-06-30T22:30:00Z")).toISOString()).toBe("2026-06-30T22:00:00.000Z");
});
