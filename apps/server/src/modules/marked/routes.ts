import { CASEWORKER_ROLES as CASEWORKERS } from "#contracts/roles.ts";
/**
 * The marketplace over HTTP, for the signed-in portals (docs/marketplace.md): the provider manages its offers and
 * reports on enrolments by screen; the administrator approves offers, sets the token budget and the grant rules; the
 * citizen browses, enrols, follows progress and cancels; the caseworker assigns an offer as a formal tilbud and sees
 * suggestions; the manager sees uptake, completion, spend and effect. The provider API (keys, not sessions) is in
 * api.ts.
 */
import { z } from "zod";
import { FORMAAL } from "#contracts/formaal.ts";
import { MAALGRUPPE_KODER, MAALGRUPPER, type Maalgruppe } from "#contracts/maalgrupper.ts";
import { ROLES } from "#contracts/roles.ts";
import { recordAccesses } from "../../platform/audit/access.ts";
import { AppError } from "../../platform/http/errors.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { defineRoute, type RouteContext } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import { openCitizen } from "../sag/routes.ts";
import { vurderEffekt } from "./effekt.ts";
import { genberegnEffekter, laesEffekter } from "./effekt-store.ts";
import { ESCO_FAERDIGHEDER, faerdighed } from "./esco.ts";
import { forslagForBorger } from "./forslag-store.ts";
import { NIVEAUER, SPROG, UDBUD_ARTER, UDBUD_STATUS, UdbudInput } from "./model.ts";
import {
  type Aktoer,
  afmeld,
  leverandoerensTilmeldinger,
  opdaterUdbud,
  opretUdbud,
  rapporter,
  skiftStatus,
  tegnebog,
  tilfoejBudget,
  tildel,
  tilmeld,
  tilmelding,
  tilmeldingerFor,
  tokenOverblik,
  type Udbud,
  udbud,
  udbudListe,
  udbudStatistik,
} from "./store.ts";

const Id = z.object({ id: z.uuid() });
const Noegle = z.uuid();
const IsoDato = z.iso.date();

const aktoer = (ctx: RouteContext): Aktoer => ({ id: ctx.user.userId, navn: ctx.user.name });

/** A target group's name in the user's language (the code itself when it is unknown). */
const maalgruppeNavn = (kode: string, lang: "da" | "en") => MAALGRUPPER[kode as Maalgruppe]?.[lang] ?? kode;

/** Opens a citizen's case for a caseworker in the marketplace (logged with the case-handling purpose). */
const aabnBorger = (tx: Tx, ctx: RouteContext, borgerId: string, handling: string) =>
  openCitizen(tx, ctx, borgerId, handling, "marked", FORMAAL.SAGSBEHANDLING.da);

/** The signed-in citizen's target group. */
const minMaalgruppe = async (tx: Tx, ctx: RouteContext) =>
  (await tx.selectFrom("borger").select("maalgruppe").where("id", "=", ctx.user.borgerId!).executeTakeFirstOrThrow())
    .maalgruppe;

/**
 * Runs an enrolment once more if it lost a race on a unique index (SQLSTATE 23505): two requests with the same key,
 * or for the same citizen and offer, at the same moment. The second run sees the winner's row and answers it (same
 * key) or says the citizen is already enrolled.
 */
async function igenVedKaploeb<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if ((e as { code?: string }).code === "23505") return fn();
    throw e;
  }
}

/** An offer as the portals show it: skills with their Danish (or English) label. */
export function udbudOut(
  u: Omit<Udbud, "moduler"> & {
    moduler?: Udbud["moduler"];
    ledige_pladser?: number | null;
    naeste_modul?: Date | null;
    antal_tilmeldte?: number;
  },
  lang: "da" | "en" = "da",
) {
  return {
    id: u.id,
    titel: u.titel,
    beskrivelse: u.beskrivelse,
    art: u.art,
    sprog: u.sprog,
    niveau: u.niveau,
    varighedUger: u.varighed_uger,
    timerPrUge: u.timer_pr_uge,
    kompetencer: u.kompetencer.map((uri) => ({ uri, navn: faerdighed(uri)?.[lang] ?? uri })),
    maalgrupper: u.maalgrupper.map((m) => ({ kode: m, navn: maalgruppeNavn(m, lang) })),
    prisTokens: u.pris_tokens,
    abonnement: u.abonnement,
    status: u.status,
    statusAarsag: u.status_aarsag,
    leverandoer: u.leverandoer_navn,
    leverandoerId: u.leverandoer_id,
    opdateret: u.opdateret,
    ...("ledige_pladser" in u
      ? { ledigePladser: u.ledige_pladser, naesteModul: u.naeste_modul, antalTilmeldte: u.antal_tilmeldte }
      : {}),
    ...(u.moduler
      ? {
          moduler: u.moduler.map((m) => ({
            id: m.id,
            titel: m.titel,
            form: m.form,
            start: m.start,
            slut: m.slut,
            sted: m.sted,
            kapacitet: m.kapacitet,
            ledige: m.kapacitet - m.optaget,
          })),
        }
      : {}),
  };
}

type TilmeldingRaekke = Awaited<ReturnType<typeof tilmeldingerFor>>[number];
function tilmeldingOut(t: Omit<TilmeldingRaekke, "leverandoer_navn"> & { leverandoer_navn?: string }) {
  return {
    id: t.id,
    udbudId: t.udbud_id,
    titel: t.titel,
    art: t.art,
    leverandoer: t.leverandoer_navn ?? null,
    kilde: t.kilde,
    formeltTilbud: t.formelt_tilbud,
    status: t.status,
    start: t.start,
    slut: t.slut,
    tokens: t.tokens,
    fremskridt: t.fremskridt,
    tilmeldt: t.tilmeldt,
    startet: t.startet,
    afsluttet: t.afsluttet,
    afmeldtAarsag: t.afmeldt_aarsag,
  };
}

/** Enrols (see tilmeld) as the signed-in user, and answers the enrolment as the portals show it. */
async function tilmeldOut(tx: Tx, ctx: RouteContext, t: Parameters<typeof tilmeld>[1]) {
  return tilmeldingOut((await tilmeld(tx, t, aktoer(ctx), ctx.clock.now())).tilmelding);
}

/** Offers matching a filter, as the portals show them. */
async function udbudListeOut(tx: Tx, ctx: RouteContext, filter: Parameters<typeof udbudListe>[1]) {
  return (await udbudListe(tx, filter, ctx.clock.now())).map((u) => udbudOut(u, ctx.lang));
}

/** Moves an offer to a new status (see skiftStatus) as the signed-in user, and answers the offer. */
async function skiftStatusOut(
  tx: Tx,
  ctx: RouteContext,
  id: string,
  status: Parameters<typeof skiftStatus>[2],
  opts: Parameters<typeof skiftStatus>[4],
) {
  return udbudOut(await skiftStatus(tx, id, status, aktoer(ctx), opts, ctx.clock.now()), ctx.lang);
}

const Filter = z.object({
  q: z.string().trim().max(100).optional(),
  sprog: z.enum(SPROG).optional(),
  niveau: z.enum(NIVEAUER).optional(),
  art: z.enum(UDBUD_ARTER).optional(),
  maksUger: z.coerce.number().int().min(1).max(104).optional(),
  kompetence: z.string().url().max(200).optional(),
});

const Rapport = z.object({
  art: z.enum(["fremmoede", "fravaer", "fremskridt", "gennemfoert", "afbrudt"]),
  dato: IsoDato,
  modulId: z.uuid().optional(),
  fremskridt: z.number().int().min(0).max(100).optional(),
  bemaerkning: z.string().trim().max(1000).optional(),
  idempotensnoegle: Noegle,
});

async function egetUdbudOut(ctx: RouteContext, id: string, leverandoerId: string | null) {
  return ctx.tenant(async (tx) => {
    const u = await udbud(tx, id);
    if (!u || (leverandoerId && u.leverandoer_id !== leverandoerId)) throw new AppError("NOT_FOUND");
    return udbudOut(u, ctx.lang);
  });
}

const leverandoerId = (ctx: RouteContext) => {
  if (!ctx.user.leverandoerId) throw new AppError("FORBIDDEN");
  return ctx.user.leverandoerId;
};

export function markedRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/marked/kompetencer",
      summary: "ESCO-færdighederne, et forløb kan lære fra sig (demotaksonomien), med dansk eller engelsk navn",
      allow: ROLES,
      scope: "public",
      handler: async (_i, ctx) =>
        ESCO_FAERDIGHEDER.map((f) => ({ uri: f.uri, navn: f[ctx.lang] })).sort((a, b) =>
          a.navn.localeCompare(b.navn, ctx.lang),
        ),
    }),
    /* ------------------------------------------------------------- provider (by screen) */
    defineRoute({
      method: "GET",
      url: "/api/leverandoer/udbud",
      summary: "Leverandørens egne udbud med status og antal tilmeldte",
      allow: ["leverandoer"],
      scope: "leverandoer",
      handler: async (_i, ctx) => ctx.tenant((tx) => udbudListeOut(tx, ctx, { leverandoerId: leverandoerId(ctx) })),
    }),
    defineRoute({
      method: "POST",
      url: "/api/leverandoer/udbud",
      summary: "Opret et udbud som kladde eller send det til godkendelse i kommunen (idempotent med nøglen)",
      allow: ["leverandoer"],
      scope: "leverandoer",
      status: 201,
      body: z.intersection(UdbudInput, z.object({ indsend: z.boolean().default(true), idempotensnoegle: Noegle })),
      sample: (f) => ({ own: { body: f.own.marked.nytUdbud } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) =>
          udbudOut(
            await opretUdbud(
              tx,
              leverandoerId(ctx),
              body,
              { indsend: body.indsend, idempotens: body.idempotensnoegle },
              ctx.clock.now(),
            ),
            ctx.lang,
          ),
        ),
    }),
    defineRoute({
      method: "GET",
      url: "/api/leverandoer/udbud/:id",
      summary: "Et af leverandørens egne udbud med moduler og ledige pladser",
      allow: ["leverandoer"],
      scope: "leverandoer",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.marked.udbudId } },
        foreign: { params: { id: f.foreign.marked.udbudId } },
      }),
      handler: async ({ params }, ctx) => egetUdbudOut(ctx, params.id, leverandoerId(ctx)),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/leverandoer/udbud/:id",
      summary: "Ret et udbud, der ikke er godkendt endnu",
      allow: ["leverandoer"],
      scope: "leverandoer",
      params: Id,
      body: UdbudInput,
      sample: (f) => ({
        own: { params: { id: f.own.marked.udbudKladdeId }, body: f.own.marked.nytUdbud },
        foreign: { params: { id: f.foreign.marked.udbudKladdeId }, body: f.own.marked.nytUdbud },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) =>
          udbudOut(await opdaterUdbud(tx, leverandoerId(ctx), params.id, body, ctx.clock.now()), ctx.lang),
        ),
    }),
    defineRoute({
      method: "POST",
      url: "/api/leverandoer/udbud/:id/status",
      summary: "Send et udbud til godkendelse, eller træk det tilbage",
      allow: ["leverandoer"],
      scope: "leverandoer",
      params: Id,
      body: z.object({ status: z.enum(["indsendt", "tilbagetrukket"]) }),
      sample: (f) => ({
        own: { params: { id: f.own.marked.udbudKladdeId }, body: { status: "indsendt" } },
        foreign: { params: { id: f.foreign.marked.udbudKladdeId }, body: { status: "indsendt" } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant((tx) => skiftStatusOut(tx, ctx, params.id, body.status, { leverandoerId: leverandoerId(ctx) })),
    }),
    defineRoute({
      method: "GET",
      url: "/api/leverandoer/tilmeldinger",
      summary: "Tilmeldte på leverandørens udbud: kun navn, kontakt og start (logges)",
      allow: ["leverandoer"],
      scope: "leverandoer",
      query: z.object({ udbudId: z.uuid().optional() }),
      sample: () => ({ own: { query: {} } }),
      handler: async ({ query }, ctx) =>
        ctx.tenant(async (tx) => {
          const rows = await leverandoerensTilmeldinger(tx, leverandoerId(ctx), { udbudId: query.udbudId });
          await recordAccesses(
            tx,
            ctx.user,
            [...new Set(rows.map((r) => r.borger_id))].map((borgerId) => ({
              borgerId,
              handling: "Leverandør så tilmelding",
              ressource: "marked/tilmeldinger",
              formaal: "Gennemførelse af forløb",
            })),
            ctx.clock.now(),
            { oncePerDay: true },
          );
          return rows.map((r) => ({
            id: r.id,
            udbudId: r.udbud_id,
            titel: r.titel,
            navn: `${r.fornavn} ${r.efternavn}`,
            email: r.email,
            telefon: r.telefon,
            status: r.status,
            start: r.start,
            slut: r.slut,
            fremskridt: r.fremskridt,
            tilmeldt: r.tilmeldt,
          }));
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/leverandoer/tilmeldinger/:id/rapport",
      summary:
        "Indberet fremmøde, fravær, fremskridt, gennemførelse eller afbrud for en tilmeldt (idempotent med nøglen)",
      allow: ["leverandoer"],
      scope: "leverandoer",
      params: Id,
      body: Rapport,
      sample: (f) => ({
        own: { params: { id: f.own.marked.tilmeldingRapportId }, body: f.own.marked.rapport },
        foreign: { params: { id: f.foreign.marked.tilmeldingRapportId }, body: f.own.marked.rapport },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const { idempotensnoegle, ...r } = body;
          const t = await rapporter(
            tx,
            leverandoerId(ctx),
            params.id,
            r,
            "skaerm",
            aktoer(ctx),
            idempotensnoegle,
            ctx.clock.now(),
          );
          return tilmeldingOut(t);
        }),
    }),

    /* ------------------------------------------------------------- administrator */
    defineRoute({
      method: "GET",
      url: "/api/admin/marked/udbud",
      summary: "Kommunens udbud efter status, fx dem der venter på godkendelse",
      allow: ["admin"],
      scope: "kommune",
      query: z.object({ status: z.enum(UDBUD_STATUS).optional() }),
      sample: () => ({ own: { query: { status: "indsendt" } } }),
      handler: async ({ query }, ctx) =>
        ctx.tenant((tx) => udbudListeOut(tx, ctx, query.status ? { status: query.status } : {})),
    }),
    defineRoute({
      method: "GET",
      url: "/api/admin/marked/udbud/:id",
      summary: "Et udbud med moduler, til godkendelse",
      allow: ["admin"],
      scope: "kommune",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.marked.udbudGodkendId } },
        foreign: { params: { id: f.foreign.marked.udbudGodkendId } },
      }),
      handler: async ({ params }, ctx) => egetUdbudOut(ctx, params.id, null),
    }),
    defineRoute({
      method: "POST",
      url: "/api/admin/marked/udbud/:id/behandl",
      summary: "Godkend et udbud (det bliver synligt for borgerne) eller afvis det med en begrundelse",
      allow: ["admin"],
      scope: "kommune",
      params: Id,
      body: z
        .object({ beslutning: z.enum(["godkendt", "afvist"]), begrundelse: z.string().trim().max(1000).optional() })
        .refine((b) => b.beslutning === "godkendt" || (b.begrundelse?.length ?? 0) >= 10, {
          message: "Skriv en begrundelse på mindst 10 tegn, når du afviser",
          path: ["begrundelse"],
        }),
      sample: (f) => ({
        own: { params: { id: f.own.marked.udbudGodkendId }, body: { beslutning: "godkendt" } },
        foreign: { params: { id: f.foreign.marked.udbudGodkendId }, body: { beslutning: "godkendt" } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant((tx) =>
          skiftStatusOut(tx, ctx, params.id, body.beslutning, {
            leverandoerId: null,
            aarsag: body.begrundelse ?? null,
          }),
        ),
    }),
    defineRoute({
      method: "GET",
      url: "/api/admin/marked/tokens",
      summary: "Kommunens tokens: budget, saldi, forbrug, udløb, tildelingsregler og refusionsregel",
      allow: ["admin", "leder"],
      scope: "kommune",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const regler = await tx.selectFrom("token_regel").selectAll().orderBy("oprettet", "desc").execute();
          const refusion = await tx
            .selectFrom("kommune_indstillinger")
            .select(["refusion_dage", "refusion_maks_fremskridt"])
            .executeTakeFirstOrThrow();
          return {
            regnskab: await tokenOverblik(tx),
            regler: regler.map((r) => ({
              id: r.id,
              maalgruppe: r.maalgruppe,
              maalgruppeNavn: maalgruppeNavn(r.maalgruppe, ctx.lang),
              tokens: r.tokens,
              gyldigFra: r.gyldig_fra,
              gyldigTil: r.gyldig_til,
              udloebDage: r.udloeb_dage,
            })),
            refusion: { dage: refusion.refusion_dage, maksFremskridt: refusion.refusion_maks_fremskridt },
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/admin/marked/budget",
      summary: "Tilføj tokens til kommunens budget (idempotent med nøglen)",
      allow: ["admin"],
      scope: "kommune",
      body: z.object({
        antal: z.number().int().min(1).max(10_000_000),
        tekst: z.string().trim().min(3).max(200),
        idempotensnoegle: Noegle,
      }),
      sample: (f) => ({ own: { body: f.own.marked.budget } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant((tx) =>
          tilfoejBudget(tx, body.antal, body.tekst, body.idempotensnoegle, aktoer(ctx), ctx.clock.now()),
        ),
    }),
    defineRoute({
      method: "POST",
      url: "/api/admin/marked/regler",
      summary: "Ny tildelingsregel: så mange tokens får borgere i en målgruppe fra en dato",
      allow: ["admin"],
      scope: "kommune",
      status: 201,
      body: z.object({
        id: z.uuid(),
        maalgruppe: z.enum(MAALGRUPPE_KODER as [string, ...string[]]),
        tokens: z.number().int().min(1).max(100_000),
        gyldigFra: IsoDato,
        gyldigTil: IsoDato.nullable().default(null),
        udloebDage: z.number().int().min(1).max(3650).nullable().default(null),
      }),
      sample: (f) => ({ own: { body: f.own.marked.regel } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          await tx
            .insertInto("token_regel")
            .values({
              id: body.id,
              kommunekode: ctx.user.kommunekode,
              maalgruppe: body.maalgruppe,
              tokens: body.tokens,
              gyldig_fra: body.gyldigFra,
              gyldig_til: body.gyldigTil,
              udloeb_dage: body.udloebDage,
              oprettet_af: ctx.user.userId,
              oprettet: ctx.clock.now(),
            })
            .onConflict((oc) => oc.column("id").doNothing())
            .execute();
          return { id: body.id };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/admin/marked/regler/:id/tildel",
      summary: "Tildel reglens tokens nu til alle borgere i målgruppen, der ikke har fået dem (alt eller intet)",
      allow: ["admin"],
      scope: "kommune",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.marked.regelId } },
        foreign: { params: { id: f.foreign.marked.regelId } },
      }),
      handler: async ({ params }, ctx) => ctx.tenant((tx) => tildel(tx, params.id, aktoer(ctx), ctx.clock.now())),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/admin/marked/refusion",
      summary: "Kommunens regel for at give tokens tilbage ved afmelding",
      allow: ["admin"],
      scope: "kommune",
      body: z.object({ dage: z.number().int().min(0).max(365), maksFremskridt: z.number().int().min(0).max(100) }),
      sample: () => ({ own: { body: { dage: 14, maksFremskridt: 25 } } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          await tx
            .updateTable("kommune_indstillinger")
            .set({ refusion_dage: body.dage, refusion_maks_fremskridt: body.maksFremskridt })
            .execute();
          return body;
        }),
    }),

    /* ------------------------------------------------------------- citizen */
    defineRoute({
      method: "GET",
      url: "/api/borger/marked/udbud",
      summary:
        "Godkendte forløb i min kommune, der er åbne for min målgruppe, filtreret på sprog, niveau, art, varighed og kompetence",
      allow: ["borger"],
      scope: "egne",
      query: Filter,
      sample: () => ({ own: { query: {} } }),
      handler: async ({ query }, ctx) =>
        ctx.tenant(async (tx) =>
          udbudListeOut(tx, ctx, { ...query, status: "godkendt", maalgruppe: await minMaalgruppe(tx, ctx) }),
        ),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/marked/udbud/:id",
      summary: "Et godkendt forløb med moduler, ledige pladser og den målte effekt",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.marked.udbudId } },
        foreign: { params: { id: f.foreign.marked.udbudId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const u = await udbud(tx, params.id);
          if (u?.status !== "godkendt") throw new AppError("NOT_FOUND");
          const maalgruppe = await minMaalgruppe(tx, ctx);
          const effekt = (await laesEffekter(tx, [u.id])).find((e) => e.maalgruppe === maalgruppe);
          return { ...udbudOut(u, ctx.lang), effekt: effekt ? vurderEffekt(effekt) : null };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/marked/tokens",
      summary: "Min saldo af tokens og bevægelserne bag den",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) => ctx.tenant((tx) => tegnebog(tx, ctx.user.borgerId!)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/marked/tilmeldinger",
      summary: "Mine tilmeldinger med fremskridt og gennemførte forløb",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => (await tilmeldingerFor(tx, ctx.user.borgerId!)).map(tilmeldingOut)),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/marked/tilmeldinger",
      summary:
        "Tilmeld mig et forløb og betal med tokens; et digitalt forløb starter med det samme (idempotent med nøglen)",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      body: z.object({ udbudId: z.uuid(), idempotensnoegle: Noegle }),
      sample: (f) => ({
        own: { body: { udbudId: f.own.marked.udbudId, idempotensnoegle: f.own.marked.tilmeldNoegle } },
        foreign: { body: { udbudId: f.foreign.marked.udbudId, idempotensnoegle: f.own.marked.tilmeldNoegleFremmed } },
      }),
      handler: async ({ body }, ctx) =>
        igenVedKaploeb(() =>
          ctx.tenant((tx) =>
            tilmeldOut(tx, ctx, {
              udbudId: body.udbudId,
              borgerId: ctx.user.borgerId!,
              kilde: "borger",
              formelt: false,
              idempotens: body.idempotensnoegle,
            }),
          ),
        ),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/marked/tilmeldinger/:id/afmeld",
      summary: "Afmeld mig et forløb; tokens gives tilbage efter kommunens regel",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      body: z.object({ aarsag: z.string().trim().max(500).optional() }),
      sample: (f) => ({
        own: { params: { id: f.own.marked.tilmeldingAfmeldId }, body: {} },
        foreign: { params: { id: f.foreign.marked.tilmeldingAfmeldId }, body: {} },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const r = await afmeld(
            tx,
            params.id,
            { borgerId: ctx.user.borgerId!, aarsag: body.aarsag ?? null },
            aktoer(ctx),
            ctx.clock.now(),
          );
          return { tilmelding: tilmeldingOut(r.tilmelding), refusion: r.refusion };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/marked/forslag",
      summary: "Forslag til forløb for mig, hver med sin begrundelse",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) => ctx.tenant((tx) => forslagForBorger(tx, ctx.user.borgerId!, ctx.clock.now())),
    }),

    /* ------------------------------------------------------------- caseworker */
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/marked",
      summary: "Borgerens forløb og tilbud fra markedspladsen, saldo og forslag med begrundelse (logges)",
      allow: [...CASEWORKERS, "leder"],
      scope: "kommune",
      params: Id,
      sample: (f) => ({ own: { params: { id: f.own.borgerId } }, foreign: { params: { id: f.foreign.borgerId } } }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          await aabnBorger(tx, ctx, params.id, "Læst forløb og tilbud");
          return {
            tilmeldinger: (await tilmeldingerFor(tx, params.id)).map(tilmeldingOut),
            tokens: (await tegnebog(tx, params.id)).saldo,
            forslag: await forslagForBorger(tx, params.id, ctx.clock.now()),
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/marked/udbud",
      summary: "Søg i kommunens godkendte forløb, fx for at bevilge et tilbud",
      allow: CASEWORKERS,
      scope: "kommune",
      query: Filter,
      sample: () => ({ own: { query: {} } }),
      handler: async ({ query }, ctx) => ctx.tenant((tx) => udbudListeOut(tx, ctx, { ...query, status: "godkendt" })),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/borgere/:id/marked/tilbud",
      summary:
        "Bevilg et forløb som tilbud: registreres på sagen med start og slut (TILBUD_START), betales af kommunens budget (idempotent, logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      status: 201,
      params: Id,
      body: z
        .object({ udbudId: z.uuid(), start: IsoDato, slut: IsoDato.optional(), idempotensnoegle: Noegle })
        .refine((b) => !b.slut || b.slut >= b.start, {
          message: "Slut skal være samme dag som start eller senere",
          path: ["slut"],
        }),
      sample: (f) => ({
        own: { params: { id: f.own.borgerId }, body: f.own.marked.tilbud },
        foreign: { params: { id: f.foreign.borgerId }, body: f.own.marked.tilbud },
      }),
      handler: async ({ params, body }, ctx) =>
        igenVedKaploeb(() =>
          ctx.tenant(async (tx) => {
            await aabnBorger(tx, ctx, params.id, "Bevilget tilbud");
            return tilmeldOut(tx, ctx, {
              udbudId: body.udbudId,
              borgerId: params.id,
              kilde: "jobkonsulent",
              formelt: true,
              start: body.start,
              ...(body.slut ? { slut: body.slut } : {}),
              idempotens: body.idempotensnoegle,
            });
          }),
        ),
    }),

    /* ------------------------------------------------------------- manager */
    defineRoute({
      method: "GET",
      url: "/api/ledelse/marked",
      summary: "Hvert forløbs optag, gennemførelse, forbrug af tokens pr. borger i job og målt effekt",
      allow: ["leder", "admin"],
      scope: "kommune",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const stat = await udbudStatistik(tx);
          const effekter = await laesEffekter(tx);
          return {
            idag: danishDate(ctx.clock.now()),
            beregnet:
              (await tx.selectFrom("kommune_indstillinger").select("effekt_beregnet").executeTakeFirst())
                ?.effekt_beregnet ??
              effekter[0]?.beregnet ??
              null,
            regnskab: await tokenOverblik(tx),
            udbud: stat.map((s) => {
              const egne = effekter.filter((e) => e.udbud_id === s.id);
              const iArbejde13 = egne.reduce((sum, e) => sum + e.i_arbejde_13, 0);
              return {
                id: s.id,
                titel: s.titel,
                art: s.art,
                leverandoer: s.leverandoer_navn,
                tilmeldinger: s.tilmeldinger,
                aktive: s.aktive,
                gennemfoert: s.gennemfoert,
                afbrudt: s.afbrudt,
                gennemfoerelsesandel:
                  s.tilmeldinger - s.aktive > 0 ? s.gennemfoert / (s.tilmeldinger - s.aktive) : null,
                tokens: s.tokens,
                tokensPrIArbejde: iArbejde13 > 0 ? Math.round(s.tokens / iArbejde13) : null,
                effekter: egne.map((e) => ({
                  maalgruppe: e.maalgruppe,
                  maalgruppeNavn: maalgruppeNavn(e.maalgruppe, ctx.lang),
                  ...vurderEffekt(e),
                })),
              };
            }),
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/ledelse/marked/effekt",
      summary: "Beregn forløbenes effekt igen ud fra de seneste udfald",
      allow: ["leder", "admin"],
      scope: "kommune",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          await genberegnEffekter(tx, ctx.user.kommunekode, ctx.clock.now());
          await tx.updateTable("kommune_indstillinger").set({ effekt_beregnet: ctx.clock.now() }).execute();
          return { beregnet: ctx.clock.now() };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/marked/tilmeldinger/:id",
      summary: "Én tilmelding: borgerens egen, eller for personale en i kommunen (logges)",
      allow: ["borger", ...CASEWORKERS, "leder"],
      scope: "kommune",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.marked.tilmeldingRapportId } },
        foreign: { params: { id: f.foreign.marked.tilmeldingRapportId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const t = await tilmelding(tx, params.id);
          if (!t || (ctx.user.role === "borger" && t.borger_id !== ctx.user.borgerId)) throw new AppError("NOT_FOUND");
          if (ctx.user.role !== "borger") await aabnBorger(tx, ctx, t.borger_id, "Læst tilmelding");
          const rapporter = await tx
            .selectFrom("tilmelding_rapport")
            .select(["art", "dato", "fremskridt", "bemaerkning", "kilde", "af_navn", "registreret"])
            .where("tilmelding_id", "=", params.id)
            .orderBy("registreret", "desc")
            .execute();
          return { ...tilmeldingOut(t), rapporter };
        }),
    }),
  ];
}
