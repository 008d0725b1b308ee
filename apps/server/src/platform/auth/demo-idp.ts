import { generateKeyPairSync, randomBytes } from "node:crypto";
import formbody from "@fastify/formbody";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { MAALGRUPPER, type Maalgruppe } from "#contracts/maalgrupper.ts";
import { type Portal, portalRoles, type Role, roleLabel } from "#contracts/roles.ts";
import type { DB } from "../db/schema.ts";

/**
 * The embedded demo identity provider: a real OpenID Connect provider (oidc-provider) running in-process under /idp,
 * whose accounts are the demo users (bruger rows with idp_issuer = "demo"). Jobunivers logs in against it with the
 * same OpenID Connect client code it uses against a municipality's real provider; only the login page differs:
 * instead of a password it lets you pick a demo user.
 */
export const DEMO_ISSUER_KEY = "demo";
export const DEMO_CLIENT_ID = "jobunivers";

export interface DemoIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** oidc-provider's grant for a first-party client: `openid profile` without asking for consent. */
export async function firstPartyGrant(ctx: KoaContextWithOIDC) {
  const grantId =
    (ctx.oidc.result?.consent as { grantId?: string } | undefined)?.grantId ??
    ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
  if (grantId) return ctx.oidc.provider.Grant.find(grantId);
  const grant = new ctx.oidc.provider.Grant({
    clientId: ctx.oidc.client!.clientId,
    accountId: ctx.oidc.session!.accountId,
  });
  grant.addOIDCScope("openid profile");
  await grant.save();
  return grant;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export async function mountDemoIdp(
  app: FastifyInstance,
  opts: { db: Kysely<DB>; publicUrl: string; secureCookies: boolean },
): Promise<DemoIdp> {
  const issuer = `${opts.publicUrl}/idp`;
  const clientSecret = randomBytes(24).toString("base64url");
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: "demo-1", use: "sig", alg: "RS256" };

  const config: Configuration = {
    clients: [
      {
        client_id: DEMO_CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: [`${opts.publicUrl}/auth/callback`],
        post_logout_redirect_uris: [`${opts.publicUrl}/`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    pkce: { required: () => true },
    claims: { openid: ["sub"], profile: ["name", "locale"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/idp/interaction/${interaction.uid}` },
    ttl: { Session: 8 * 3600, Interaction: 600, Grant: 8 * 3600, AccessToken: 600, IdToken: 600 },
    findAccount: async (_ctx, sub) => {
      const u = await opts.db
        .selectFrom("bruger")
        .select(["idp_subject", "navn"])
        .where("idp_issuer", "=", DEMO_ISSUER_KEY)
        .where("idp_subject", "=", sub)
        .where("aktiv", "=", true)
        .executeTakeFirst();
      if (!u) return undefined;
      return { accountId: u.idp_subject, claims: async () => ({ sub: u.idp_subject, name: u.navn }) };
    },
    // The demo provider is first-party: Jobunivers is its only client, so consent is granted without asking.
    loadExistingGrant: firstPartyGrant,
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = page(
        "Login-fejl",
        `<h1>Login lykkedes ikke</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p><p><a href="/">Til forsiden</a></p>`,
      );
    },
  };
  const provider = new Provider(issuer, config);
  provider.proxy = true;
  const callback = provider.callback();

  // Everything under /idp except our own interaction pages is the provider's (a Koa app). It gets the raw request
  // before Fastify reads the body, with the /idp prefix stripped and originalUrl kept so it knows its mount path.
  app.addHook("onRequest", async (req, reply) => {
    const url = req.raw.url ?? "";
    if (!url.startsWith("/idp/") || url.startsWith("/idp/interaction/")) return;
    reply.hijack();
    const raw = req.raw as typeof req.raw & { originalUrl?: string };
    raw.originalUrl = url;
    raw.url = url.slice("/idp".length);
    callback(raw, reply.raw);
  });

  await app.register(async (scoped) => {
    await scoped.register(formbody);

    scoped.get<{ Params: { uid: string } }>("/idp/interaction/:uid", async (req, reply) => {
      const details = await provider.interactionDetails(req.raw, reply.raw);
      const hint = String(details.params.login_hint ?? "");
      const lang = String(details.params.ui_locales ?? "da").startsWith("en") ? "en" : "da";
      const portal = (Object.keys(portalRoles) as Portal[]).find((p) => p === hint);
      const roles =
        portal && req.query && (req.query as { alle?: string }).alle !== "1" ? portalRoles[portal] : undefined;
      const users = await opts.db
        .selectFrom("bruger")
        .innerJoin("kommune", "kommune.kommunekode", "bruger.kommunekode")
        .leftJoin("borger", "borger.id", "bruger.borger_id")
        .select([
          "bruger.idp_subject",
          "bruger.navn",
          "bruger.rolle",
          "bruger.titel",
          "kommune.navn as kommune",
          "borger.maalgruppe",
        ])
        .where("bruger.idp_issuer", "=", DEMO_ISSUER_KEY)
        .where("bruger.aktiv", "=", true)
        .$if(!!roles, (q) => q.where("bruger.rolle", "in", roles as Role[]))
        .orderBy("kommune.kommunekode", "desc")
        .orderBy("bruger.rolle")
        .orderBy("bruger.navn")
        .execute();
      const t = lang === "en" ? EN : DA;
      const rows = users
        .map((u) => {
          const role = roleLabel[u.rolle as Role][lang];
          const detail = u.maalgruppe ? MAALGRUPPER[u.maalgruppe as Maalgruppe]?.[lang] : (u.titel ?? "");
          return `<li class="demo-user mb-4"><form method="post" action="/idp/interaction/${escapeHtml(req.params.uid)}/login">
<input type="hidden" name="account" value="${escapeHtml(u.idp_subject)}">
<button class="button button-secondary" type="submit" data-testid="demo-user-${escapeHtml(u.idp_subject)}">${escapeHtml(u.navn)}</button>
<span class="ml-3">${escapeHtml(role)} · ${escapeHtml(u.kommune)}${detail && detail !== role ? ` · ${escapeHtml(detail)}` : ""}</span></form></li>`;
        })
        .join("\n");
      const all = roles
        ? `<p><a href="/idp/interaction/${escapeHtml(req.params.uid)}?alle=1">${t.showAll}</a></p>`
        : "";
      reply.type("text/html; charset=utf-8");
      return page(
        t.title,
        `<h1>${t.title}</h1><p>${t.intro}</p>${all}<ul class="nobullet-list demo-users">${rows}</ul>
<form method="post" action="/idp/interaction/${escapeHtml(req.params.uid)}/abort"><button class="button button-tertiary" type="submit">${t.cancel}</button></form>`,
        lang,
      );
    });

    scoped.post<{ Params: { uid: string }; Body: { account?: string } }>(
      "/idp/interaction/:uid/login",
      { config: { rateLimit: { max: 30, timeWindow: "1 minute" } } },
      async (req, reply) => {
        const account = String(req.body?.account ?? "");
        const found = await opts.db
          .selectFrom("bruger")
          .select("idp_subject")
          .where("idp_issuer", "=", DEMO_ISSUER_KEY)
          .where("idp_subject", "=", account)
          .executeTakeFirst();
        reply.hijack();
        const result = found
          ? { login: { accountId: found.idp_subject } }
          : { error: "access_denied", error_description: "Ukendt demobruger" };
        await provider.interactionFinished(req.raw, reply.raw, result, { mergeWithLastSubmission: false });
      },
    );

    scoped.post<{ Params: { uid: string } }>("/idp/interaction/:uid/abort", async (req, reply) => {
      reply.hijack();
      await provider.interactionFinished(
        req.raw,
        reply.raw,
        { error: "access_denied", error_description: "Login afbrudt" },
        { mergeWithLastSubmission: false },
      );
    });
  });

  return { issuer, clientId: DEMO_CLIENT_ID, clientSecret };
}

const DA = {
  title: "Demo-login",
  intro:
    "Dette er Jobunivers' indbyggede demo-identitetsudbyder (OpenID Connect). I drift logger borgere og virksomheder ind med MitID via NemLog-in, og medarbejdere med kommunens eget login. Vælg en demobruger:",
  showAll: "Vis alle demobrugere",
  cancel: "Afbryd",
};
const EN = {
  title: "Demo login",
  intro:
    "This is Jobunivers' built-in demo identity provider (OpenID Connect). In production citizens and employers log in with MitID through NemLog-in, and staff with the municipality's own login. Choose a demo user:",
  showAll: "Show all demo users",
  cancel: "Cancel",
};

function page(title: string, body: string, lang = "da"): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Jobunivers</title><link rel="stylesheet" href="/vendor/dkfds/css/dkfds-borgerdk.min.css"></head>
<body><header class="header"><div class="container py-4"><p class="h3 m-0">Jobunivers demo-IdP</p></div></header>
<main id="main-content" class="container py-6"><div class="row"><div class="col-12 col-lg-8">${body}</div></div></main></body></html>`;
}
