import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from "fastify";
import { sql } from "kysely";
import type { Logger } from "pino";
import type { ErrorCode } from "#contracts/errors.ts";
import type { Config } from "./config.ts";
import { makroRoutes } from "./modules/sag/makro-routes.ts";
import { opsaetningRoutes } from "./modules/samtale/opsaetning-routes.ts";
import { referatRoutes } from "./modules/samtale/referat-routes.ts";
import { type SamtaleDeps, samtaleRoutes } from "./modules/samtale/routes.ts";
import { koerUdsendelser, startUdsendelser } from "./modules/samtale/udsendelse.ts";
import { markedRoutes } from "./modules/marked/routes.ts";
// Min side (issue 7): overview and companion, full access and aktindsigt, dialog and own details, job log and rights, transport claims, chatbot
import { minsideRoutes } from "./modules/minside/routes.ts";
import { indsigtRoutes } from "./modules/sag/indsigt-routes.ts";
import { dialogRoutes } from "./modules/dialog/routes.ts";
import { joblogRoutes } from "./modules/joblog/routes.ts";
import { befordringRoutes } from "./modules/befordring/routes.ts";
import { escoRoutes } from "./modules/esco/routes.ts";
import { erhvervSoegRoutes } from "./modules/esco/soeg-routes.ts";
import { forvarmTaksonomi } from "./modules/esco/forvarm.ts";
import { cvRoutes } from "./modules/cv/routes.ts";
import { jobordreRoutes } from "./modules/jobordre/routes.ts";
import { annonceRoutes } from "./modules/jobordre/annonce-routes.ts";
import { jobRoutes } from "./modules/job/routes.ts";
import { chatbotRoutes } from "./modules/chatbot/routes.ts";
// provider API (marketplace): key set-up routes, the /api/v1 API and its webhook worker
import { API_PREFIKS, leverandoerApi } from "./modules/marked/api.ts";
import { apiNoegleRoutes } from "./modules/marked/api-noegler.ts";
import { koerWebhooks, startWebhooks } from "./modules/marked/webhook.ts";
import { jitsiUdbyder } from "./modules/samtale/video.ts";
import { jobplanRoutes } from "./modules/sag/jobplan-routes.ts";
import { sagRoutes } from "./modules/sag/routes.ts";
import { reglerRoutes } from "./modules/regler/routes.ts";
import { borgerRoutes } from "./modules/borger/routes.ts";
import { identityRoutes } from "./modules/identity/routes.ts";
import { kommuneRoutes } from "./modules/kommune/routes.ts";
import { ledelseRoutes } from "./modules/ledelse/routes.ts";
import { leverandoerRoutes } from "./modules/leverandoer/routes.ts";
import { virksomhedRoutes } from "./modules/virksomhed/routes.ts";
import { DEMO_ISSUER_KEY, mountDemoIdp } from "./platform/auth/demo-idp.ts";
import { type OidcProviderSettings, registerLogin } from "./platform/auth/login.ts";
import { createSessions, LANG_COOKIE, SESSION_COOKIE } from "./platform/auth/session.ts";
import { createCprVault, type CprVault } from "./platform/crypto/cpr-vault.ts";
import { type Database, pendingMigrations } from "./platform/db/database.ts";
import { AppError, type Lang, problem } from "./platform/http/errors.ts";
import { type Clock, openApi, type RouteDef, registerRoutes } from "./platform/http/route.ts";
import { createMetrics } from "./platform/observability/metrics.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const defaultWebDist = path.join(root, "dist/web");

export interface AppDeps {
  config: Config;
  database: Database;
  logger: Logger;
  clock?: Clock;
  /** The address users reach the app on (PUBLIC_URL, or http://HOST:PORT). */
  publicUrl: string;
}

export interface App {
  app: FastifyInstance;
  routes: readonly RouteDef[];
  /** Every route Fastify registered (method and URL), for the test that no route escapes declaration. */
  registered: { method: string; url: string }[];
  vault: CprVault;
  /** Delivers the outbox's due messages now (the background worker does it on its interval). */
  koerUdsendelser(): Promise<number>;
  /** Delivers the due webhooks to providers now (the background worker does it on the same interval). */
  koerWebhooks(): Promise<number>;
}

/** Every API route of the product, declared with its roles and scope. The access-control test walks this list. */
export function allRoutes(
  sessions: ReturnType<typeof createSessions>,
  secureCookies: boolean,
  samtale: SamtaleDeps,
): RouteDef[] {
  return [
    ...identityRoutes({ setLang: sessions.setLang, langCookie: LANG_COOKIE, secureCookies }),
    ...borgerRoutes(),
    ...sagRoutes(),
    ...jobplanRoutes(),
    ...makroRoutes(),
    ...samtaleRoutes(samtale),
    ...referatRoutes(),
    ...opsaetningRoutes(),
    ...reglerRoutes(),
    ...kommuneRoutes(),
    ...ledelseRoutes(),
    ...virksomhedRoutes(),
    ...leverandoerRoutes(),
    ...markedRoutes(),
    ...apiNoegleRoutes(),
    ...minsideRoutes(),
    ...indsigtRoutes(),
    ...dialogRoutes(),
    ...joblogRoutes(),
    ...befordringRoutes(),
    ...chatbotRoutes(),
    // issue 5: jobs and matching on ESCO
    ...escoRoutes(),
    ...erhvervSoegRoutes(),
    ...cvRoutes(),
    ...jobordreRoutes(),
    ...annonceRoutes(),
    ...jobRoutes(),
  ];
}

/**
 * Endpoints outside the role-declared API, each with the reason it is open. The access-control test fails on any
 * registered route that is in neither list.
 */
export const OPEN_ENDPOINTS: Record<string, string> = {
  "GET /healthz": "liveness for the platform; no data",
  "GET /readyz": "readiness for the platform; no data",
  "GET /metrics": "Prometheus scrape; process and request counters only (restrict at the proxy)",
  "GET /api/openapi.json": "the API description",
  "GET /auth/login": "starts a login",
  "GET /auth/callback": "OpenID Connect redirect back from the provider",
  "POST /auth/logout": "ends the caller's own session (CSRF-protected)",
  "GET /auth/saml/metadata": "SAML service provider metadata for NemLog-in",
  "POST /auth/saml/acs": "SAML assertion consumer (signed response required)",
  "GET /idp/interaction/:uid": "demo identity provider login page",
  "POST /idp/interaction/:uid/login": "demo identity provider login",
  "POST /idp/interaction/:uid/abort": "demo identity provider cancel",
  "GET /vendor/dkfds/*": "design system assets",
  "GET /*": "the web app's static files",
  // provider API (api.ts): authenticated by the provider's API key (Bearer), not a session; scope checked per endpoint
  "GET /api/v1/openapi.json": "the provider API's description",
  "GET /api/v1/leverandoer/udbud": "provider API, API key with scope udbud:laes; the key's own provider only",
  "GET /api/v1/leverandoer/udbud/:id": "provider API, API key with scope udbud:laes; the key's own provider only",
  "GET /api/v1/leverandoer/tilmeldinger": "provider API, API key with scope tilmeldinger:laes; logged for the citizen",
  "GET /api/v1/leverandoer/tilmeldinger/:id": "provider API, API key with scope tilmeldinger:laes; logged",
  "POST /api/v1/leverandoer/tilmeldinger/:id/rapporter": "provider API, API key with scope rapporter:skriv; idempotent",
};

export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, database, logger } = deps;
  const webDist = config.webDist ? path.resolve(config.webDist) : defaultWebDist;
  const db = database.db;
  const clock = deps.clock ?? { now: () => new Date() };
  const secure = deps.publicUrl.startsWith("https://");
  const vault = createCprVault(config.cpr);
  const metrics = createMetrics();
  const sessions = createSessions(db, clock, {
    idleMinutes: config.session.idleMinutes,
    maxHours: config.session.maxHours,
    secureCookies: secure,
  });

  const app = Fastify({
    loggerInstance: logger as unknown as FastifyBaseLogger,
    trustProxy: true,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
  });

  const registered: { method: string; url: string }[] = [];
  app.addHook("onRoute", (r) => {
    for (const m of [r.method].flat()) if (m !== "HEAD") registered.push({ method: m, url: r.url });
  });

  const langOf = (req: FastifyRequest): Lang => {
    const c = req.cookies?.[LANG_COOKIE];
    if (c === "en" || c === "da") return c;
    return "da";
  };

  // Problem details for every error; never a stack trace or personal data in the answer.
  app.setErrorHandler((err, req, reply) => {
    const lang = langOf(req);
    let code: ErrorCode = "INTERNAL";
    let fieldErrors: { path: string; message: string }[] | undefined;
    if (err instanceof AppError) {
      code = err.code;
      fieldErrors = err.fieldErrors;
    } else if (
      (err as { code?: string }).code === "FST_CSRF_INVALID_TOKEN" ||
      (err as { code?: string }).code === "FST_CSRF_MISSING_SECRET"
    ) {
      code = "CSRF_INVALID";
    } else if ((err as { statusCode?: number }).statusCode === 429) {
      code = "RATE_LIMITED";
    } else if ((err as { statusCode?: number }).statusCode === 400 || (err as { validation?: unknown }).validation) {
      code = "VALIDATION_FAILED";
    } else if ((err as { statusCode?: number }).statusCode === 415) {
      code = "VALIDATION_FAILED";
    } else {
      req.log.error({ err }, "uventet fejl");
    }
    const p = problem(code, lang, { instance: req.id, ...(fieldErrors ? { errors: fieldErrors } : {}) });
    reply.status(p.status).type("application/problem+json").send(p);
  });

  const cookieSecret = vault.hash("cookie-signing-secret");
  await app.register(cookie, { secret: cookieSecret });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        formAction: ["'self'", ...(config.saml ? [new URL(config.saml.entryPoint).origin] : [])],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: secure ? [] : null,
      },
    },
    hsts: secure ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => {
      throw new AppError("RATE_LIMITED");
    },
  });
  await app.register(csrf, {
    sessionPlugin: "@fastify/cookie",
    cookieOpts: { path: "/", sameSite: "strict", httpOnly: true, secure, signed: true },
    getToken: (req) => req.headers["x-csrf-token"] as string | undefined,
  });

  // Every state-changing call made with a session cookie needs the CSRF token; the SAML assertion consumer is a
  // cross-site POST by design (protected by the signed response), changing the language changes nothing else, and the
  // reception's check-in acts on no session at all (its authority is the code from the citizen's confirmation).
  const csrfExempt = new Set(["/auth/saml/acs", "/api/sprog", "/api/offentlig/checkin"]);
  app.addHook("onRequest", (req, reply, done) => {
    const url = (req.raw.url ?? "").split("?")[0]!;
    if (["GET", "HEAD", "OPTIONS"].includes(req.method) || csrfExempt.has(url)) return done();
    // the provider API uses no cookies (an API key in the Authorization header), so there is no session to forge
    if (url.startsWith(`${API_PREFIKS}/`)) return done();
    if (!url.startsWith("/api/") && url !== "/auth/logout") return done();
    app.csrfProtection(req, reply, done);
  });

  app.addHook("onResponse", async (req, reply) => {
    const route = req.routeOptions.url ?? "ukendt";
    metrics.httpDuration.observe(
      { method: req.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  // Identity: the demo provider unless both staff and citizen logins are configured for production.
  const needsDemo = !config.oidc || !config.saml;
  const demo = needsDemo
    ? await mountDemoIdp(app, { db, publicUrl: deps.publicUrl, secureCookies: secure })
    : undefined;
  const demoSettings: OidcProviderSettings | undefined = demo
    ? { issuerKey: DEMO_ISSUER_KEY, issuer: demo.issuer, clientId: demo.clientId, clientSecret: demo.clientSecret }
    : undefined;
  const staffOidc: OidcProviderSettings = config.oidc
    ? { issuerKey: config.oidc.issuer, ...config.oidc }
    : demoSettings!;
  const saml = config.saml
    ? (await import("./platform/auth/saml.ts")).createSamlLogin({
        ...config.saml,
        callbackUrl: `${deps.publicUrl}/auth/saml/acs`,
        requestIdCache: (await import("./platform/auth/saml-request-store.ts")).samlRequestStore(db, clock),
      })
    : undefined;
  await registerLogin(app, {
    db,
    vault,
    sessions,
    metrics,
    publicUrl: deps.publicUrl,
    staffOidc,
    citizenOidc: saml ? undefined : demoSettings,
    saml,
    langOf,
    loginRateLimitPerMinute: config.loginRateLimitPerMinute,
    secureCookies: secure,
  });

  const video = jitsiUdbyder({
    domaene: config.video.domaene,
    appId: config.video.appId,
    hemmelighed: config.video.hemmelighed,
  });
  const routes = allRoutes(sessions, secure, { video, publicUrl: deps.publicUrl });
  const udsendelser = {
    db,
    now: () => clock.now(),
    publicUrl: deps.publicUrl,
    log: logger,
  };
  if (config.udsendelseIntervalSekunder > 0) {
    const stop = startUdsendelser(udsendelser, config.udsendelseIntervalSekunder);
    app.addHook("onClose", stop);
  }
  const webhooks = { db, now: () => clock.now(), log: logger };
  if (config.udsendelseIntervalSekunder > 0) {
    const stop = startWebhooks(webhooks, config.udsendelseIntervalSekunder);
    app.addHook("onClose", stop);
  }
  registerRoutes(app, routes, {
    db,
    clock,
    vault,
    authenticate: sessions.authenticate,
    optionalUser: async (req, reply) => {
      if (!req.cookies[SESSION_COOKIE]) return undefined;
      return sessions.authenticate(req, reply).catch(() => undefined);
    },
    langOf,
  });
  // The taxonomy's in-memory indexes are built in the background once the server is ready (modules/esco/forvarm.ts),
  // so the first search, ad or match after a start does not wait seconds for them. Start-up neither waits for them
  // nor fails with them; closing waits for a build under way, so it never reads a closed database.
  let forvarmning: Promise<void> = Promise.resolve();
  app.addHook("onReady", async () => {
    forvarmning = forvarmTaksonomi(db, logger);
  });
  app.addHook("onClose", async () => {
    await forvarmning;
  });
  const spec = openApi(routes);
  app.get("/api/openapi.json", async () => spec);
  await app.register(leverandoerApi({ db, clock, publicUrl: deps.publicUrl }));

  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_req, reply) => {
    try {
      await sql`select 1`.execute(db);
      const pending = await pendingMigrations(db);
      if (pending.length) return reply.status(503).send({ status: "migrations mangler", pending });
      return { status: "klar", database: database.engine };
    } catch {
      return reply.status(503).send({ status: "database utilgængelig" });
    }
  });
  app.get("/metrics", async (_req, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  await app.register(fastifyStatic, {
    root: path.join(root, "node_modules/dkfds/dist"),
    prefix: "/vendor/dkfds/",
    decorateReply: false,
  });
  const hasWeb = existsSync(path.join(webDist, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, prefix: "/", wildcard: true, index: ["index.html"] });
  }
  app.setNotFoundHandler((req, reply) => {
    const url = req.raw.url ?? "";
    if (req.method === "GET" && hasWeb && !/^\/(api|auth|idp)\//.test(url)) {
      return reply.type("text/html; charset=utf-8").sendFile("index.html", webDist);
    }
    const p = problem("NOT_FOUND", langOf(req), { instance: req.id });
    return reply.status(404).type("application/problem+json").send(p);
  });

  return {
    app,
    routes,
    registered,
    vault,
    koerUdsendelser: () => koerUdsendelser(udsendelser),
    koerWebhooks: () => koerWebhooks(webhooks),
  };
}
