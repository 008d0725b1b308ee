import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Portal, portalRoles, ROLES, type Role } from "#contracts/roles.ts";
import { OPEN_ENDPOINTS } from "../../app.ts";
import { DEMO, DEMO_CITIZENS, DEMO_USERS } from "../../seed/demo.ts";
import { DEMO_SAG } from "../../seed/sag.ts";
import { markedEksempler } from "../../seed/marked.ts";
import { minsideEksempler } from "../../seed/minside.ts";
import { indsigtEksempler } from "../../seed/indsigt.ts";
import { dialogEksempler } from "../../seed/dialog.ts";
import { joblogEksempler } from "../../seed/joblog.ts";
import { befordringEksempler } from "../../seed/befordring.ts";
import { cvEksempler } from "../../seed/cv.ts";
import { jobEksempler } from "../../seed/job.ts";
import { jobordreEksempler } from "../../seed/jobordre.ts";
import { chatbotEksempler } from "../../seed/chatbot.ts";
import { DEMO_SAMTALE, samtaleEksempler } from "../../seed/samtale.ts";
import { danishDate } from "../time.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";
import type { RouteDef, RouteInput, SampleFixture } from "./route.ts";

/**
 * The access-control matrix: every declared route × every role × both municipalities. A route is either allowed for
 * a role (and then answers 2xx for its own municipality's data and 404 for the other's), or refused with 403; an
 * anonymous caller gets 401. New routes join automatically, because the test walks the app's own route list.
 */
const subjectsFor = (kommunekode: string): [Role, string, Portal][] => {
  const out: [Role, string, Portal][] = [];
  for (const role of ROLES) {
    const portal = (Object.keys(portalRoles) as Portal[]).find((p) => portalRoles[p].includes(role))!;
    const subject =
      role === "borger"
        ? DEMO_CITIZENS.find((c) => c.kommunekode === kommunekode)!.subject
        : DEMO_USERS.find((u) => u.kommunekode === kommunekode && u.rolle === role)!.subject;
    out.push([role, subject, portal]);
  }
  return out;
};

function path(def: RouteDef, input: RouteInput): string {
  let p = def.url;
  for (const [k, v] of Object.entries(input.params ?? {})) p = p.replace(`:${k}`, encodeURIComponent(v));
  const qs = new URLSearchParams(input.query ?? {}).toString();
  return qs ? `${p}?${qs}` : p;
}

describe.each(engines())("access control on %s", (engine) => {
  let t: TestApp;
  const sessions = new Map<string, TestSession>();
  const fixture = (k: string): SampleFixture => {
    const other = k === DEMO.roskilde ? DEMO.koege : DEMO.roskilde;
    const ids = (kk: string) => ({
      kommunekode: kk,
      borgerId: DEMO_CITIZENS.find((c) => c.kommunekode === kk)!.id,
      userId: DEMO_USERS.find((u) => u.kommunekode === kk)!.id,
      ...DEMO_SAG[kk]!,
      ...DEMO_SAMTALE[kk]!,
      ...samtaleEksempler(kk, danishDate(t.clock.now())),
      marked: markedEksempler(kk, danishDate(t.clock.now())),
      minside: minsideEksempler(kk, danishDate(t.clock.now())),
      indsigt: indsigtEksempler(kk, danishDate(t.clock.now())),
      dialog: dialogEksempler(kk, danishDate(t.clock.now())),
      joblog: joblogEksempler(kk, danishDate(t.clock.now())),
      befordring: befordringEksempler(kk, danishDate(t.clock.now())),
      chatbot: chatbotEksempler(kk, danishDate(t.clock.now())),
      cv: cvEksempler(kk, danishDate(t.clock.now())),
      jobordre: jobordreEksempler(kk, danishDate(t.clock.now())),
      job: jobEksempler(kk, danishDate(t.clock.now())),
    });
    return { own: ids(k), foreign: ids(other) };
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
    for (const k of [DEMO.roskilde, DEMO.koege]) {
      for (const [role, subject, portal] of subjectsFor(k)) {
        const s = await t.login(portal, subject);
        expect(s.landedOn, `${subject} logger ind`).not.toMatch(/fejl/);
        sessions.set(`${k}:${role}`, s);
      }
    }
  }, 120_000);
  afterAll(() => t?.close());

  test("every registered route is either declared with its roles or listed as an open endpoint with a reason", () => {
    const declared = new Set(t.routes.map((r) => `${r.method} ${r.url}`));
    const undeclared = t.registered
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !declared.has(r) && !(r in OPEN_ENDPOINTS));
    expect(undeclared).toEqual([]);
  });

  test("every route that takes input says how to call it", () => {
    const missing = t.routes.filter((r) => (r.body || r.params || r.query) && !r.sample).map((r) => r.url);
    expect(missing).toEqual([]);
  });

  test("anonymous callers get 401 on every route that is not public", async () => {
    for (const def of t.routes.filter((r) => r.allow !== "offentlig")) {
      const input = def.sample?.(fixture(DEMO.roskilde)).own ?? {};
      const res = await t.call(undefined, def.method, path(def, input), def.body ? input.body : undefined);
      expect([def.method, def.url, res.status]).toEqual([def.method, def.url, def.method === "GET" ? 401 : 403]);
    }
  });

  for (const k of [DEMO.roskilde, DEMO.koege]) {
    for (const role of ROLES) {
      test(`${role} of ${k}: each route is allowed or refused exactly as declared, and never reaches the other municipality`, async () => {
        const s = sessions.get(`${k}:${role}`)!;
        const f = fixture(k);
        for (const def of t.routes) {
          const sample = def.sample?.(f) ?? { own: {} };
          const own = await t.call(s, def.method, path(def, sample.own), def.body ? sample.own.body : undefined);
          const allowed = def.allow === "offentlig" || def.allow.includes(role);
          const label = `${def.method} ${def.url} as ${role}@${k}`;
          if (allowed) {
            expect(own.status, `${label}: ${own.text}`).toBeLessThan(300);
            if (sample.foreign) {
              const foreign = await t.call(
                s,
                def.method,
                path(def, sample.foreign),
                def.body ? sample.foreign.body : undefined,
              );
              expect(foreign.status, `${label} with the other municipality's data`).toBe(404);
            }
          } else {
            expect(own.status, label).toBe(403);
            expect(own.json.code, label).toBe("FORBIDDEN");
          }
        }
      });
    }
  }
});
