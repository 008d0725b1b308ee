import { CASEWORKER_ROLES as CASEWORKERS, CASE_READER_ROLES as READERS } from "#contracts/roles.ts";
/**
 * The secure dialog over HTTP (docs/dialog.md): the citizen's threads with the jobcentre, the caseworker's case tab
 * and inbox, attachments, read status and the promised answer time. The citizen's verification of their own details
 * is in ../borger/oplysninger-routes.ts and is spread in here.
 */
import { z } from "zod";
import { FORMAAL, FORMAAL_KODER } from "#contracts/formaal.ts";
import { recordAccesses } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext, type RouteDef } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import { oplysningerRoutes } from "../borger/oplysninger-routes.ts";
import { jobcenterNavn } from "../sag/store.ts";
import { openCitizen } from "../sag/routes.ts";
import {
  BILAG_TYPER,
  bilagType,
  MAKS_BILAG_PR_BESKED,
  MAKS_BILAG_STOERRELSE,
  overskredet,
  rensFilnavn,
  type Side,
} from "./model.ts";
import {
  type Afsender,
  besvaresAf,
  bilagIndhold,
  indbakke,
  intetSvarNoedvendigt,
  kortTal,
  markerLaest,
  type NytBilag,
  nyTraad,
  saetSvarfrist,
  skrivBesked,
  svarfristArbejdsdage,
  traad,
  traadeFor,
} from "./store.ts";

const RESSOURCE = "dialog";

const Id = z.object({ id: z.uuid() });
const Noegle = z.uuid();
const Formaal = z.object({ formaal: z.enum(FORMAAL_KODER).default("SAGSBEHANDLING") });

const BilagInput = z.object({
  filnavn: z.string().trim().min(1).max(200),
  /** the file's bytes, base64 */
  indhold: z.base64().min(1),
});
const BilagListe = z.array(BilagInput).max(MAKS_BILAG_PR_BESKED, {
  message: `Du kan højst vedhæfte ${MAKS_BILAG_PR_BESKED} filer til en besked.`,
});
const Tekst = z
  .string()
  .trim()
  .min(1, { message: "Skriv en besked." })
  .max(5000, { message: "Beskeden må højst være på 5.000 tegn." });
const Emne = z
  .string()
  .trim()
  .min(1, { message: "Skriv et emne." })
  .max(200, { message: "Emnet må højst være på 200 tegn." });

/** The largest body a message with attachments can have: the files in base64 and some room for the text. */
const BODY_LIMIT = Math.ceil((MAKS_BILAG_PR_BESKED * MAKS_BILAG_STOERRELSE * 4) / 3) + 64 * 1024;

/**
 * Decodes and checks attachments: the type by the file's first bytes (PDF, JPEG or PNG), the size. A refused file is
 * a field error on its own path, in Danish.
 */
export function tjekBilag(bilag: z.infer<typeof BilagListe>): NytBilag[] {
  const fejl: { path: string; message: string }[] = [];
  const ud: NytBilag[] = [];
  bilag.forEach((b, i) => {
    const indhold = Buffer.from(b.indhold, "base64");
    const type = bilagType(indhold);
    if (indhold.length > MAKS_BILAG_STOERRELSE)
      fejl.push({ path: `body.bilag.${i}`, message: `${b.filnavn} er for stor. En fil må højst fylde 5 MB.` });
    else if (!type)
      fejl.push({
        path: `body.bilag.${i}`,
        message: `${b.filnavn} kan ikke modtages. Vedhæft en PDF eller et billede (JPG eller PNG).`,
      });
    else ud.push({ filnavn: rensFilnavn(b.filnavn), mimetype: type, indhold });
  });
  if (fejl.length) throw new AppError("VALIDATION_FAILED", fejl);
  return ud;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

type TraadListeRaekke = Awaited<ReturnType<typeof traadeFor>>[number];
function traadOut(t: Omit<TraadListeRaekke, "antal"> & { antal?: number | null }, idag: string) {
  return {
    id: t.id,
    emne: t.emne,
    kilde: t.kilde,
    venterPaa: t.venter_paa,
    venterSiden: iso(t.venter_siden),
    svarfrist: t.svarfrist,
    overskredet: overskredet({ venterPaa: t.venter_paa, svarfrist: t.svarfrist }, idag),
    sidsteBesked: iso(t.sidste_besked),
    oprettet: iso(t.oprettet),
    ulaeste: t.ulaeste ?? 0,
    ...(t.antal === undefined ? {} : { antal: t.antal ?? 0 }),
  };
}

/** A thread with its messages; the citizen sees whether their message was read, staff also by whom. */
function traadMedBeskederOut(t: NonNullable<Awaited<ReturnType<typeof traad>>>, side: Side, idag: string) {
  return {
    ...traadOut({ ...t, ulaeste: t.beskeder.filter((b) => b.fra !== side && !b.laest).length }, idag),
    beskeder: t.beskeder.map((b) => ({
      id: b.id,
      fra: b.fra,
      kilde: b.kilde,
      afsender: b.afsender_navn,
      tekst: b.tekst,
      oprettet: iso(b.oprettet),
      laest: iso(b.laest),
      ...(side === "jobcenter" ? { laestAf: b.laest_af_navn } : {}),
      bilag: b.bilag.map((x) => ({ id: x.id, filnavn: x.filnavn, mimetype: x.mimetype, stoerrelse: x.stoerrelse })),
    })),
  };
}

/** Who answers the citizen now, as both sides are told. */
async function besvarelseOut(tx: Tx, borgerId: string, ctx: RouteContext) {
  const h = await besvaresAf(tx, borgerId, ctx.clock.now());
  return {
    sagsbehandler: h.sagsbehandlerNavn,
    fravaerende: h.fravaerende,
    team: h.fravaerende ? h.team : null,
  };
}

const borgerAfsender = async (tx: Tx, ctx: RouteContext): Promise<Afsender> => {
  const b = await tx
    .selectFrom("borger")
    .select(["fornavn", "efternavn"])
    .where("id", "=", ctx.user.borgerId!)
    .executeTakeFirstOrThrow();
  return { side: "borger", id: null, navn: `${b.fornavn} ${b.efternavn}` };
};
const medarbejderAfsender = (ctx: RouteContext): Afsender => ({
  side: "jobcenter",
  id: ctx.user.userId,
  navn: ctx.user.name,
});

/** The citizen's own thread, or 404 (also for another citizen's thread). */
async function egenTraad(tx: Tx, ctx: RouteContext, id: string) {
  const t = await traad(tx, id);
  if (!t || t.borger_id !== ctx.user.borgerId) throw new AppError("NOT_FOUND");
  return t;
}

/** A thread opened by staff: the citizen's case is opened for the purpose and the read is logged. */
async function aabnTraad(tx: Tx, ctx: RouteContext, id: string, handling: string, formaal: string) {
  const t = await traad(tx, id);
  if (!t) throw new AppError("NOT_FOUND");
  await openCitizen(tx, ctx, t.borger_id, handling, RESSOURCE, formaal);
  return t;
}

/** Sends an attachment as a download with a safe name. */
function sendBilag(ctx: RouteContext, f: { filnavn: string; mimetype: string; indhold: Uint8Array }) {
  ctx.reply
    .header("content-type", f.mimetype)
    .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(f.filnavn)}`)
    .header("cache-control", "no-store")
    .header("x-content-type-options", "nosniff");
  return Buffer.from(f.indhold);
}

export function dialogRoutes(): RouteDef[] {
  return [
    /* ------------------------------------------------------------- citizen */
    defineRoute({
      method: "GET",
      url: "/api/borger/dialog",
      summary:
        "Mine tråde med jobcentret med status (venter på svar fra mig / fra jobcentret), svarfrist og hvem der svarer",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const idag = danishDate(ctx.clock.now());
          return {
            jobcenter: (await jobcenterNavn(tx)) ?? null,
            svarfristArbejdsdage: await svarfristArbejdsdage(tx),
            besvares: await besvarelseOut(tx, ctx.user.borgerId!, ctx),
            traade: (await traadeFor(tx, ctx.user.borgerId!, "borger")).map((t) => traadOut(t, idag)),
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/dialog/status",
      summary: "Til kortet på Min side: tråde der venter på svar fra mig, fra jobcentret, og ulæste beskeder",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) => ctx.tenant((tx) => kortTal(tx, ctx.user.borgerId!)),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/dialog",
      summary:
        "Skriv en ny besked til jobcentret (emne, tekst, op til 3 filer: PDF, JPG eller PNG, højst 5 MB hver); idempotent med nøglen",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      bodyLimit: BODY_LIMIT,
      body: z.object({ emne: Emne, tekst: Tekst, bilag: BilagListe.default([]), idempotensnoegle: Noegle }),
      sample: (f) => ({ own: { body: f.own.dialog.nyTraad } }),
      handler: async ({ body }, ctx) => {
        const bilag = tjekBilag(body.bilag);
        return ctx.tenant(async (tx) => {
          const r = await nyTraad(
            tx,
            {
              borgerId: ctx.user.borgerId!,
              emne: body.emne,
              tekst: body.tekst,
              kilde: "borger",
              afsender: await borgerAfsender(tx, ctx),
              bilag,
              idempotens: body.idempotensnoegle,
            },
            ctx.clock.now(),
          );
          const t = await egenTraad(tx, ctx, r.traadId);
          return {
            ...traadMedBeskederOut(t, "borger", danishDate(ctx.clock.now())),
            besvares: await besvarelseOut(tx, ctx.user.borgerId!, ctx),
            jobcenter: (await jobcenterNavn(tx)) ?? null,
          };
        });
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/dialog/:id",
      summary: "En af mine tråde med alle beskeder, bilag og læst-status",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.dialog.traadId } },
        foreign: { params: { id: f.foreign.dialog.traadId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => ({
          ...traadMedBeskederOut(await egenTraad(tx, ctx, params.id), "borger", danishDate(ctx.clock.now())),
          besvares: await besvarelseOut(tx, ctx.user.borgerId!, ctx),
          jobcenter: (await jobcenterNavn(tx)) ?? null,
        })),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/dialog/:id/laest",
      summary: "Jeg har læst jobcentrets beskeder i tråden",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.dialog.traadId } },
        foreign: { params: { id: f.foreign.dialog.traadId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const t = await egenTraad(tx, ctx, params.id);
          await markerLaest(tx, t.id, await borgerAfsender(tx, ctx), ctx.clock.now());
          return { ok: true };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/dialog/:id/beskeder",
      summary: "Svar i en af mine tråde, evt. med filer; idempotent med nøglen",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      bodyLimit: BODY_LIMIT,
      params: Id,
      body: z.object({ tekst: Tekst, bilag: BilagListe.default([]), idempotensnoegle: Noegle }),
      sample: (f) => ({
        own: { params: { id: f.own.dialog.traadId }, body: f.own.dialog.borgerSvar },
        foreign: { params: { id: f.foreign.dialog.traadId }, body: f.own.dialog.borgerSvarFremmed },
      }),
      handler: async ({ params, body }, ctx) => {
        const bilag = tjekBilag(body.bilag);
        return ctx.tenant(async (tx) => {
          const t = await egenTraad(tx, ctx, params.id);
          await skrivBesked(
            tx,
            {
              traadId: t.id,
              borgerId: ctx.user.borgerId!,
              tekst: body.tekst,
              afsender: await borgerAfsender(tx, ctx),
              bilag,
              idempotens: body.idempotensnoegle,
            },
            ctx.clock.now(),
          );
          return traadMedBeskederOut((await traad(tx, t.id))!, "borger", danishDate(ctx.clock.now()));
        });
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/dialog/bilag/:id",
      summary: "Hent en fil fra en af mine tråde",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.dialog.bilagId } },
        foreign: { params: { id: f.foreign.dialog.bilagId } },
      }),
      handler: async ({ params }, ctx) => {
        const f = await ctx.tenant((tx) => bilagIndhold(tx, params.id));
        if (!f || f.borger_id !== ctx.user.borgerId) throw new AppError("NOT_FOUND");
        return sendBilag(ctx, f);
      },
    }),

    /* ------------------------------------------------------------- staff */
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/dialog",
      summary:
        "Min dialog-indbakke: tråde der venter på svar fra os, for mine borgere og for fraværende kollegers borgere i mit team; overskredne først (navne logges én gang om dagen)",
      allow: CASEWORKERS,
      scope: "kommune",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const now = ctx.clock.now();
          const idag = danishDate(now);
          const rows = await indbakke(tx, ctx.user.userId, now);
          await recordAccesses(
            tx,
            ctx.user,
            [...new Set(rows.map((r) => r.borger_id))].map((borgerId) => ({
              borgerId,
              handling: "Vist i dialog-indbakke",
              ressource: RESSOURCE,
              formaal: FORMAAL.HENVENDELSE.da,
            })),
            now,
            { oncePerDay: true },
          );
          return rows.map((r) => ({
            ...traadOut(r, idag),
            borger: { id: r.borger_id, navn: `${r.fornavn} ${r.efternavn}` },
            sagsbehandler: r.sagsbehandler_navn,
            forKollega: r.forKollega,
          }));
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/dialog",
      summary: "Borgerens tråde med jobcentret, status og svarfrist; hvem der svarer nu (logges)",
      allow: READERS,
      scope: "kommune",
      params: Id,
      query: Formaal,
      sample: (f) => ({
        own: { params: { id: f.own.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
        foreign: { params: { id: f.foreign.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
      }),
      handler: async ({ params, query }, ctx) =>
        ctx.tenant(async (tx) => {
          await openCitizen(tx, ctx, params.id, "Læst dialog", RESSOURCE, FORMAAL[query.formaal].da);
          const idag = danishDate(ctx.clock.now());
          return {
            svarfristArbejdsdage: await svarfristArbejdsdage(tx),
            besvares: await besvarelseOut(tx, params.id, ctx),
            traade: (await traadeFor(tx, params.id, "jobcenter"))
              .map((t) => traadOut(t, idag))
              .sort((a, b) => Number(b.overskredet) - Number(a.overskredet)),
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/borgere/:id/dialog",
      summary: "Skriv en ny besked til borgeren, evt. med filer og et ønske om svar (idempotent, logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      status: 201,
      bodyLimit: BODY_LIMIT,
      params: Id,
      query: Formaal,
      body: z.object({
        emne: Emne,
        tekst: Tekst,
        svarOenskes: z.boolean().default(false),
        bilag: BilagListe.default([]),
        idempotensnoegle: Noegle,
      }),
      sample: (f) => ({
        own: { params: { id: f.own.borgerId }, body: f.own.dialog.medarbejderTraad },
        foreign: { params: { id: f.foreign.borgerId }, body: f.own.dialog.medarbejderTraadFremmed },
      }),
      handler: async ({ params, query, body }, ctx) => {
        const bilag = tjekBilag(body.bilag);
        return ctx.tenant(async (tx) => {
          await openCitizen(tx, ctx, params.id, "Skrevet besked", RESSOURCE, FORMAAL[query.formaal].da);
          const r = await nyTraad(
            tx,
            {
              borgerId: params.id,
              emne: body.emne,
              tekst: body.tekst,
              kilde: "medarbejder",
              afsender: medarbejderAfsender(ctx),
              svarOenskes: body.svarOenskes,
              bilag,
              idempotens: body.idempotensnoegle,
            },
            ctx.clock.now(),
          );
          return traadMedBeskederOut((await traad(tx, r.traadId))!, "jobcenter", danishDate(ctx.clock.now()));
        });
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/dialog/:id",
      summary: "En tråd med alle beskeder, bilag og læst-status (logges)",
      allow: READERS,
      scope: "kommune",
      params: Id,
      query: Formaal,
      sample: (f) => ({
        own: { params: { id: f.own.dialog.traadId }, query: { formaal: "SAGSBEHANDLING" } },
        foreign: { params: { id: f.foreign.dialog.traadId }, query: { formaal: "SAGSBEHANDLING" } },
      }),
      handler: async ({ params, query }, ctx) =>
        ctx.tenant(async (tx) => {
          const t = await aabnTraad(tx, ctx, params.id, "Læst besked", FORMAAL[query.formaal].da);
          return {
            ...traadMedBeskederOut(t, "jobcenter", danishDate(ctx.clock.now())),
            borgerId: t.borger_id,
            besvares: await besvarelseOut(tx, t.borger_id, ctx),
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/dialog/:id/laest",
      summary: "Markér borgerens beskeder i tråden som læst af mig (borgeren ser »Læst«)",
      allow: CASEWORKERS,
      scope: "kommune",
      params: Id,
      query: Formaal,
      sample: (f) => ({
        own: { params: { id: f.own.dialog.traadId } },
        foreign: { params: { id: f.foreign.dialog.traadId } },
      }),
      handler: async ({ params, query }, ctx) =>
        ctx.tenant(async (tx) => {
          const t = await aabnTraad(tx, ctx, params.id, "Læst besked", FORMAAL[query.formaal].da);
          await markerLaest(tx, t.id, medarbejderAfsender(ctx), ctx.clock.now());
          return { ok: true };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/dialog/:id/beskeder",
      summary: "Svar borgeren i tråden, evt. med filer og et ønske om svar (idempotent, logges); borgeren får besked",
      allow: CASEWORKERS,
      scope: "kommune",
      status: 201,
      bodyLimit: BODY_LIMIT,
      params: Id,
      query: Formaal,
      body: z.object({
        tekst: Tekst,
        svarOenskes: z.boolean().default(false),
        bilag: BilagListe.default([]),
        idempotensnoegle: Noegle,
      }),
      sample: (f) => ({
        own: { params: { id: f.own.dialog.traadId }, body: f.own.dialog.medarbejderSvar },
        foreign: { params: { id: f.foreign.dialog.traadId }, body: f.own.dialog.medarbejderSvarFremmed },
      }),
      handler: async ({ params, query, body }, ctx) => {
        const bilag = tjekBilag(body.bilag);
        return ctx.tenant(async (tx) => {
          const t = await aabnTraad(tx, ctx, params.id, "Skrevet besked", FORMAAL[query.formaal].da);
          await skrivBesked(
            tx,
            {
              traadId: t.id,
              borgerId: t.borger_id,
              tekst: body.tekst,
              afsender: medarbejderAfsender(ctx),
              svarOenskes: body.svarOenskes,
              bilag,
              idempotens: body.idempotensnoegle,
            },
            ctx.clock.now(),
          );
          return traadMedBeskederOut((await traad(tx, t.id))!, "jobcenter", danishDate(ctx.clock.now()));
        });
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/dialog/:id/intet-svar",
      summary: "Markér at tråden ikke kræver (flere) svar: ingen venter længere (logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      params: Id,
      query: Formaal,
      sample: (f) => ({
        own: { params: { id: f.own.dialog.intetSvarTraadId } },
        foreign: { params: { id: f.foreign.dialog.intetSvarTraadId } },
      }),
      handler: async ({ params, query }, ctx) =>
        ctx.tenant(async (tx) => {
          const t = await aabnTraad(
            tx,
            ctx,
            params.id,
            "Markeret besked uden behov for svar",
            FORMAAL[query.formaal].da,
          );
          await intetSvarNoedvendigt(tx, t.id, t.borger_id, ctx.clock.now());
          return traadMedBeskederOut((await traad(tx, t.id))!, "jobcenter", danishDate(ctx.clock.now()));
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/dialog/bilag/:id",
      summary: "Hent en fil fra en tråd (logges)",
      allow: READERS,
      scope: "kommune",
      params: Id,
      query: Formaal,
      sample: (f) => ({
        own: { params: { id: f.own.dialog.bilagId }, query: { formaal: "SAGSBEHANDLING" } },
        foreign: { params: { id: f.foreign.dialog.bilagId }, query: { formaal: "SAGSBEHANDLING" } },
      }),
      handler: async ({ params, query }, ctx) => {
        const f = await ctx.tenant(async (tx) => {
          const b = await bilagIndhold(tx, params.id);
          if (!b) throw new AppError("NOT_FOUND");
          await openCitizen(tx, ctx, b.borger_id, "Åbnet bilag", `${RESSOURCE}/bilag`, FORMAAL[query.formaal].da);
          return b;
        });
        return sendBilag(ctx, f);
      },
    }),

    /* ------------------------------------------------------------- municipality settings */
    defineRoute({
      method: "GET",
      url: "/api/admin/dialog/indstilling",
      summary: "Kommunens lovede svartid på borgernes beskeder (arbejdsdage)",
      allow: ["admin"],
      scope: "kommune",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => ({ svarfristArbejdsdage: await svarfristArbejdsdage(tx), typer: BILAG_TYPER })),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/admin/dialog/indstilling",
      summary: "Sæt kommunens lovede svartid på borgernes beskeder (1-30 arbejdsdage)",
      allow: ["admin"],
      scope: "kommune",
      body: z.object({ svarfristArbejdsdage: z.number().int().min(1).max(30) }),
      sample: () => ({ own: { body: { svarfristArbejdsdage: 3 } } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          await saetSvarfrist(tx, body.svarfristArbejdsdage, ctx.clock.now());
          return { svarfristArbejdsdage: body.svarfristArbejdsdage };
        }),
    }),
    ...oplysningerRoutes(),
  ];
}
