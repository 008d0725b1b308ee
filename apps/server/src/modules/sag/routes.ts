import { CASEWORKER_ROLES as CASEWORKERS, CASE_READER_ROLES as READERS } from "#contracts/roles.ts";
import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import { FORMAAL, FORMAAL_KODER } from "#contracts/formaal.ts";
import { MAALGRUPPE_KODER } from "#contracts/maalgrupper.ts";
import { ALDERSGRUPPER, SAGSSTAMME_FILTRE } from "#contracts/sag.ts";
import { type CitizenAccess, recordAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import { maalgruppeOf } from "../borger/model.ts";
import { evaluer } from "../regler/engine.ts";
import { dagFraIso, isoFraDag } from "../regler/kalender.ts";
import type { Evaluering, Forpligtelse, Forslag } from "../regler/model.ts";
import { STATUS_OVERGANGE } from "./jobplan.ts";
import { taelFiltre, udfyldMakro } from "./model.ts";
import { sagsstamme } from "./sagsstamme.ts";
import { soegISager } from "./soegning.ts";
import {
  borgerFindes,
  dokumentIndhold,
  dokumentMeta,
  gemDokument,
  gemNotat,
  jobcenterNavn,
  makrotekst,
  makrotekster,
  notat,
  rettelseAf,
  sagFor,
  sagsbehandlere,
  somHaendelse,
} from "./store.ts";
import { ACCEPTEREDE_TYPER, MAKS_STOERRELSE, udtraekTekst } from "./tekstudtraek.ts";

const SIDE = 25;

const IsoDato = z.iso.date();
const Formaal = z.object({ formaal: z.enum(FORMAAL_KODER) });
const BorgerParams = z.object({ id: z.uuid() });

const presentForpligtelse = (f: Forpligtelse) => ({
  regelId: f.regelId,
  titel: f.titel,
  henvisning: f.henvisning,
  sikkerhed: f.sikkerhed,
  trigger: { type: f.trigger.type, dato: isoFraDag(f.trigger.dag) },
  frist: isoFraDag(f.frist),
  status: f.status,
  antal: f.antal,
  opfyldt: f.opfyldtDag === undefined ? null : isoFraDag(f.opfyldtDag),
  kanal: f.kanal,
  forklaring: f.forklaring,
});

const presentForslag = (f: Forslag) => ({
  regelId: f.regelId,
  titel: f.titel,
  henvisning: f.henvisning,
  sikkerhed: f.sikkerhed,
  trigger: { type: f.trigger.type, dato: isoFraDag(f.trigger.dag) },
  frist: f.frist === undefined ? null : isoFraDag(f.frist),
  forklaring: f.forklaring,
});

/**
 * Control characters never belong in a note; removing them also keeps the search's private highlight markers
 * (\u0002, \u0003) out of stored text. Line breaks and tabs stay.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove control characters
const utenKontroltegn = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");

/** Opens a citizen of the caller's municipality for a purpose; 404 before anything is logged if there is none. */
export async function openCitizen(
  tx: Tx,
  ctx: RouteContext,
  borgerId: string,
  handling: string,
  ressource: string,
  formaal: string,
) {
  const b = await borgerFindes(tx, borgerId);
  if (!b) throw new AppError("CITIZEN_NOT_FOUND");
  const access = await recordAccess(tx, ctx.user, { borgerId, handling, ressource, formaal }, ctx.clock.now());
  return { b, access };
}

/** The case's events and the rules engine's evaluation on the caller's today. */
async function evaluated(tx: Tx, access: CitizenAccess, ctx: RouteContext) {
  const sag = await sagFor(tx, access);
  const idag = dagFraIso(danishDate(ctx.clock.now()));
  const ev: Evaluering = evaluer({ haendelser: sag.haendelser.map(somHaendelse) }, idag);
  return { sag, ev, idag };
}

/** Turns ts_headline's private markers into segments, so the web never renders stored text as HTML. */
export function uddragSegmenter(uddrag: string | null): { tekst: string; fremhaevet: boolean }[] {
  if (!uddrag) return [];
  const out: { tekst: string; fremhaevet: boolean }[] = [];
  for (const part of uddrag.split("\u0002")) {
    const [hit, rest] = part.includes("\u0003") ? (part.split("\u0003", 2) as [string, string]) : [null, part];
    if (hit) out.push({ tekst: hit, fremhaevet: true });
    if (rest) out.push({ tekst: rest, fremhaevet: false });
  }
  return out;
}

function noteOut(n: {
  id: string;
  dato: string;
  kategori: string;
  emne: string;
  tekst: string;
  forfatter_navn: string;
  oprettet: Date | string;
  retter_id: string | null;
}) {
  return {
    id: n.id,
    dato: n.dato,
    kategori: n.kategori,
    emne: n.emne,
    tekst: n.tekst,
    forfatter: n.forfatter_navn,
    oprettet: new Date(n.oprettet).toISOString(),
    retter: n.retter_id,
  };
}

export function sagRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/sagsstamme",
      summary:
        "Min sagsstamme: sagsbehandlerens borgere med næste lovbestemte frist, færdige filtre med antal og frie filtre",
      allow: READERS,
      scope: "kommune",
      query: z.object({
        filter: z.enum(SAGSSTAMME_FILTRE).default("alle"),
        maalgruppe: z.enum(MAALGRUPPE_KODER as [string, ...string[]]).optional(),
        aldersgruppe: z.enum(ALDERSGRUPPER).optional(),
        postnr: z
          .string()
          .regex(/^[0-9]{4}$/)
          .optional(),
        sagsbehandler: z.uuid().optional(),
        side: z.coerce.number().int().min(1).max(1000).default(1),
      }),
      sample: (f) => ({
        own: { query: { filter: "alle" } },
        foreign: { query: { sagsbehandler: f.foreign.userId } },
      }),
      handler: async ({ query }, ctx) =>
        ctx.tenant(async (tx) => {
          let sagsbehandlerId: string | null = ctx.user.role === "leder" ? null : ctx.user.userId;
          if (query.sagsbehandler) {
            const sb = await tx
              .selectFrom("bruger")
              .select("id")
              .where("id", "=", query.sagsbehandler)
              .executeTakeFirst();
            if (!sb) throw new AppError("NOT_FOUND");
            if (ctx.user.role !== "leder" && sb.id !== ctx.user.userId) throw new AppError("FORBIDDEN");
            sagsbehandlerId = sb.id;
          }
          const medarbejdere = ctx.user.role === "leder" ? await sagsbehandlere(tx) : [];
          if (!sagsbehandlerId) {
            return {
              sagsbehandler: null,
              medarbejdere,
              taelling: taelFiltre([]),
              total: 0,
              side: 1,
              sider: 0,
              raekker: [],
            };
          }
          const { taelling, total, side, sider, page } = await sagsstamme(
            tx,
            ctx.user,
            sagsbehandlerId,
            query,
            ctx.clock.now(),
            SIDE,
          );
          return {
            sagsbehandler: sagsbehandlerId,
            medarbejdere,
            taelling,
            total,
            side,
            sider,
            raekker: page.map(({ r, b }) => ({
              id: b.id,
              navn: `${b.fornavn} ${b.efternavn}`,
              alder: r.alder,
              maalgruppe: maalgruppeOf(b.maalgruppe, ctx.lang),
              postnr: b.postnr,
              bynavn: b.bynavn,
              ydelseStart: b.ydelse_start,
              dageMedYdelse: r.dageMedYdelse,
              naesteFrist: r.naeste
                ? {
                    regelId: r.naeste.regelId,
                    titel: r.naeste.titel,
                    frist: isoFraDag(r.naeste.frist),
                    status: r.naeste.status,
                    henvisning: r.naeste.henvisning,
                  }
                : null,
              forfaldne: r.forfaldne,
              naesteSamtale: r.naesteSamtale === null ? null : isoFraDag(r.naesteSamtale),
              flag: SAGSSTAMME_FILTRE.filter((f) => f !== "alle" && r.flag[f]),
            })),
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/sag",
      summary:
        "Borgerens sag: ydelseshistorik, jobplan, tidslinje, notater, dokumenter og lovens frister med begrundelse (logges)",
      allow: READERS,
      scope: "kommune",
      params: BorgerParams,
      query: Formaal,
      sample: (f) => ({
        own: { params: { id: f.own.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
        foreign: { params: { id: f.foreign.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
      }),
      handler: async ({ params, query }, ctx) =>
        ctx.tenant(async (tx) => {
          const { access } = await openCitizen(tx, ctx, params.id, "Åbnet sag", "sag", FORMAAL[query.formaal].da);
          const { sag, ev } = await evaluated(tx, access, ctx);
          const rettet = new Set(sag.notater.filter((n) => n.retter_id).map((n) => n.retter_id));
          return {
            ydelser: sag.haendelser
              .filter((h) => h.type === "YDELSE_START" || h.type === "YDELSE_OPHOER")
              .map((h) => ({
                dato: h.dato,
                type: h.type,
                maalgruppe: h.maalgruppe ? maalgruppeOf(h.maalgruppe, ctx.lang) : null,
              })),
            plan: sag.plan.map((p) => ({
              id: p.id,
              art: p.art,
              titel: p.titel,
              beskrivelse: p.beskrivelse,
              status: p.status,
              aftaltMedBorger: p.aftalt_med_borger,
              start: p.start,
              slut: p.slut,
              naesteStatus: STATUS_OVERGANGE[p.status],
            })),
            tidslinje: [
              ...sag.haendelser.map((h) => ({
                art: "haendelse" as const,
                id: h.id,
                dato: h.dato,
                type: h.type,
                tekst: h.beskrivelse ?? h.type,
              })),
              ...sag.notater.map((n) => ({
                art: "notat" as const,
                id: n.id,
                dato: n.dato,
                type: n.kategori,
                tekst: n.emne,
              })),
              ...sag.dokumenter.map((d) => ({
                art: "dokument" as const,
                id: d.id,
                dato: d.dato,
                type: d.kategori,
                tekst: d.titel,
              })),
            ].sort((a, b) => (a.dato < b.dato ? 1 : a.dato > b.dato ? -1 : 0)),
            notater: sag.notater.map((n) => ({ ...noteOut(n), erRettet: rettet.has(n.id) })),
            dokumenter: sag.dokumenter.map((d) => ({
              id: d.id,
              dato: d.dato,
              titel: d.titel,
              kategori: d.kategori,
              helbred: d.helbred,
              filnavn: d.filnavn,
              mimetype: d.mimetype,
              stoerrelse: d.stoerrelse,
              uploadet: new Date(d.uploadet).toISOString(),
              uploadetAf: d.uploadet_af_navn,
            })),
            forpligtelser: ev.forpligtelser.map(presentForpligtelse),
            forslag: ev.forslag.map(presentForslag),
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/sagsbehandlere",
      summary: "Kommunens sagsbehandlere (til valg af sagsstamme)",
      allow: READERS,
      scope: "kommune",
      handler: async (_input, ctx) => ctx.tenant((tx) => sagsbehandlere(tx)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/makrotekster",
      summary: "Kommunens makrotekster til journalnotater",
      allow: CASEWORKERS,
      scope: "kommune",
      handler: async (_input, ctx) => ctx.tenant((tx) => makrotekster(tx)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/makrotekster/:makroId",
      summary: "En makrotekst udfyldt med oplysninger fra borgerens sag (logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      params: z.object({ id: z.uuid(), makroId: z.uuid() }),
      sample: (f) => ({
        own: { params: { id: f.own.borgerId, makroId: f.own.makroId } },
        foreign: { params: { id: f.foreign.borgerId, makroId: f.own.makroId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const { b, access } = await openCitizen(
            tx,
            ctx,
            params.id,
            "Udfyldt makrotekst",
            "sag/notat",
            FORMAAL.SAGSBEHANDLING.da,
          );
          const m = await makrotekst(tx, params.makroId);
          if (!m) throw new AppError("NOT_FOUND");
          const { sag, ev, idag } = await evaluated(tx, access, ctx);
          const naesteSamtale = sag.haendelser
            .filter((h) => h.type === "SAMTALE_INDKALDT" && dagFraIso(h.dato) >= idag)
            .map((h) => h.dato)
            .sort()[0];
          const dk = (iso: string) => iso.split("-").reverse().join(".");
          const aabne = ev.forpligtelser.filter((f) => f.status === "forfalden" || f.status === "kommende");
          const filled = udfyldMakro(m.tekst, {
            navn: `${b.fornavn} ${b.efternavn}`,
            fornavn: b.fornavn,
            maalgruppe: maalgruppeOf(b.maalgruppe, "da").tekst,
            ydelse_start: b.ydelse_start ? dk(b.ydelse_start) : "",
            naeste_samtale: naesteSamtale ? dk(naesteSamtale) : "ingen indkaldt",
            frister: aabne.length
              ? aabne
                  .map(
                    (f) =>
                      `${f.titel}: frist ${dk(isoFraDag(f.frist))}${f.status === "forfalden" ? " (overskredet)" : ""} (${f.henvisning.lov} ${f.henvisning.paragraf})`,
                  )
                  .join("; ")
              : "ingen åbne frister",
            sagsbehandler: ctx.user.name,
            jobcenter: (await jobcenterNavn(tx)) ?? "",
            dato: dk(danishDate(ctx.clock.now())),
          });
          return { id: m.id, titel: m.titel, kategori: m.kategori, emne: m.titel, ...filled };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/borgere/:id/notater",
      summary:
        "Gem et journalnotat (eller en rettelse, der bevarer originalen). Idempotent: samme nøgle gemmer kun én gang",
      allow: CASEWORKERS,
      scope: "kommune",
      status: 201,
      params: BorgerParams,
      body: z.object({
        emne: z.string().transform(utenKontroltegn).pipe(z.string().trim().min(1).max(200)),
        tekst: z.string().transform(utenKontroltegn).pipe(z.string().trim().min(1).max(20_000)),
        kategori: z.enum(["notat", "samtale", "telefon", "helbred", "tilbud", "sanktion"]).default("notat"),
        dato: IsoDato.optional(),
        makroId: z.uuid().optional(),
        retter: z.uuid().optional(),
        idempotensnoegle: z.uuid(),
      }),
      sample: (f) => ({
        own: {
          params: { id: f.own.borgerId },
          body: { emne: "Telefonnotat", tekst: "Borger ringede.", idempotensnoegle: f.own.notatId },
        },
        foreign: {
          params: { id: f.foreign.borgerId },
          body: { emne: "Telefonnotat", tekst: "Borger ringede.", idempotensnoegle: f.foreign.notatId },
        },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const { access } = await openCitizen(
            tx,
            ctx,
            params.id,
            body.retter ? "Rettet notat" : "Skrevet notat",
            "sag/notat",
            FORMAAL.SAGSBEHANDLING.da,
          );
          if (body.retter) {
            const original = await notat(tx, body.retter);
            if (!original || original.borger_id !== params.id) throw new AppError("NOTE_NOT_IN_CASE");
            const existing = await rettelseAf(tx, body.retter);
            if (existing) {
              // A retry of the same correction gets the correction back; another correction must correct that one.
              const same = await tx
                .selectFrom("notat")
                .select("idempotens")
                .where("id", "=", existing.id)
                .executeTakeFirst();
              if (same?.idempotens !== body.idempotensnoegle) throw new AppError("NOTE_ALREADY_CORRECTED");
            }
          }
          const today = danishDate(ctx.clock.now());
          const { row } = await gemNotat(
            tx,
            access,
            {
              id: randomUUID(),
              dato: body.dato ?? today,
              kategori: body.kategori,
              emne: body.emne,
              tekst: body.tekst,
              makroId: body.makroId ?? null,
              retterId: body.retter ?? null,
              idempotens: body.idempotensnoegle,
              forfatter: { id: ctx.user.userId, navn: ctx.user.name },
            },
            ctx.clock.now(),
          );
          if (row.borger_id !== params.id) throw new AppError("VALIDATION_FAILED");
          return noteOut(row);
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/notater/:id",
      summary: "Åbn et journalnotat, fx fra et søgeresultat (logges)",
      allow: READERS,
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      query: Formaal,
      sample: (f) => ({
        own: { params: { id: f.own.notatId }, query: { formaal: "SAGSBEHANDLING" } },
        foreign: { params: { id: f.foreign.notatId }, query: { formaal: "SAGSBEHANDLING" } },
      }),
      handler: async ({ params, query }, ctx) =>
        ctx.tenant(async (tx) => {
          const n = await notat(tx, params.id);
          if (!n) throw new AppError("NOT_FOUND");
          const { b } = await openCitizen(tx, ctx, n.borger_id, "Åbnet notat", "sag/notat", FORMAAL[query.formaal].da);
          const rettelse = await rettelseAf(tx, n.id);
          return {
            ...noteOut(n),
            rettetAf: rettelse?.id ?? null,
            borger: { id: b.id, navn: `${b.fornavn} ${b.efternavn}` },
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/borgere/:id/dokumenter",
      summary:
        "Upload et dokument til sagen (PDF, Word, e-mail eller tekst, base64); teksten udtrækkes til søgning. Idempotent",
      allow: CASEWORKERS,
      scope: "kommune",
      status: 201,
      bodyLimit: Math.ceil((MAKS_STOERRELSE * 4) / 3) + 64 * 1024,
      params: BorgerParams,
      body: z.object({
        titel: z.string().trim().min(1).max(200),
        kategori: z.enum(["laegeerklaering", "partshoering", "cv", "ansoegning", "bevilling", "mail", "andet"]),
        helbred: z.boolean().default(false),
        dato: IsoDato.optional(),
        filnavn: z.string().trim().min(1).max(255),
        mimetype: z.string().max(200).optional(),
        indhold: z.base64().min(1),
        idempotensnoegle: z.uuid(),
      }),
      sample: (f) => ({
        own: {
          params: { id: f.own.borgerId },
          body: {
            titel: "Mail fra borger",
            kategori: "mail",
            filnavn: "mail.txt",
            indhold: Buffer.from("Hej, jeg kommer til samtalen.").toString("base64"),
            idempotensnoegle: f.own.dokumentId,
          },
        },
        foreign: {
          params: { id: f.foreign.borgerId },
          body: {
            titel: "Mail fra borger",
            kategori: "mail",
            filnavn: "mail.txt",
            indhold: Buffer.from("Hej").toString("base64"),
            idempotensnoegle: f.foreign.dokumentId,
          },
        },
      }),
      handler: async ({ params, body }, ctx) => {
        const bytes = Buffer.from(body.indhold, "base64");
        if (bytes.length > MAKS_STOERRELSE) throw new AppError("DOCUMENT_TOO_LARGE");
        const ud = await udtraekTekst(bytes, body.filnavn, body.mimetype);
        if (!ud.ok) throw new AppError(ud.code);
        return ctx.tenant(async (tx) => {
          const { access } = await openCitizen(
            tx,
            ctx,
            params.id,
            "Uploadet dokument",
            body.helbred ? "sag/dokument/helbred" : "sag/dokument",
            FORMAAL.SAGSBEHANDLING.da,
          );
          const { row } = await gemDokument(
            tx,
            access,
            {
              id: randomUUID(),
              dato: body.dato ?? danishDate(ctx.clock.now()),
              titel: body.titel,
              kategori: body.kategori,
              helbred: body.helbred || body.kategori === "laegeerklaering",
              filnavn: body.filnavn,
              mimetype: ud.mimetype,
              indhold: bytes,
              sha256: createHash("sha256").update(bytes).digest("hex"),
              tekst: ud.tekst,
              idempotens: body.idempotensnoegle,
              uploader: { id: ctx.user.userId, navn: ctx.user.name },
            },
            ctx.clock.now(),
          );
          if (row.borger_id !== params.id) throw new AppError("VALIDATION_FAILED");
          return { ...row, tegn: ud.tekst.length };
        });
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/dokumenter/:id",
      summary: "Hent et dokument. Helbredsdokumenter kræver et formål (logges)",
      allow: READERS,
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      query: z.object({ formaal: z.enum(FORMAAL_KODER).optional() }),
      sample: (f) => ({
        own: { params: { id: f.own.dokumentId }, query: { formaal: "SAGSBEHANDLING" } },
        foreign: { params: { id: f.foreign.dokumentId }, query: { formaal: "SAGSBEHANDLING" } },
      }),
      handler: async ({ params, query }, ctx) => {
        const file = await ctx.tenant(async (tx) => {
          const d = await dokumentMeta(tx, params.id);
          if (!d) throw new AppError("NOT_FOUND");
          if (d.helbred && !query.formaal) throw new AppError("HEALTH_PURPOSE_REQUIRED");
          const { access } = await openCitizen(
            tx,
            ctx,
            d.borger_id,
            d.helbred ? "Åbnet helbredsdokument" : "Åbnet dokument",
            d.helbred ? "sag/dokument/helbred" : "sag/dokument",
            FORMAAL[query.formaal ?? "SAGSBEHANDLING"].da,
          );
          return dokumentIndhold(tx, access, d.id);
        });
        if (!file) throw new AppError("NOT_FOUND");
        const safeName = file.filnavn.replace(/[^\w.\- æøåÆØÅ]/g, "_");
        ctx.reply
          .header("content-type", file.mimetype === "text/plain" ? "text/plain; charset=utf-8" : file.mimetype)
          .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(safeName)}`)
          .header("cache-control", "no-store")
          .header("x-content-type-options", "nosniff");
        return file.indhold ?? Buffer.from(file.tekst, "utf8");
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/soeg",
      summary:
        "Fritekstsøgning på dansk i notater og dokumenter, i én sag eller i alle kommunens sager; navne med stavefejl (logges)",
      allow: READERS,
      scope: "kommune",
      body: z.object({
        q: z.string().trim().min(1).max(200),
        borgerId: z.uuid().optional(),
        type: z.enum(["notat", "dokument"]).optional(),
        fra: IsoDato.optional(),
        til: IsoDato.optional(),
        side: z.number().int().min(1).max(40).default(1),
      }),
      sample: (f) => ({
        own: { body: { q: "samtale" } },
        foreign: { body: { q: "samtale", borgerId: f.foreign.borgerId } },
      }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const { udtryk: u, hits, navne, vindueDage } = await soegISager(tx, ctx.user, body, ctx.clock.now());
          return {
            ord: u.ord,
            aar: u.aar ?? null,
            /** the hits are from the last this many days (null: all dates asked for) */
            vindueDage,
            antal: hits.length ? Number(hits[0]!.antal) : 0,
            hits: hits.map((h) => ({
              type: h.type,
              id: h.id,
              borger: { id: h.borger_id, navn: `${h.fornavn} ${h.efternavn}` },
              dato: h.dato,
              titel: h.titel,
              kategori: h.kategori,
              helbred: h.helbred,
              uddrag: uddragSegmenter(h.uddrag),
            })),
            borgere: navne.map((n) => ({
              id: n.id,
              navn: `${n.fornavn} ${n.efternavn}`,
              maalgruppe: maalgruppeOf(n.maalgruppe, ctx.lang),
            })),
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/dokumenttyper",
      summary: "De filtyper der kan uploades",
      allow: CASEWORKERS,
      scope: "public",
      handler: async () => ACCEPTEREDE_TYPER,
    }),
  ];
}
