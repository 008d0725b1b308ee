import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_CITIZENS } from "../../seed/demo.ts";
import { CookieJar, startTestApp, type TestApp } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";
import { oiosamlCitizen, oiosamlEmployer, startTestSamlIdp, type TestSamlIdp } from "./testing/saml-idp.ts";

/**
 * The production citizen and employer login, end to end in the app: Jobunivers configured for NemLog-in (SAML 2.0 /
 * OIOSAML 3) against a SAML identity provider started locally, with the browser's redirects and form post replayed.
 */
const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;
const SP = "https://saml.jobunivers.test/sp";

describe.each(engines())("NemLog-in login in the app on %s", (engine) => {
  let idp: TestSamlIdp;
  let t: TestApp;
  beforeAll(async () => {
    idp = await startTestSamlIdp();
    t = await startTestApp(engine, {
      env: { SAML_IDP_ENTRY_POINT: idp.entryPoint, SAML_IDP_CERT: idp.cert, SAML_SP_ENTITY_ID: SP },
    });
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  /** GET /auth/login → redirect to the IdP → its auto-post form → POST to our ACS; returns where the browser lands. */
  async function loginThroughIdp(portal: string, jar = new CookieJar()) {
    const start = await fetch(`${t.url}/auth/login?portal=${portal}`, { redirect: "manual" });
    expect(start.status).toBe(303);
    const toIdp = start.headers.get("location")!;
    expect(toIdp.startsWith(idp.entryPoint)).toBe(true);
    const form = await (await fetch(toIdp)).text();
    const action = /action="([^"]+)"/.exec(form)![1]!.replaceAll("&amp;", "&");
    const fields = Object.fromEntries(
      [...form.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replaceAll("&#x2B;", "+")]),
    );
    const posted = await fetch(new URL(new URL(action).pathname, t.url), {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
    jar.store(posted);
    return { status: posted.status, location: posted.headers.get("location"), jar, fields };
  }

  test("a citizen with MitID lands on Min side, found by CPR number", async () => {
    idp.setLogin(oiosamlCitizen({ cpr: mette.cpr, name: "Mette Nielsen" }));
    const r = await loginThroughIdp("borger");
    expect(r).toMatchObject({ status: 303, location: "/borger" });
    const me = await fetch(`${t.url}/api/borger/mig`, { headers: { cookie: r.jar.header() } });
    expect(((await me.json()) as { navn: string }).navn).toBe("Mette Nielsen");
  });

  test("an employee with MitID Erhverv of a known company gets an employer user bound to its CVR number", async () => {
    idp.setLogin(oiosamlEmployer({ cvr: "31245678", name: "Susanne Tømrer" }));
    const r = await loginThroughIdp("virksomhed");
    expect(r).toMatchObject({ status: 303, location: "/virksomhed" });
    const company = await fetch(`${t.url}/api/virksomhed/mig`, { headers: { cookie: r.jar.header() } });
    expect(await company.json()).toMatchObject({ cvr: "31245678", navn: "Roskilde Tømrer & Snedker ApS" });
  });

  test("an employee of a course provider logging in through the provider portal gets a provider user", async () => {
    idp.setLogin(oiosamlEmployer({ cvr: "38112233", name: "Mads Kursus" }));
    const r = await loginThroughIdp("leverandoer");
    expect(r).toMatchObject({ status: 303, location: "/leverandoer" });
    const org = await fetch(`${t.url}/api/leverandoer/mig`, { headers: { cookie: r.jar.header() } });
    expect(await org.json()).toMatchObject({ cvr: "38112233", navn: "Kursushuset Sjælland ApS" });
  });

  test("a person unknown to the jobcentre is told so", async () => {
    idp.setLogin(oiosamlCitizen({ cpr: "0101804000", name: "Ukendt Person" }));
    const r = await loginThroughIdp("borger");
    expect(r).toMatchObject({ status: 303, location: "/?fejl=LOGIN_UNKNOWN_USER" });
  });

  test("a response replayed a second time is refused (request ids are kept in the database and used once)", async () => {
    idp.setLogin(oiosamlCitizen({ cpr: mette.cpr, name: "Mette Nielsen" }));
    const first = await loginThroughIdp("borger");
    expect(first.location).toBe("/borger");
    const again = await fetch(`${t.url}/auth/saml/acs`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(first.fields).toString(),
    });
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toMatch(/^\/\?fejl=SAML_/);
  });

  test("an unsigned, an expired, a wrong-audience and an unsolicited response are each refused with their own error", async () => {
    const post = async (SAMLResponse: string) => {
      const res = await fetch(`${t.url}/auth/saml/acs`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ SAMLResponse, RelayState: "borger" }).toString(),
      });
      return res.headers.get("location");
    };
    /** Each response answers a real AuthnRequest of ours, so only the flaw under test is wrong with it. */
    const requestId = async () => {
      const start = await fetch(`${t.url}/auth/login?portal=borger`, { redirect: "manual" });
      await fetch(start.headers.get("location")!);
      return idp.requests.at(-1)!.id;
    };
    const login = oiosamlCitizen({ cpr: mette.cpr, name: "Mette Nielsen" });
    const base = { acsUrl: `${t.url}/auth/saml/acs`, attributes: login.attributes, nameId: login.nameId };
    expect(
      await post(idp.buildResponse({ ...base, inResponseTo: await requestId(), audience: SP, sign: "none" })),
    ).toBe("/?fejl=SAML_SIGNATURE_INVALID");
    expect(
      await post(
        idp.buildResponse({
          ...base,
          inResponseTo: await requestId(),
          audience: SP,
          sign: "assertion",
          issueInstant: new Date(Date.now() - 3_600_000),
          notOnOrAfter: new Date(Date.now() - 3_000_000),
        }),
      ),
    ).toBe("/?fejl=SAML_EXPIRED");
    expect(
      await post(
        idp.buildResponse({
          ...base,
          inResponseTo: await requestId(),
          audience: "https://other.example/sp",
          sign: "assertion",
        }),
      ),
    ).toBe("/?fejl=SAML_WRONG_AUDIENCE");
    expect(await post(idp.buildResponse({ ...base, audience: SP, sign: "assertion" }))).toBe("/?fejl=SAML_INVALID");
  });
});
