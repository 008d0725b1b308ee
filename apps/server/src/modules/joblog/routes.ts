import { CASEWORKER_ROLES as CASEWORKERS } from "#contracts/roles.ts";
/**
 * The job log over HTTP (docs/joblog.md): the citizen records applications and follows the weekly requirement; the
 * caseworker sees the same (every read logged with the purpose) and sets an individual number; the administrator
 * sets the municipality's number per target group. The rights and duties review's routes are added from
 * modules/rettigheder.
 */
import { z } from "zod";
import { FORMAAL, FORMAAL_KODER } from "#contracts/formaal.ts";
import { MAALGRUPPE_KODER, type Maalgruppe } from "#contracts/maalgrupper.ts";
import { recordAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext, type RouteDef } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import { maalgruppeOf } from "../borger/model.ts";
import { dagFraIso, isoFraDag } from "../regler/kalender.ts";
import { openCitizen } from "../sag/routes.ts";
import { rettighederRoutes } from "../rettigheder/routes.ts";
import { JOBLOG_KRAV, type JoblogRegel } from "./krav.ts";
import { type KravIndstilling, MAADER, STATUSSER } from "./model.ts";
import {
  type Ansoegning,
  joblogOverblik,
  kommunekrav,
  opretAnsoegning,
  saetIndividueltKrav,
  saetKommunekrav,
  skiftStatus,
} from "./store.ts";

const Id = z.object({ id: z.uuid() });
const Formaal = z.object({ formaal: z.enum(FORMAAL_KODER) });
const IsoDato = z.iso.date();
/** How far back an application may be dated */
const DAGE_TILBAGE = 365;

const NyAnsoegningBody = z.object({
  arbejdsgiver: z.string().trim().min(1, "Skriv arbejdsgiverens navn").max(200),
  stilling: z.string().trim().min(1, "Skriv stillingens titel").max(200),
  dato: IsoDato,
  maade: z.enum(MAADER),
  status: z.enum(STATUSSER).default("sendt"),
  note: z.string().trim().max(2000).optional(),
  link: z
    .string()
    .trim()
    .max(500)
    .refine((s) => s === "" || /^https?:\/\/\S+$/.test(s), "Skriv et link, der begynder med https://")
    .optional(),
  idempotensnoegle: z.uuid(),
});

const KravBody = z.object({
  antal: z.number().int().min(0).max(25).nullable(),
  gyldigFra: IsoDato.optional(),
  begrundelse: z.string().trim().min(1, "Skriv en begrundelse").max(1000),
  idempotensnoegle: z.uuid(),
});

/** The logged-in citizen's grant to their own data (no access log entry for a citizen's own reads). */
const egne = (tx: Tx, ctx: RouteContext, ressource: string) =>
  recordAccess(
    tx,
    ctx.user,
    { borgerId: ctx.user.borgerId!, handling: "Læst", ressource, formaal: "Egne oplysninger" },
    ctx.clock.now(),
  );

export function regelOut(r: JoblogRegel) {
  return {
    id: r.id,
    titel: r.titel,
    pligt: r.pligt,
    standardAntalPrUge: r.standardAntalPrUge,
    maalgrupper: r.maalgrupper,
    henvisning: r.henvisning,
    yderligereHenvisninger: r.yderligereHenvisninger,
    gyldigFra: r.gyldig.fra,
    gyldigTil: r.gyldig.til ?? null,
    sikkerhed: r.sikkerhed,
    antalSikkerhed: r.antalSikkerhed,
    forklaring: r.forklaring,
    fortolkning: r.fortolkning,
  };
}

const indstillingOut = (i: KravIndstilling) => ({
  antal: i.antal,
  gyldigFra: i.gyldigFra,
  begrundelse: i.begrundelse,
  fastsatAfNavn: i.fastsatAfNavn,
  fastsat: i.fastsat.toISOString(),
});

export const ansoegningOut = (a: Ansoegning) => ({
  id: a.id,
  arbejdsgiver: a.arbejdsgiver,
  stilling: a.stilling,
  dato: a.dato,
  maade: a.maade,
  status: a.status,
  note: a.note,
  link: a.link,
  oprettet: new Date(a.oprettet).toISOString(),
  opdateret: new Date(a.opdateret).toISOString(),
});

/** The job log as both portals show it; the caseworker also gets the history of individual numbers. */
function overblikOut(o: Awaited<ReturnType<typeof joblogOverblik>>, ctx: RouteContext, medHistorik: boolean) {
  const uger = [...o.uger].reverse();
  return {
    maalgruppe: maalgruppeOf(o.maalgruppe, ctx.lang),
    idag: o.idag,
    krav: {
      pligt: o.krav.pligt,
      antalPrUge: o.krav.antalPrUge,
      kilde: o.krav.kilde,
      regel: o.krav.regel ? regelOut(o.krav.regel) : null,
      indstilling: o.krav.indstilling ? indstillingOut(o.krav.indstilling) : null,
      helligdagsuger: JOBLOG_KRAV.helligdagsuger,
    },
    denneUge: uger[0] ?? null,
    uger,
    ansoegninger: o.ansoegninger.map(ansoegningOut),
    ...(medHistorik ? { individuelleKrav: [...o.individuelt].reverse().map(indstillingOut) } : {}),
  };
}

/** An application's date: not in the future (Danish today) and not more than a year back. */
function tjekDato(dato: string, ctx: RouteContext) {
  const idag = dagFraIso(danishDate(ctx.clock.now()));
  const d = dagFraIso(dato);
  if (d > idag)
    throw new AppError("VALIDATION_FAILED", [{ path: "body.dato", message: "Datoen kan ikke ligge i fremtiden" }]);
  if (d < idag - DAGE_TILBAGE)
    throw new AppError("VALIDATION_FAILED", [
      {
        path: "body.dato",
        message: `Datoen kan højst ligge et år tilbage (tidligst ${isoFraDag(idag - DAGE_TILBAGE)})`,
      },
    ]);
}

export function joblogRoutes(): RouteDef[] {
  return [
    /* ------------------------------------------------------------- the citizen */
    defineRoute({
      method: "GET",
      url: "/api/borger/joblog",
      summary: "Min joblog: ugens krav med regel og henvisning, status uge for uge og mine ansøgninger",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx, "joblog");
          return overblikOut(await joblogOverblik(tx, access, ctx.clock.now()), ctx, false);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/joblog",
      summary: "Registrér en ansøgning i jobloggen (gemmes én gang pr. nøgle)",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      body: NyAnsoegningBody,
      sample: (f) => ({ own: { body: f.own.joblog.nyAnsoegning } }),
      handler: async ({ body }, ctx) => {
        tjekDato(body.dato, ctx);
        const { idempotensnoegle, ...a } = body;
        return ctx.tenant(async (tx) =>
          ansoegningOut(
            await opretAnsoegning(tx, ctx.user.borgerId!, { ...a, idempotens: idempotensnoegle }, ctx.clock.now()),
          ),
        );
      },
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/borger/joblog/:id",
      summary: "Ret status på en af mine ansøgninger",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      body: z.object({ status: z.enum(STATUSSER) }),
      sample: (f) => ({
        own: { params: { id: f.own.joblog.ansoegningId }, body: { status: "samtale" } },
        foreign: { params: { id: f.foreign.joblog.ansoegningId }, body: { status: "samtale" } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) =>
          ansoegningOut(await skiftStatus(tx, ctx.user.borgerId!, params.id, body.status, ctx.clock.now())),
        ),
    }),
    /* ------------------------------------------------------------- the caseworker */
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/joblog",
      summary: "Borgerens joblog: krav, status uge for uge, ansøgninger og individuelle krav (logges med formål)",
      allow: [...CASEWORKERS, "leder"],
      scope: "kommune",
      params: Id,
      query: Formaal,
      sample: (f) => ({
        own: { params: { id: f.own.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
        foreign: { params: { id: f.foreign.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
      }),
      handler: async ({ params, query }, ctx) =>
        ctx.tenant(async (tx) => {
          const { access } = await openCitizen(tx, ctx, params.id, "Læst joblog", "joblog", FORMAAL[query.formaal].da);
          return overblikOut(await joblogOverblik(tx, access, ctx.clock.now()), ctx, true);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/borgere/:id/joblog/krav",
      summary:
        "Sæt et individuelt antal ansøgninger om ugen for borgeren, med begrundelse (antal null: ophæv det individuelle krav)",
      allow: CASEWORKERS,
      scope: "kommune",
      status: 201,
      params: Id,
      query: Formaal,
      body: KravBody,
      sample: (f) => ({
        own: {
          params: { id: f.own.borgerId },
          query: { formaal: "SAGSBEHANDLING" },
          body: f.own.joblog.individueltKrav,
        },
        foreign: {
          params: { id: f.foreign.borgerId },
          query: { formaal: "SAGSBEHANDLING" },
          body: f.own.joblog.individueltKrav,
        },
      }),
      handler: async ({ params, query, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const { b, access } = await openCitizen(
            tx,
            ctx,
            params.id,
            body.antal === null ? "Ophævet individuelt joblogkrav" : "Sat individuelt joblogkrav",
            "joblog",
            FORMAAL[query.formaal].da,
          );
          const k = await saetIndividueltKrav(
            tx,
            access,
            b.maalgruppe,
            {
              antal: body.antal,
              gyldigFra: body.gyldigFra ?? danishDate(ctx.clock.now()),
              begrundelse: body.begrundelse,
              idempotens: body.idempotensnoegle,
            },
            { id: ctx.user.userId, navn: ctx.user.name },
            ctx.clock.now(),
          );
          return indstillingOut(k);
        }),
    }),
    /* ------------------------------------------------------------- the administrator */
    defineRoute({
      method: "GET",
      url: "/api/admin/joblog/krav",
      summary: "Reglerne for joblog med henvisning og sikkerhed, og kommunens egne antal pr. målgruppe",
      allow: ["admin"],
      scope: "kommune",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const egne = await kommunekrav(tx);
          const idag = danishDate(ctx.clock.now());
          return {
            kilde: JOBLOG_KRAV.kilde,
            helligdagsuger: JOBLOG_KRAV.helligdagsuger,
            helligdagsugerNote: JOBLOG_KRAV.helligdagsugerNote,
            regler: JOBLOG_KRAV.regler.map((r) => ({
              ...regelOut(r),
              maalgrupper: r.maalgrupper.map((m) => maalgruppeOf(m, ctx.lang)),
              kommunensAntal: r.maalgrupper.map((m) => {
                const gaeldende = egne.filter((e) => e.maalgruppe === m && e.gyldigFra <= idag).at(-1);
                return { maalgruppe: m, antal: gaeldende?.antal ?? null };
              }),
            })),
            historik: [...egne]
              .reverse()
              .map((e) => ({ maalgruppe: maalgruppeOf(e.maalgruppe, ctx.lang), ...indstillingOut(e) })),
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/admin/joblog/krav",
      summary: "Sæt kommunens antal ansøgninger om ugen for en målgruppe med pligt til joblog",
      allow: ["admin"],
      scope: "kommune",
      status: 201,
      body: KravBody.extend({
        maalgruppe: z.enum(MAALGRUPPE_KODER as [Maalgruppe, ...Maalgruppe[]]),
        antal: z.number().int().min(0).max(25),
      }),
      sample: (f) => ({ own: { body: f.own.joblog.kommunekrav } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const k = await saetKommunekrav(
            tx,
            body.maalgruppe,
            {
              antal: body.antal,
              gyldigFra: body.gyldigFra ?? danishDate(ctx.clock.now()),
              begrundelse: body.begrundelse,
              idempotens: body.idempotensnoegle,
            },
            { id: ctx.user.userId, navn: ctx.user.name },
            ctx.clock.now(),
          );
          return { maalgruppe: maalgruppeOf(k.maalgruppe, ctx.lang), ...indstillingOut(k) };
        }),
    }),
    ...rettighederRoutes(),
  ];
}
