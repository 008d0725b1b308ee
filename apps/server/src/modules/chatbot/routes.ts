/**
 * The chatbot over HTTP (docs/chatbot.md): the citizen asks and may forward an unanswered question to the caseworker;
 * the administrator maintains the municipality's articles and synonym list and turns unanswered questions into
 * articles.
 */
import { z } from "zod";
import { recordAccess } from "../../platform/audit/access.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext, type RouteDef } from "../../platform/http/route.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { opretHenvendelse } from "../dialog/store.ts";
import { besvar } from "./svar.ts";
import {
  aabneUbesvarede,
  type Artikel,
  artikler,
  behandlUbesvaret,
  gemSynonymer,
  laasUbesvaret,
  markerVideresendt,
  opdaterArtikel,
  opretArtikel,
  synonymer,
} from "./store.ts";
import { maskerCpr } from "./tekst.ts";

const Id = z.object({ id: z.uuid() });
const Noegle = z.uuid();

const ArtikelBody = z.object({
  noegle: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,60}$/, "Brug små bogstaver, tal og bindestreg (2-60 tegn)"),
  titel: z.string().trim().min(2).max(200),
  spoergsmaal: z.array(z.string().trim().min(2).max(300)).min(1).max(50),
  svar: z.string().trim().min(2).max(4000),
  svarEn: z.string().trim().min(2).max(4000).nullish(),
  link: z
    .string()
    .trim()
    .regex(/^\/[a-z0-9/_-]*$/, "Et link i appen, fx /borger/samtaler")
    .nullish(),
  henvisning: z.string().trim().min(2).max(300).nullish(),
  aktiv: z.boolean().default(true),
});
const NyArtikel = ArtikelBody.extend({ fraSpoergsmaalId: z.uuid().optional() }).refine(
  (a) => Boolean(a.link || a.henvisning),
  { message: "En artikel skal henvise til en side eller en regel", path: ["link"] },
);
const RetArtikel = ArtikelBody.refine((a) => Boolean(a.link || a.henvisning), {
  message: "En artikel skal henvise til en side eller en regel",
  path: ["link"],
});

const artikelOut = (a: Artikel) => ({
  id: a.id,
  noegle: a.noegle,
  titel: a.titel,
  spoergsmaal: a.spoergsmaal,
  svar: a.svar,
  svarEn: a.svar_en,
  link: a.link,
  henvisning: a.henvisning,
  aktiv: a.aktiv,
  opdateret: new Date(a.opdateret).toISOString(),
  opdateretAf: a.opdateret_af,
});

/** The citizen's grant to their own case (no audit entry: a citizen's own read). */
const egne = (tx: Tx, ctx: RouteContext, ressource: string) =>
  recordAccess(
    tx,
    ctx.user,
    { borgerId: ctx.user.borgerId!, handling: "Læst", ressource, formaal: "Egne oplysninger" },
    ctx.clock.now(),
  );

export function chatbotRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: "POST",
      url: "/api/borger/chatbot",
      summary:
        "Stil chatbotten et spørgsmål: svar fra kommunens vidensbase eller fra egen sag, afvisning, eller »ved ikke« (spørgsmålet gemmes maskeret)",
      allow: ["borger"],
      scope: "egne",
      body: z.object({ tekst: z.string().trim().min(1).max(500), idempotensnoegle: Noegle }),
      sample: () => ({
        own: { body: { tekst: "Hvornår er min næste samtale?", idempotensnoegle: crypto.randomUUID() } },
      }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx, "chatbot");
          const b = await tx
            .selectFrom("borger")
            .select(["fornavn", "efternavn"])
            .where("id", "=", access.borgerId)
            .executeTakeFirstOrThrow();
          return besvar(
            tx,
            access,
            { tekst: body.tekst, idempotens: body.idempotensnoegle, lang: ctx.lang, ...b },
            ctx.clock.now(),
          );
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/chatbot/:id/videresend",
      summary:
        "Send et spørgsmål, chatbotten ikke kunne svare på, til sagsbehandleren som en besked i dialogen (én gang pr. spørgsmål)",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      body: z.object({ idempotensnoegle: Noegle }),
      sample: (f) => ({
        own: { params: { id: f.own.chatbot.ubesvaretId }, body: { idempotensnoegle: crypto.randomUUID() } },
        foreign: { params: { id: f.foreign.chatbot.ubesvaretId }, body: { idempotensnoegle: crypto.randomUUID() } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx, "chatbot");
          const q = await laasUbesvaret(tx, params.id);
          if (!q || q.borger_id !== access.borgerId) throw new AppError("NOT_FOUND");
          // the question's own key makes the message: a second click, or another key, answers the same thread
          const r = await opretHenvendelse(
            tx,
            {
              borgerId: access.borgerId,
              emne: "Spørgsmål fra chatbotten",
              tekst: maskerCpr(q.tekst),
              kilde: "chatbot",
              idempotens: `chatbot:${q.id}`,
            },
            ctx.clock.now(),
          );
          await markerVideresendt(tx, q.id, r.traadId, ctx.clock.now());
          return { traadId: r.traadId, beskedId: r.beskedId, link: "/borger/dialog" };
        }),
    }),
    /* ------------------------------------------------------------------------------- administrator */
    defineRoute({
      method: "GET",
      url: "/api/admin/chatbot/artikler",
      summary: "Kommunens artikler i chatbottens vidensbase",
      allow: ["admin"],
      scope: "kommune",
      handler: async (_i, ctx) => ctx.tenant(async (tx) => (await artikler(tx)).map(artikelOut)),
    }),
    defineRoute({
      method: "POST",
      url: "/api/admin/chatbot/artikler",
      summary: "Opret en artikel (evt. ud fra et ubesvaret spørgsmål, som så er behandlet); indekset bygges igen",
      allow: ["admin"],
      scope: "kommune",
      status: 201,
      body: NyArtikel,
      sample: (f) => ({
        own: { body: { ...f.own.chatbot.artikel, noegle: `proeve-${crypto.randomUUID().slice(0, 8)}` } },
      }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const { fraSpoergsmaalId, ...a } = body;
          const ny = await opretArtikel(tx, a, ctx.user.name, ctx.clock.now());
          if (fraSpoergsmaalId) await behandlUbesvaret(tx, fraSpoergsmaalId, ny.id, ctx.clock.now());
          return artikelOut(ny);
        }),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/admin/chatbot/artikler/:id",
      summary: "Ret en artikel (eller skjul den med aktiv: false); indekset bygges igen",
      allow: ["admin"],
      scope: "kommune",
      params: Id,
      body: RetArtikel,
      sample: (f) => ({
        own: { params: { id: f.own.chatbot.artikelId }, body: f.own.chatbot.artikel },
        foreign: { params: { id: f.foreign.chatbot.artikelId }, body: f.foreign.chatbot.artikel },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => artikelOut(await opdaterArtikel(tx, params.id, body, ctx.user.name, ctx.clock.now()))),
    }),
    defineRoute({
      method: "GET",
      url: "/api/admin/chatbot/synonymer",
      summary: "Kommunens synonymliste (grupper af ord og udtryk, der betyder det samme)",
      allow: ["admin"],
      scope: "kommune",
      handler: async (_i, ctx) => ctx.tenant(async (tx) => ({ grupper: await synonymer(tx) })),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/admin/chatbot/synonymer",
      summary: "Gem hele synonymlisten; indekset bygges igen",
      allow: ["admin"],
      scope: "kommune",
      body: z.object({
        grupper: z.array(z.array(z.string().trim().min(1).max(60)).min(2).max(40)).max(500),
      }),
      sample: () => ({ own: { body: { grupper: [["ferie", "fri", "holiday"]] } } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => ({ grupper: await gemSynonymer(tx, body.grupper, ctx.clock.now()) })),
    }),
    defineRoute({
      method: "GET",
      url: "/api/admin/chatbot/ubesvarede",
      summary: "Spørgsmål, chatbotten ikke kunne svare på (maskerede, uden hvem der spurgte)",
      allow: ["admin"],
      scope: "kommune",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) =>
          (await aabneUbesvarede(tx)).map((q) => ({
            id: q.id,
            tekst: q.tekst,
            oprettet: new Date(q.oprettet).toISOString(),
            videresendt: q.videresendt !== null,
          })),
        ),
    }),
    defineRoute({
      method: "POST",
      url: "/api/admin/chatbot/ubesvarede/:id/afvis",
      summary: "Markér et ubesvaret spørgsmål som behandlet uden en ny artikel",
      allow: ["admin"],
      scope: "kommune",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.chatbot.ubesvaretId } },
        foreign: { params: { id: f.foreign.chatbot.ubesvaretId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          await behandlUbesvaret(tx, params.id, null, ctx.clock.now());
          return { ok: true };
        }),
    }),
  ];
}
