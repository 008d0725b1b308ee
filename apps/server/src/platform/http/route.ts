import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Role } from "#contracts/roles.ts";
import type { Actor } from "../audit/access.ts";
import type { CprVault } from "../crypto/cpr-vault.ts";
import type { DB } from "../db/schema.ts";
import { type Tx, withTenant } from "../db/tenant.ts";
import { AppError, type Lang } from "./errors.ts";
import type { markedEksempler } from "../../seed/marked.ts";
import type { minsideEksempler } from "../../seed/minside.ts";
import type { indsigtEksempler } from "../../seed/indsigt.ts";
import type { dialogEksempler } from "../../seed/dialog.ts";
import type { joblogEksempler } from "../../seed/joblog.ts";
import type { befordringEksempler } from "../../seed/befordring.ts";
import type { cvEksempler } from "../../seed/cv.ts";
import type { jobEksempler } from "../../seed/job.ts";
import type { jobordreEksempler } from "../../seed/jobordre.ts";
import type { chatbotEksempler } from "../../seed/chatbot.ts";

/**
 * Every API route is declared with the roles that may call it and the scope of data it works on.
 * The declaration is the single source for authorisation, validation, the OpenAPI description and the
 * access-control matrix test (which walks every declared route with every role from two municipalities).
 */
export type Scope =
  /** no personal or tenant data */
  | "public"
  /** the logged-in citizen's own data */
  | "egne"
  /** data of the user's own municipality */
  | "kommune"
  /** data of the employer user's own CVR number */
  | "cvr"
  /** data of the provider user's own organisation */
  | "leverandoer"
  /** the logged-in user's own session and settings */
  | "session";

export interface Clock {
  now(): Date;
}

export interface SessionUser extends Actor {
  sessionId: string;
  lang: Lang;
  cvr: string | null;
  leverandoerId: string | null;
  expiresAt: Date;
}

export interface RouteContext {
  /** The logged-in user; for an "offentlig" route it may be absent. */
  user: SessionUser;
  lang: Lang;
  db: Kysely<DB>;
  clock: Clock;
  vault: CprVault;
  /** One transaction in the user's municipality, as the application role (row-level security applies). */
  tenant<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  request: FastifyRequest;
  reply: FastifyReply;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RouteDef<
  B extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
> {
  method: Method;
  url: string;
  summary: string;
  /** The roles that may call the route, or "offentlig" for a route anyone may call without logging in. */
  allow: readonly Role[] | "offentlig";
  scope: Scope;
  body?: B;
  query?: Q;
  params?: P;
  /** Answer status for success (default 200). */
  status?: number;
  /** Largest accepted request body in bytes, where a route takes more than the app's default (e.g. an upload). */
  bodyLimit?: number;
  /** Requests per minute per address, for an open route that could be guessed at (e.g. the check-in code). */
  rateLimitPerMinute?: number;
  handler: (input: { body: z.infer<B>; query: z.infer<Q>; params: z.infer<P> }, ctx: RouteContext) => Promise<unknown>;
  /**
   * How the access-control test calls the route: a valid input that names data of the caller's own municipality
   * (`own`) and, for routes that name a resource, the same kind of data of the other municipality (`foreign`).
   */
  sample?: (f: SampleFixture) => { own: RouteInput; foreign?: RouteInput };
}

export interface RouteInput {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

/** The ids the access-control test gives a route's sample, from the caller's own and the other municipality. */
export interface SampleIds {
  borgerId: string;
  userId: string;
  kommunekode: string;
  /** a journal note, a document, a macro text and a jobplan item (of `borgerId`) of the municipality's demo data */
  notatId: string;
  dokumentId: string;
  makroId: string;
  jobplanPunktId: string;
  /** the demo conversations (seed/samtale.ts): an upcoming one, one to move, one to cancel, a held one without
   * attendance, one with draft minutes, one with approved minutes; a meeting type; messages; a notification */
  samtaleId: string;
  samtaleFlytId: string;
  samtaleAflysId: string;
  samtaleHoldtId: string;
  samtaleReferatId: string;
  samtaleGodkendtId: string;
  samtaleFremmoedeId: string;
  moedetypeId: string;
  beskedId: string;
  beskedBrevId: string;
  notifikationId: string;
  checkinKode: string;
  /** valid bodies for booking and moving on the demo day */
  bookingEksempel: Record<string, string>;
  flytEksempel: Record<string, string>;
  medarbejderBookingEksempel: Record<string, string>;
  medarbejderFlytEksempel: Record<string, string>;
  /** the demo marketplace's ids and valid bodies (seed/marked.ts markedEksempler) */
  marked: ReturnType<typeof markedEksempler>;
  /** Min side (issue 7): each part's ids and valid bodies (seed/<part>.ts) */
  minside: ReturnType<typeof minsideEksempler>;
  indsigt: ReturnType<typeof indsigtEksempler>;
  dialog: ReturnType<typeof dialogEksempler>;
  joblog: ReturnType<typeof joblogEksempler>;
  befordring: ReturnType<typeof befordringEksempler>;
  chatbot: ReturnType<typeof chatbotEksempler>;
  /** issue 5: jobs and matching (seed/<part>.ts) */
  cv: ReturnType<typeof cvEksempler>;
  jobordre: ReturnType<typeof jobordreEksempler>;
  job: ReturnType<typeof jobEksempler>;
}
export interface SampleFixture {
  own: SampleIds;
  foreign: SampleIds;
}

export function defineRoute<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType>(
  def: RouteDef<B, Q, P>,
): RouteDef {
  return def as unknown as RouteDef;
}

export interface RouteDeps {
  db: Kysely<DB>;
  clock: Clock;
  vault: CprVault;
  /** Resolves the session of a request, or throws NOT_AUTHENTICATED / SESSION_EXPIRED. */
  authenticate(req: FastifyRequest, reply: FastifyReply): Promise<SessionUser>;
  /** Resolves the session if there is a valid one, without failing. */
  optionalUser(req: FastifyRequest, reply: FastifyReply): Promise<SessionUser | undefined>;
  langOf(req: FastifyRequest): Lang;
}

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string, lang: Lang): z.infer<T> {
  if (!schema) return undefined as z.infer<T>;
  const r = schema.safeParse(value, { error: (lang === "en" ? z.locales.en() : z.locales.da()).localeError });
  if (r.success) return r.data;
  throw new AppError(
    "VALIDATION_FAILED",
    r.error.issues.map((i) => ({ path: [where, ...i.path].join("."), message: i.message })),
  );
}

export function registerRoutes(app: FastifyInstance, defs: readonly RouteDef[], deps: RouteDeps): void {
  for (const def of defs) {
    app.route({
      method: def.method,
      url: def.url,
      ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
      config: {
        jobunivers: { allow: def.allow, scope: def.scope },
        ...(def.rateLimitPerMinute ? { rateLimit: { max: def.rateLimitPerMinute, timeWindow: "1 minute" } } : {}),
      },
      handler: async (req, reply) => {
        let user: SessionUser | undefined;
        if (def.allow === "offentlig") {
          user = await deps.optionalUser(req, reply);
        } else {
          user = await deps.authenticate(req, reply);
          if (!def.allow.includes(user.role)) throw new AppError("FORBIDDEN");
        }
        const lang = user?.lang ?? deps.langOf(req);
        const input = {
          params: parse(def.params, req.params, "params", lang),
          query: parse(def.query, req.query, "query", lang),
          body: parse(def.body, req.body ?? {}, "body", lang),
        };
        const ctx: RouteContext = {
          user: user as SessionUser,
          lang,
          db: deps.db,
          clock: deps.clock,
          vault: deps.vault,
          tenant: (fn) => {
            if (!user) throw new AppError("NOT_AUTHENTICATED");
            return withTenant(deps.db, user.kommunekode, fn);
          },
          request: req,
          reply,
        };
        const result = await def.handler(input, ctx);
        reply.status(def.status ?? 200);
        return result ?? { ok: true };
      },
    });
  }
}

/** OpenAPI 3.1 description generated from the route declarations. */
export function openApi(defs: readonly RouteDef[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const d of defs) {
    const p = d.url.replace(/:([a-zA-Z]+)/g, "{$1}");
    const op: Record<string, unknown> = {
      summary: d.summary,
      "x-roles": d.allow,
      ...(d.allow === "offentlig" ? { security: [] } : {}),
      "x-scope": d.scope,
      responses: {
        [String(d.status ?? 200)]: { description: "OK" },
        default: { description: "Problem", content: { "application/problem+json": {} } },
      },
    };
    const params: unknown[] = [];
    if (d.params) {
      const js = z.toJSONSchema(d.params) as { properties?: Record<string, unknown> };
      for (const [name, schema] of Object.entries(js.properties ?? {}))
        params.push({ name, in: "path", required: true, schema });
    }
    if (d.query) {
      const js = z.toJSONSchema(d.query) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, schema] of Object.entries(js.properties ?? {}))
        params.push({ name, in: "query", required: js.required?.includes(name) ?? false, schema });
    }
    if (params.length) op.parameters = params;
    if (d.body) op.requestBody = { content: { "application/json": { schema: z.toJSONSchema(d.body) } } };
    paths[p] = { ...(paths[p] ?? {}), [d.method.toLowerCase()]: op };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Jobunivers API", version: "0.1.0", description: "Alle svar med fejl er RFC 9457 problem details." },
    components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "ju_sid" } } },
    security: [{ session: [] }],
    paths,
  };
}
