import { describe, expect, test } from "vitest";
import { danishClock, danishDate, startOfCopenhagenDay } from "./time.ts";

test("the Danish date of an instant late in the evening UTC is the next day in Copenhagen", () => {
  expect(danishDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
});

test("the Copenhagen day starts at 23:00 UTC in winter and 22:00 UTC in summer", () => {
  expect(startOfCopenhagenDay(new Date("2026-11-23T10:00:00Z")).toISOString()).toBe("2026-11-22T23:00:00.000Z");
  expect(startOfCopenhagenDay(new Date("2026-07-01T21:30:00Z")).toISOString()).toBe("2026-06-30T22:00:00.000Z");
  expect(startOfCopenhagenDay(new Date("2026-06-30T22:30:00Z")).toISOString()).toBe("2026-06-30T22:00:00.000Z");
});

describe("danishClock", () => {
  test("the clock in Copenhagen, written the Danish way, in winter and in summer time", () => {
    expect(danishClock(new Date("2026-11-23T08:30:00Z"))).toBe("09.30");
    expect(danishClock(new Date("2026-07-01T22:05:00Z"))).toBe("00.05");
  });
});
