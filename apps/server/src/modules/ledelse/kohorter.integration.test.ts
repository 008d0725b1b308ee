import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestApp, type TestApp } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

describe.each(engines())("cohort quotas for the manager on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
  });
  afterAll(() => t?.close());

  test("the 2026 quotas over the citizens who started in a period: Mette (dagpenge from August) was reached", async () => {
    const leder = await t.login("ledelse", "leder-birgitte");
    const res = await t.call(leder, "GET", "/api/ledelse/kohorter?fra=2026-07-01&til=2026-11-23");
    expect(res.status).toBe(200);
    const kvoter = (
      res.json as unknown as {
        kvoter: { regelId: string; kohorte: number; naaet: number; kvote: number; henvisning: { lov: string } }[];
      }
    ).kvoter;
    const kf75 = kvoter.filter((k) => k.regelId === "KF-75");
    expect(kf75.length).toBeGreaterThan(0);
    const samtaler = kf75.find((k) => k.kohorte > 0)!;
    expect(samtaler).toMatchObject({ kohorte: 1, naaet: 1 });
    expect(samtaler.henvisning.lov).toMatch(/1750/);
    expect(kvoter.map((k) => k.regelId)).toContain("TILBUD-75");
  });

  test("before the law of 2025 took effect there are no quotas to meet", async () => {
    const leder = await t.login("ledelse", "leder-birgitte");
    const res = await t.call(leder, "GET", "/api/ledelse/kohorter?fra=2026-01-01&til=2026-06-30");
    expect((res.json as unknown as { kvoter: unknown[] }).kvoter).toEqual([]);
  });
});
