import { CASEWORKER_ROLES } from "#contracts/roles.ts";
import { z } from "zod";
import { maskCpr, parseCpr } from "#contracts/cpr.ts";
import { errors } from "#contracts/errors.ts";
import { FORMAAL, FORMAAL_KODER } from "#contracts/formaal.ts";
import { accessesTo, recordAccess, recordAccesses } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import { ageOn, maalgruppeOf, uddannelseOf } from "./model.ts";
import { type CitizenListRow, citizenDetails, searchCitizens } from "./store.ts";

function listItem(r: CitizenListRow, ctx: RouteContext) {
  return {
    id: r.id,
    navn: `${r.fornavn} ${r.efternavn}`,
    alder: ageOn(r.foedselsdato, danishDate(ctx.clock.now())),
    maalgruppe: maalgruppeOf(r.maalgruppe, ctx.lang),
    postnr: r.postnr,
    bynavn: r.bynavn,
  };
}

/**
 * Staff see names in a list only through the audit path: one entry per citizen shown. (The caseload, which is opened
 * many times a day, logs once a day per citizen: modules/sag/sagsstamme.ts.)
 */
async function auditedList(ctx: RouteContext, rows: CitizenListRow[], handling: string, formaal: string) {
  await ctx.tenant(async (tx) =>
    recordAccesses(
      tx,
      ctx.user,
      rows.map((r) => ({ borgerId: r.id, handling, ressource: "borger/navn", formaal })),
      ctx.clock.now(),
    ),
  );
  return rows.map((r) => listItem(r, ctx));
}

/** The citizen's details as both the citizen and staff see them (the CPR number is added by the caller). */
function presentCitizen(b: NonNullable<Awaited<ReturnType<typeof citizenDetails>>>, ctx: RouteContext) {
  return {
    id: b.id,
    navn: `${b.fornavn} ${b.efternavn}`,
    foedselsdato: b.foedselsdato,
    maalgruppe: maalgruppeOf(b.maalgruppe, ctx.lang),
    ydelseStart: b.ydelse_start,
    adresse: b.adresse,
    postnr: b.postnr,
    bynavn: b.bynavn,
    telefon: b.telefon,
    email: b.email,
    uddannelse: uddannelseOf(b.uddannelse, ctx.lang),
    sagsbehandler: b.sagsbehandler_navn ? { navn: b.sagsbehandler_navn, team: b.sagsbehandler_team } : null,
  };
}

/** The logged-in citizen's grant to their own data (the audit path writes no entry for a citizen's own reads). */
function ownData(tx: Tx, ctx: RouteContext, ressource: string) {
  return recordAccess(
    tx,
    ctx.user,
    { borgerId: ctx.user.borgerId!, handling: "Læst", ressource, formaal: "Egne oplysninger" },
    ctx.clock.now(),
  );
}

const BorgerId = z.object({ id: z.uuid() });

export function borgerRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/borger/mig",
      summary: "Borgerens egne oplysninger",
      allow: ["borger"],
      scope: "egne",
      handler: async (_input, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await ownData(tx, ctx, "borger/stamdata");
          const b = await citizenDetails(tx, access);
          if (!b) throw new AppError("NOT_FOUND");
          const jc = await tx
            .selectFrom("kommune_indstillinger")
            .select(["jobcenter_navn", "adresse", "postnr", "bynavn", "telefon", "email"])
            .executeTakeFirst();
          return {
            ...presentCitizen(b, ctx),
            cpr: maskCpr(ctx.vault.decrypt(b.cpr_krypteret, b.cpr_noegle_id)),
            jobcenter: jc
              ? {
                  navn: jc.jobcenter_navn,
                  adresse: jc.adresse,
                  postnr: jc.postnr,
                  bynavn: jc.bynavn,
                  telefon: jc.telefon,
                  email: jc.email,
                }
              : null,
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/adgangslog",
      summary: "Hvem har set mine oplysninger: alle medarbejderes opslag i borgerens data",
      allow: ["borger"],
      scope: "egne",
      handler: async (_input, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await ownData(tx, ctx, "adgangslog");
          const rows = await accessesTo(tx, access);
          return rows.map((r) => ({
            id: r.id,
            tidspunkt: new Date(r.tidspunkt).toISOString(),
            aktoerNavn: r.aktoer_navn,
            aktoerRolle: r.aktoer_rolle,
            handling: r.handling,
            ressource: r.ressource,
            formaal: r.formaal,
          }));
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/formaal",
      summary: "De formål en medarbejder kan angive for at se en borgers oplysninger",
      allow: [...CASEWORKER_ROLES, "leder"],
      scope: "public",
      handler: async (_input, ctx) => FORMAAL_KODER.map((kode) => ({ kode, tekst: FORMAAL[kode][ctx.lang] })),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/borgere/soeg",
      summary: "Søg borger på CPR-nummer eller navn i egen kommune",
      allow: CASEWORKER_ROLES,
      scope: "kommune",
      body: z
        .object({
          cpr: z.string().trim().min(1).optional(),
          navn: z.string().trim().min(2).max(100).optional(),
        })
        .refine((b) => b.cpr || b.navn, { message: "Angiv CPR-nummer eller navn", path: ["cpr"] }),
      sample: () => ({ own: { body: { navn: "Nielsen" } } }),
      handler: async ({ body }, ctx) => {
        let cprHash: string | undefined;
        if (body.cpr) {
          const p = parseCpr(body.cpr, danishDate(ctx.clock.now()));
          if (!p.ok) throw new AppError(p.code, [{ path: "body.cpr", message: errors[p.code][ctx.lang] }]);
          cprHash = ctx.vault.hash(p.cpr);
        }
        const rows = await ctx.tenant((tx) => searchCitizens(tx, { cprHash, navn: body.navn }));
        return auditedList(ctx, rows, "Fundet ved søgning", FORMAAL.SAGSBEHANDLING.da);
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id",
      summary: "Åbn en borgers stamdata med et angivet formål (logges og kan ses af borgeren)",
      allow: [...CASEWORKER_ROLES, "leder"],
      scope: "kommune",
      params: BorgerId,
      query: z.object({ formaal: z.enum(FORMAAL_KODER) }),
      sample: (f) => ({
        own: { params: { id: f.own.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
        foreign: { params: { id: f.foreign.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
      }),
      handler: async ({ params, query }, ctx) =>
        ctx.tenant(async (tx) => {
          // The id must name a citizen of the caller's municipality (row-level security hides the others) before
          // anything is logged: an access log entry is only written for a citizen who exists here.
          const exists = await tx.selectFrom("borger").select("id").where("id", "=", params.id).executeTakeFirst();
          if (!exists) throw new AppError("CITIZEN_NOT_FOUND");
          const access = await recordAccess(
            tx,
            ctx.user,
            {
              borgerId: params.id,
              handling: "Åbnet stamdata",
              ressource: "borger/stamdata",
              formaal: FORMAAL[query.formaal].da,
            },
            ctx.clock.now(),
          );
          const b = (await citizenDetails(tx, access))!;
          return {
            ...presentCitizen(b, ctx),
            cpr: ctx.vault.decrypt(b.cpr_krypteret, b.cpr_noegle_id),
            alder: ageOn(b.foedselsdato, danishDate(ctx.clock.now())),
            koen: b.koen,
          };
        }),
    }),
  ];
}
