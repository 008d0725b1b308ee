import { z } from "zod";
import { FORMAAL, FORMAAL_KODER } from "#contracts/formaal.ts";
import { recordAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext, type RouteDef } from "../../platform/http/route.ts";
import { escoKontekst } from "../esco/kontekst.ts";
import { faerdighedsnavne } from "../esco/store.ts";
import { naereErhverv } from "../job/match/model.ts";
import { openCitizen } from "../sag/routes.ts";
import { afstandTilErhverv, KOEREKORT, SPROGNIVEAUER, skilForslag, tjekTimer, UDDANNELSESNIVEAUER } from "./model.ts";
import {
  cvErhvervOgFaerdigheder,
  erhvervMedFaerdigheder,
  fjernFaerdighed,
  gemGrundlag,
  hentCv,
  opretErfaring,
  opretUddannelse,
  retErfaring,
  retUddannelse,
  saetJobmaal,
  sletErfaring,
  sletUddannelse,
  tilfoejFaerdigheder,
} from "./store.ts";

/**
 * The citizen's CV over HTTP (docs/matching.md, "CV"): the citizen reads and builds her own CV (basics, experience,
 * education, skills, job goals), gets skill suggestions from her occupations and brancheskift inspiration from the
 * matching core; staff read it (every read logged with the purpose).
 */

const Id = z.object({ id: z.uuid() });
const Formaal = z.object({ formaal: z.enum(FORMAAL_KODER) });
const IsoDato = z.iso.date("Skriv en dato som åååå-mm-dd");
const ErhvervUri = z
  .string()
  .trim()
  .regex(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-zA-Z-]+$/, "Vælg et erhverv fra listen");
const FaerdighedUri = z
  .string()
  .trim()
  .regex(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-zA-Z-]+$/, "Vælg en kompetence fra listen");
const valgfriTekst = (max: number) => z.string().trim().max(max, `Højst ${max} tegn`).nullish();

const Grundlag = z
  .object({
    timerMin: z.number().int().min(0, "Mindst 0 timer").max(60, "Højst 60 timer"),
    timerMax: z.number().int().min(1, "Mindst 1 time").max(60, "Højst 60 timer"),
    maxAfstandKm: z.number().int().min(1, "Mindst 1 km").max(300, "Højst 300 km"),
    tilgaengeligFra: IsoDato.nullable(),
    koerekort: z.array(z.enum(KOEREKORT)).max(KOEREKORT.length),
    certifikater: z.array(z.string().trim().min(1).max(100)).max(30),
    sprog: z
      .array(z.object({ sprog: z.string().trim().min(1, "Skriv sproget").max(50), niveau: z.enum(SPROGNIVEAUER) }))
      .max(20),
    omMig: valgfriTekst(2000),
    synlig: z.boolean(),
    synligNaboer: z.boolean(),
  })
  .superRefine((g, c) => {
    const f = tjekTimer(g.timerMin, g.timerMax);
    if (f) c.addIssue({ code: "custom", path: ["timerMax"], message: f });
    if (new Set(g.sprog.map((s) => s.sprog.toLowerCase())).size < g.sprog.length)
      c.addIssue({ code: "custom", path: ["sprog"], message: "Det samme sprog står der flere gange" });
  });

const periodeTjek = (p: { fra?: string | null; til?: string | null }, c: z.RefinementCtx) => {
  if (p.fra && p.til && p.til < p.fra)
    c.addIssue({ code: "custom", path: ["til"], message: "Slutdatoen kan ikke ligge før startdatoen" });
};

const Erfaring = z
  .object({
    erhvervUri: ErhvervUri.nullish(),
    titel: z.string().trim().min(1, "Skriv en stillingsbetegnelse").max(200, "Højst 200 tegn"),
    arbejdsgiver: valgfriTekst(200),
    fra: IsoDato,
    til: IsoDato.nullish(),
    beskrivelse: valgfriTekst(2000),
  })
  .superRefine(periodeTjek);

const Uddannelse = z
  .object({
    titel: z.string().trim().min(1, "Skriv uddannelsens navn").max(200, "Højst 200 tegn"),
    institution: valgfriTekst(200),
    niveau: z.enum(UDDANNELSESNIVEAUER),
    fra: IsoDato.nullish(),
    til: IsoDato.nullish(),
    afsluttet: z.boolean(),
  })
  .superRefine(periodeTjek);

const Noegle = z.object({ idempotensnoegle: z.uuid() });

/** Absent and empty optional texts are stored as null. */
const n = (s: string | null | undefined) => s || null;
const somErfaring = (e: z.infer<typeof Erfaring>) => ({
  erhvervUri: n(e.erhvervUri),
  titel: e.titel,
  arbejdsgiver: n(e.arbejdsgiver),
  fra: e.fra,
  til: n(e.til),
  beskrivelse: n(e.beskrivelse),
});
const somUddannelse = (u: z.infer<typeof Uddannelse>) => ({
  titel: u.titel,
  institution: n(u.institution),
  niveau: u.niveau,
  fra: n(u.fra),
  til: n(u.til),
  afsluttet: u.afsluttet,
});

/** The logged-in citizen's grant to her own CV (no access log entry for a citizen's own reads). */
const egne = (tx: Tx, ctx: RouteContext) =>
  recordAccess(
    tx,
    ctx.user,
    { borgerId: ctx.user.borgerId!, handling: "Læst", ressource: "cv", formaal: "Egne oplysninger" },
    ctx.clock.now(),
  );

/** The citizen's CV after a change (the answer of every write). */
const cvEfter = async (tx: Tx, ctx: RouteContext) => hentCv(tx, await egne(tx, ctx), ctx.lang);

export function cvRoutes(): RouteDef[] {
  return [
    /* ------------------------------------------------------------- the citizen */
    defineRoute({
      method: "GET",
      url: "/api/borger/cv",
      summary: "Mit CV med erhverv og kompetencer på dansk (eller engelsk, hvor ESCO ikke har en dansk betegnelse)",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) => ctx.tenant((tx) => cvEfter(tx, ctx)),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/borger/cv",
      summary:
        "Gem mit CV's grundoplysninger: timer, afstand, hvornår jeg kan starte, kørekort, certifikater, sprog, om mig og synlighed",
      allow: ["borger"],
      scope: "egne",
      body: Grundlag,
      sample: (f) => ({ own: { body: f.own.cv.grundlag } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          await gemGrundlag(tx, ctx.user.borgerId!, { ...body, omMig: n(body.omMig) }, ctx.clock.now());
          return cvEfter(tx, ctx);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/cv/erfaring",
      summary: "Tilføj erhvervserfaring (gemmes én gang pr. nøgle)",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      body: Erfaring.and(Noegle),
      sample: (f) => ({ own: { body: f.own.cv.nyErfaring } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const { idempotensnoegle, ...e } = body;
          await opretErfaring(tx, ctx.user.borgerId!, somErfaring(e), idempotensnoegle, ctx.clock.now());
          return cvEfter(tx, ctx);
        }),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/borger/cv/erfaring/:id",
      summary: "Ret en af mine erfaringer",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      body: Erfaring,
      sample: (f) => ({
        own: { params: { id: f.own.cv.erfaringId }, body: f.own.cv.nyErfaring },
        foreign: { params: { id: f.foreign.cv.erfaringId }, body: f.own.cv.nyErfaring },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          await retErfaring(tx, ctx.user.borgerId!, params.id, somErfaring(body), ctx.clock.now());
          return cvEfter(tx, ctx);
        }),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/borger/cv/erfaring/:id",
      summary: "Fjern en af mine erfaringer",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.cv.erfaringId } },
        foreign: { params: { id: f.foreign.cv.erfaringId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          await sletErfaring(tx, ctx.user.borgerId!, params.id, ctx.clock.now());
          return cvEfter(tx, ctx);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/cv/uddannelse",
      summary: "Tilføj en uddannelse (gemmes én gang pr. nøgle)",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      body: Uddannelse.and(Noegle),
      sample: (f) => ({ own: { body: f.own.cv.nyUddannelse } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const { idempotensnoegle, ...u } = body;
          await opretUddannelse(tx, ctx.user.borgerId!, somUddannelse(u), idempotensnoegle, ctx.clock.now());
          return cvEfter(tx, ctx);
        }),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/borger/cv/uddannelse/:id",
      summary: "Ret en af mine uddannelser",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      body: Uddannelse,
      sample: (f) => ({
        own: { params: { id: f.own.cv.uddannelseId }, body: f.own.cv.nyUddannelse },
        foreign: { params: { id: f.foreign.cv.uddannelseId }, body: f.own.cv.nyUddannelse },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          await retUddannelse(tx, ctx.user.borgerId!, params.id, somUddannelse(body), ctx.clock.now());
          return cvEfter(tx, ctx);
        }),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/borger/cv/uddannelse/:id",
      summary: "Fjern en af mine uddannelser",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.cv.uddannelseId } },
        foreign: { params: { id: f.foreign.cv.uddannelseId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          await sletUddannelse(tx, ctx.user.borgerId!, params.id, ctx.clock.now());
          return cvEfter(tx, ctx);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/cv/faerdigheder",
      summary:
        "Tilføj kompetencer fra ESCO (foreslåede eller mine egne); en kompetence, jeg allerede har, bliver stående",
      allow: ["borger"],
      scope: "egne",
      body: z.object({
        uris: z.array(FaerdighedUri).min(1, "Vælg mindst én kompetence").max(200),
        kilde: z.enum(["forslag", "egen"]),
      }),
      sample: (f) => ({ own: { body: f.own.cv.nyeFaerdigheder } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          await tilfoejFaerdigheder(tx, ctx.user.borgerId!, body.uris, body.kilde, ctx.clock.now());
          return cvEfter(tx, ctx);
        }),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/borger/cv/faerdigheder",
      summary: "Fjern en kompetence fra mit CV (ESCO-URI'en i uri)",
      allow: ["borger"],
      scope: "egne",
      query: z.object({ uri: FaerdighedUri }),
      sample: (f) => ({ own: { query: { uri: f.own.cv.fjernFaerdighed } } }),
      handler: async ({ query }, ctx) =>
        ctx.tenant(async (tx) => {
          await fjernFaerdighed(tx, ctx.user.borgerId!, query.uri, ctx.clock.now());
          return cvEfter(tx, ctx);
        }),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/borger/cv/jobmaal",
      summary: "Gem mine jobmål (hele listen i prioriteret rækkefølge); brancheskift markerer et skift af branche",
      allow: ["borger"],
      scope: "egne",
      body: z.object({
        jobmaal: z
          .array(
            z.object({ erhvervUri: ErhvervUri, brancheskift: z.boolean(), prioritet: z.number().int().min(1).max(10) }),
          )
          .max(10, "Højst 10 jobmål"),
      }),
      sample: (f) => ({ own: { body: f.own.cv.jobmaal } }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          await saetJobmaal(tx, ctx.user.borgerId!, body.jobmaal, ctx.clock.now());
          return cvEfter(tx, ctx);
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/cv/forslag",
      summary:
        "Kompetencer at tilføje: de væsentlige og valgfrie ESCO-kompetencer for mine erhverv og jobmål, som ikke står på mit CV (væsentlige først)",
      allow: ["borger"],
      scope: "egne",
      query: z.object({ erhverv: ErhvervUri.optional() }),
      sample: () => ({ own: { query: {} } }),
      handler: async ({ query }, ctx) =>
        ctx.tenant(async (tx) => {
          const mine = await cvErhvervOgFaerdigheder(tx, ctx.user.borgerId!);
          const liste = query.erhverv ? [{ uri: query.erhverv, kilde: "erfaring" as const }] : mine.erhverv;
          const grupper = skilForslag(await erhvervMedFaerdigheder(tx, liste, ctx.lang), mine.faerdigheder);
          const titler = await faerdighedsnavne(
            tx,
            grupper.flatMap((g) => g.faerdigheder.map((f) => f.uri)),
            ctx.lang,
          );
          return {
            grupper: grupper.map((g) => ({
              erhverv: g.erhverv,
              faerdigheder: g.faerdigheder.map((f) => ({ ...f, titel: titler.get(f.uri) ?? f.uri })),
            })),
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/cv/brancheskift",
      summary:
        "Brancheskift: erhverv, der ligner mit, efter fælles kompetencer, med hvor mange af deres væsentlige kompetencer jeg har, og hvad jeg mangler",
      allow: ["borger"],
      scope: "egne",
      query: z.object({ fra: ErhvervUri, n: z.coerce.number().int().min(1).max(20).default(6) }),
      sample: (f) => ({ own: { query: { fra: f.own.cv.brancheskiftFra } } }),
      handler: async ({ query }, ctx) =>
        ctx.tenant(async (tx) => {
          const tak = await escoKontekst(ctx.db, tx);
          if (!tak.erhvervEfterUri.has(query.fra))
            throw new AppError("VALIDATION_FAILED", [{ path: "query.fra", message: "Vælg et erhverv fra listen" }]);
          const { faerdigheder: har } = await cvErhvervOgFaerdigheder(tx, ctx.user.borgerId!);
          const naere = naereErhverv(tak.kontekst, query.fra, query.n).map((n) => ({
            ...n,
            ...afstandTilErhverv(tak.erhvervEfterUri.get(n.uri) ?? { essentielle: [] }, har, n.mangler),
          }));
          const titler = await faerdighedsnavne(
            tx,
            [query.fra, ...naere.flatMap((n) => [n.uri, ...n.faelles, ...n.mangler])],
            ctx.lang,
          );
          const f = (uri: string) => ({ uri, titel: titler.get(uri) ?? uri });
          return {
            fra: { uri: query.fra, titel: titler.get(query.fra) ?? query.fra },
            erhverv: naere.map((n) => ({
              uri: n.uri,
              titel: titler.get(n.uri) ?? n.uri,
              naerhed: n.naerhed,
              faelles: n.faelles.map(f),
              har: n.har,
              af: n.af,
              mangler: n.mangler.map(f),
            })),
          };
        }),
    }),

    /* ------------------------------------------------------------- staff */
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/cv",
      summary: "Borgerens CV (kun læsning; logges med formål)",
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
          const { b, access } = await openCitizen(tx, ctx, params.id, "Læst CV", "cv", FORMAAL[query.formaal].da);
          return { borger: { id: b.id, navn: `${b.fornavn} ${b.efternavn}` }, ...(await hentCv(tx, access, ctx.lang)) };
        }),
    }),
  ];
}
