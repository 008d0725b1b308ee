import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { homePath, type Portal, type Role } from "#contracts/roles.ts";
import { startTestApp, type TestApp } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

const demoUsers: [Portal, string, Role, string][] = [
  ["borger", "borger-mette", "borger", "0265"],
  ["borger", "borger-ahmad", "borger", "0265"],
  ["borger", "borger-jonas", "borger", "0259"],
  ["medarbejder", "jk-lone", "jobkonsulent", "0265"],
  ["medarbejder", "jk-peter", "jobkonsulent", "0265"],
  ["medarbejder", "jk-sara", "jobkonsulent", "0259"],
  ["medarbejder", "vk-kim", "virksomhedskonsulent", "0265"],
  ["medarbejder", "admin-jens", "admin", "0265"],
  ["medarbejder", "admin-koege", "admin", "0259"],
  ["ledelse", "leder-birgitte", "leder", "0265"],
  ["ledelse", "leder-koege", "leder", "0259"],
  ["virksomhed", "virk-anders", "virksomhed", "0265"],
  ["leverandoer", "lev-hanne", "leverandoer", "0265"],
];

describe.each(engines())("login through the demo OpenID Connect provider on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { env: { SESSION_IDLE_MINUTES: "30", LOGIN_RATE_LIMIT_PER_MINUTE: "200" } });
  });
  afterAll(() => t?.close());

  test.each(demoUsers)(
    "%s portal: %s logs in and lands on the %s home page",
    async (portal, subject, role, kommune) => {
      const s = await t.login(portal, subject);
      expect(s.landedOn).toBe(homePath[role]);
      const me = await t.call(s, "GET", "/api/session");
      expect(me.status).toBe(200);
      expect(me.json.user).toMatchObject({ role, kommunekode: kommune });
    },
  );

  test("a person sent to login from a page of their portal comes back to that page", async () => {
    expect((await t.login("borger", "borger-mette", "/borger/adgangslog")).landedOn).toBe("/borger/adgangslog");
    expect((await t.login("borger", "borger-mette", "/admin")).landedOn).toBe("/borger");
  });

  test("a user who picks the wrong entrance is sent back to the front page with an explanation", async () => {
    const s = await t.login("ledelse", "jk-lone");
    expect(s.landedOn).toBe("/?fejl=LOGIN_WRONG_PORTAL");
    expect(s.jar.has("ju_sid")).toBe(false);
  });

  test("the session cookie is HttpOnly and SameSite, and logging out ends the session on the server", async () => {
    const s = await t.login("borger", "borger-mette");
    const out = await t.call(s, "POST", "/auth/logout");
    expect(out.status).toBe(200);
    expect(out.json).toEqual({ redirect: "/?logget-ud=1" });
    const after = await t.call(s, "GET", "/api/session");
    expect(after.status).toBe(401);
    expect(after.json.code).toBe("NOT_AUTHENTICATED");
  });

  test("logout without the CSRF token is refused and the session survives", async () => {
    const s = await t.login("borger", "borger-mette");
    const res = await t.call({ ...s, csrf: "forkert" }, "POST", "/auth/logout");
    expect(res.status).toBe(403);
    expect(res.json.code).toBe("CSRF_INVALID");
    expect((await t.call(s, "GET", "/api/session")).status).toBe(200);
  });

  test("a session expires after 30 minutes without activity, with a Danish explanation", async () => {
    const s = await t.login("medarbejder", "jk-lone");
    t.clock.advanceMinutes(20);
    expect((await t.call(s, "GET", "/api/session")).status).toBe(200);
    t.clock.advanceMinutes(20); // 20 minutes after the last use: still inside the sliding window
    expect((await t.call(s, "GET", "/api/session")).status).toBe(200);
    t.clock.advanceMinutes(31);
    const expired = await t.call(s, "GET", "/api/session");
    expect(expired.status).toBe(401);
    expect(expired.json).toMatchObject({ code: "SESSION_EXPIRED", status: 401 });
    expect(String(expired.json.title)).toMatch(/logget ud/);
  });

  test("a tampered login state is rejected", async () => {
    const res = await fetch(`${t.url}/auth/callback?code=x&state=y`, {
      redirect: "manual",
      headers: { cookie: 'ju_login={"portal":"borger"}' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/?fejl=LOGIN_FAILED");
  });
});

describe("login is rate limited", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp("pglite", { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "5" } });
  });
  afterAll(() => t?.close());

  test("the sixth login attempt within a minute from one address gets 429 with a Danish problem", async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 6; i++) {
      last = await fetch(`${t.url}/auth/login?portal=borger`, { redirect: "manual" });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 5)).toEqual([303, 303, 303, 303, 303]);
    expect(statuses[5]).toBe(429);
    const body = (await last!.json()) as { code: string; title: string };
    expect(body.code).toBe("RATE_LIMITED");
    expect(body.title).toMatch(/for mange gange/);
  });
});
