/**
 * Matching and contact over HTTP (docs/matching.md): the employer's anonymised candidates and contact requests, the
 * citizen's matched jobs, the opgavebørs, applications and answers, and the jobkonsulent's view and formidling.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { z } from "zod";
import { FORMAAL, FORMAAL_KODER } from "#contracts/formaal.ts";
import { recordAccess, recordAccesses } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext, type RouteDef } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import { openCitizen } from "../sag/routes.ts";
import {
  ansoeg,
  type BorgerKontakt,
  beskedTilBorger,
  besvar,
  borgerensKontaktOmOrdre,
  borgerensKontakter,
  kontaktBesked,
  opretKontakt,
} from "./kontakt.ts";
import {
  aabneOrdrer,
  borgerProfil,
  borgerScorer,
  findKandidat,
  kandidaterTilOrdre,
  kandidatPseudonym,
  type MatchDeps,
  ordreFraDb,
  ordrerTilBorger,
  pseudonymNoegle,
  scorForBorger,
  timerTekst,
} from "./match-service.ts";
import { type OrdreInfo, naboKontakt, ordreKontakter } from "./store.ts";

const ANTAL_KANDIDATER = 25;
const ANTAL_JOB = 20;

const OrdreId = z.object({ id: z.uuid() });
const Noegle = z.uuid();
const Besked = z.string().trim().max(2000).optional();

const deps = (ctx: RouteContext, tx: Tx): MatchDeps => ({
  db: ctx.db,
  tx,
  noegle: pseudonymNoegle((s) => ctx.vault.hash(s)),
  idag: danishDate(ctx.clock.now()),
  sprog: ctx.lang,
});

/**
 * An order the caller may work with: of the caller's municipality (row-level security), and for an employer only one
 * of the employer's own CVR number. Anything else is not found.
 */
async function ordreMedAdgang(tx: Tx, ctx: RouteContext, ordreId: string): Promise<OrdreInfo> {
  const o = await ordreFraDb(tx, ordreId);
  if (!o) throw new AppError("NOT_FOUND");
  if (ctx.user.role === "virksomhed" && o.cvr !== ctx.user.cvr) throw new AppError("NOT_FOUND");
  return o;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** What the employer will see if the citizen accepts (shown to the citizen before she answers). */
const SER_VED_ACCEPT = {
  da: "Hvis du siger ja, får virksomheden dit navn, dit telefonnummer og din e-mail, så den kan kontakte dig. Den har allerede set dit CV uden navn: dine kompetencer, din erfaring, hvor langt du bor fra arbejdspladsen (i et interval), hvornår du kan starte og hvor mange timer du kan arbejde. Siger du nej, får virksomheden ikke at vide, hvem du er.",
  en: "If you say yes, the employer gets your name, phone number and e-mail so it can contact you. It has already seen your CV without your name: your skills, your experience, how far you live from the workplace (as a range), when you can start and how many hours you can work. If you say no, the employer does not learn who you are.",
};

function kontaktOut(k: BorgerKontakt, ctx: RouteContext) {
  const forklaring = (typeof k.forklaring === "string" ? JSON.parse(k.forklaring) : k.forklaring) as {
    resume: string;
    punkter: string[];
  } | null;
  return {
    id: k.id,
    kilde: k.kilde,
    status: k.status,
    besked: k.besked,
    anmodetAfNavn: k.kilde === "formidling" ? k.anmodet_af_navn : null,
    anmodet: iso(k.anmodet),
    besvaret: iso(k.besvaret),
    score: k.score === null ? null : Math.round(k.score),
    forklaring,
    // the reason for declining is for the citizen herself and the jobcentre's jobkonsulent, never for the employer
    // (nor the company consultant, who works on the employer's behalf)
    afslagBegrundelse:
      ctx.user.role === "borger" || ctx.user.role === "jobkonsulent" ? (k.afslag_begrundelse ?? null) : null,
    ordre: k.ordre
      ? {
          id: k.ordre.id,
          titel: k.ordre.titel,
          virksomhed: k.ordre.virksomhed,
          arbejdssted: k.ordre.arbejdssted,
          postnr: k.ordre.postnr,
          art: k.ordre.art,
          timer: timerTekst(k.ordre.timer_min, k.ordre.timer_max, ctx.lang),
          start: k.ordre.start,
          slut: k.ordre.slut,
          beskrivelse: k.ordre.beskrivelse,
          nabokommune: k.ordre.kommunekode !== k.kommunekode,
        }
      : null,
    virksomhedSerVedAccept: SER_VED_ACCEPT[ctx.lang],
  };
}

function ordreOut(o: OrdreInfo, ctx: RouteContext) {
  return {
    id: o.ordre.id,
    titel: o.titel,
    virksomhed: o.virksomhed,
    art: o.art,
    arbejdssted: o.arbejdssted,
    postnr: o.postnr,
    bynavn: o.bynavn,
    timer: timerTekst(o.timerMin, o.timerMax, ctx.lang),
    start: o.start,
    slut: o.slut,
    beskrivelse: o.beskrivelse,
    opgaveboers: o.opgaveboers,
  };
}

/** The citizen's matched jobs with her contact requests per order. */
async function jobTilBorger(ctx: RouteContext, tx: Tx, borgerId: string) {
  const m = await ordrerTilBorger(deps(ctx, tx), ctx.user.kommunekode, borgerId, ANTAL_JOB);
  const kontakter = await borgerensKontakter(tx, borgerId);
  const perOrdre = new Map(kontakter.map((k) => [k.ordre_id, k]));
  return {
    harCv: m.harCv,
    ordrer: m.ordrer.map((o) => {
      const k = perOrdre.get(o.ordreId);
      return { ...o, kontakt: k ? { id: k.id, kilde: k.kilde, status: k.status } : null };
    }),
    kontakter: kontakter.map((k) => kontaktOut(k, ctx)),
  };
}

const ArtFilter = z.enum(["smaajob", "virksomhedspraktik"]);

export function jobRoutes(): RouteDef[] {
  return [
    /* ------------------------------------------------------------- the employer and the company consultant */
    defineRoute({
      method: "GET",
      url: "/api/jobordre/:id/kandidater",
      summary: "Ordrens bedste kandidater, uden navn: score, forklaring, kompetencer, erfaring, afstand og kontakt",
      allow: ["virksomhed", "virksomhedskonsulent", "jobkonsulent"],
      scope: "kommune",
      params: OrdreId,
      sample: (f) => ({
        own: { params: { id: f.own.job.ordreId } },
        foreign: { params: { id: f.foreign.job.ordreId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const o = await ordreMedAdgang(tx, ctx, params.id);
          return kandidaterTilOrdre(deps(ctx, tx), ctx.user.kommunekode, o, ANTAL_KANDIDATER);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/jobordre/:id/kandidater/:kandidatId/kontakt",
      summary: "Anmod en kandidat om kontakt (én anmodning pr. ordre og kandidat; borgeren svarer ja eller nej)",
      allow: ["virksomhed", "virksomhedskonsulent"],
      scope: "kommune",
      status: 201,
      params: z.object({ id: z.uuid(), kandidatId: z.string().regex(/^[0-9A-Z]{6}$/) }),
      body: z.object({ besked: Besked, idempotensnoegle: Noegle }),
      sample: (f) => ({
        own: {
          params: { id: f.own.job.ordreId, kandidatId: f.own.job.kandidatId },
          body: { besked: "Vi vil gerne høre fra dig.", idempotensnoegle: f.own.job.kontaktNoegle },
        },
        foreign: {
          params: { id: f.foreign.job.ordreId, kandidatId: f.foreign.job.kandidatId },
          body: { idempotensnoegle: f.own.job.kontaktNoegle },
        },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const o = await ordreMedAdgang(tx, ctx, params.id);
          if (o.status !== "aaben") throw new AppError("JOBORDRE_IKKE_AABEN");
          const d = deps(ctx, tx);
          const fund = await findKandidat(d, ctx.user.kommunekode, o, params.kandidatId);
          if (!fund) throw new AppError("NOT_FOUND");
          const now = ctx.clock.now();
          const af = { id: ctx.user.userId, navn: ctx.user.name };
          const besked = body.besked || null;
          let kontakt: { id: string; status: string; anmodet: Date | string };
          if (fund.p.nabo) {
            const b = kontaktBesked("virksomhed", o);
            const r = await naboKontakt(tx, {
              id: randomUUID(),
              ordreId: o.ordre.id,
              borgerId: fund.p.profil.id,
              besked,
              score: fund.r.score,
              forklaring: fund.forklaring,
              af,
              tid: now,
              idempotens: body.idempotensnoegle,
              beskedId: randomUUID(),
              beskedEmne: b.emne,
              beskedTekst: b.tekst,
            });
            if (!r) throw new AppError("NOT_FOUND");
            kontakt = r;
          } else {
            const { row, ny } = await opretKontakt(
              tx,
              {
                ordreId: o.ordre.id,
                borgerId: fund.p.profil.id,
                kilde: "virksomhed",
                status: "afventer",
                besked,
                score: fund.r.score,
                forklaring: fund.forklaring,
                af,
                idempotens: body.idempotensnoegle,
              },
              now,
            );
            if (ny) await beskedTilBorger(tx, fund.p.profil.id, "virksomhed", o, now);
            kontakt = row;
          }
          return {
            kandidatId: params.kandidatId,
            kontakt: { id: kontakt.id, status: kontakt.status, anmodet: iso(kontakt.anmodet) },
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/jobordre/:id/kontakter",
      summary: "Ordrens kontaktanmodninger; navn, telefon og e-mail kun for kandidater, der har sagt ja",
      allow: ["virksomhed", "virksomhedskonsulent"],
      scope: "kommune",
      params: OrdreId,
      sample: (f) => ({
        own: { params: { id: f.own.job.ordreId } },
        foreign: { params: { id: f.foreign.job.ordreId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const o = await ordreMedAdgang(tx, ctx, params.id);
          const d = deps(ctx, tx);
          const rows = await ordreKontakter(tx, o.ordre.id);
          const synlige = rows.filter((r) => r.status === "accepteret" && r.kommunekode === ctx.user.kommunekode);
          if (ctx.user.role !== "virksomhed" && synlige.length > 0)
            await recordAccesses(
              tx,
              ctx.user,
              synlige.map((r) => ({
                borgerId: r.borger_id,
                handling: "Læst kontaktoplysninger (jobordre)",
                ressource: "job/kontakt",
                formaal: FORMAAL.JOBFORMIDLING.da,
              })),
              ctx.clock.now(),
              { oncePerDay: true },
            );
          return {
            ordre: { id: o.ordre.id, titel: o.titel },
            kontakter: rows.map((r) => ({
              id: r.id,
              kandidatId: kandidatPseudonym(o.ordre.id, r.borger_id, d.noegle),
              kilde: r.kilde,
              status: r.status,
              anmodet: iso(r.anmodet),
              besvaret: iso(r.besvaret),
              score: r.score === null ? null : Math.round(r.score),
              nabokommune: r.kommunekode !== ctx.user.kommunekode,
              // identity only where the citizen said yes (job_ordre_kontakter returns nulls otherwise)
              person:
                r.status === "accepteret"
                  ? { navn: `${r.fornavn ?? ""} ${r.efternavn ?? ""}`.trim(), telefon: r.telefon, email: r.email }
                  : null,
            })),
          };
        }),
    }),
    /* ------------------------------------------------------------- the citizen */
    defineRoute({
      method: "GET",
      url: "/api/borger/job",
      summary: "Job til dig: matchede job med forklaring og hvad der mangler, og anmodninger om kontakt",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await recordAccess(
            tx,
            ctx.user,
            { borgerId: ctx.user.borgerId!, handling: "Læst", ressource: "job", formaal: "Egne oplysninger" },
            ctx.clock.now(),
          );
          return jobTilBorger(ctx, tx, access.borgerId);
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/opgaveboers",
      summary: "Søg på opgavebørsen: småjob og virksomhedspraktik, efter tekst, type og afstand fra et postnummer",
      allow: ["borger"],
      scope: "egne",
      query: z.object({
        q: z.string().trim().max(200).optional(),
        art: ArtFilter.optional(),
        postnr: z
          .string()
          .regex(/^[0-9]{4}$/, "Skriv et postnummer med 4 cifre")
          .optional(),
        afstand: z.coerce.number().int().min(1).max(300).optional(),
      }),
      sample: () => ({ own: { query: { q: "", postnr: "4000", afstand: "50" } } }),
      handler: async ({ query }, ctx) =>
        ctx.tenant(async (tx) => {
          const d = deps(ctx, tx);
          const alle = await aabneOrdrer(d, ctx.user.kommunekode);
          const ord = (query.q ?? "")
            .toLocaleLowerCase("da")
            .split(/\s+/)
            .filter((w) => w.length > 0);
          let fra: { lat: number; lon: number } | null = null;
          if (query.postnr) {
            const r = await sql<{
              lat: number | null;
              lon: number | null;
            }>`select * from job_hjem(${query.postnr}, null)`.execute(tx);
            const h = r.rows[0];
            if (!h || h.lat === null || h.lon === null)
              throw new AppError("VALIDATION_FAILED", [{ path: "query.postnr", message: "Postnummeret findes ikke" }]);
            fra = { lat: Number(h.lat), lon: Number(h.lon) };
          }
          const maks = query.afstand ?? 25;
          const profil = await borgerProfil(tx, ctx.user.borgerId!);
          const scorer = profil ? await borgerScorer(d, ctx.user.kommunekode, profil) : null;
          const kontakter = new Map((await borgerensKontakter(tx, ctx.user.borgerId!)).map((k) => [k.ordre_id, k]));
          const hits = [];
          for (const o of alle) {
            if (!o.opgaveboers) continue;
            if (query.art && o.art !== query.art) continue;
            const tekst =
              `${o.titel} ${o.beskrivelse ?? ""} ${o.arbejdssted} ${o.virksomhed} ${o.bynavn ?? ""}`.toLocaleLowerCase(
                "da",
              );
            if (!ord.every((w) => tekst.includes(w))) continue;
            let afstandKm: number | null = null;
            if (fra && o.ordre.sted) {
              const dy = (o.ordre.sted.lat - fra.lat) * 110.57;
              const dx =
                (o.ordre.sted.lon - fra.lon) * 111.32 * Math.cos((((o.ordre.sted.lat + fra.lat) / 2) * Math.PI) / 180);
              afstandKm = Math.round(Math.sqrt(dx * dx + dy * dy));
              if (afstandKm > maks) continue;
            }
            const match = scorer ? scorer(o) : null;
            const k = kontakter.get(o.ordre.id);
            hits.push({
              ...ordreOut(o, ctx),
              afstandKm,
              score: match?.score ?? null,
              forklaring: match?.forklaring ?? null,
              mangler: match?.mangler ?? [],
              kontakt: k ? { id: k.id, kilde: k.kilde, status: k.status } : null,
            });
          }
          hits.sort(
            (a, b) =>
              (a.afstandKm ?? Number.POSITIVE_INFINITY) - (b.afstandKm ?? Number.POSITIVE_INFINITY) ||
              (b.score ?? 0) - (a.score ?? 0) ||
              a.start.localeCompare(b.start) ||
              a.id.localeCompare(b.id),
          );
          return { antal: hits.length, ordrer: hits };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/job/:ordreId",
      summary: "Et åbent job i min kommune: titel, virksomhed, sted, timer, start og ordning, og mit match",
      allow: ["borger"],
      scope: "egne",
      params: z.object({ ordreId: z.uuid() }),
      sample: (f) => ({
        own: { params: { ordreId: f.own.job.opgaveId } },
        foreign: { params: { ordreId: f.foreign.job.opgaveId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const o = await ordreFraDb(tx, params.ordreId);
          if (o?.status !== "aaben") throw new AppError("NOT_FOUND");
          const d = deps(ctx, tx);
          const profil = await borgerProfil(tx, ctx.user.borgerId!);
          const match = profil ? await scorForBorger(d, ctx.user.kommunekode, profil, o) : null;
          const k = await borgerensKontaktOmOrdre(tx, ctx.user.borgerId!, o.ordre.id);
          return { ...ordreOut(o, ctx), match, kontakt: k ?? null };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/job/:ordreId/ansoeg",
      summary: "Søg et job eller en opgave: virksomheden får dine kontaktoplysninger, og det tæller i din joblog",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      params: z.object({ ordreId: z.uuid() }),
      body: z.object({ besked: Besked, idempotensnoegle: Noegle }),
      sample: (f) => ({
        own: { params: { ordreId: f.own.job.opgaveId }, body: { idempotensnoegle: f.own.job.ansoegNoegle } },
        foreign: { params: { ordreId: f.foreign.job.opgaveId }, body: { idempotensnoegle: f.own.job.ansoegNoegle } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const o = await ordreFraDb(tx, params.ordreId);
          if (o?.status !== "aaben") throw new AppError("NOT_FOUND");
          return ansoeg(
            tx,
            ctx.user.borgerId!,
            { id: o.ordre.id, titel: o.titel, virksomhed: o.virksomhed, opgaveboers: o.opgaveboers },
            {
              besked: body.besked || null,
              idempotens: body.idempotensnoegle,
              af: { id: ctx.user.userId, navn: ctx.user.name },
            },
            ctx.clock.now(),
          );
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/kontakt",
      summary: "Anmodninger om kontakt fra virksomheder og jobcentret, og mine ansøgninger",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => ({
          kontakter: (await borgerensKontakter(tx, ctx.user.borgerId!)).map((k) => kontaktOut(k, ctx)),
        })),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/kontakt/:id/svar",
      summary: "Svar ja eller nej til en anmodning om kontakt (ja: virksomheden får navn, telefon og e-mail)",
      allow: ["borger"],
      scope: "egne",
      params: z.object({ id: z.uuid() }),
      body: z
        .object({
          svar: z.enum(["accepter", "afvis"]),
          // for the jobcentre only: the employer sees "afvist", never the reason
          begrundelse: z.string().trim().max(1000, "Skriv højst 1.000 tegn").optional(),
        })
        .refine((b) => b.svar === "afvis" || !b.begrundelse, {
          path: ["begrundelse"],
          message: "En begrundelse kan kun gives, når du siger nej tak",
        }),
      sample: (f) => ({
        own: { params: { id: f.own.job.afventerKontaktId }, body: { svar: "accepter" } },
        foreign: { params: { id: f.foreign.job.afventerKontaktId }, body: { svar: "accepter" } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) =>
          kontaktOut(
            await besvar(tx, ctx.user.borgerId!, params.id, body.svar, ctx.clock.now(), body.begrundelse || null),
            ctx,
          ),
        ),
    }),
    /* ------------------------------------------------------------- the jobkonsulent */
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/job",
      summary: "Borgerens matchede job og kontaktanmodninger (logges med formål)",
      allow: ["jobkonsulent", "virksomhedskonsulent", "leder"],
      scope: "kommune",
      params: OrdreId,
      query: z.object({ formaal: z.enum(FORMAAL_KODER).default("JOBFORMIDLING") }),
      sample: (f) => ({
        own: { params: { id: f.own.borgerId }, query: { formaal: "JOBFORMIDLING" } },
        foreign: { params: { id: f.foreign.borgerId }, query: { formaal: "JOBFORMIDLING" } },
      }),
      handler: async ({ params, query }, ctx) =>
        ctx.tenant(async (tx) => {
          const { b, access } = await openCitizen(
            tx,
            ctx,
            params.id,
            "Læst matchede job",
            "job",
            FORMAAL[query.formaal].da,
          );
          return {
            borger: { id: b.id, navn: `${b.fornavn} ${b.efternavn}` },
            ...(await jobTilBorger(ctx, tx, access.borgerId)),
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/borgere/:id/formidling",
      summary: "Foreslå borgeren til et job (formidling): borgeren giver samtykke, før virksomheden ser hvem hun er",
      allow: ["jobkonsulent"],
      scope: "kommune",
      status: 201,
      params: OrdreId,
      body: z.object({ ordreId: z.uuid(), besked: Besked, idempotensnoegle: Noegle }),
      sample: (f) => ({
        own: {
          params: { id: f.own.borgerId },
          body: { ordreId: f.own.job.ordreId, idempotensnoegle: f.own.job.formidlingNoegle },
        },
        foreign: {
          params: { id: f.foreign.borgerId },
          body: { ordreId: f.own.job.ordreId, idempotensnoegle: f.own.job.formidlingNoegle },
        },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const { access } = await openCitizen(
            tx,
            ctx,
            params.id,
            "Foreslået til job (formidling)",
            "job",
            FORMAAL.JOBFORMIDLING.da,
          );
          const o = await ordreFraDb(tx, body.ordreId);
          if (!o) throw new AppError("NOT_FOUND");
          if (o.status !== "aaben") throw new AppError("JOBORDRE_IKKE_AABEN");
          const d = deps(ctx, tx);
          const profil = await borgerProfil(tx, access.borgerId);
          const match = profil ? await scorForBorger(d, ctx.user.kommunekode, profil, o) : null;
          const now = ctx.clock.now();
          const { row, ny } = await opretKontakt(
            tx,
            {
              ordreId: o.ordre.id,
              borgerId: access.borgerId,
              kilde: "formidling",
              status: "afventer",
              besked: body.besked || null,
              score: match?.score ?? null,
              forklaring: match?.forklaring ?? null,
              af: { id: ctx.user.userId, navn: ctx.user.name },
              idempotens: body.idempotensnoegle,
            },
            now,
          );
          if (ny) await beskedTilBorger(tx, access.borgerId, "formidling", o, now);
          return { id: row.id, kilde: row.kilde, status: row.status, anmodet: iso(row.anmodet), ordreId: o.ordre.id };
        }),
    }),
  ];
}
