/**
 * The provider API (docs/provider-api.md): a provider's own systems read its offers and enrolments and report
 * attendance, progress and completion, with an API key instead of a session.
 *
 * - Authentication: `Authorization: Bearer jbu_<praefiks>_<hemmelighed>`. The key is looked up by its prefix across
 *   municipalities (the one look-up outside a municipality), its secret compared with the stored hash in constant
 *   time; everything after that runs in one transaction inside the key's municipality (row-level security applies).
 * - Scopes: each endpoint needs one; a key without it gets 403.
 * - Idempotency: every write needs an `Idempotency-Key` header. The first successful answer is stored with a hash of
 *   the request; the same key with the same request answers the stored answer again (header `Idempotent-Replayed`),
 *   the same key with another request is refused (422). A refused request stores nothing and changes nothing.
 * - Errors: RFC 9457 problem details with a stable `code`, Danish `title`, a `detail` where there is more to say, and
 *   `errors: [{ path, message }]` for each field in error (`body.dato`, `query.status`, `header.Idempotency-Key`).
 * - The OpenAPI 3.1 description (GET /api/v1/openapi.json) is generated from the same declarations as the routes.
 */
import { createHash } from "node:crypto";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import { type ErrorCode, errors } from "#contracts/errors.ts";
import { type Actor, recordAccesses } from "../../platform/audit/access.ts";
import type { DB } from "../../platform/db/schema.ts";
import { type Tx, withTenant } from "../../platform/db/tenant.ts";
import { AppError, problem } from "../../platform/http/errors.ts";
import type { Clock } from "../../platform/http/route.ts";
import { type ApiScope, noegleMatcher, praefiksAf, SCOPE_BESKRIVELSE, SCOPES } from "./api-noegler.ts";
import { NIVEAUER, SPROG, UDBUD_ARTER, UDBUD_STATUS } from "./model.ts";
import { udbudOut } from "./routes.ts";
import { leverandoerensTilmeldinger, rapporter, udbud, udbudListe } from "./store.ts";
import { HEADER, MAKS_FORSOEG, BACKOFF_MINUTTER, TIMEOUT_MS } from "./webhook.ts";

export const API_PREFIKS = "/api/v1";
/** Requests per minute per key. */
export const RATE_LIMIT_PR_MINUT = 300;

/** A refusal with more to say than the catalogue's title: the `detail` of the problem. */
export class ApiProblem extends AppError {
  constructor(
    code: ErrorCode,
    readonly detail: string,
    fieldErrors?: { path: string; message: string }[],
  ) {
    super(code, fieldErrors);
  }
}

/* ----------------------------------------------------------------- schemas (input and, for the description, output) */

const Uuid = z.uuid({ error: "Skal være et UUID, fx 3f0c2a4e-6b1d-4c8e-9a57-2d9e4b1f7c10" });
const IdParams = z.object({ id: Uuid });
const TILMELDING_STATUS = ["tilmeldt", "startet", "gennemfoert", "afbrudt", "afmeldt"] as const;
const RAPPORT_ARTER = ["fremmoede", "fravaer", "fremskridt", "gennemfoert", "afbrudt"] as const;

const HELTAL_0_100 = "Skal være et helt tal fra 0 til 100";

export const RapportInput = z
  .strictObject({
    art: z
      .enum(RAPPORT_ARTER, { error: `Skal være en af: ${RAPPORT_ARTER.join(", ")}` })
      .describe(
        "fremmoede: mødt op (starter forløbet); fravaer: udeblevet (på et formelt tilbud ser sagen det); fremskridt: procent gennemført; gennemfoert: forløbet er gennemført (afslutter tilbuddet på sagen); afbrudt: borgeren er stoppet",
      ),
    dato: z.iso.date({ error: "Skal være en dato som ÅÅÅÅ-MM-DD" }).describe("Dagen det gælder (dansk kalenderdato)"),
    modulId: Uuid.optional().describe("Modulet fremmødet eller fraværet gælder (et modul borgeren er tilmeldt)"),
    fremskridt: z
      .number({ error: HELTAL_0_100 })
      .int(HELTAL_0_100)
      .min(0, HELTAL_0_100)
      .max(100, HELTAL_0_100)
      .optional()
      .describe("Procent gennemført, 0–100 (krævet ved art fremskridt)"),
    bemaerkning: z
      .string({ error: "Skal være tekst" })
      .trim()
      .max(1000, "Højst 1000 tegn")
      .optional()
      .describe("Kort bemærkning; ingen helbredsoplysninger"),
  })
  .refine((r) => r.art !== "fremskridt" || r.fremskridt !== undefined, {
    message: "Angiv fremskridt i procent, når art er fremskridt",
    path: ["fremskridt"],
  });
export type RapportInput = z.infer<typeof RapportInput>;

const TilmeldingFilter = z.strictObject({
  udbudId: Uuid.optional().describe("Kun tilmeldinger på dette udbud"),
  status: z
    .enum(TILMELDING_STATUS, { error: `Skal være en af: ${TILMELDING_STATUS.join(", ")}` })
    .optional()
    .describe("Kun tilmeldinger med denne status"),
});

const Modul = z.object({
  id: z.uuid(),
  titel: z.string(),
  form: z.enum(["digital", "live", "fysisk"]),
  start: z.iso.datetime({ offset: true }),
  slut: z.iso.datetime({ offset: true }),
  sted: z.string().nullable(),
  kapacitet: z.number().int(),
  ledige: z.number().int(),
});
const UdbudSvar = z.object({
  id: z.uuid(),
  titel: z.string(),
  beskrivelse: z.string(),
  art: z.enum(UDBUD_ARTER),
  sprog: z.array(z.enum(SPROG)),
  niveau: z.enum(NIVEAUER),
  varighedUger: z.number().int(),
  timerPrUge: z.number().int(),
  kompetencer: z.array(z.object({ uri: z.string(), navn: z.string() })),
  maalgrupper: z.array(z.object({ kode: z.string(), navn: z.string() })),
  prisTokens: z.number().int().nullable(),
  abonnement: z.boolean(),
  status: z.enum(UDBUD_STATUS),
  statusAarsag: z.string().nullable(),
  leverandoer: z.string(),
  leverandoerId: z.uuid(),
  opdateret: z.iso.datetime({ offset: true }),
  ledigePladser: z.number().int().nullable().optional(),
  naesteModul: z.string().nullable().optional(),
  moduler: z.array(Modul).optional(),
});
const TilmeldingSvar = z.object({
  id: z.uuid(),
  udbudId: z.uuid(),
  udbudTitel: z.string(),
  status: z.enum(TILMELDING_STATUS),
  formeltTilbud: z
    .boolean()
    .describe("Bevilget af jobcentret som tilbud: gennemførelse og fravær står på borgerens sag"),
  start: z.iso.date(),
  slut: z.iso.date(),
  fremskridt: z.number().int().min(0).max(100),
  tilmeldt: z.iso.datetime({ offset: true }),
  startet: z.iso.datetime({ offset: true }).nullable(),
  afsluttet: z.iso.datetime({ offset: true }).nullable(),
  deltager: z.object({ navn: z.string(), email: z.string().nullable(), telefon: z.string().nullable() }),
});
const RapportSvar = z.object({
  art: z.enum(RAPPORT_ARTER),
  dato: z.iso.date(),
  modulId: z.uuid().nullable(),
  fremskridt: z.number().int().nullable(),
  bemaerkning: z.string().nullable(),
  kilde: z.enum(["skaerm", "api"]),
  registreret: z.iso.datetime({ offset: true }),
});
const ProblemSvar = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/* ----------------------------------------------------------------- examples */

const EKS = {
  udbudId: "00000000-0000-4000-8000-000000003003",
  tilmeldingId: "7d1f4b9e-2c3a-4e5f-8a6b-9c0d1e2f3a4b",
  modulId: "5b2e8c1d-4f6a-4b7c-9d8e-0f1a2b3c4d5e",
};
const eksUdbud = {
  id: EKS.udbudId,
  titel: "Excel og kontorsoftware fra bunden",
  beskrivelse: "Regneark, tekstbehandling og e-mail, som en kontorarbejdsplads bruger dem.",
  art: "online",
  sprog: ["da"],
  niveau: "begynder",
  varighedUger: 4,
  timerPrUge: 5,
  kompetencer: [{ uri: "http://data.europa.eu/esco/skill/…", navn: "bruge regneark" }],
  maalgrupper: [],
  prisTokens: 25,
  abonnement: false,
  status: "godkendt",
  statusAarsag: null,
  leverandoer: "Kursushuset Sjælland ApS",
  leverandoerId: "00000000-0000-4000-8000-000000000901",
  opdateret: "2026-11-23T08:00:00.000Z",
};
const eksTilmelding = {
  id: EKS.tilmeldingId,
  udbudId: EKS.udbudId,
  udbudTitel: "Excel og kontorsoftware fra bunden",
  status: "startet",
  formeltTilbud: true,
  start: "2026-11-23",
  slut: "2026-12-20",
  fremskridt: 40,
  tilmeldt: "2026-11-23T09:00:00.000Z",
  startet: "2026-11-23T09:00:00.000Z",
  afsluttet: null,
  deltager: { navn: "Mette Hansen", email: "mette@example.org", telefon: "+45 20 30 40 50" },
};

/* ----------------------------------------------------------------- the endpoints */

export interface ApiNoegle {
  id: string;
  navn: string;
  kommunekode: string;
  leverandoerId: string;
  leverandoerNavn: string;
  scopes: string[];
}

interface ApiCtx {
  tx: Tx;
  noegle: ApiNoegle;
  now: Date;
  idempotensnoegle: string | null;
}

interface Endpoint<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: "GET" | "POST";
  /** under /api/v1 */
  sti: string;
  operationId: string;
  summary: string;
  description: string;
  scope: ApiScope;
  params?: P;
  query?: Q;
  body?: B;
  status: number;
  svar: z.ZodType;
  eksempel: unknown;
  eksempelKrop?: unknown;
  /** the problems this endpoint can answer besides 400, 401, 403 and 429 */
  fejl: ErrorCode[];
  handler: (input: { params: z.infer<P>; query: z.infer<Q>; body: z.infer<B> }, ctx: ApiCtx) => Promise<unknown>;
}

const endpoint = <P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(e: Endpoint<P, Q, B>) =>
  e as unknown as Endpoint;

/** The provider's enrolments in API form, with the participant's name and contact. */
async function tilmeldingerApi(
  tx: Tx,
  leverandoerId: string,
  f: { id?: string; udbudId?: string | undefined; status?: string | undefined },
) {
  const rows = await leverandoerensTilmeldinger(tx, leverandoerId, f);
  return rows.map((r) => ({
    borgerId: r.borger_id,
    svar: {
      id: r.id,
      udbudId: r.udbud_id,
      udbudTitel: r.titel,
      status: r.status,
      formeltTilbud: r.formelt_tilbud,
      start: r.start,
      slut: r.slut,
      fremskridt: r.fremskridt,
      tilmeldt: r.tilmeldt,
      startet: r.startet,
      afsluttet: r.afsluttet,
      deltager: { navn: `${r.fornavn} ${r.efternavn}`, email: r.email, telefon: r.telefon },
    },
  }));
}

/** The key as the actor of the citizen's access log: the provider's key, by name. */
const aktoer = (n: ApiNoegle): Actor => ({
  userId: n.id,
  name: `${n.leverandoerNavn} (API-nøgle «${n.navn}»)`,
  role: "leverandoer",
  kommunekode: n.kommunekode,
});

async function logAdgang(ctx: ApiCtx, borgerIds: string[]) {
  await recordAccesses(
    ctx.tx,
    aktoer(ctx.noegle),
    [...new Set(borgerIds)].map((borgerId) => ({
      borgerId,
      handling: "Leverandør hentede tilmelding via API",
      ressource: "marked/tilmeldinger",
      formaal: "Gennemførelse af forløb",
    })),
    ctx.now,
    { oncePerDay: true },
  );
}

async function enTilmelding(ctx: ApiCtx, id: string) {
  const [t] = await tilmeldingerApi(ctx.tx, ctx.noegle.leverandoerId, { id });
  if (!t) throw new AppError("NOT_FOUND");
  await logAdgang(ctx, [t.borgerId]);
  const rapporter = await ctx.tx
    .selectFrom("tilmelding_rapport")
    .select(["art", "dato", "modul_id", "fremskridt", "bemaerkning", "kilde", "registreret"])
    .where("tilmelding_id", "=", id)
    .orderBy("registreret", "desc")
    .orderBy("id")
    .execute();
  return {
    ...t.svar,
    rapporter: rapporter.map((r) => ({
      art: r.art,
      dato: r.dato,
      modulId: r.modul_id,
      fremskridt: r.fremskridt,
      bemaerkning: r.bemaerkning,
      kilde: r.kilde,
      registreret: r.registreret,
    })),
  };
}

export const ENDPOINTS: Endpoint[] = [
  endpoint({
    method: "GET",
    sti: "/leverandoer/udbud",
    operationId: "listUdbud",
    summary: "Leverandørens egne udbud",
    description: "Alle leverandørens udbud i kommunen, nyeste først, med status og ledige pladser på kommende moduler.",
    scope: "udbud:laes",
    status: 200,
    svar: z.array(UdbudSvar),
    eksempel: [{ ...eksUdbud, ledigePladser: null, naesteModul: null }],
    fejl: [],
    handler: async (_i, ctx) =>
      (await udbudListe(ctx.tx, { leverandoerId: ctx.noegle.leverandoerId }, ctx.now)).map((u) => udbudOut(u, "da")),
  }),
  endpoint({
    method: "GET",
    sti: "/leverandoer/udbud/:id",
    operationId: "hentUdbud",
    summary: "Ét af leverandørens udbud med moduler",
    description: "Udbuddet med dets moduler (tid, sted, kapacitet og ledige pladser).",
    scope: "udbud:laes",
    params: IdParams,
    status: 200,
    svar: UdbudSvar,
    eksempel: { ...eksUdbud, moduler: [] },
    fejl: ["NOT_FOUND"],
    handler: async ({ params }, ctx) => {
      const u = await udbud(ctx.tx, params.id);
      if (!u || u.leverandoer_id !== ctx.noegle.leverandoerId) throw new AppError("NOT_FOUND");
      return udbudOut(u, "da");
    },
  }),
  endpoint({
    method: "GET",
    sti: "/leverandoer/tilmeldinger",
    operationId: "listTilmeldinger",
    summary: "Tilmeldinger på leverandørens udbud",
    description:
      "Højst 500, nyeste først, med deltagerens navn og kontaktoplysninger. Hver borger, hvis tilmelding hentes, ser det i sin adgangslog (én gang om dagen pr. nøgle).",
    scope: "tilmeldinger:laes",
    query: TilmeldingFilter,
    status: 200,
    svar: z.array(TilmeldingSvar),
    eksempel: [eksTilmelding],
    fejl: [],
    handler: async ({ query }, ctx) => {
      const rows = await tilmeldingerApi(ctx.tx, ctx.noegle.leverandoerId, query);
      await logAdgang(
        ctx,
        rows.map((r) => r.borgerId),
      );
      return rows.map((r) => r.svar);
    },
  }),
  endpoint({
    method: "GET",
    sti: "/leverandoer/tilmeldinger/:id",
    operationId: "hentTilmelding",
    summary: "Én tilmelding med de indberetninger, der er lavet",
    description: "Tilmeldingen og alle indberetninger på den, nyeste først (fra skærm og API). Logges hos borgeren.",
    scope: "tilmeldinger:laes",
    params: IdParams,
    status: 200,
    svar: TilmeldingSvar.extend({ rapporter: z.array(RapportSvar) }),
    eksempel: {
      ...eksTilmelding,
      rapporter: [
        {
          art: "fremskridt",
          dato: "2026-11-30",
          modulId: null,
          fremskridt: 40,
          bemaerkning: null,
          kilde: "api",
          registreret: "2026-11-30T15:00:00.000Z",
        },
      ],
    },
    fejl: ["NOT_FOUND"],
    handler: async ({ params }, ctx) => enTilmelding(ctx, params.id),
  }),
  endpoint({
    method: "POST",
    sti: "/leverandoer/tilmeldinger/:id/rapporter",
    operationId: "rapporter",
    summary: "Indberet fremmøde, fravær, fremskridt, gennemførelse eller afbrud",
    description:
      "Tilmeldingen følger indberetningen: fremmøde eller fremskridt starter den, gennemført afslutter den, afbrudt stopper den og frigiver pladserne. På et formelt tilbud opdateres borgerens sag og jobplan med det samme (gennemført: TILBUD_AFSLUTTET; fravær: TILBUD_UDEBLEVET), uden at nogen skal taste det igen. Kræver Idempotency-Key.",
    scope: "rapporter:skriv",
    params: IdParams,
    body: RapportInput,
    status: 201,
    svar: TilmeldingSvar.extend({ rapporter: z.array(RapportSvar) }),
    eksempel: {
      ...eksTilmelding,
      status: "gennemfoert",
      fremskridt: 100,
      afsluttet: "2026-12-18T14:00:00.000Z",
      rapporter: [
        {
          art: "gennemfoert",
          dato: "2026-12-18",
          modulId: null,
          fremskridt: null,
          bemaerkning: "Bestod den afsluttende opgave",
          kilde: "api",
          registreret: "2026-12-18T14:00:00.000Z",
        },
      ],
    },
    eksempelKrop: { art: "gennemfoert", dato: "2026-12-18", bemaerkning: "Bestod den afsluttende opgave" },
    fejl: [
      "NOT_FOUND",
      "TILMELDING_AFSLUTTET",
      "RAPPORT_FREMTID",
      "RAPPORT_FOER_START",
      "IDEMPOTENS_MANGLER",
      "IDEMPOTENS_KONFLIKT",
    ],
    handler: async ({ params, body }, ctx) => {
      await rapporter(
        ctx.tx,
        ctx.noegle.leverandoerId,
        params.id,
        body,
        "api",
        { id: null, navn: `API-nøgle ${ctx.noegle.navn}` },
        `api:${ctx.idempotensnoegle}`,
        ctx.now,
      );
      return enTilmelding(ctx, params.id);
    },
  }),
];

/* ----------------------------------------------------------------- the plumbing */

const IDEMPOTENS_FORMAT = /^[\x21-\x7e]{1,255}$/;

/** JSON with the keys of every object sorted, so the same request hashes the same whatever the key order. */
export function kanoniskJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(kanoniskJson).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${kanoniskJson((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v) ?? "null";
}

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.infer<T> {
  if (!schema) return undefined as z.infer<T>;
  const r = schema.safeParse(value, { error: z.locales.da().localeError });
  if (r.success) return r.data;
  const fieldErrors = r.error.issues.map((i) => ({
    path: [where, ...(i.code === "unrecognized_keys" ? [i.keys.join(",")] : i.path)].join("."),
    message: i.code === "unrecognized_keys" ? `Ukendt felt: ${i.keys.join(", ")}` : i.message,
  }));
  throw new ApiProblem(
    "VALIDATION_FAILED",
    `Forespørgslen blev afvist, og intet er ændret: ${fieldErrors.map((e) => `${e.path}: ${e.message}`).join("; ")}`,
    fieldErrors,
  );
}

/** The key of a request, or a refusal (one answer for a missing, unknown, wrong or revoked key). */
async function godkend(db: Kysely<DB>, req: FastifyRequest): Promise<ApiNoegle> {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
  const praefiks = m ? praefiksAf(m[1]!) : null;
  if (!m || !praefiks)
    throw new ApiProblem("API_NOEGLE_UGYLDIG", "Send nøglen som Authorization: Bearer jbu_<præfiks>_<hemmelighed>.");
  // the one look-up outside a municipality: which municipality and provider the key belongs to
  const k = await db
    .selectFrom("api_noegle")
    .innerJoin("leverandoer", "leverandoer.id", "api_noegle.leverandoer_id")
    .select([
      "api_noegle.id",
      "api_noegle.navn",
      "api_noegle.kommunekode",
      "api_noegle.leverandoer_id",
      "api_noegle.hash",
      "api_noegle.scopes",
      "api_noegle.tilbagekaldt",
      "leverandoer.navn as leverandoer_navn",
    ])
    .where("api_noegle.praefiks", "=", praefiks)
    .executeTakeFirst();
  if (!k || !noegleMatcher(m[1]!, k.hash) || k.tilbagekaldt)
    throw new ApiProblem("API_NOEGLE_UGYLDIG", "Nøglen findes ikke, er forkert eller er trukket tilbage.");
  return {
    id: k.id,
    navn: k.navn,
    kommunekode: k.kommunekode,
    leverandoerId: k.leverandoer_id,
    leverandoerNavn: k.leverandoer_navn,
    scopes: k.scopes,
  };
}

function sendProblem(
  reply: FastifyReply,
  req: FastifyRequest,
  code: ErrorCode,
  detail?: string,
  fieldErrors?: { path: string; message: string }[],
) {
  const p = problem(code, "da", { instance: req.id, ...(fieldErrors ? { errors: fieldErrors } : {}) });
  if (code === "API_NOEGLE_UGYLDIG")
    reply.header("www-authenticate", 'Bearer realm="jobunivers", error="invalid_token"');
  if (code === "API_NOEGLE_SCOPE")
    reply.header("www-authenticate", 'Bearer realm="jobunivers", error="insufficient_scope"');
  return reply
    .status(p.status)
    .type("application/problem+json")
    .send({ ...p, ...(detail ? { detail } : {}) });
}

/** The problem for an error from Fastify itself (a body that is not JSON, too large, of another type). */
function fastifyProblem(err: FastifyError): { code: ErrorCode; detail?: string } {
  switch (err.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return { code: "VALIDATION_FAILED", detail: "Kroppen er ikke gyldig JSON. Intet er ændret." };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { code: "VALIDATION_FAILED", detail: "Send kroppen som JSON med Content-Type: application/json." };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { code: "VALIDATION_FAILED", detail: "Kroppen er for stor (højst 64 KB)." };
  }
  if (err.statusCode === 429) return { code: "RATE_LIMITED" };
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return { code: "VALIDATION_FAILED" };
  return { code: "INTERNAL" };
}

export interface ApiDeps {
  db: Kysely<DB>;
  clock: Clock;
  publicUrl: string;
}

/** Registers the provider API and its description under /api/v1 (a Fastify plugin, with its own error answers). */
export function leverandoerApi(deps: ApiDeps) {
  return async function plugin(app: FastifyInstance) {
    app.setErrorHandler((err: FastifyError, req, reply) => {
      if (err instanceof AppError)
        return sendProblem(reply, req, err.code, err instanceof ApiProblem ? err.detail : undefined, err.fieldErrors);
      const p = fastifyProblem(err);
      if (p.code === "INTERNAL") req.log.error({ err }, "uventet fejl i leverandør-API");
      return sendProblem(reply, req, p.code, p.detail);
    });

    const spec = openApiLeverandoer(deps.publicUrl);
    app.get(`${API_PREFIKS}/openapi.json`, async () => spec);

    for (const e of ENDPOINTS) {
      app.route({
        method: e.method,
        url: `${API_PREFIKS}${e.sti}`,
        bodyLimit: 64 * 1024,
        config: {
          rateLimit: {
            max: RATE_LIMIT_PR_MINUT,
            timeWindow: "1 minute",
            keyGenerator: (req: FastifyRequest) => {
              const m = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? "");
              const p = m ? praefiksAf(m[1]!) : null;
              return p ? `api-noegle:${p}` : `ip:${req.ip}`;
            },
          },
        },
        handler: async (req, reply) => {
          const noegle = await godkend(deps.db, req);
          if (!noegle.scopes.includes(e.scope))
            throw new ApiProblem(
              "API_NOEGLE_SCOPE",
              `Nøglen mangler adgangen «${e.scope}» (${SCOPE_BESKRIVELSE[e.scope]}).`,
            );
          const skriv = e.method !== "GET";
          let idempotensnoegle: string | null = null;
          if (skriv) {
            const h = req.headers["idempotency-key"];
            idempotensnoegle = typeof h === "string" ? h.trim() : null;
            if (!idempotensnoegle)
              throw new ApiProblem(
                "IDEMPOTENS_MANGLER",
                "Send en unik nøgle pr. handling i headeren Idempotency-Key, fx et UUID. Gentag den samme nøgle, hvis du sender forespørgslen igen.",
              );
            if (!IDEMPOTENS_FORMAT.test(idempotensnoegle))
              throw new ApiProblem("VALIDATION_FAILED", "Idempotency-Key skal være 1–255 synlige ASCII-tegn.", [
                { path: "header.Idempotency-Key", message: "Skal være 1–255 synlige ASCII-tegn, fx et UUID" },
              ]);
          }
          const input = {
            params: parse(e.params, req.params, "params"),
            query: parse(e.query, req.query, "query"),
            body: parse(e.body, req.body ?? {}, "body"),
          };
          const metodeSti = `${e.method} ${(req.raw.url ?? "").split("?")[0]}`;
          const anmodning = createHash("sha256")
            .update(`${metodeSti}\n${kanoniskJson(req.body ?? {})}`)
            .digest("hex");
          const now = deps.clock.now();

          const svar = await withTenant(deps.db, noegle.kommunekode, async (tx) => {
            if (idempotensnoegle) {
              // one request per key at a time: a concurrent retry waits here, then finds the stored answer
              await sql`select pg_advisory_xact_lock(hashtextextended(${`api:${noegle.leverandoerId}:${idempotensnoegle}`}, 0))`.execute(
                tx,
              );
              const tidligere = await tx
                .selectFrom("api_idempotens")
                .select(["metode_sti", "status", "svar"])
                .where("leverandoer_id", "=", noegle.leverandoerId)
                .where("noegle", "=", idempotensnoegle)
                .executeTakeFirst();
              if (tidligere) {
                const gemt = tidligere.svar as { anmodning: string; krop: unknown };
                if (gemt.anmodning !== anmodning)
                  throw new ApiProblem(
                    "IDEMPOTENS_KONFLIKT",
                    `Idempotency-Key er brugt til ${tidligere.metode_sti} med en anden krop. Brug en ny nøgle til en ny handling.`,
                  );
                return { status: tidligere.status, krop: gemt.krop, gentaget: true };
              }
            }
            const krop = await e.handler(input, { tx, noegle, now, idempotensnoegle });
            // the JSON the client gets is what a retry gets
            const json = JSON.parse(JSON.stringify(krop ?? { ok: true })) as unknown;
            if (idempotensnoegle)
              await tx
                .insertInto("api_idempotens")
                .values({
                  kommunekode: noegle.kommunekode,
                  leverandoer_id: noegle.leverandoerId,
                  noegle: idempotensnoegle,
                  metode_sti: metodeSti,
                  status: e.status,
                  svar: JSON.stringify({ anmodning, krop: json }),
                  oprettet: now,
                })
                .execute();
            await tx
              .updateTable("api_noegle")
              .set({ sidst_brugt: now })
              .where("id", "=", noegle.id)
              .where((eb) =>
                eb.or([eb("sidst_brugt", "is", null), eb("sidst_brugt", "<", new Date(now.getTime() - 60_000))]),
              )
              .execute();
            return { status: e.status, krop: json, gentaget: false };
          });
          if (svar.gentaget) reply.header("idempotent-replayed", "true");
          reply.status(svar.status).type("application/json");
          return svar.krop;
        },
      });
    }
  };
}

/* ----------------------------------------------------------------- the OpenAPI description */

function skema(s: z.ZodType, io: "input" | "output" = "output") {
  const { $schema: _s, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

const FEJL_BESKRIVELSE: Partial<Record<ErrorCode, string>> = {
  NOT_FOUND: "Findes ikke hos leverandøren (eller i en anden kommune)",
  TILMELDING_AFSLUTTET: "Tilmeldingen er afsluttet",
  RAPPORT_FREMTID: "Datoen er ikke kommet endnu",
  RAPPORT_FOER_START: "Datoen er før forløbets start",
  IDEMPOTENS_MANGLER: "Idempotency-Key mangler",
  IDEMPOTENS_KONFLIKT: "Idempotency-Key er brugt med en anden forespørgsel",
};

/** The provider API as OpenAPI 3.1: the same schemas the routes validate with, examples, and the webhooks. */
export function openApiLeverandoer(publicUrl: string): Record<string, unknown> {
  const problemRef = (code: ErrorCode, beskrivelse?: string) => ({
    description: beskrivelse ?? errors[code].da,
    content: {
      "application/problem+json": {
        schema: { $ref: "#/components/schemas/Problem" },
        example: { ...problem(code, "da"), instance: "8c0e…" },
      },
    },
  });
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) {
    const sti = `${API_PREFIKS}${e.sti}`.replace(/:([a-zA-Z]+)/g, "{$1}");
    const parameters: unknown[] = [];
    if (e.params) {
      const js = skema(e.params, "input") as { properties?: Record<string, unknown> };
      for (const [name, schema] of Object.entries(js.properties ?? {}))
        parameters.push({ name, in: "path", required: true, schema });
    }
    if (e.query) {
      const js = skema(e.query, "input") as {
        properties?: Record<string, { description?: string }>;
        required?: string[];
      };
      for (const [name, schema] of Object.entries(js.properties ?? {}))
        parameters.push({
          name,
          in: "query",
          required: js.required?.includes(name) ?? false,
          ...(schema.description ? { description: schema.description } : {}),
          schema,
        });
    }
    if (e.method !== "GET") parameters.push({ $ref: "#/components/parameters/IdempotencyKey" });
    const responses: Record<string, unknown> = {
      [String(e.status)]: {
        description: "OK",
        content: { "application/json": { schema: skema(e.svar), example: e.eksempel } },
      },
      "400": problemRef(
        "VALIDATION_FAILED",
        "Ugyldig forespørgsel: hvert felt i fejl står i `errors` med sti og besked, og intet er ændret",
      ),
      "401": problemRef("API_NOEGLE_UGYLDIG"),
      "403": problemRef("API_NOEGLE_SCOPE"),
      "429": problemRef("RATE_LIMITED", `Mere end ${RATE_LIMIT_PR_MINUT} forespørgsler i minuttet med samme nøgle`),
    };
    for (const f of e.fejl) {
      const status = String(errors[f].status);
      const findes = responses[status] as { description: string } | undefined;
      if (findes) findes.description += `; ${FEJL_BESKRIVELSE[f] ?? errors[f].da}`;
      else responses[status] = problemRef(f, FEJL_BESKRIVELSE[f]);
    }
    paths[sti] = {
      ...(paths[sti] ?? {}),
      [e.method.toLowerCase()]: {
        operationId: e.operationId,
        summary: e.summary,
        description: `${e.description}\n\nKræver adgangen \`${e.scope}\`.`,
        tags: [e.sti.split("/")[2]],
        security: [{ noegle: [e.scope] }],
        "x-scope": e.scope,
        ...(parameters.length ? { parameters } : {}),
        ...(e.body
          ? {
              requestBody: {
                required: true,
                content: {
                  "application/json": {
                    schema: skema(e.body, "input"),
                    ...(e.eksempelKrop ? { example: e.eksempelKrop } : {}),
                  },
                },
              },
            }
          : {}),
        responses,
      },
    };
  }

  const webhookKrop = (haendelse: string, data: Record<string, unknown>) => ({
    id: "2b7c9e4a-1f3d-4a5b-8c6d-7e8f9a0b1c2d",
    haendelse,
    tidspunkt: "2026-11-23T09:00:00.000Z",
    data,
  });
  const webhook = (haendelse: string, beskrivelse: string, data: Record<string, unknown>) => ({
    post: {
      summary: beskrivelse,
      description: `Sendes til leverandørens webhook-adresse. Headere: \`${HEADER.signatur}: t=<unix-tid>,v1=<hex HMAC-SHA256 af "<t>.<krop>" med hemmeligheden>\`, \`${HEADER.haendelse}: ${haendelse}\`, \`${HEADER.levering}: <leveringens id>\` (brug den til at se bort fra gentagelser). Svar 2xx inden for ${TIMEOUT_MS / 1000} sekunder; ellers prøves igen efter ${BACKOFF_MINUTTER.join(", ")} minutter, i alt ${MAKS_FORSOEG} forsøg.`,
      parameters: [
        { name: HEADER.signatur, in: "header", required: true, schema: { type: "string" } },
        { name: HEADER.haendelse, in: "header", required: true, schema: { type: "string", const: haendelse } },
        { name: HEADER.levering, in: "header", required: true, schema: { type: "string", format: "uuid" } },
      ],
      requestBody: {
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["id", "haendelse", "tidspunkt", "data"],
              properties: {
                id: { type: "string", format: "uuid" },
                haendelse: { type: "string", const: haendelse },
                tidspunkt: { type: "string", format: "date-time" },
                data: { type: "object" },
              },
            },
            example: webhookKrop(haendelse, data),
          },
        },
      },
      responses: { "2XX": { description: "Modtaget" } },
    },
  });

  return {
    openapi: "3.1.0",
    info: {
      title: "Jobunivers leverandør-API",
      version: "1.0.0",
      description: [
        "Leverandørens egne systemer læser udbud og tilmeldinger og indberetter fremmøde, fremskridt og gennemførelse.",
        "",
        "- **Nøgle**: `Authorization: Bearer jbu_<præfiks>_<hemmelighed>`. Nøgler oprettes, roteres og trækkes tilbage under API og webhooks i leverandørportalen.",
        `- **Adgange**: ${SCOPES.map((s) => `\`${s}\` (${SCOPE_BESKRIVELSE[s]})`).join(", ")}.`,
        "- **Idempotens**: hver skrivning kræver headeren `Idempotency-Key`. Samme nøgle og samme forespørgsel giver det første svar igen (header `Idempotent-Replayed: true`); samme nøgle med en anden forespørgsel giver 422.",
        "- **Fejl**: RFC 9457 problem details (`application/problem+json`) med `code`, dansk `title`, `detail` og `errors: [{ path, message }]`. En afvist forespørgsel ændrer intet.",
        `- **Grænse**: ${RATE_LIMIT_PR_MINUT} forespørgsler i minuttet pr. nøgle.`,
      ].join("\n"),
    },
    servers: [{ url: publicUrl }],
    security: [{ noegle: [] }],
    tags: [
      { name: "udbud", description: "Leverandørens udbud" },
      { name: "tilmeldinger", description: "Tilmeldinger og indberetninger" },
    ],
    paths,
    webhooks: {
      "tilmelding.oprettet": webhook("tilmelding.oprettet", "En borger er tilmeldt et af leverandørens udbud", {
        tilmeldingId: EKS.tilmeldingId,
        udbudId: EKS.udbudId,
        start: "2026-11-23",
        slut: "2026-12-20",
        status: "startet",
      }),
      "tilmelding.afmeldt": webhook("tilmelding.afmeldt", "En borger er afmeldt et af leverandørens udbud", {
        tilmeldingId: EKS.tilmeldingId,
        udbudId: EKS.udbudId,
        aarsag: null,
      }),
      ping: webhook("ping", "Testhændelse sendt fra leverandørportalen", { besked: "Testhændelse fra Jobunivers" }),
    },
    components: {
      securitySchemes: {
        noegle: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "jbu_<præfiks>_<hemmelighed>",
          description: "En API-nøgle fra leverandørportalen. Hele nøglen vises kun, da den blev oprettet.",
        },
      },
      parameters: {
        IdempotencyKey: {
          name: "Idempotency-Key",
          in: "header",
          required: true,
          description:
            "En unik nøgle pr. handling (fx et UUID), 1–255 synlige ASCII-tegn. Send den samme igen, hvis du gentager forespørgslen efter en timeout.",
          schema: { type: "string", minLength: 1, maxLength: 255 },
          example: "6f1e9a52-0c3b-4d7e-9f21-5a8b3c4d2e10",
        },
      },
      schemas: { Problem: skema(ProblemSvar) },
    },
  };
}
