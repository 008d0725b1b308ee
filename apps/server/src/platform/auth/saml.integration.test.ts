import { inflateRawSync } from "node:zlib";
import type { CacheItem, CacheProvider } from "@node-saml/node-saml";
import Fastify, { type FastifyInstance } from "fastify";
import { generate } from "selfsigned";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AppError } from "../http/errors.ts";
import { createSamlLogin, OIOSAML3, type SamlIdentity, type SamlLogin } from "./saml.ts";
import { registerSamlRoutes } from "./saml-routes.ts";
import {
  type BuildResponseOptions,
  oiosamlCitizen,
  oiosamlEmployer,
  startTestSamlIdp,
  type TestSamlIdp,
} from "./testing/saml-idp.ts";

// No database: a real SAML identity provider on 127.0.0.1 and the service provider as production configures it.
const SP_ENTITY_ID = "https://jobunivers.test/saml/sp";
const ACS = "https://jobunivers.test/auth/saml/acs";
/** Synthetic CPR number with a valid date (15 July 1985). */
const CPR = "1507851236";
const CITIZEN = oiosamlCitizen({ cpr: CPR, name: "Mette Testesen" });
const EMPLOYER = oiosamlEmployer({
  cvr: "12345678",
  name: "Anders Testsen",
  uuid: "8d1f6a0e-3f0e-4e7a-9b7a-0c7e0b1d2e3f",
});
const MIN = 60_000;

/** What the production composition root must supply for several instances: a shared store. Here: a Map. */
function memoryCache(): CacheProvider {
  const items = new Map<string, CacheItem>();
  return {
    async saveAsync(key, value) {
      if (items.has(key)) return null;
      const item = { value, createdAt: Date.now() };
      items.set(key, item);
      return item;
    },
    async getAsync(key) {
      return items.get(key)?.value ?? null;
    },
    async removeAsync(key) {
      if (key === null) return null;
      const item = items.get(key);
      items.delete(key);
      return item?.value ?? null;
    },
  };
}

function unescapeHtml(s: string): string {
  return s.replaceAll("&quot;", '"').replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}

/** Reads the IdP's auto-submitting form as a browser would. */
function parseAutoPostForm(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form[^>]*method="post"[^>]*action="([^"]*)"/i.exec(html)?.[1];
  if (!action) throw new Error("ingen formular i svaret");
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)"/g)) {
    fields[unescapeHtml(m[1] ?? "")] = unescapeHtml(m[2] ?? "");
  }
  expect(html).toContain("document.forms[0].submit()");
  return { action: unescapeHtml(action), fields };
}

/** The ID of the AuthnRequest in a redirect-binding URL. */
function requestIdOf(url: string): string {
  const xml = inflateRawSync(Buffer.from(new URL(url).searchParams.get("SAMLRequest") ?? "", "base64")).toString();
  return /\bID="([^"]+)"/.exec(xml)?.[1] ?? "";
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  const err = e as AppError;
  // Never a CPR number in what is thrown or logged.
  expect(err.message).not.toContain(CPR);
  expect(String(err.cause)).not.toContain(CPR);
  return err;
}

describe("NemLog-in login (SAML 2.0 / OIOSAML 3) against a SAML identity provider started in the test", () => {
  let idp: TestSamlIdp;
  let otherIdp: TestSamlIdp;
  let sp: SamlLogin;
  /** Configured as the app does today: no SP key, no request-id store. */
  let plain: SamlLogin;
  let spKeys: { private: string; cert: string };

  beforeAll(async () => {
    spKeys = await generate([{ name: "commonName", value: "Jobunivers test-SP" }], {
      keySize: 2048,
      algorithm: "sha256",
    });
    idp = await startTestSamlIdp({ requireSignedRequestsWith: spKeys.cert, login: CITIZEN });
    otherIdp = await startTestSamlIdp();
    sp = createSamlLogin({
      entryPoint: idp.entryPoint,
      idpCert: idp.cert,
      spEntityId: SP_ENTITY_ID,
      callbackUrl: ACS,
      spPrivateKey: spKeys.private,
      spCert: spKeys.cert,
      requestIdCache: memoryCache(),
    });
    plain = createSamlLogin({
      entryPoint: idp.entryPoint,
      idpCert: idp.cert,
      spEntityId: SP_ENTITY_ID,
      callbackUrl: ACS,
    });
  });
  afterAll(async () => {
    await idp?.close();
    await otherIdp?.close();
  });

  /** Browser round trip: our redirect → the IdP's SSO endpoint → its auto-post form. */
  async function roundTrip(relayState: string): Promise<{ action: string; fields: Record<string, string> }> {
    const url = await sp.authorizeUrl(relayState);
    expect(url.startsWith(`${idp.entryPoint}?`)).toBe(true);
    const res = await fetch(url);
    expect(res.status, await res.clone().text()).toBe(200);
    return parseAutoPostForm(await res.text());
  }

  /** A crafted response to a fresh AuthnRequest of ours; fields not given are those of a good citizen login. */
  async function answer(o: Partial<BuildResponseOptions> & { from?: TestSamlIdp } = {}): Promise<string> {
    const inResponseTo = requestIdOf(await sp.authorizeUrl("borger"));
    return (o.from ?? idp).buildResponse({
      audience: SP_ENTITY_ID,
      acsUrl: ACS,
      inResponseTo,
      attributes: CITIZEN.attributes,
      nameId: CITIZEN.nameId,
      sign: "assertion",
      ...o,
    });
  }

  describe("(a) full flow", () => {
    test("a citizen logs in: signed AuthnRequest → IdP → auto-posted response → citizen identity", async () => {
      idp.setLogin(CITIZEN);
      const form = await roundTrip("borger");
      expect(form.action).toBe(ACS);
      expect(form.fields.RelayState).toBe("borger");

      const seen = idp.requests.at(-1)!;
      expect(seen).toMatchObject({ issuer: SP_ENTITY_ID, acsUrl: ACS, destination: idp.entryPoint, signed: true });
      expect(seen.requestedAuthnContext).toEqual(["https://data.gov.dk/concept/core/nsis/loa/Substantial"]);
      expect(seen.xml).toContain('Comparison="minimum"');
      expect(seen.xml).toContain("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");

      const identity = await sp.validatePostResponse(form.fields);
      expect(identity).toEqual<SamlIdentity>({
        kind: "citizen",
        cpr: CPR,
        name: "Mette Testesen",
        nameId: CITIZEN.nameId,
      });
    });

    test("an employee logs in with MitID Erhverv → employer identity with CVR and the persistent professional UUID", async () => {
      idp.setLogin(EMPLOYER);
      try {
        const form = await roundTrip("virksomhed");
        expect(form.fields.RelayState).toBe("virksomhed");
        const identity = await sp.validatePostResponse(form.fields);
        expect(identity).toEqual<SamlIdentity>({
          kind: "employer",
          cvr: "12345678",
          subject: "urn:uuid:8d1f6a0e-3f0e-4e7a-9b7a-0c7e0b1d2e3f",
          name: "Anders Testsen",
          nameId: EMPLOYER.nameId,
        });
      } finally {
        idp.setLogin(CITIZEN);
      }
    });

    test("an encrypted, signed assertion (as NemLog-in sends it) is decrypted with the SP key", async () => {
      const encrypted = await answer({ encryptFor: spKeys.cert });
      const xml = Buffer.from(encrypted, "base64").toString();
      expect(xml).toContain("EncryptedAssertion");
      expect(xml).not.toContain(CPR);
      expect(await sp.validatePostResponse({ SAMLResponse: encrypted })).toMatchObject({ kind: "citizen", cpr: CPR });
    });

    test("a signed Response containing a signed assertion is accepted", async () => {
      expect(await sp.validatePostResponse({ SAMLResponse: await answer({ sign: "response" }) })).toMatchObject({
        kind: "citizen",
        cpr: CPR,
      });
    });

    test("a response is accepted once, and only as the answer to a request we issued", async () => {
      const form = await roundTrip("borger");
      await sp.validatePostResponse(form.fields);
      expect((await rejection(sp.validatePostResponse(form.fields))).code).toBe("SAML_INVALID");

      const unsolicited = idp.buildResponse({
        audience: SP_ENTITY_ID,
        acsUrl: ACS,
        attributes: CITIZEN.attributes,
        nameId: CITIZEN.nameId,
        sign: "assertion",
      });
      expect((await rejection(sp.validatePostResponse({ SAMLResponse: unsolicited }))).code).toBe("SAML_INVALID");
    });

    test("without a request-id store (single instance default) a signed, timely response is accepted", async () => {
      const url = new URL(await plain.authorizeUrl("borger"));
      expect(url.searchParams.has("Signature")).toBe(false);
      const response = idp.buildResponse({
        audience: SP_ENTITY_ID,
        acsUrl: ACS,
        attributes: CITIZEN.attributes,
        nameId: CITIZEN.nameId,
        sign: "assertion",
      });
      expect(await plain.validatePostResponse({ SAMLResponse: response })).toMatchObject({ kind: "citizen", cpr: CPR });
    });
  });

  describe("(b) signatures are required", () => {
    test("an unsigned assertion is rejected with SAML_SIGNATURE_INVALID", async () => {
      const err = await rejection(sp.validatePostResponse({ SAMLResponse: await answer({ sign: "none" }) }));
      expect(err.code).toBe("SAML_SIGNATURE_INVALID");
    });

    test("an unsigned assertion inside a signed Response is rejected with SAML_SIGNATURE_INVALID", async () => {
      const err = await rejection(sp.validatePostResponse({ SAMLResponse: await answer({ sign: "response-only" }) }));
      expect(err.code).toBe("SAML_SIGNATURE_INVALID");
    });
  });

  describe("(c) time", () => {
    test("an expired assertion (NotOnOrAfter in the past) is rejected with SAML_EXPIRED", async () => {
      const now = Date.now();
      const response = await answer({ issueInstant: new Date(now - 15 * MIN), notOnOrAfter: new Date(now - 10 * MIN) });
      expect((await rejection(sp.validatePostResponse({ SAMLResponse: response }))).code).toBe("SAML_EXPIRED");
    });

    test("an assertion issued too long ago is rejected with SAML_EXPIRED even if NotOnOrAfter is ahead", async () => {
      const now = Date.now();
      const response = await answer({ issueInstant: new Date(now - 10 * MIN), notOnOrAfter: new Date(now + 30 * MIN) });
      expect((await rejection(sp.validatePostResponse({ SAMLResponse: response }))).code).toBe("SAML_EXPIRED");
    });

    test("an assertion not yet valid beyond the clock skew is rejected with SAML_EXPIRED", async () => {
      const response = await answer({ issueInstant: new Date(Date.now() + 10 * MIN) });
      expect((await rejection(sp.validatePostResponse({ SAMLResponse: response }))).code).toBe("SAML_EXPIRED");
    });

    test("without InResponseTo checks, the assertion's own Conditions still expire it (SAML_EXPIRED)", async () => {
      const now = Date.now();
      const base = { audience: SP_ENTITY_ID, acsUrl: ACS, attributes: CITIZEN.attributes, nameId: CITIZEN.nameId };
      const expired = idp.buildResponse({
        ...base,
        sign: "assertion",
        issueInstant: new Date(now - 15 * MIN),
        notOnOrAfter: new Date(now - 10 * MIN),
      });
      expect((await rejection(plain.validatePostResponse({ SAMLResponse: expired }))).code).toBe("SAML_EXPIRED");
      const tooOld = idp.buildResponse({
        ...base,
        sign: "assertion",
        issueInstant: new Date(now - 10 * MIN),
        notOnOrAfter: new Date(now + 30 * MIN),
      });
      expect((await rejection(plain.validatePostResponse({ SAMLResponse: tooOld }))).code).toBe("SAML_EXPIRED");
    });

    test("a clock difference within the skew is accepted", async () => {
      const response = await answer({ issueInstant: new Date(Date.now() + 30_000) });
      expect(await sp.validatePostResponse({ SAMLResponse: response })).toMatchObject({ kind: "citizen" });
    });
  });

  describe("(d) addressed to us", () => {
    test("a wrong audience is rejected with SAML_WRONG_AUDIENCE", async () => {
      const response = await answer({ audience: "https://another-service.example/saml" });
      expect((await rejection(sp.validatePostResponse({ SAMLResponse: response }))).code).toBe("SAML_WRONG_AUDIENCE");
    });

    test("a subject confirmation for another ACS is rejected with SAML_WRONG_AUDIENCE", async () => {
      const response = await answer({ acsUrl: "https://another-service.example/acs" });
      expect((await rejection(sp.validatePostResponse({ SAMLResponse: response }))).code).toBe("SAML_WRONG_AUDIENCE");
    });
  });

  describe("(e) trust", () => {
    test("an assertion signed by another IdP's key is rejected with SAML_SIGNATURE_INVALID", async () => {
      const response = await answer({ from: otherIdp });
      expect((await rejection(sp.validatePostResponse({ SAMLResponse: response }))).code).toBe(
        "SAML_SIGNATURE_INVALID",
      );
    });
  });

  describe("(f) integrity", () => {
    test("an attribute changed after signing is rejected", async () => {
      const signed = Buffer.from(await answer(), "base64").toString("utf8");
      expect(signed).toContain(CPR);
      const tampered = Buffer.from(signed.replace(CPR, "0202920000"), "utf8").toString("base64");
      expect((await rejection(sp.validatePostResponse({ SAMLResponse: tampered }))).code).toBe(
        "SAML_SIGNATURE_INVALID",
      );
    });

    test("a second, unsigned assertion smuggled into a signed response is rejected", async () => {
      const signed = Buffer.from(await answer(), "base64").toString("utf8");
      const assertion = /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(signed)![0];
      const forged = assertion.replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, "").replace(CPR, "0202920000");
      const doubled = signed.replace("</samlp:Status>", `</samlp:Status>${forged}`);
      const err = await rejection(sp.validatePostResponse({ SAMLResponse: Buffer.from(doubled).toString("base64") }));
      expect(err.code).toBe("SAML_SIGNATURE_INVALID");
    });
  });

  describe("attributes", () => {
    test("neither CVR nor CPR → SAML_INVALID", async () => {
      const { [OIOSAML3.cprNumber]: _cpr, ...rest } = CITIZEN.attributes;
      const response = await answer({ attributes: rest });
      expect((await rejection(sp.validatePostResponse({ SAMLResponse: response }))).code).toBe("SAML_INVALID");
    });

    test("an invalid CPR number → SAML_INVALID, and the number is not in the error", async () => {
      const response = await answer({ attributes: { ...CITIZEN.attributes, [OIOSAML3.cprNumber]: "3213851236" } });
      const err = await rejection(sp.validatePostResponse({ SAMLResponse: response }));
      expect(err.code).toBe("SAML_INVALID");
      expect(String(err.cause)).not.toContain("3213851236");
    });

    test("NSIS level Low is below the required Substantial → SAML_INVALID", async () => {
      const response = await answer({ attributes: { ...CITIZEN.attributes, [OIOSAML3.loa]: "Low" } });
      expect((await rejection(sp.validatePostResponse({ SAMLResponse: response }))).code).toBe("SAML_INVALID");
    });

    test("first and last name are used when the full name is missing", async () => {
      const { [OIOSAML3.fullName]: _full, ...rest } = CITIZEN.attributes;
      const attributes = { ...rest, [OIOSAML3.firstName]: "Mette", [OIOSAML3.lastName]: "Testesen" };
      expect(await sp.validatePostResponse({ SAMLResponse: await answer({ attributes }) })).toMatchObject({
        name: "Mette Testesen",
      });
    });

    test("a missing or garbled SAMLResponse → SAML_INVALID", async () => {
      expect((await rejection(sp.validatePostResponse({}))).code).toBe("SAML_INVALID");
      const garbled = Buffer.from("<not-saml/>").toString("base64");
      expect((await rejection(sp.validatePostResponse({ SAMLResponse: garbled }))).code).not.toBe(undefined);
    });
  });

  describe("configuration from the environment", () => {
    const bare = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");

    test("certificates as bare base64 (as in IdP metadata), keys with escaped line breaks, and two IdP certificates during a rollover", async () => {
      const fromEnv = createSamlLogin({
        entryPoint: idp.entryPoint,
        idpCert: `${bare(otherIdp.cert)},${bare(idp.cert)}`,
        spEntityId: SP_ENTITY_ID,
        callbackUrl: ACS,
        spPrivateKey: spKeys.private.replaceAll("\n", "\\n"),
        spCert: bare(spKeys.cert),
      });
      const response = idp.buildResponse({
        audience: SP_ENTITY_ID,
        acsUrl: ACS,
        attributes: CITIZEN.attributes,
        nameId: CITIZEN.nameId,
        sign: "assertion",
        encryptFor: spKeys.cert,
      });
      expect(await fromEnv.validatePostResponse({ SAMLResponse: response })).toMatchObject({ cpr: CPR });
      expect(new URL(await fromEnv.authorizeUrl("borger")).searchParams.get("SigAlg")).toBe(
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
      );
    });

    test("a relay state that the redirect binding cannot carry unchanged is refused", async () => {
      await expect(sp.authorizeUrl("borger med mellemrum")).rejects.toThrow(/RelayState/);
      await expect(sp.authorizeUrl("x".repeat(81))).rejects.toThrow(/RelayState/);
    });

    test("unreadable certificates and mismatched keys fail at start-up, not at the first login", async () => {
      const base = { entryPoint: idp.entryPoint, spEntityId: SP_ENTITY_ID, callbackUrl: ACS };
      expect(() => createSamlLogin({ ...base, idpCert: "not a certificate" })).toThrow(/SAML_IDP_CERT/);
      expect(() => createSamlLogin({ ...base, idpCert: idp.cert, spPrivateKey: spKeys.private })).toThrow(/sammen/);
      const stranger = await generate([{ name: "commonName", value: "x" }], { keySize: 2048, algorithm: "sha256" });
      expect(() =>
        createSamlLogin({ ...base, idpCert: idp.cert, spPrivateKey: stranger.private, spCert: spKeys.cert }),
      ).toThrow(/hører ikke til/);
    });
  });

  describe("metadata", () => {
    test("names our entity, ACS, signing and encryption certificate and the OIOSAML 3 attributes we ask for", () => {
      const xml = sp.metadata();
      expect(xml).toContain(`entityID="${SP_ENTITY_ID}"`);
      expect(xml).toContain(`Location="${ACS}"`);
      expect(xml).toContain('WantAssertionsSigned="true"');
      expect(xml).toContain('AuthnRequestsSigned="true"');
      expect(xml).toContain('use="signing"');
      expect(xml).toContain('use="encryption"');
      expect(xml).toContain("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");
      expect(xml).toContain(`Name="${OIOSAML3.cprNumber}"`);
      expect(xml).toContain(`Name="${OIOSAML3.cvr}"`);
      expect(xml.indexOf("AssertionConsumerService ")).toBeLessThan(xml.indexOf("<AttributeConsumingService"));
    });
  });

  describe("HTTP routes", () => {
    let app: FastifyInstance;
    const seen: { identity: SamlIdentity; relayState: string }[] = [];

    beforeAll(async () => {
      app = Fastify();
      app.setErrorHandler((err, _req, reply) => {
        if (err instanceof AppError) return reply.status(err.status).send({ code: err.code });
        return reply.status((err as { statusCode?: number }).statusCode ?? 500).send({ code: "OTHER" });
      });
      registerSamlRoutes(app, {
        saml: sp,
        async onIdentity(identity, relayState, _req, reply) {
          seen.push({ identity, relayState });
          await reply.redirect("/borger", 303);
        },
      });
      app.post("/api/other", async () => ({ ok: true }));
      await app.ready();
    });
    afterAll(() => app?.close());

    test("GET /auth/saml/metadata answers SP metadata", async () => {
      const res = await app.inject({ method: "GET", url: "/auth/saml/metadata" });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toContain("application/samlmetadata+xml");
      expect(res.body).toContain(`entityID="${SP_ENTITY_ID}"`);
    });

    test("POST /auth/saml/acs validates the posted form and hands the identity on", async () => {
      const form = await roundTrip("borger");
      const res = await app.inject({
        method: "POST",
        url: "/auth/saml/acs",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams(form.fields).toString(),
      });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe("/borger");
      expect(seen.at(-1)).toEqual({
        identity: expect.objectContaining({ kind: "citizen", cpr: CPR }),
        relayState: "borger",
      });
    });

    test("POST /auth/saml/acs with an unsigned response sends the browser to the front page with SAML_SIGNATURE_INVALID", async () => {
      const res = await app.inject({
        method: "POST",
        url: "/auth/saml/acs",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({ SAMLResponse: await answer({ sign: "none" }), RelayState: "borger" }).toString(),
      });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe("/?fejl=SAML_SIGNATURE_INVALID");
      expect(res.body).not.toContain(CPR);
    });

    test("the form parser does not leak to other routes", async () => {
      const res = await app.inject({
        method: "POST",
        url: "/api/other",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: "a=1",
      });
      expect(res.statusCode).toBe(415);
    });
  });
});
