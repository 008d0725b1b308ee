import { CASEWORKER_ROLES as CASEWORKERS } from "#contracts/roles.ts";
import { z } from "zod";
import { FORMAAL } from "#contracts/formaal.ts";
import { recordAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext, type RouteDef } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import { GENSTAND_ARTER } from "../sag/indsigt-model.ts";
import { openCitizen } from "../sag/routes.ts";
import { aktindsigtFrist, anmodningTilstand } from "./model.ts";
import { type Anmodning, anmodningBorger, anmodningerFor, besvar, opretAnmodning, udsaet } from "./store.ts";

const IsoDato = z.iso.date();
const Noegle = z.uuid();

/** A request as both sides see it: the deadline with its rule, the expected date after a delay, and the answer. */
export function anmodningOut(a: Anmodning, idag: string) {
  const { regel } = aktindsigtFrist(a.modtaget_dato);
  const t = anmodningTilstand(a, idag);
  return {
    id: a.id,
    oenske: a.oenske,
    periodeFra: a.periode_fra,
    periodeTil: a.periode_til,
    form: a.form,
    modtaget: new Date(a.modtaget).toISOString(),
    modtagetDato: a.modtaget_dato,
    frist: a.frist,
    forventet: a.forventet,
    status: a.status,
    tilstand: t.tilstand,
    svarSenest: t.svarSenest,
    regel: { id: regel.id, titel: regel.titel, henvisninger: regel.henvisninger },
    svar: a.besvaret
      ? {
          udfald: a.svar_udfald,
          tekst: a.svar_tekst,
          besvaret: new Date(a.besvaret).toISOString(),
          af: a.besvaret_af_navn,
          dokumentId: a.svar_dokument_id,
        }
      : null,
    udsaettelser: a.udsaettelser.map((u) => ({
      id: u.id,
      begrundelse: u.begrundelse,
      forventet: u.forventet,
      sendt: new Date(u.sendt).toISOString(),
      af: u.sendt_af_navn,
      dokumentId: u.dokument_id,
    })),
  };
}

/** The citizen's own grant (no entry in the access log: it is not an access by staff). */
const egne = (tx: Tx, ctx: RouteContext, ressource: string) =>
  recordAccess(
    tx,
    ctx.user,
    { borgerId: ctx.user.borgerId!, handling: "Læst", ressource, formaal: "Egne oplysninger" },
    ctx.clock.now(),
  );

/** Opens the citizen of a request for a caseworker (audited); 404 for a request the municipality does not have. */
async function aabnAnmodning(tx: Tx, ctx: RouteContext, id: string, handling: string) {
  const a = await anmodningBorger(tx, id);
  if (!a) throw new AppError("NOT_FOUND");
  const { access } = await openCitizen(tx, ctx, a.borger_id, handling, "aktindsigt", FORMAAL.SAGSBEHANDLING.da);
  return access;
}

const medarbejder = (ctx: RouteContext) => ({ id: ctx.user.userId, navn: ctx.user.name });

async function enAnmodning(tx: Tx, access: Parameters<typeof anmodningerFor>[1], id: string, idag: string) {
  const a = (await anmodningerFor(tx, access)).find((x) => x.id === id);
  if (!a) throw new AppError("NOT_FOUND");
  return anmodningOut(a, idag);
}

export function aktindsigtRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/borger/aktindsigt",
      summary: "Mine anmodninger om aktindsigt med frist, forventet svar og svar",
      allow: ["borger"],
      scope: "egne",
      handler: async (_input, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx, "aktindsigt");
          const idag = danishDate(ctx.clock.now());
          return (await anmodningerFor(tx, access)).map((a) => anmodningOut(a, idag));
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/aktindsigt/frist",
      summary: "Hvornår jobcentret senest skal svare, hvis jeg anmoder om aktindsigt i dag (reglen med henvisning)",
      allow: ["borger"],
      scope: "egne",
      handler: async (_input, ctx) => {
        const { frist, regel } = aktindsigtFrist(danishDate(ctx.clock.now()));
        return { frist, regel: { id: regel.id, titel: regel.titel, henvisninger: regel.henvisninger } };
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/aktindsigt",
      summary:
        "Anmod om aktindsigt: hvad, evt. periode, og hvordan. Bliver en opgave med lovens frist (idempotent med nøglen)",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      body: z
        .object({
          oenske: z.string().trim().min(1).max(4000),
          periodeFra: IsoDato.optional(),
          periodeTil: IsoDato.optional(),
          form: z.enum(["minside", "post"]).default("minside"),
          idempotensnoegle: Noegle,
        })
        .refine((b) => !b.periodeFra || !b.periodeTil || b.periodeFra <= b.periodeTil, {
          path: ["periodeTil"],
          message: "Slutdatoen skal ligge efter startdatoen.",
        }),
      sample: (f) => ({
        own: {
          body: { oenske: "Alle notater fra det seneste år.", idempotensnoegle: f.own.indsigt.anmodningNoegle },
        },
      }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx, "aktindsigt");
          const a = await opretAnmodning(
            tx,
            access,
            {
              oenske: body.oenske,
              periodeFra: body.periodeFra ?? null,
              periodeTil: body.periodeTil ?? null,
              form: body.form,
              idempotens: body.idempotensnoegle,
            },
            ctx.clock.now(),
          );
          return enAnmodning(tx, access, a.id, danishDate(ctx.clock.now()));
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/aktindsigt/:id/svar",
      summary:
        "Besvar en anmodning om aktindsigt: afgørelse med notat, det udleverede som PDF til borgeren (delvis kræver en undtagelsesafgørelse). Idempotent, logges",
      allow: CASEWORKERS,
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      body: z.object({
        tekst: z.string().trim().min(1).max(4000),
        udvalg: z
          .array(z.object({ art: z.enum(GENSTAND_ARTER), id: z.uuid() }))
          .max(2000)
          .optional(),
        idempotensnoegle: Noegle,
      }),
      sample: (f) => ({
        own: {
          params: { id: f.own.indsigt.svarAnmodningId },
          body: { tekst: "Du får aktindsigt i hele din sag.", idempotensnoegle: f.own.indsigt.svarNoegle },
        },
        foreign: {
          params: { id: f.foreign.indsigt.svarAnmodningId },
          body: { tekst: "Du får aktindsigt i hele din sag.", idempotensnoegle: f.own.indsigt.svarNoegle },
        },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await aabnAnmodning(tx, ctx, params.id, "Besvaret aktindsigt");
          await besvar(
            tx,
            access,
            params.id,
            { tekst: body.tekst, udvalg: body.udvalg ?? null, idempotens: body.idempotensnoegle },
            medarbejder(ctx),
            ctx.clock.now(),
          );
          return enAnmodning(tx, access, params.id, danishDate(ctx.clock.now()));
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/aktindsigt/:id/udsaet",
      summary:
        "Send brev om forsinket svar på aktindsigt med grunden og forventet dato; den oprindelige frist bevares. Idempotent, logges",
      allow: CASEWORKERS,
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      body: z.object({
        begrundelse: z.string().trim().min(1).max(4000),
        forventet: IsoDato,
        idempotensnoegle: Noegle,
      }),
      sample: (f) => ({
        own: {
          params: { id: f.own.indsigt.udsaetAnmodningId },
          body: {
            begrundelse: "Sagen indeholder mange dokumenter, som skal gennemgås.",
            forventet: f.own.indsigt.forventet,
            idempotensnoegle: f.own.indsigt.udsaetNoegle,
          },
        },
        foreign: {
          params: { id: f.foreign.indsigt.udsaetAnmodningId },
          body: {
            begrundelse: "Sagen indeholder mange dokumenter.",
            forventet: f.own.indsigt.forventet,
            idempotensnoegle: f.own.indsigt.udsaetNoegle,
          },
        },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await aabnAnmodning(tx, ctx, params.id, "Sendt brev om forsinket aktindsigt");
          await udsaet(
            tx,
            access,
            params.id,
            { begrundelse: body.begrundelse, forventet: body.forventet, idempotens: body.idempotensnoegle },
            medarbejder(ctx),
            ctx.clock.now(),
          );
          return enAnmodning(tx, access, params.id, danishDate(ctx.clock.now()));
        }),
    }),
  ];
}
