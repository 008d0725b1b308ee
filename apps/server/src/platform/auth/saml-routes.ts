import formbody from "@fastify/formbody";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../http/errors.ts";
import type { createSamlLogin, SamlIdentity } from "./saml.ts";

export interface SamlRoutesDeps {
  saml: ReturnType<typeof createSamlLogin>;
  /** Called with a validated identity; starts the session and answers the browser (typically a redirect). */
  onIdentity(identity: SamlIdentity, relayState: string, req: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Posts to the assertion consumer per address and minute (when @fastify/rate-limit is registered). Default 60. */
  rateLimitPerMinute?: number;
}

/**
 * NemLog-in's two endpoints on our side:
 *   GET  /auth/saml/metadata  our SP metadata, for NemLog-in's administration portal
 *   POST /auth/saml/acs       the assertion consumer service (HTTP-POST binding)
 * The form-body parser is registered only inside the ACS's own plugin, so no other route accepts form posts.
 * A rejected response sends the browser back to the front page with the error's code (`/?fejl=SAML_…`), which the
 * page explains in the user's language; its reason is logged without personal data.
 */
export function registerSamlRoutes(app: FastifyInstance, deps: SamlRoutesDeps): void {
  app.get("/auth/saml/metadata", async (_req, reply) => {
    return reply
      .type("application/samlmetadata+xml")
      .header("cache-control", "public, max-age=3600")
      .send(deps.saml.metadata());
  });

  app.register(async (inst) => {
    await inst.register(formbody, { bodyLimit: 512 * 1024 });
    inst.post(
      "/auth/saml/acs",
      { config: { rateLimit: { max: deps.rateLimitPerMinute ?? 60, timeWindow: "1 minute" } } },
      async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const samlResponse = body.SAMLResponse;
        const relayState = typeof body.RelayState === "string" ? body.RelayState : "";
        if (typeof samlResponse !== "string" || samlResponse === "") {
          req.log.warn({ code: "SAML_INVALID" }, "SAML-svar afvist: SAMLResponse mangler");
          return reply.redirect("/?fejl=SAML_INVALID", 303);
        }
        let identity: SamlIdentity;
        try {
          identity = await deps.saml.validatePostResponse({ SAMLResponse: samlResponse });
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          req.log.warn({ code: e.code, reason: typeof e.cause === "string" ? e.cause : undefined }, "SAML-svar afvist");
          return reply.redirect(`/?fejl=${e.code}`, 303);
        }
        req.log.info({ kind: identity.kind }, "SAML-svar godkendt");
        await deps.onIdentity(identity, relayState, req, reply);
        return reply;
      },
    );
  });
}
