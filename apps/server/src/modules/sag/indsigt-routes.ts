import { CASEWORKER_ROLES as CASEWORKERS, CASE_READER_ROLES as READERS } from "#contracts/roles.ts";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { FORMAAL, FORMAAL_KODER } from "#contracts/formaal.ts";
import { type CitizenAccess, recordAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError, type Lang } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext, type RouteDef } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import { anmodningOut } from "../aktindsigt/routes.ts";
import { aktindsigtRoutes } from "../aktindsigt/routes.ts";
import { anmodningerFor } from "../aktindsigt/store.ts";
import {
  GENSTAND_ARTER,
  type GenstandArt,
  HJEMLER,
  HJEMMEL_IDER,
  type Hjemmel,
  hjemmel,
  type Punkt,
  VISNINGSARTER,
} from "./indsigt-model.ts";
import { punktPdf, samletPdf } from "./indsigt-pdf.ts";
import {
  afsender,
  indsigtListe,
  medIndhold,
  ophaev,
  punktIndhold,
  undtag,
  undtagelse,
  undtagelser,
} from "./indsigt-store.ts";
import { openCitizen } from "./routes.ts";

const Noegle = z.uuid();
const PunktParams = z.object({ art: z.enum(GENSTAND_ARTER), id: z.uuid() });

export const hjemmelOut = (h: Hjemmel, lang: Lang) => ({
  id: h.id,
  titel: h.titel[lang],
  forklaring: h.forklaring[lang],
  henvisning: h.henvisning,
  sikkerhed: h.sikkerhed,
});

const punktOut = (p: Punkt, lang: Lang) => ({
  art: p.art,
  id: p.id,
  visningsart: p.visningsart,
  dato: p.dato,
  titel: p.titel,
  kategori: p.kategori,
  rettetAf: p.rettetAf,
  bilag: p.bilag,
  dialog: p.dialog ?? null,
  undtaget: p.undtaget
    ? {
        id: p.undtaget.id,
        begrundelse: p.undtaget.begrundelse,
        hjemmel: hjemmelOut(p.undtaget.hjemmel, lang),
        besluttet: p.undtaget.besluttet,
      }
    : null,
});

/** The citizen's own grant to their case (the access log is for staff reads; the citizen's own are their own). */
const egne = (tx: Tx, ctx: RouteContext, ressource: string) =>
  recordAccess(
    tx,
    ctx.user,
    { borgerId: ctx.user.borgerId!, handling: "Læst", ressource, formaal: "Egne oplysninger" },
    ctx.clock.now(),
  );

function sendPdf(ctx: RouteContext, pdf: Uint8Array, filnavn: string) {
  ctx.reply
    .header("content-type", "application/pdf")
    .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(filnavn)}`)
    .header("cache-control", "no-store")
    .header("x-content-type-options", "nosniff");
  return Buffer.from(pdf);
}

async function etPunkt(tx: Tx, access: CitizenAccess, art: GenstandArt, id: string) {
  const p = (await indsigtListe(tx, access)).find((x) => x.art === art && x.id === id);
  if (!p) throw new AppError("NOT_FOUND");
  return p;
}

/** The citizen's whole case as one PDF (also what a caseworker previews and what an answer grants). */
async function helePdf(tx: Tx, access: CitizenAccess, now: Date) {
  const punkter = await indsigtListe(tx, access);
  const a = await afsender(tx, access, now);
  return samletPdf(await medIndhold(tx, access, punkter), a);
}

export function indsigtRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/borger/sag",
      summary:
        "Min sag: alle journalnotater, dokumenter, breve, afgørelser og beskeder i dialogen, nyeste først; det undtagne står med begrundelse og hjemmel",
      allow: ["borger"],
      scope: "egne",
      query: z.object({ art: z.enum(VISNINGSARTER).optional() }),
      sample: () => ({ own: { query: {} } }),
      handler: async ({ query }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx, "sag");
          const alle = await indsigtListe(tx, access);
          const antal = Object.fromEntries(
            VISNINGSARTER.map((v) => [v, alle.filter((p) => p.visningsart === v).length]),
          );
          return {
            antal: { alle: alle.length, ...antal },
            undtagne: alle.filter((p) => p.undtaget).length,
            punkter: alle.filter((p) => !query.art || p.visningsart === query.art).map((p) => punktOut(p, ctx.lang)),
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/sag/pdf",
      summary: "Hele min sag som én PDF med forside og indholdsfortegnelse; undtagne punkter står som undtaget",
      allow: ["borger"],
      scope: "egne",
      handler: async (_input, ctx) => {
        const pdf = await ctx.tenant(async (tx) => helePdf(tx, await egne(tx, ctx, "sag/pdf"), ctx.clock.now()));
        return sendPdf(ctx, pdf, `min-sag-${danishDate(ctx.clock.now())}.pdf`);
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/sag/:art/:id",
      summary: "Et punkt i min sag at læse; et undtaget punkt viser kun begrundelse og hjemmel",
      allow: ["borger"],
      scope: "egne",
      params: PunktParams,
      sample: (f) => ({
        own: { params: { art: "notat", id: f.own.notatId } },
        foreign: { params: { art: "notat", id: f.foreign.notatId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx, "sag");
          const p = await etPunkt(tx, access, params.art, params.id);
          const indhold = p.undtaget ? null : await punktIndhold(tx, access, params.art, params.id);
          return {
            ...punktOut(p, ctx.lang),
            tekst: indhold?.tekst ?? null,
            af: indhold?.af ?? null,
            erPdf: indhold?.fil?.mimetype === "application/pdf",
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/sag/:art/:id/pdf",
      summary: "Et punkt i min sag som PDF",
      allow: ["borger"],
      scope: "egne",
      params: PunktParams,
      sample: (f) => ({
        own: { params: { art: "dokument", id: f.own.dokumentId } },
        foreign: { params: { art: "dokument", id: f.foreign.dokumentId } },
      }),
      handler: async ({ params }, ctx) => {
        const pdf = await ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx, "sag/pdf");
          const p = await etPunkt(tx, access, params.art, params.id);
          const [medTekst] = await medIndhold(tx, access, [p]);
          return punktPdf(medTekst!, await afsender(tx, access, ctx.clock.now()));
        });
        return sendPdf(ctx, pdf, `${params.art}-${params.id.slice(0, 8)}.pdf`);
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/indsigt",
      summary:
        "Borgerens indsigt set fra sagen: alle punkter med undtagelser, afgørelserne om undtagelse (også ophævede), hjemlerne og anmodninger om aktindsigt (logges)",
      allow: READERS,
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      query: z.object({ formaal: z.enum(FORMAAL_KODER) }),
      sample: (f) => ({
        own: { params: { id: f.own.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
        foreign: { params: { id: f.foreign.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
      }),
      handler: async ({ params, query }, ctx) =>
        ctx.tenant(async (tx) => {
          const { access } = await openCitizen(
            tx,
            ctx,
            params.id,
            "Åbnet indsigt og aktindsigt",
            "sag/indsigt",
            FORMAAL[query.formaal].da,
          );
          const idag = danishDate(ctx.clock.now());
          const [punkter, beslutninger, anmodninger] = await Promise.all([
            indsigtListe(tx, access),
            undtagelser(tx, access),
            anmodningerFor(tx, access),
          ]);
          const titler = new Map(punkter.map((p) => [`${p.art}:${p.id}`, p.titel]));
          return {
            punkter: punkter.map((p) => punktOut(p, ctx.lang)),
            undtagelser: beslutninger.map((u) => ({
              id: u.id,
              art: u.genstand_art,
              genstandId: u.genstand_id,
              titel: titler.get(`${u.genstand_art}:${u.genstand_id}`) ?? null,
              begrundelse: u.begrundelse,
              hjemmel: hjemmelOut(hjemmel(u.hjemmel), ctx.lang),
              besluttet: new Date(u.besluttet).toISOString(),
              besluttetAf: u.besluttet_af_navn,
              ophaevet: u.ophaevet ? new Date(u.ophaevet).toISOString() : null,
              ophaevetAf: u.ophaevet_af_navn,
              ophaevetBegrundelse: u.ophaevet_begrundelse,
            })),
            hjemler: HJEMLER.map((h) => hjemmelOut(h, ctx.lang)),
            anmodninger: anmodninger.map((a) => anmodningOut(a, idag)),
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/indsigt/pdf",
      summary: "Borgerens samlede PDF, som borgeren ser den (logges)",
      allow: READERS,
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      query: z.object({ formaal: z.enum(FORMAAL_KODER) }),
      sample: (f) => ({
        own: { params: { id: f.own.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
        foreign: { params: { id: f.foreign.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
      }),
      handler: async ({ params, query }, ctx) => {
        const pdf = await ctx.tenant(async (tx) => {
          const { access } = await openCitizen(
            tx,
            ctx,
            params.id,
            "Hentet borgerens sag som PDF",
            "sag/indsigt",
            FORMAAL[query.formaal].da,
          );
          return helePdf(tx, access, ctx.clock.now());
        });
        return sendPdf(ctx, pdf, `sag-${danishDate(ctx.clock.now())}.pdf`);
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/borgere/:id/indsigt/undtagelser",
      summary:
        "Undtag et notat, dokument, brev eller en besked i dialogen fra borgerens indsigt ved en afgørelse med begrundelse og hjemmel (idempotent, logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      status: 201,
      params: z.object({ id: z.uuid() }),
      body: z.object({
        art: z.enum(GENSTAND_ARTER),
        genstandId: z.uuid(),
        begrundelse: z.string().trim().min(1).max(2000),
        hjemmel: z.enum(HJEMMEL_IDER),
        idempotensnoegle: Noegle,
      }),
      sample: (f) => ({
        own: {
          params: { id: f.own.borgerId },
          body: {
            art: "notat",
            genstandId: f.own.indsigt.undtagNotatId,
            begrundelse: "Notatet indeholder oplysninger om en anden person.",
            hjemmel: "FVL-15B-ANDRE",
            idempotensnoegle: f.own.indsigt.undtagNoegle,
          },
        },
        foreign: {
          params: { id: f.foreign.borgerId },
          body: {
            art: "notat",
            genstandId: f.foreign.indsigt.undtagNotatId,
            begrundelse: "Notatet indeholder oplysninger om en anden person.",
            hjemmel: "FVL-15B-ANDRE",
            idempotensnoegle: f.own.indsigt.undtagNoegle,
          },
        },
      }),
      handler: async ({ params, body }, ctx) =>
        igenVedKaploeb(() =>
          ctx.tenant(async (tx) => {
            const { access } = await openCitizen(
              tx,
              ctx,
              params.id,
              "Undtaget fra borgerens indsigt",
              "sag/indsigt",
              FORMAAL.SAGSBEHANDLING.da,
            );
            const u = await undtag(
              tx,
              access,
              {
                art: body.art,
                genstandId: body.genstandId,
                begrundelse: body.begrundelse,
                hjemmel: body.hjemmel,
                idempotens: body.idempotensnoegle,
                af: { id: ctx.user.userId, navn: ctx.user.name },
              },
              randomUUID(),
              ctx.clock.now(),
            );
            if (u.borger_id !== params.id) throw new AppError("VALIDATION_FAILED");
            return { id: u.id, art: u.genstand_art, genstandId: u.genstand_id, hjemmel: u.hjemmel };
          }),
        ),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/indsigt/undtagelser/:id/ophaev",
      summary: "Ophæv en afgørelse om undtagelse; hvem, hvornår og hvorfor registreres (logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      body: z.object({ begrundelse: z.string().trim().min(1).max(2000) }),
      sample: (f) => ({
        own: { params: { id: f.own.indsigt.ophaevUndtagelseId }, body: { begrundelse: "Grunden er faldet bort." } },
        foreign: {
          params: { id: f.foreign.indsigt.ophaevUndtagelseId },
          body: { begrundelse: "Grunden er faldet bort." },
        },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const u = await undtagelse(tx, params.id);
          if (!u) throw new AppError("NOT_FOUND");
          const { access } = await openCitizen(
            tx,
            ctx,
            u.borger_id,
            "Ophævet undtagelse fra borgerens indsigt",
            "sag/indsigt",
            FORMAAL.SAGSBEHANDLING.da,
          );
          const r = await ophaev(
            tx,
            access,
            u.id,
            { begrundelse: body.begrundelse, af: { id: ctx.user.userId, navn: ctx.user.name } },
            ctx.clock.now(),
          );
          return {
            id: r.id,
            ophaevet: r.ophaevet ? new Date(r.ophaevet).toISOString() : null,
            ophaevetAf: r.ophaevet_af_navn,
          };
        }),
    }),
    ...aktindsigtRoutes(),
  ];
}

/**
 * Runs a decision once more if it lost a race on a unique index (SQLSTATE 23505): two decisions on the same item at
 * the same moment. The second run sees the winner and is refused (or, with the same key, answers it).
 */
async function igenVedKaploeb<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if ((e as { code?: string }).code === "23505") return fn();
    throw e;
  }
}
