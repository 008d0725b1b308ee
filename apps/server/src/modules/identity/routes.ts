import { z } from "zod";
import { ROLES } from "#contracts/roles.ts";
import { defineRoute } from "../../platform/http/route.ts";

/** The user's own session: who am I, and which language do I want. */
export function identityRoutes(deps: {
  setLang(sessionId: string, lang: "da" | "en"): Promise<void>;
  langCookie: string;
  secureCookies: boolean;
}) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/session",
      summary: "Den indloggede bruger og CSRF-token til skrivende kald",
      allow: ROLES,
      scope: "session",
      handler: async (_input, ctx) => {
        const k = await ctx.db
          .selectFrom("kommune")
          .leftJoin("kommune_indstillinger", "kommune_indstillinger.kommunekode", "kommune.kommunekode")
          .select(["kommune.navn", "kommune_indstillinger.jobcenter_navn"])
          .where("kommune.kommunekode", "=", ctx.user.kommunekode)
          .executeTakeFirst();
        return {
          user: {
            id: ctx.user.userId,
            name: ctx.user.name,
            role: ctx.user.role,
            kommunekode: ctx.user.kommunekode,
            kommunenavn: k?.navn ?? null,
            jobcenterNavn: k?.jobcenter_navn ?? null,
            lang: ctx.user.lang,
            expiresAt: ctx.user.expiresAt.toISOString(),
            /** the server's time, so the browser measures the session's idle time on the server's clock */
            serverTid: ctx.clock.now().toISOString(),
          },
          csrfToken: ctx.reply.generateCsrf(),
        };
      },
    }),
    defineRoute({
      method: "PUT",
      url: "/api/sprog",
      summary: "Skift sprog (dansk eller engelsk) for sessionen og browseren",
      allow: "offentlig",
      scope: "session",
      body: z.object({ lang: z.enum(["da", "en"]) }),
      sample: () => ({ own: { body: { lang: "en" } } }),
      handler: async ({ body }, ctx) => {
        if (ctx.user) await deps.setLang(ctx.user.sessionId, body.lang);
        ctx.reply.setCookie(deps.langCookie, body.lang, {
          path: "/",
          sameSite: "lax",
          secure: deps.secureCookies,
          maxAge: 365 * 24 * 3600,
        });
        return { lang: body.lang };
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/kommuner",
      summary: "Alle 98 kommuner med kode og region",
      allow: "offentlig",
      scope: "public",
      handler: async (_input, ctx) =>
        ctx.db
          .selectFrom("kommune")
          .select(["kommunekode", "navn", "regionsnavn"])
          .where("er_kommune", "=", true)
          .orderBy("kommunekode")
          .execute(),
    }),
  ];
}
