import { generateKeyPairSync, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CookieJar, freePort, startTestApp, type TestApp } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";
import { firstPartyGrant } from "./demo-idp.ts";

/**
 * Staff login is configuration: pointed at the municipality's own OpenID Connect provider (here a separate
 * oidc-provider started in the test, standing in for e.g. Entra ID), the same client code logs a caseworker in.
 * The test provider signs in a fixed account as soon as it is asked, like single sign-on from a staff PC.
 */
async function startMunicipalityIdp(redirectUri: string, accountId: string) {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: "jobunivers-roskilde",
        client_secret: "hemmelig-test-noegle",
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "k", use: "sig", alg: "RS256" } as never] },
    cookies: { keys: ["test"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, i) => `/sso/${i.uid}` },
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, name: "Lone Sørensen" }) }),
    claims: { openid: ["sub"], profile: ["name"] },
    loadExistingGrant: firstPartyGrant,
  });
  const callback = provider.callback();
  server.on("request", (req, res) => {
    if (req.url?.startsWith("/sso/")) {
      void provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
      return;
    }
    callback(req, res);
  });
  return { issuer, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.each(engines())("staff login through the municipality's own OpenID Connect provider on %s", (engine) => {
  let t: TestApp;
  let idp: Awaited<ReturnType<typeof startMunicipalityIdp>>;
  const subject = `entra-${randomUUID()}`;

  beforeAll(async () => {
    // The app's address must be known to register its redirect URI at the provider, so its port is chosen first.
    const port = await freePort();
    idp = await startMunicipalityIdp(`http://127.0.0.1:${port}/auth/callback`, subject);
    t = await startTestApp(engine, {
      port,
      env: {
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: "jobunivers-roskilde",
        OIDC_CLIENT_SECRET: "hemmelig-test-noegle",
      },
    });
    await t.db
      .updateTable("bruger")
      .set({ idp_issuer: idp.issuer, idp_subject: subject })
      .where("idp_subject", "=", "jk-lone")
      .execute();
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  test("a caseworker known by the provider's subject lands on the staff portal", async () => {
    const jar = new CookieJar();
    let next: string | null = `${t.url}/auth/login?portal=medarbejder`;
    for (let i = 0; i < 10 && next; i++) {
      const res: Response = await fetch(next, { redirect: "manual", headers: { cookie: jar.header() } });
      jar.store(res);
      const loc = res.headers.get("location");
      if (!loc) break;
      next = new URL(loc, next).href;
      if (next === `${t.url}/medarbejder`) break;
    }
    expect(next).toBe(`${t.url}/medarbejder`);
    const me = await fetch(`${t.url}/api/session`, { headers: { cookie: jar.header() } });
    expect(((await me.json()) as { user: { name: string; role: string } }).user).toMatchObject({
      name: "Lone Sørensen",
      role: "jobkonsulent",
    });
  });

  test("the staff portal no longer goes through the demo provider", async () => {
    const res = await fetch(`${t.url}/auth/login?portal=medarbejder`, { redirect: "manual" });
    expect(res.headers.get("location")?.startsWith(`${idp.issuer}/`)).toBe(true);
  });
});
