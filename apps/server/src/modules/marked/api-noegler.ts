/**
 * The provider's own set-up of the provider API, by screen (docs/provider-api.md): API keys with scopes (created,
 * rotated, revoked; the secret is shown once and only its hash is kept), the webhook's address and signing secret,
 * and the log of webhook deliveries. The API itself (keys, not sessions) is in api.ts.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { sql } from "kysely";
import { z } from "zod";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext } from "../../platform/http/route.ts";
import { gyldigWebhookUrl, leveringStatus, nyHemmelighed, planlaegWebhook } from "./webhook.ts";

/** What a key may be allowed to do. */
export const SCOPES = ["udbud:laes", "tilmeldinger:laes", "rapporter:skriv"] as const;
export type ApiScope = (typeof SCOPES)[number];
export const SCOPE_BESKRIVELSE: Record<ApiScope, string> = {
  "udbud:laes": "Læse leverandørens egne udbud med moduler og ledige pladser",
  "tilmeldinger:laes":
    "Læse tilmeldinger på leverandørens udbud med deltagerens navn og kontaktoplysninger (logges hos borgeren)",
  "rapporter:skriv": "Indberette fremmøde, fravær, fremskridt, gennemførelse og afbrud",
};

const PRAEFIKS_TEGN = "abcdefghijklmnopqrstuvwxyz0123456789";
const NOEGLE_FORMAT = /^jbu_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

/** A key's full secret (`jbu_<praefiks>_<secret>`) and what is stored of it. */
export function nyNoegle(): { praefiks: string; noegle: string; hash: string } {
  let praefiks = "";
  for (let i = 0; i < 8; i++) praefiks += PRAEFIKS_TEGN[randomInt(PRAEFIKS_TEGN.length)];
  const noegle = `jbu_${praefiks}_${randomBytes(32).toString("base64url")}`;
  return { praefiks, noegle, hash: hashNoegle(noegle) };
}

export function hashNoegle(noegle: string): string {
  return createHash("sha256").update(noegle, "utf8").digest("hex");
}

/** The prefix of a well-formed key, or null. */
export function praefiksAf(noegle: string): string | null {
  return NOEGLE_FORMAT.exec(noegle)?.[1] ?? null;
}

/** Whether a presented key matches the stored hash, in constant time. */
export function noegleMatcher(noegle: string, hash: string): boolean {
  const a = Buffer.from(hashNoegle(noegle), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

const leverandoerId = (ctx: RouteContext) => {
  if (!ctx.user.leverandoerId) throw new AppError("FORBIDDEN");
  return ctx.user.leverandoerId;
};

const Id = z.object({ id: z.uuid() });
const Scopes = z
  .array(z.enum(SCOPES))
  .min(1, "Vælg mindst én adgang")
  .refine((s) => new Set(s).size === s.length, "Hver adgang må kun vælges én gang");

const NOEGLE_KOLONNER = [
  "api_noegle.id",
  "api_noegle.navn",
  "api_noegle.praefiks",
  "api_noegle.scopes",
  "api_noegle.oprettet",
  "api_noegle.tilbagekaldt",
  "api_noegle.sidst_brugt",
] as const;

type NoegleRaekke = {
  id: string;
  navn: string;
  praefiks: string;
  scopes: string[];
  oprettet: Date | string;
  tilbagekaldt: Date | string | null;
  sidst_brugt: Date | string | null;
  oprettet_af_navn?: string | null;
};

function noegleOut(k: NoegleRaekke, hemmelig: string | null = null) {
  return {
    id: k.id,
    navn: k.navn,
    praefiks: k.praefiks,
    scopes: k.scopes,
    oprettet: k.oprettet,
    oprettetAf: k.oprettet_af_navn ?? null,
    tilbagekaldt: k.tilbagekaldt,
    sidstBrugt: k.sidst_brugt,
    /** the full key: only in the answer that created it, never again */
    noegle: hemmelig,
  };
}

async function egenNoegle(tx: Tx, leverandoer: string, id: string, laas = false) {
  let q = tx
    .selectFrom("api_noegle")
    .select([...NOEGLE_KOLONNER, "api_noegle.leverandoer_id"])
    .where("api_noegle.id", "=", id);
  if (laas) q = q.forUpdate();
  const k = await q.executeTakeFirst();
  if (!k || k.leverandoer_id !== leverandoer) throw new AppError("NOT_FOUND");
  return k;
}

/** A new key whose prefix no key has, in any municipality (checked as the owner, before the tenant transaction). */
async function unikNoegle(ctx: RouteContext) {
  for (let forsoeg = 0; ; forsoeg++) {
    const n = nyNoegle();
    const optaget = await ctx.db
      .selectFrom("api_noegle")
      .select("id")
      .where("praefiks", "=", n.praefiks)
      .executeTakeFirst();
    // a clash (1 in 36^8) just draws again; the unique index is the last line of defence
    if (!optaget || forsoeg >= 5) return n;
  }
}

/** Creates a key (idempotent by its id: a retry answers the key without its secret). */
async function opretNoegle(
  tx: Tx,
  ctx: RouteContext,
  n: ReturnType<typeof nyNoegle>,
  input: { id: string; navn: string; scopes: readonly string[] },
): Promise<ReturnType<typeof noegleOut>> {
  const lev = leverandoerId(ctx);
  const findes = await tx
    .selectFrom("api_noegle")
    .select([...NOEGLE_KOLONNER, "leverandoer_id"])
    .where("id", "=", input.id)
    .executeTakeFirst();
  if (findes) {
    if (findes.leverandoer_id !== lev) throw new AppError("NOT_FOUND");
    return noegleOut(findes);
  }
  const k = await tx
    .insertInto("api_noegle")
    .values({
      id: input.id,
      kommunekode: sql<string>`current_kommunekode()`,
      leverandoer_id: lev,
      navn: input.navn,
      praefiks: n.praefiks,
      hash: n.hash,
      scopes: [...input.scopes],
      oprettet: ctx.clock.now(),
      oprettet_af: ctx.user.userId,
    })
    .returning([...NOEGLE_KOLONNER])
    .executeTakeFirstOrThrow();
  return noegleOut({ ...k, oprettet_af_navn: ctx.user.name }, n.noegle);
}

function webhookOut(
  w: { url: string; aktiv: boolean; opdateret: Date | string } | undefined,
  hemmelighed: string | null = null,
) {
  return {
    webhook: w ? { url: w.url, aktiv: w.aktiv, opdateret: w.opdateret } : null,
    /** the signing secret: only in the answer that made it, never again */
    hemmelighed,
  };
}

const WebhookInput = z.object({
  url: z
    .string()
    .trim()
    .max(500)
    .refine(gyldigWebhookUrl, "Adressen skal begynde med https:// (http:// kun til localhost under test)"),
  aktiv: z.boolean().default(true),
});

export function apiNoegleRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/leverandoer/api-noegler",
      summary: "Leverandørens API-nøgler (aldrig selve hemmeligheden), nyeste først, og de adgange en nøgle kan få",
      allow: ["leverandoer"],
      scope: "leverandoer",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const rows = await tx
            .selectFrom("api_noegle")
            .leftJoin("bruger", "bruger.id", "api_noegle.oprettet_af")
            .select([...NOEGLE_KOLONNER, "bruger.navn as oprettet_af_navn"])
            .where("api_noegle.leverandoer_id", "=", leverandoerId(ctx))
            .orderBy("api_noegle.oprettet", "desc")
            .orderBy("api_noegle.id")
            .execute();
          return {
            noegler: rows.map((r) => noegleOut(r)),
            scopes: SCOPES.map((kode) => ({ kode, beskrivelse: SCOPE_BESKRIVELSE[kode] })),
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/leverandoer/api-noegler",
      summary: "Opret en API-nøgle med navn og adgange; svaret viser hele nøglen én gang (idempotent med id)",
      allow: ["leverandoer"],
      scope: "leverandoer",
      status: 201,
      body: z.object({ id: z.uuid(), navn: z.string().trim().min(2).max(80), scopes: Scopes }),
      sample: (f) => ({ own: { body: f.own.marked.apiNoegle } }),
      handler: async ({ body }, ctx) => {
        const n = await unikNoegle(ctx);
        return ctx.tenant((tx) => opretNoegle(tx, ctx, n, body));
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/leverandoer/api-noegler/:id/roter",
      summary:
        "Roter en API-nøgle: en ny nøgle med samme navn og adgange (vist én gang), og den gamle trækkes tilbage (idempotent med nyId)",
      allow: ["leverandoer"],
      scope: "leverandoer",
      status: 201,
      params: Id,
      body: z.object({ nyId: z.uuid() }),
      sample: (f) => ({
        own: { params: { id: f.own.marked.apiNoegle.id }, body: f.own.marked.apiNoegleRoter },
        foreign: { params: { id: f.foreign.marked.apiNoegle.id }, body: f.own.marked.apiNoegleRoter },
      }),
      handler: async ({ params, body }, ctx) => {
        const n = await unikNoegle(ctx);
        return ctx.tenant(async (tx) => {
          const lev = leverandoerId(ctx);
          const gammel = await egenNoegle(tx, lev, params.id, true);
          const gentaget = await tx
            .selectFrom("api_noegle")
            .select("leverandoer_id")
            .where("id", "=", body.nyId)
            .executeTakeFirst();
          const ny = { id: body.nyId, navn: gammel.navn, scopes: gammel.scopes };
          if (gentaget) return opretNoegle(tx, ctx, n, ny);
          if (gammel.tilbagekaldt) throw new AppError("API_NOEGLE_TILBAGEKALDT");
          await tx
            .updateTable("api_noegle")
            .set({ tilbagekaldt: ctx.clock.now() })
            .where("id", "=", gammel.id)
            .execute();
          return opretNoegle(tx, ctx, n, ny);
        });
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/leverandoer/api-noegler/:id/tilbagekald",
      summary:
        "Træk en API-nøgle tilbage: den virker ikke mere (en nøgle, der allerede er trukket tilbage, svares som den er)",
      allow: ["leverandoer"],
      scope: "leverandoer",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.marked.apiNoegle.id } },
        foreign: { params: { id: f.foreign.marked.apiNoegle.id } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const k = await egenNoegle(tx, leverandoerId(ctx), params.id, true);
          if (k.tilbagekaldt) return noegleOut(k);
          const ny = await tx
            .updateTable("api_noegle")
            .set({ tilbagekaldt: ctx.clock.now() })
            .where("id", "=", k.id)
            .returning([...NOEGLE_KOLONNER])
            .executeTakeFirstOrThrow();
          return noegleOut(ny);
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/leverandoer/webhook",
      summary: "Leverandørens webhook: adresse og om den er slået til (aldrig hemmeligheden)",
      allow: ["leverandoer"],
      scope: "leverandoer",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) =>
          webhookOut(
            await tx
              .selectFrom("webhook")
              .select(["url", "aktiv", "opdateret"])
              .where("leverandoer_id", "=", leverandoerId(ctx))
              .executeTakeFirst(),
          ),
        ),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/leverandoer/webhook",
      summary:
        "Sæt webhookens adresse og slå den til eller fra; første gang laves en signeringshemmelighed, der vises én gang",
      allow: ["leverandoer"],
      scope: "leverandoer",
      body: WebhookInput,
      sample: (f) => ({ own: { body: f.own.marked.webhook } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const lev = leverandoerId(ctx);
          const now = ctx.clock.now();
          const findes = await tx
            .selectFrom("webhook")
            .select("leverandoer_id")
            .where("leverandoer_id", "=", lev)
            .forUpdate()
            .executeTakeFirst();
          if (findes) {
            const w = await tx
              .updateTable("webhook")
              .set({ url: body.url, aktiv: body.aktiv, opdateret: now })
              .where("leverandoer_id", "=", lev)
              .returning(["url", "aktiv", "opdateret"])
              .executeTakeFirstOrThrow();
            return webhookOut(w);
          }
          const hemmelighed = nyHemmelighed();
          const w = await tx
            .insertInto("webhook")
            .values({
              leverandoer_id: lev,
              kommunekode: sql<string>`current_kommunekode()`,
              url: body.url,
              hemmelighed,
              aktiv: body.aktiv,
              opdateret: now,
            })
            .returning(["url", "aktiv", "opdateret"])
            .executeTakeFirstOrThrow();
          return webhookOut(w, hemmelighed);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/leverandoer/webhook/hemmelighed",
      summary: "Lav en ny signeringshemmelighed til webhooken (vises én gang); den gamle holder op med at gælde straks",
      allow: ["leverandoer"],
      scope: "leverandoer",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const hemmelighed = nyHemmelighed();
          const w = await tx
            .updateTable("webhook")
            .set({ hemmelighed, opdateret: ctx.clock.now() })
            .where("leverandoer_id", "=", leverandoerId(ctx))
            .returning(["url", "aktiv", "opdateret"])
            .executeTakeFirst();
          if (!w) throw new AppError("NOT_FOUND");
          return webhookOut(w, hemmelighed);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/leverandoer/webhook/test",
      summary: "Send en testhændelse (ping) til webhooken; den ses i leveringsloggen",
      allow: ["leverandoer"],
      scope: "leverandoer",
      status: 202,
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const lev = leverandoerId(ctx);
          const w = await tx.selectFrom("webhook").select("aktiv").where("leverandoer_id", "=", lev).executeTakeFirst();
          if (!w) throw new AppError("NOT_FOUND");
          if (!w.aktiv) throw new AppError("WEBHOOK_SLAAET_FRA");
          const now = ctx.clock.now();
          const noegle = `ping:${randomBytes(12).toString("hex")}`;
          await planlaegWebhook(tx, lev, "ping", { besked: "Testhændelse fra Jobunivers" }, noegle, now);
          return { planlagt: true };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/leverandoer/webhook/leveringer",
      summary:
        "Webhookens leveringslog, nyeste først: hændelse, status, forsøg, sidste svar eller fejl og næste forsøg",
      allow: ["leverandoer"],
      scope: "leverandoer",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const rows = await tx
            .selectFrom("webhook_levering")
            .select([
              "id",
              "haendelse",
              "oprettet",
              "forsoeg",
              "naeste_forsoeg",
              "leveret",
              "opgivet",
              "sidste_status",
              "sidste_fejl",
            ])
            .where("leverandoer_id", "=", leverandoerId(ctx))
            .orderBy("oprettet", "desc")
            .orderBy("id")
            .limit(100)
            .execute();
          return rows.map((r) => {
            const status = leveringStatus(r);
            return {
              id: r.id,
              haendelse: r.haendelse,
              oprettet: r.oprettet,
              status,
              forsoeg: r.forsoeg,
              sidsteStatus: r.sidste_status,
              sidsteFejl: r.sidste_fejl,
              naesteForsoeg: status === "afventer" || status === "fejlet" ? r.naeste_forsoeg : null,
              leveret: r.leveret,
              opgivet: r.opgivet,
            };
          });
        }),
    }),
  ];
}
