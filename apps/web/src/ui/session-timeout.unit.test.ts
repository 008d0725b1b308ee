import { describe, expect, test } from "vitest";
import { timeoutPlan } from "./session-timeout.ts";

const MIN = 60_000;

describe("the warning before an idle session ends", () => {
  test("with 30 minutes idle, the session is ended 29 minutes after the last call and the warning comes 2 minutes before", () => {
    expect(timeoutPlan(30 * MIN, 0)).toEqual({ warnAt: 27 * MIN, endAt: 29 * MIN });
  });
  test("a call to the server moves both", () => {
    expect(timeoutPlan(30 * MIN, 10 * MIN)).toEqual({ warnAt: 37 * MIN, endAt: 39 * MIN });
  });
  test("with a 1-minute timeout the warning comes halfway", () => {
    expect(timeoutPlan(MIN, 0)).toEqual({ warnAt: 30_000, endAt: MIN });
  });
  test("a session already past its end is ended at once", () => {
    const plan = timeoutPlan(0, 1000);
    expect(plan.endAt).toBe(1000);
    expect(plan.warnAt).toBe(1000);
  });
});
