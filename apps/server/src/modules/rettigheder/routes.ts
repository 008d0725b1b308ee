/**
 * The rights and duties review over HTTP (docs/joblog.md): the citizen reads the version in force for their target
 * group and confirms it; the caseworker sees whether, when and which version was confirmed (the read is logged).
 * Spread into the job log's routes (modules/joblog/routes.ts).
 */
import { z } from "zod";
import { FORMAAL, FORMAAL_KODER } from "#contracts/formaal.ts";
import { recordAccess } from "../../platform/audit/access.ts";
import { defineRoute, type RouteContext, type RouteDef } from "../../platform/http/route.ts";
import { maalgruppeOf } from "../borger/model.ts";
import { openCitizen } from "../sag/routes.ts";
import { type Bekraeftelse, bekraeft, rettighedsOverblik } from "./store.ts";

const bekraeftelseOut = (b: Bekraeftelse) => ({
  gennemgangId: b.gennemgangId,
  version: b.version,
  bekraeftet: b.bekraeftet.toISOString(),
});

function overblikOut(o: Awaited<ReturnType<typeof rettighedsOverblik>>, ctx: RouteContext) {
  return {
    maalgruppe: maalgruppeOf(o.maalgruppe, ctx.lang),
    gennemgang: o.gennemgang,
    version: o.version,
    status: o.status,
    seneste: o.seneste ? bekraeftelseOut(o.seneste) : null,
    iKraftBekraeftet: o.iKraftBekraeftet ? bekraeftelseOut(o.iKraftBekraeftet) : null,
  };
}

export function rettighederRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/borger/rettigheder",
      summary:
        "Mine rettigheder og pligter: den version, der gælder i dag for min målgruppe, og om jeg har bekræftet den",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await recordAccess(
            tx,
            ctx.user,
            { borgerId: ctx.user.borgerId!, handling: "Læst", ressource: "rettigheder", formaal: "Egne oplysninger" },
            ctx.clock.now(),
          );
          return overblikOut(await rettighedsOverblik(tx, access, ctx.clock.now()), ctx);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/rettigheder/bekraeftelse",
      summary: "Bekræft, at jeg har læst den gældende version (gemmes én gang pr. version)",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      body: z.object({
        gennemgangId: z.string().min(1).max(50),
        version: z.iso.date(),
        idempotensnoegle: z.uuid(),
      }),
      sample: (f) => ({ own: { body: f.own.joblog.bekraeftelse } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await recordAccess(
            tx,
            ctx.user,
            {
              borgerId: ctx.user.borgerId!,
              handling: "Bekræftet",
              ressource: "rettigheder",
              formaal: "Egne oplysninger",
            },
            ctx.clock.now(),
          );
          return bekraeftelseOut(
            await bekraeft(
              tx,
              access,
              { gennemgangId: body.gennemgangId, version: body.version, idempotens: body.idempotensnoegle },
              ctx.clock.now(),
            ),
          );
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/rettigheder",
      summary: "Har borgeren bekræftet sine rettigheder og pligter: hvornår og hvilken version (logges med formål)",
      allow: ["jobkonsulent", "virksomhedskonsulent", "leder"],
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
            "Læst bekræftelse af rettigheder og pligter",
            "rettigheder",
            FORMAAL[query.formaal].da,
          );
          return overblikOut(await rettighedsOverblik(tx, access, ctx.clock.now()), ctx);
        }),
    }),
  ];
}
