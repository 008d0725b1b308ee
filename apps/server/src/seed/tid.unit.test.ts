import { describe, expect, test } from "vitest";
import { seedNu } from "./tid.ts";

describe("the instant the demo stamps today's rows with", () => {
  test("08:00 UTC on the seed's day when seeded later that day, or with no moment given", () => {
    expect(seedNu("2026-12-08").toISOString()).toBe("2026-12-08T08:00:00.000Z");
    expect(seedNu("2026-12-08", new Date("2026-12-08T13:30:00Z")).toISOString()).toBe("2026-12-08T08:00:00.000Z");
    expect(seedNu("2026-12-08", new Date("2026-12-08T08:00:00Z")).toISOString()).toBe("2026-12-08T08:00:00.000Z");
  });

  test("seeded at night, a minute before the moment of seeding: nothing seeded lies in the future", () => {
    // 00:20 Danish time on 8 December is 23:20 UTC on the 7th
    expect(seedNu("2026-12-08", new Date("2026-12-07T23:20:00Z")).toISOString()).toBe("2026-12-07T23:19:00.000Z");
    expect(seedNu("2026-12-08", new Date("2026-12-08T05:00:00Z"), 7).toISOString()).toBe("2026-12-08T04:59:00.000Z");
  });

  test("never before the Danish day began, in winter and in summer time", () => {
    expect(seedNu("2026-12-08", new Date("2026-12-07T23:00:30Z")).toISOString()).toBe("2026-12-07T23:00:00.000Z");
    expect(seedNu("2026-07-01", new Date("2026-06-30T22:00:10Z")).toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });
});
