import { z } from "zod";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext, type RouteDef } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import {
  ALMINDELIGE_CERTIFIKATER,
  ARTER,
  ART_NAVN,
  foreslaaOrdninger,
  KOEREKORT,
  ordningFor,
  STATUS_NAVN,
  STATUSSER,
  tilladteOvergange,
  tjekOrdre,
} from "./model.ts";
import {
  type Ejer,
  hentOrdre,
  listOrdrer,
  type Ordre,
  type OrdreData,
  type OrdreRaekke,
  opretOrdre,
  retOrdre,
  skiftStatus,
  virksomheder,
} from "./store.ts";

/** Job orders (issue 5): the employer's and the company consultant's (docs/matching.md "Jobordrer"). */

const Id = z.object({ id: z.uuid() });
const IsoDato = z.iso.date();
const Cvr = z.string().regex(/^[0-9]{8}$/, "Skriv et CVR-nummer med 8 cifre");
const Tekstliste = z.array(z.string().trim().max(200)).max(20).default([]);

export const OrdreBody = z.object({
  titel: z.string().trim().min(1, "Skriv, hvad jobbet hedder").max(200),
  erhvervUri: z.string().max(300).startsWith("http://data.europa.eu/esco/occupation/", "Vælg en stilling fra listen"),
  beskrivelse: z.string().trim().max(10000).nullish(),
  annonceTekst: z.string().trim().max(20000).nullish(),
  art: z.enum(ARTER),
  timerMin: z.number().int().min(1, "Skriv mindst 1 time").max(60, "Højst 60 timer om ugen"),
  timerMax: z.number().int().min(1, "Skriv mindst 1 time").max(60, "Højst 60 timer om ugen"),
  postnr: z
    .string()
    .trim()
    .regex(/^[0-9]{4}$/, "Skriv et postnummer med 4 cifre"),
  arbejdssted: z.string().trim().min(1, "Skriv, hvor arbejdet foregår").max(200),
  start: IsoDato,
  slut: IsoDato.nullish(),
  antal: z.number().int().min(1).max(100).default(1),
  uddannelseskrav: Tekstliste,
  certifikater: Tekstliste,
  koerekort: Tekstliste,
  opgaveboers: z.boolean().default(false),
  tilladNaboer: z.boolean().default(false),
  faerdigheder: z
    .array(
      z.object({
        uri: z.string().max(300).startsWith("http://data.europa.eu/esco/skill/", "Vælg kompetencen fra listen"),
        relation: z.enum(["essentiel", "valgfri"]),
      }),
    )
    .max(100)
    .default([]),
});
type OrdreInput = z.infer<typeof OrdreBody>;

const NyBody = OrdreBody.extend({ idempotensnoegle: z.uuid() });
const NyForVirksomhedBody = NyBody.extend({ cvr: Cvr });
const RetBody = OrdreBody.extend({ version: z.number().int().min(1) });
const StatusBody = z.object({
  status: z.enum(["aaben", "besat", "lukket"]),
  tekst: z.string().trim().max(500).nullish(),
  version: z.number().int().min(1).optional(),
});
const ListeQuery = z.object({
  status: z.enum(STATUSSER).optional(),
  art: z.enum(ARTER).optional(),
  cvr: Cvr.optional(),
  q: z.string().trim().max(100).optional(),
});
const OrdningQuery = z.object({
  art: z.enum(ARTER).optional(),
  timerMin: z.coerce.number().int().min(1).max(60),
  timerMax: z.coerce.number().int().min(1).max(60),
  start: IsoDato,
  slut: IsoDato.optional(),
});

/** The order's number as the employer quotes it: JO- and the first 8 characters of its id. */
export const ordrenummer = (id: string) => `JO-${id.slice(0, 8).toUpperCase()}`;

function data(b: OrdreInput): OrdreData {
  return { ...b, slut: b.slut ?? null };
}

/** The checks across fields, at the edge, in Danish. */
function tjek(b: OrdreInput, ctx: RouteContext, ny: boolean) {
  const fejl = tjekOrdre(
    {
      art: b.art,
      timerMin: b.timerMin,
      timerMax: b.timerMax,
      start: b.start,
      slut: b.slut ?? null,
      opgaveboers: b.opgaveboers,
    },
    danishDate(ctx.clock.now()),
    ny,
  );
  if (fejl.length) throw new AppError("VALIDATION_FAILED", fejl);
}

const iso = (d: Date | string) => new Date(d).toISOString();

function raekkeOut(o: OrdreRaekke, ctx: RouteContext) {
  return {
    id: o.id,
    nummer: ordrenummer(o.id),
    cvr: o.cvr,
    virksomhed: o.virksomhed,
    titel: o.titel,
    erhverv: {
      uri: o.erhverv_uri,
      titel: (ctx.lang === "en" ? o.titel_en : o.titel_da) ?? o.titel_en,
    },
    art: o.art,
    artNavn: ART_NAVN[o.art],
    status: o.status,
    statusNavn: STATUS_NAVN[o.status],
    timerMin: o.timer_min,
    timerMax: o.timer_max,
    postnr: o.postnr,
    arbejdssted: o.arbejdssted,
    start: o.start,
    slut: o.slut,
    antal: o.antal,
    opgaveboers: o.opgaveboers,
    tilladNaboer: o.tillad_naboer,
    kontaktet: o.kontaktet,
    accepteret: o.accepteret,
    oprettetAfNavn: o.oprettet_af_navn,
    oprettet: iso(o.oprettet),
    opdateret: iso(o.opdateret),
    version: o.version,
  };
}

function ordreOut(o: Ordre, ctx: RouteContext) {
  const idag = danishDate(ctx.clock.now());
  return {
    ...raekkeOut(o, ctx),
    beskrivelse: o.beskrivelse,
    annonceTekst: o.annonce_tekst,
    uddannelseskrav: o.uddannelseskrav,
    certifikater: o.certifikater,
    koerekort: o.koerekort,
    faerdigheder: o.faerdigheder.map((f) => ({
      uri: f.uri,
      titel: (ctx.lang === "en" ? f.titel_en : f.titel_da) ?? f.titel_en,
      relation: f.relation,
    })),
    historik: o.historik.map((h) => ({
      status: h.status,
      statusNavn: STATUS_NAVN[h.status as keyof typeof STATUS_NAVN] ?? h.status,
      tekst: h.tekst,
      afNavn: h.af_navn,
      tidspunkt: iso(h.tidspunkt),
    })),
    naesteStatus: tilladteOvergange(o.status),
    ordning: ordningFor(o.art, idag),
  };
}

const forfatter = (ctx: RouteContext) => ({ id: ctx.user.userId, navn: ctx.user.name });
/** The employer user's own CVR (a user without one reaches nothing). */
const egenCvr = (ctx: RouteContext): Ejer => {
  if (!ctx.user.cvr) throw new AppError("FORBIDDEN");
  return { cvr: ctx.user.cvr };
};

const LAESERE = ["virksomhedskonsulent", "jobkonsulent"] as const;

export function jobordreRoutes(): RouteDef[] {
  return [
    /* ------------------------------------------------------------- the employer */
    defineRoute({
      method: "GET",
      url: "/api/virksomhed/jobordrer",
      summary: "Mine jobordrer: status, art og antal kandidater kontaktet og accepteret",
      allow: ["virksomhed"],
      scope: "cvr",
      query: ListeQuery.omit({ cvr: true }),
      sample: () => ({ own: { query: {} } }),
      handler: async ({ query }, ctx) =>
        ctx.tenant(async (tx) => ({
          ordrer: (await listOrdrer(tx, egenCvr(ctx), query)).map((o) => raekkeOut(o, ctx)),
        })),
    }),
    defineRoute({
      method: "POST",
      url: "/api/virksomhed/jobordrer",
      summary: "Opret en jobordre som kladde for min virksomhed (gemmes én gang pr. nøgle)",
      allow: ["virksomhed"],
      scope: "cvr",
      status: 201,
      body: NyBody,
      sample: (f) => ({ own: { body: f.own.jobordre.ny } }),
      handler: async ({ body }, ctx) => {
        tjek(body, ctx, true);
        const { idempotensnoegle, ...b } = body;
        const ejer = egenCvr(ctx) as { cvr: string };
        return ctx.tenant(async (tx) => {
          const id = await opretOrdre(tx, ejer.cvr, data(b), idempotensnoegle, forfatter(ctx), ctx.clock.now());
          return ordreOut(await hentOrdre(tx, id, ejer), ctx);
        });
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/virksomhed/jobordrer/:id",
      summary: "En af mine jobordrer med kompetencer, statushistorik og ordning",
      allow: ["virksomhed"],
      scope: "cvr",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.jobordre.ordreId } },
        foreign: { params: { id: f.foreign.jobordre.ordreId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => ordreOut(await hentOrdre(tx, params.id, egenCvr(ctx)), ctx)),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/virksomhed/jobordrer/:id",
      summary: "Ret en af mine jobordrer (med den version, jeg har set)",
      allow: ["virksomhed"],
      scope: "cvr",
      params: Id,
      body: RetBody,
      sample: (f) => ({
        own: { params: { id: f.own.jobordre.retId }, body: f.own.jobordre.ret },
        foreign: { params: { id: f.foreign.jobordre.retId }, body: f.own.jobordre.ret },
      }),
      handler: async ({ params, body }, ctx) => {
        tjek(body, ctx, false);
        const { version, ...b } = body;
        const ejer = egenCvr(ctx);
        return ctx.tenant(async (tx) => {
          await retOrdre(tx, params.id, ejer, version, data(b), forfatter(ctx), ctx.clock.now());
          return ordreOut(await hentOrdre(tx, params.id, ejer), ctx);
        });
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/virksomhed/jobordrer/:id/status",
      summary: "Udgiv, markér som besat eller luk en af mine jobordrer",
      allow: ["virksomhed"],
      scope: "cvr",
      params: Id,
      body: StatusBody,
      sample: (f) => ({
        own: { params: { id: f.own.jobordre.kladdeId }, body: { status: "aaben" } },
        foreign: { params: { id: f.foreign.jobordre.kladdeId }, body: { status: "aaben" } },
      }),
      handler: async ({ params, body }, ctx) => {
        const ejer = egenCvr(ctx);
        return ctx.tenant(async (tx) => {
          await skiftStatus(
            tx,
            params.id,
            ejer,
            body.status,
            body.tekst ?? null,
            body.version,
            forfatter(ctx),
            ctx.clock.now(),
          );
          return ordreOut(await hentOrdre(tx, params.id, ejer), ctx);
        });
      },
    }),
    /* ------------------------------------------------------------- staff */
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/jobordrer",
      summary: "Kommunens jobordrer med filtre (status, art, virksomhed, fritekst)",
      allow: LAESERE,
      scope: "kommune",
      query: ListeQuery,
      sample: () => ({ own: { query: { status: "aaben" } } }),
      handler: async ({ query }, ctx) =>
        ctx.tenant(async (tx) => ({
          ordrer: (await listOrdrer(tx, "kommune", query)).map((o) => raekkeOut(o, ctx)),
        })),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/jobordrer/virksomheder",
      summary: "Kommunens virksomheder, som virksomhedskonsulenten kan oprette jobordrer for",
      allow: ["virksomhedskonsulent"],
      scope: "kommune",
      handler: async (_i, ctx) => ctx.tenant(async (tx) => ({ virksomheder: await virksomheder(tx) })),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/jobordrer/:id",
      summary: "En jobordre i kommunen med kompetencer, statushistorik og ordning",
      allow: LAESERE,
      scope: "kommune",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.jobordre.ordreId } },
        foreign: { params: { id: f.foreign.jobordre.ordreId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => ordreOut(await hentOrdre(tx, params.id, "kommune"), ctx)),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/jobordrer",
      summary: "Opret en jobordre som kladde på vegne af en virksomhed i kommunen (gemmes én gang pr. nøgle)",
      allow: ["virksomhedskonsulent"],
      scope: "kommune",
      status: 201,
      body: NyForVirksomhedBody,
      sample: (f) => ({
        own: { body: f.own.jobordre.nyForVirksomhed },
        foreign: { body: { ...f.own.jobordre.nyForVirksomhed, cvr: f.foreign.jobordre.cvr } },
      }),
      handler: async ({ body }, ctx) => {
        tjek(body, ctx, true);
        const { idempotensnoegle, cvr, ...b } = body;
        return ctx.tenant(async (tx) => {
          const id = await opretOrdre(tx, cvr, data(b), idempotensnoegle, forfatter(ctx), ctx.clock.now());
          return ordreOut(await hentOrdre(tx, id, "kommune"), ctx);
        });
      },
    }),
    defineRoute({
      method: "PUT",
      url: "/api/medarbejder/jobordrer/:id",
      summary: "Ret en jobordre på virksomhedens vegne (med den version, der er set)",
      allow: ["virksomhedskonsulent"],
      scope: "kommune",
      params: Id,
      body: RetBody,
      sample: (f) => ({
        own: { params: { id: f.own.jobordre.retKonsulentId }, body: f.own.jobordre.retKonsulent },
        foreign: { params: { id: f.foreign.jobordre.retKonsulentId }, body: f.own.jobordre.retKonsulent },
      }),
      handler: async ({ params, body }, ctx) => {
        tjek(body, ctx, false);
        const { version, ...b } = body;
        return ctx.tenant(async (tx) => {
          await retOrdre(tx, params.id, "kommune", version, data(b), forfatter(ctx), ctx.clock.now());
          return ordreOut(await hentOrdre(tx, params.id, "kommune"), ctx);
        });
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/jobordrer/:id/status",
      summary: "Udgiv, markér som besat eller luk en jobordre på virksomhedens vegne",
      allow: ["virksomhedskonsulent"],
      scope: "kommune",
      params: Id,
      body: StatusBody,
      sample: (f) => ({
        own: { params: { id: f.own.jobordre.kladdeId }, body: { status: "aaben" } },
        foreign: { params: { id: f.foreign.jobordre.kladdeId }, body: { status: "aaben" } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          await skiftStatus(
            tx,
            params.id,
            "kommune",
            body.status,
            body.tekst ?? null,
            body.version,
            forfatter(ctx),
            ctx.clock.now(),
          );
          return ordreOut(await hentOrdre(tx, params.id, "kommune"), ctx);
        }),
    }),
    /* ------------------------------------------------------------- help for the wizard */
    defineRoute({
      method: "GET",
      url: "/api/jobordre/ordninger",
      summary:
        "Ordninger, der kan være relevante for et job (løntilskud, virksomhedspraktik, fleksjob, småjob) med betingelser, paragraf og sikkerhed",
      allow: ["virksomhed", ...LAESERE],
      scope: "public",
      query: OrdningQuery,
      sample: (f) => ({ own: { query: f.own.jobordre.ordningQuery } }),
      handler: async ({ query }, ctx) => ({
        ordninger: foreslaaOrdninger(
          {
            art: query.art,
            timerMin: query.timerMin,
            timerMax: query.timerMax,
            start: query.start,
            slut: query.slut ?? null,
          },
          danishDate(ctx.clock.now()),
        ),
        certifikater: ALMINDELIGE_CERTIFIKATER,
        koerekort: KOEREKORT,
      }),
    }),
  ];
}
