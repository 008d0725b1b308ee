import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_CITIZENS } from "../../seed/demo.ts";
import { startTestApp, type TestApp } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;

describe.each(engines())("HTTP edge on %s", (engine) => {
  let t: TestApp;
  const logs: string[] = [];
  beforeAll(async () => {
    t = await startTestApp(engine, {
      logs,
      env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" },
      beforeListen: (app) => {
        app.get("/api/test/boom", async () => {
          throw new Error(`database exploded for 150388-9901 at /srv/secret/path`);
        });
      },
    });
  });
  afterAll(() => t?.close());

  test("invalid input gets RFC 9457 problem details with a stable code and a Danish message", async () => {
    const lone = await t.login("medarbejder", "jk-lone");
    const res = await t.call(lone, "POST", "/api/medarbejder/borgere/soeg", { cpr: "321390-1234" });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(res.json).toMatchObject({
      status: 400,
      code: "CPR_INVALID_DATE",
      title: "CPR-nummeret indeholder ikke en gyldig fødselsdato.",
      type: "https://jobunivers.dk/problemer/cpr-invalid-date",
    });
    const bad = await t.call(lone, "POST", "/api/medarbejder/borgere/soeg", { navn: "x" });
    expect(bad.json).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(bad.json.errors).toEqual([{ path: "body.navn", message: expect.stringMatching(/For lille|tegn/) }]);
  });

  test("the same error comes in English when the user chose English", async () => {
    const lone = await t.login("medarbejder", "jk-lone");
    expect((await t.call(lone, "PUT", "/api/sprog", { lang: "en" })).status).toBe(200);
    const res = await t.call(lone, "POST", "/api/medarbejder/borgere/soeg", { cpr: "321390-1234" });
    expect(res.json.title).toBe("The CPR number does not contain a valid date of birth.");
    const me = await t.call(lone, "GET", "/api/session");
    expect(me.json.user).toMatchObject({ lang: "en" });
  });

  test("an unexpected error answers a generic problem without stack trace, paths or personal data", async () => {
    const res = await t.call(undefined, "GET", "/api/test/boom");
    expect(res.status).toBe(500);
    expect(res.json).toMatchObject({ code: "INTERNAL", status: 500 });
    expect(res.text).not.toMatch(/exploded|150388|srv|at |stack/);
  });

  test("unknown API paths answer 404 problem details; unknown pages fall back to the web app", async () => {
    const res = await t.call(undefined, "GET", "/api/findes-ikke");
    expect(res.status).toBe(404);
    expect(res.json.code).toBe("NOT_FOUND");
  });

  test("security headers: CSP with frame-ancestors 'none', no HSTS over plain HTTP", async () => {
    const res = await fetch(`${t.url}/healthz`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get("strict-transport-security")).toBeNull();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  test("health, readiness with the engine and migrations, Prometheus metrics, and the OpenAPI description", async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "klar", database: engine });
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toContain("jobunivers_http_request_duration_seconds");
    expect(metrics).toContain("jobunivers_logins_total");
    const spec = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { "x-roles": unknown }>>;
    };
    expect(spec.paths["/api/medarbejder/borgere/{id}"]?.get?.["x-roles"]).toEqual([
      "jobkonsulent",
      "virksomhedskonsulent",
      "leder",
    ]);
  });

  test("CPR numbers never appear in the logs, whatever path they travel", async () => {
    const lone = await t.login("medarbejder", "jk-lone");
    await t.call(lone, "POST", "/api/medarbejder/borgere/soeg", { cpr: mette.cpr });
    await t.call(lone, "POST", "/api/medarbejder/borgere/soeg", { cpr: "150388-9901" });
    await t.call(lone, "POST", "/api/medarbejder/borgere/soeg", { cpr: "321390-1234" });
    await t.call(lone, "GET", `/api/medarbejder/borgere/${mette.id}?formaal=SAGSBEHANDLING`);
    await t.call(lone, "GET", `/api/medarbejder/borgere/${mette.id}?formaal=SAGSBEHANDLING&cpr=1503889901`);
    await t.call(undefined, "GET", "/api/test/boom");
    await fetch(`${t.url}/api/borger/mig?q=150388-9901`);
    const all = logs.join("\n");
    expect(logs.length).toBeGreaterThan(10);
    expect(all).toContain("uventet fejl");
    for (const form of ["1503889901", "150388-9901", "321390-1234", "3213901234"]) expect(all).not.toContain(form);
  });
});

describe("behind a TLS proxy (PUBLIC_URL is https)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp("pglite", { env: { PUBLIC_URL: "https://jobunivers.roskilde.dk" } });
  });
  afterAll(() => t?.close());

  test("HSTS is sent and cookies are Secure", async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
    const res = await fetch(`${t.url}/api/sprog`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ lang: "en" }),
    });
    const cookies = res.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const c of cookies) expect(c).toMatch(/; Secure/i);
  });
});
