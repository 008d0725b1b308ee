import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import * as oidc from "openid-client";
import { z } from "zod";
import type { ErrorCode } from "#contracts/errors.ts";
import { homePath, PORTALS, type Portal, portalRoles, type Role } from "#contracts/roles.ts";
import {
  findOrCreateCitizenUser,
  findOrCreateBusinessUser,
  findUserBySubject,
  type LoginUser,
} from "../../modules/identity/store.ts";
import type { CprVault } from "../crypto/cpr-vault.ts";
import type { DB } from "../db/schema.ts";
import { AppError, type Lang } from "../http/errors.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { createSamlLogin, SamlIdentity } from "./saml.ts";
import type { Sessions } from "./session.ts";

/**
 * The one login layer. Each portal logs in through a protocol chosen by configuration:
 *   - staff portals (medarbejder, ledelse): OpenID Connect against the municipality's provider, or the demo provider;
 *   - citizen and business portals (borger, virksomhed, leverandoer): SAML 2.0 / OIOSAML 3 against NemLog-in when
 *     configured, or the demo OpenID Connect provider.
 * Either way the result is the same: a known user of the right role gets a server-side session.
 */
export interface OidcProviderSettings {
  /** The key stored in bruger.idp_issuer for users of this provider. */
  issuerKey: string;
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
}

export interface LoginDeps {
  db: Kysely<DB>;
  vault: CprVault;
  sessions: Sessions;
  metrics: Metrics;
  publicUrl: string;
  staffOidc: OidcProviderSettings;
  /** The OIDC provider used for citizen/business portals when NemLog-in is not configured (the demo provider). */
  citizenOidc: OidcProviderSettings | undefined;
  saml: ReturnType<typeof createSamlLogin> | undefined;
  langOf(req: FastifyRequest): Lang;
  loginRateLimitPerMinute: number;
  secureCookies: boolean;
}

const LOGIN_COOKIE = "ju_login";
const NEMLOGIN_ISSUER_KEY = "nemlogin";

/**
 * Where to land after login: the page the person asked for, if it is a plain path inside their role's own portal;
 * otherwise the role's home page. Anything else (another site, another portal, odd characters) is ignored.
 */
export function landingPath(role: Role, asked: string | undefined): string {
  const home = homePath[role];
  if (
    !asked ||
    asked.length > 200 ||
    !/^\/[A-Za-z0-9\-_/]*(\?[A-Za-z0-9\-_=&%]*)?$/.test(asked) ||
    asked.includes("//")
  ) {
    return home;
  }
  return asked === home || asked.startsWith(`${home}/`) || asked.startsWith(`${home}?`) ? asked : home;
}

const LoginState = z.object({
  portal: z.enum(PORTALS),
  returnTo: z.string().optional(),
  state: z.string(),
  nonce: z.string(),
  verifier: z.string(),
  issuerKey: z.string(),
});

function usesSaml(portal: Portal): boolean {
  return portal === "borger" || portal === "virksomhed" || portal === "leverandoer";
}

export async function registerLogin(app: FastifyInstance, deps: LoginDeps): Promise<void> {
  const configs = new Map<string, Promise<oidc.Configuration>>();
  function oidcConfig(s: OidcProviderSettings): Promise<oidc.Configuration> {
    let c = configs.get(s.issuerKey);
    if (!c) {
      const insecure = new URL(s.issuer).protocol === "http:";
      c = oidc
        .discovery(new URL(s.issuer), s.clientId, s.clientSecret, undefined, {
          ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
        })
        .catch((e) => {
          configs.delete(s.issuerKey);
          throw e;
        });
      configs.set(s.issuerKey, c);
    }
    return c;
  }

  const providerFor = (portal: Portal): OidcProviderSettings =>
    usesSaml(portal) && deps.citizenOidc ? deps.citizenOidc : deps.staffOidc;

  /** A failed browser login goes back to the front page with the error's code, which the page explains. */
  const fail = (reply: FastifyReply, code: ErrorCode, method: string) => {
    deps.metrics.logins.inc({ method, outcome: "afvist" });
    return reply.redirect(`/?fejl=${code}`, 303);
  };

  async function complete(
    reply: FastifyReply,
    req: FastifyRequest,
    user: LoginUser | undefined,
    portal: Portal,
    method: string,
    returnTo: string | undefined,
    idToken?: string,
  ) {
    if (!user) return fail(reply, "LOGIN_UNKNOWN_USER", method);
    if (!portalRoles[portal].includes(user.rolle as Role)) return fail(reply, "LOGIN_WRONG_PORTAL", method);
    await deps.sessions.start(reply, user, method, deps.langOf(req), idToken);
    deps.metrics.logins.inc({ method, outcome: "ok" });
    return reply.redirect(landingPath(user.rolle as Role, returnTo), 303);
  }

  const rateLimit = { rateLimit: { max: deps.loginRateLimitPerMinute, timeWindow: "1 minute" } };
  const loginCookie = {
    path: "/auth",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: deps.secureCookies,
    signed: true,
  };

  app.get<{ Querystring: { portal?: string; tilbage?: string } }>(
    "/auth/login",
    { config: rateLimit },
    async (req, reply) => {
      const portal = PORTALS.find((p) => p === req.query.portal);
      if (!portal) throw new AppError("VALIDATION_FAILED", [{ path: "query.portal", message: "ukendt portal" }]);
      const lang = deps.langOf(req);
      // Only a path the person could land on is carried through the login (checked again at the end).
      const returnTo = req.query.tilbage && req.query.tilbage.length <= 200 ? req.query.tilbage : undefined;
      if (usesSaml(portal) && deps.saml) {
        // RelayState is at most 80 bytes: the portal, and the page asked for when it fits.
        const relay = returnTo && returnTo.length <= 60 ? `${portal}|${returnTo}` : portal;
        return reply.redirect(await deps.saml.authorizeUrl(relay), 303);
      }
      const provider = providerFor(portal);
      const config = await oidcConfig(provider);
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const verifier = oidc.randomPKCECodeVerifier();
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: `${deps.publicUrl}/auth/callback`,
        scope: "openid profile",
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: "S256",
        prompt: "login",
        ui_locales: lang,
        ...(provider.issuerKey === "demo" ? { login_hint: portal } : {}),
      });
      reply.setCookie(
        LOGIN_COOKIE,
        JSON.stringify({ portal, returnTo, state, nonce, verifier, issuerKey: provider.issuerKey }),
        {
          ...loginCookie,
          maxAge: 600,
        },
      );
      return reply.redirect(url.href, 303);
    },
  );

  app.get("/auth/callback", { config: rateLimit }, async (req, reply) => {
    const raw = req.cookies[LOGIN_COOKIE];
    const unsigned = raw ? req.unsignCookie(raw) : undefined;
    reply.clearCookie(LOGIN_COOKIE, { path: "/auth" });
    let parsed: z.infer<typeof LoginState>;
    try {
      parsed = LoginState.parse(JSON.parse(unsigned?.valid ? (unsigned.value ?? "") : ""));
    } catch {
      return fail(reply, "LOGIN_FAILED", "oidc");
    }
    const provider = [deps.staffOidc, deps.citizenOidc].find((p) => p?.issuerKey === parsed.issuerKey);
    if (!provider) return fail(reply, "LOGIN_FAILED", "oidc");
    const current = new URL(req.url, deps.publicUrl);
    if (current.searchParams.has("error")) return fail(reply, "LOGIN_FAILED", "oidc");
    try {
      const tokens = await oidc.authorizationCodeGrant(await oidcConfig(provider), current, {
        pkceCodeVerifier: parsed.verifier,
        expectedState: parsed.state,
        expectedNonce: parsed.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims?.sub) return fail(reply, "LOGIN_FAILED", "oidc");
      const user = await findUserBySubject(deps.db, provider.issuerKey, claims.sub);
      return complete(reply, req, user, parsed.portal, `oidc:${provider.issuerKey}`, parsed.returnTo, tokens.id_token);
    } catch (e) {
      req.log.warn({ err: e }, "OpenID Connect-login afvist");
      return fail(reply, "LOGIN_FAILED", "oidc");
    }
  });

  if (deps.saml) {
    // Loaded only when NemLog-in is configured.
    const { registerSamlRoutes } = await import("./saml-routes.ts");
    registerSamlRoutes(app, {
      saml: deps.saml,
      rateLimitPerMinute: deps.loginRateLimitPerMinute,
      onIdentity: async (identity: SamlIdentity, relayState, req, reply) => {
        const [relayPortal, returnTo] = relayState.split("|");
        const portal =
          PORTALS.find((p) => p === relayPortal) ?? (identity.kind === "citizen" ? "borger" : "virksomhed");
        const user =
          identity.kind === "citizen"
            ? await findOrCreateCitizenUser(deps.db, deps.vault, identity.cpr, NEMLOGIN_ISSUER_KEY)
            : await findOrCreateBusinessUser(
                deps.db,
                identity,
                NEMLOGIN_ISSUER_KEY,
                portal === "leverandoer" ? "leverandoer" : "virksomhed",
              );
        await complete(reply, req, user, portal, "saml:nemlogin", returnTo);
      },
    });
  }

  app.post("/auth/logout", async (req, reply) => {
    await deps.sessions.end(req, reply);
    return { redirect: "/?logget-ud=1" };
  });
}
