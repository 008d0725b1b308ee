/**
 * Transport allowance claims over HTTP (docs/befordring.md): the citizen sees the activities they can claim for,
 * previews the distance and amount, submits (exactly once per client key) and follows the decision; the caseworker
 * reads a citizen's claims (logged with the purpose) and approves or rejects them with a reason.
 */
import { z } from "zod";
import { FORMAAL, FORMAAL_KODER } from "#contracts/formaal.ts";
import { recordAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError, type Lang } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext, type RouteDef } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import { openCitizen } from "../sag/routes.ts";
import { jobcenter } from "../samtale/store.ts";
import { type AfstandForklaring, type BefordringRegel, type Beregning, regelPaaDag, VEJFAKTOR } from "./model.ts";
import {
  type AnsoegningRaekke,
  afgoer,
  aktiviteter,
  ansoeg,
  ansoegning,
  ansoegningerFor,
  forbered,
  regler,
} from "./store.ts";

const Id = z.object({ id: z.uuid() });
const IsoDato = z.iso.date();
const Ansoegning = z.object({
  aktivitet: z.object({ art: z.enum(["jobplan", "tilmelding"]), id: z.uuid() }),
  tilPostnr: z.string().regex(/^\d{4}$/, "Skriv et postnummer med 4 cifre."),
  dage: z.array(IsoDato).min(1, "Vælg de dage, du har været af sted.").max(62),
});
const Formaal = z.object({ formaal: z.enum(FORMAAL_KODER).default("SAGSBEHANDLING") });

/** A rule version as the portals show it, in the user's language. */
export function regelOut(r: BefordringRegel, lang: Lang) {
  return {
    id: r.id,
    titel: r.titel[lang],
    tekst: r.tekst[lang],
    henvisning: `${r.henvisning.lov} ${r.henvisning.paragraf}`,
    url: r.henvisning.url,
    gyldigFra: r.gyldigFra,
    gyldigTil: r.gyldigTil,
    taerskelKm: r.taerskelKm,
    satsOere: r.satsOere,
    maksPrMaanedOere: r.maksPrMaanedOere,
    afrundKrone: r.afrundKrone,
    sikkerhed: r.sikkerhed,
    kilde: r.kilde,
  };
}

/** The rule versions a computation used, in the order of its lines. */
const brugteRegler = (b: Beregning, alle: readonly BefordringRegel[], lang: Lang) =>
  [...new Set(b.linjer.map((l) => l.regelId))]
    .map((id) => alle.find((r) => r.id === id))
    .filter((r): r is BefordringRegel => r !== undefined)
    .map((r) => regelOut(r, lang));

const afstandOut = (a: AfstandForklaring) => ({ ...a });

function ansoegningOut(c: NonNullable<AnsoegningRaekke>, alle: readonly BefordringRegel[], lang: Lang) {
  return {
    id: c.id,
    kvitteringsnr: c.kvitteringsnr,
    aktivitet: { art: c.aktivitet_art, id: c.aktivitet_id, titel: c.aktivitet_titel },
    fraPostnr: c.fra_postnr,
    tilPostnr: c.til_postnr,
    enkeltturHm: c.enkelttur_hm,
    afstand: afstandOut(c.afstand),
    dage: c.dage,
    beregning: c.beregning,
    beloebOere: c.beloeb_oere,
    status: c.status,
    indsendt: c.indsendt,
    rettetHm: c.rettet_hm,
    rettetBegrundelse: c.rettet_begrundelse,
    godkendtOere: c.godkendt_oere,
    afgjort: c.afgjort,
    afgjortAf: c.afgjort_af_navn,
    begrundelse: c.begrundelse,
    afgoerelse: c.afgoerelse_tekst,
    regler: brugteRegler(c.beregning, alle, lang),
  };
}

/** The citizen's own data: a grant without a log entry ("Egne oplysninger"). */
const egne = (tx: Tx, ctx: RouteContext) =>
  recordAccess(
    tx,
    ctx.user,
    { borgerId: ctx.user.borgerId!, handling: "Læst", ressource: "befordring", formaal: "Egne oplysninger" },
    ctx.clock.now(),
  );

async function jobcenterOut(tx: Tx) {
  const jc = await jobcenter(tx);
  return jc
    ? {
        navn: jc.jobcenter_navn,
        adresse: jc.adresse,
        postnr: jc.postnr,
        bynavn: jc.bynavn,
        telefon: jc.telefon,
        email: jc.email,
      }
    : null;
}

export function befordringRoutes(): RouteDef[] {
  return [
    /* ------------------------------------------------------------- citizen */
    defineRoute({
      method: "GET",
      url: "/api/borger/befordring",
      summary:
        "Mine aktiviteter, jeg kan søge befordringsgodtgørelse til (med dagene), mine ansøgninger med afgørelse, mit postnummer og reglen i kraft i dag",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx);
          const idag = danishDate(ctx.clock.now());
          const alle = await regler(tx);
          const hjem = await tx
            .selectFrom("borger as b")
            .leftJoin("postnummer as p", (j) =>
              j.onRef("p.postnr", "=", "b.postnr").onRef("p.kommunekode", "=", "b.kommunekode"),
            )
            .select(["b.postnr", "p.bynavn"])
            .where("b.id", "=", access.borgerId)
            .executeTakeFirstOrThrow();
          const iKraft = regelPaaDag(alle, idag);
          return {
            idag,
            hjem: { postnr: hjem.postnr, bynavn: hjem.bynavn },
            jobcenter: await jobcenterOut(tx),
            vejfaktor: VEJFAKTOR,
            regel: iKraft ? regelOut(iKraft, ctx.lang) : null,
            aktiviteter: await aktiviteter(tx, access, idag),
            ansoegninger: (await ansoegningerFor(tx, access.borgerId)).map((c) => ansoegningOut(c, alle, ctx.lang)),
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/befordring/beregn",
      summary:
        "Beregn afstand og beløb for en ansøgning, før jeg sender den: afstanden fra postnumrene og beløbet efter reglen i kraft hver dag (gemmer intet)",
      allow: ["borger"],
      scope: "egne",
      body: Ansoegning,
      sample: (f) => ({
        own: { body: f.own.befordring.ansoegning },
        foreign: { body: f.foreign.befordring.ansoegning },
      }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx);
          const f = await forbered(tx, access, body, danishDate(ctx.clock.now()));
          return {
            aktivitet: { art: f.aktivitet.art, id: f.aktivitet.id, titel: f.aktivitet.titel },
            fraPostnr: f.fraPostnr,
            tilPostnr: body.tilPostnr,
            afstand: afstandOut(f.afstand),
            dage: [...new Set(body.dage)].sort(),
            beregning: f.beregning,
            regler: brugteRegler(f.beregning, f.regler, ctx.lang),
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/befordring",
      summary:
        "Send en ansøgning om befordringsgodtgørelse; svaret er kvitteringen (idempotent med nøglen: et nyt forsøg giver den første ansøgning)",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      body: z.intersection(Ansoegning, z.object({ idempotensnoegle: z.uuid() })),
      sample: (f) => ({
        own: { body: { ...f.own.befordring.ansoegning, idempotensnoegle: f.own.befordring.noegle } },
        foreign: { body: { ...f.foreign.befordring.ansoegning, idempotensnoegle: f.own.befordring.noegleFremmed } },
      }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx);
          const { idempotensnoegle, ...input } = body;
          const r = await ansoeg(tx, access, { ...input, idempotens: idempotensnoegle }, ctx.clock.now());
          return {
            ...ansoegningOut(r.ansoegning, await regler(tx), ctx.lang),
            ny: r.ny,
            jobcenter: await jobcenterOut(tx),
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/befordring/:id",
      summary: "Én af mine ansøgninger om befordringsgodtgørelse med beregning og afgørelse",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.befordring.godkendtId } },
        foreign: { params: { id: f.foreign.befordring.godkendtId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await egne(tx, ctx);
          const c = await ansoegning(tx, params.id);
          if (!c || c.borger_id !== access.borgerId) throw new AppError("NOT_FOUND");
          return ansoegningOut(c, await regler(tx), ctx.lang);
        }),
    }),

    /* ------------------------------------------------------------- caseworker */
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/befordring",
      summary: "Borgerens ansøgninger om befordringsgodtgørelse, de uafgjorte først, og kommunens regler (logges)",
      allow: ["jobkonsulent", "virksomhedskonsulent", "leder"],
      scope: "kommune",
      params: Id,
      query: Formaal,
      sample: (f) => ({
        own: { params: { id: f.own.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
        foreign: { params: { id: f.foreign.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
      }),
      handler: async ({ params, query }, ctx) =>
        ctx.tenant(async (tx) => {
          await openCitizen(
            tx,
            ctx,
            params.id,
            "Læst ansøgninger om befordringsgodtgørelse",
            "befordring",
            FORMAAL[query.formaal].da,
          );
          const alle = await regler(tx);
          const list = (await ansoegningerFor(tx, params.id)).map((c) => ansoegningOut(c, alle, ctx.lang));
          return {
            ansoegninger: [
              ...list.filter((c) => c.status === "indsendt"),
              ...list.filter((c) => c.status !== "indsendt"),
            ],
            regler: alle.map((r) => regelOut(r, ctx.lang)),
            vejfaktor: VEJFAKTOR,
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/befordring/:id/afgoer",
      summary:
        "Godkend eller afvis en ansøgning om befordringsgodtgørelse (afvisning kræver en begrundelse; afstanden kan rettes med en begrundelse); borgeren får besked (logges)",
      allow: ["jobkonsulent"],
      scope: "kommune",
      params: Id,
      query: Formaal,
      body: z
        .object({
          beslutning: z.enum(["godkendt", "afvist"]),
          begrundelse: z.string().trim().max(1000).optional(),
          afstandKm: z.number().min(0).max(999).optional(),
          afstandBegrundelse: z.string().trim().max(500).optional(),
        })
        .refine((b) => b.beslutning === "godkendt" || (b.begrundelse?.length ?? 0) >= 5, {
          message: "Skriv en begrundelse, når du afviser.",
          path: ["begrundelse"],
        })
        .refine((b) => b.afstandKm === undefined || (b.afstandBegrundelse?.length ?? 0) >= 5, {
          message: "Skriv hvorfor du retter afstanden.",
          path: ["afstandBegrundelse"],
        }),
      sample: (f) => ({
        own: {
          params: { id: f.own.befordring.afventerId },
          query: { formaal: "SAGSBEHANDLING" },
          body: { beslutning: "godkendt" },
        },
        foreign: {
          params: { id: f.foreign.befordring.afventerId },
          query: { formaal: "SAGSBEHANDLING" },
          body: { beslutning: "godkendt" },
        },
      }),
      handler: async ({ params, query, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const c = await ansoegning(tx, params.id);
          if (!c) throw new AppError("NOT_FOUND");
          await openCitizen(
            tx,
            ctx,
            c.borger_id,
            "Afgjort ansøgning om befordringsgodtgørelse",
            "befordring",
            FORMAAL[query.formaal].da,
          );
          const r = await afgoer(
            tx,
            params.id,
            { id: ctx.user.userId, navn: ctx.user.name, rolle: ctx.user.role },
            {
              beslutning: body.beslutning,
              begrundelse: body.begrundelse || null,
              rettet:
                body.afstandKm === undefined
                  ? null
                  : { hm: Math.round(body.afstandKm * 10), begrundelse: body.afstandBegrundelse ?? "" },
            },
            ctx.clock.now(),
          );
          return ansoegningOut(r, await regler(tx), ctx.lang);
        }),
    }),
  ];
}
