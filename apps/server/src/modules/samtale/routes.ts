import { CASEWORKER_ROLES as CASEWORKERS } from "#contracts/roles.ts";
/**
 * Conversations over HTTP: the citizen's own (see what the law asks, find a time, book, move, cancel, prepare, join
 * the video meeting, the waiting list, the calendar file, the messages), the caseworker's (book on a citizen's behalf
 * with a written invitation, the calendar, attendance, take over a colleague's meeting, the channel assessment), and
 * the reception's check-in. Minutes are in referat-routes.ts.
 */
import { sql } from "kysely";
import { z } from "zod";
import { FORMAAL } from "#contracts/formaal.ts";
import { recordAccess, recordAccesses } from "../../platform/audit/access.ts";
import { type Tx, withTenant } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext } from "../../platform/http/route.ts";
import { danishClock, danishDate } from "../../platform/time.ts";
import { evaluer } from "../regler/engine.ts";
import { dagFraIso, datoTekst, isoFraDag, ugedag } from "../regler/kalender.ts";
import type { Haendelse } from "../regler/model.ts";
import { HAENDELSE_KOLONNER, somHaendelse } from "../sag/store.ts";
import { openCitizen } from "../sag/routes.ts";
import {
  aflys,
  type BookingDeps,
  book,
  flyt,
  fremtidigOgEgen,
  moedetypeAf,
  overtag,
  registrerFremmoede,
} from "./booking.ts";
import { checkinVindue, normaliserCheckinKode } from "./checkin.ts";
import { samtaleIcs } from "./kalenderfil.ts";
import {
  bookingInterval,
  KANALER,
  kanAendres,
  kanalRegel,
  type Moedetype,
  moedetyperFor,
  samtaleBehov,
} from "./model.ts";
import {
  kalender,
  kanalVurdering,
  moedetyper,
  notificer,
  type SamtaleRaekke,
  samtale,
  samtalerFor,
  tidsrum,
} from "./store.ts";
import { ledigeTider, lokalTilUtc, samletPrTid } from "./tider.ts";
import { laesTiderData } from "./tider-data.ts";
import { samtaleInfo } from "./udsendelse.ts";
import type { VideoUdbyder } from "./video.ts";
import { randomUUID } from "node:crypto";

const RESSOURCE = "sag/samtaler";
const MAKS_TIDER = 400;

export interface SamtaleDeps extends BookingDeps {
  video: VideoUdbyder;
  publicUrl: string;
}

const Id = z.object({ id: z.uuid() });
const Kanal = z.enum(KANALER);
const Tidspunkt = z.iso.datetime({ offset: true });
const Valg = z.object({
  moedetypeId: z.uuid(),
  kanal: Kanal,
  start: Tidspunkt,
  medarbejderId: z.uuid(),
  lokaleId: z.uuid().nullish(),
  idempotensnoegle: z.uuid(),
});

/** The citizen's events in the engine's vocabulary, their target group and today's evaluation. */
export async function sagsgrundlag(tx: Tx, borgerId: string, now: Date) {
  const [borger, rows] = await Promise.all([
    tx.selectFrom("borger").select(["maalgruppe", "sagsbehandler_id"]).where("id", "=", borgerId).executeTakeFirst(),
    tx
      .selectFrom("sag_haendelse")
      .select(["id", ...HAENDELSE_KOLONNER])
      .where("borger_id", "=", borgerId)
      .orderBy("dato")
      .orderBy("registreret")
      .execute(),
  ]);
  if (!borger) throw new AppError("CITIZEN_NOT_FOUND");
  const haendelser: Haendelse[] = rows.map(somHaendelse);
  const idag = dagFraIso(danishDate(now));
  const ev = evaluer({ haendelser }, idag);
  return { borger, haendelser, idag, forpligtelser: ev.forpligtelser, behov: samtaleBehov(ev.forpligtelser, idag) };
}

/** A conversation as its citizen and caseworker see it. */
function samtaleOut(s: SamtaleRaekke, now: Date) {
  const start = new Date(s.start);
  const aendring = kanAendres(start, now, s.aendring_varsel_timer);
  return {
    id: s.id,
    status: s.status,
    moedetype: { id: s.moedetype_id, navn: s.moedetype_navn, kode: s.moedetype_kode },
    art: s.art,
    kanal: s.kanal,
    start: start.toISOString(),
    slut: new Date(s.slut).toISOString(),
    medarbejder: { id: s.medarbejder_id, navn: s.medarbejder_navn },
    lokale: s.lokale_id ? { id: s.lokale_id, navn: s.lokale_navn, adresse: s.lokale_adresse } : null,
    regelId: s.regel_id,
    frist: s.frist,
    booketAf: s.booket_af_rolle === "borger" ? "borger" : "medarbejder",
    forberedelse: s.forberedelse,
    forberedelseAendret: s.forberedelse_aendret ? new Date(s.forberedelse_aendret).toISOString() : null,
    checkinKode: s.kanal === "fremmoede" && s.status === "booket" ? s.checkin_kode : null,
    checketInd: s.checket_ind ? new Date(s.checket_ind).toISOString() : null,
    video: s.kanal === "video" && s.video_rum ? { udbyder: s.video_udbyder } : null,
    /** the meeting has begun (on the server's clock): attendance can be registered */
    begyndt: start.getTime() <= now.getTime(),
    kanAendres: s.status === "booket" && aendring.ok,
    aendresSenest: aendring.senest.toISOString(),
    aflystAarsag: s.aflyst_aarsag,
    referat: s.referat_id ? { id: s.referat_id, status: s.referat_status } : null,
    flyttetFra: s.flyttet_fra,
  };
}

/** The citizen's or the caseworker's free times for a meeting type and channel (the citizen's caseworker first). */
async function tider(
  tx: Tx,
  q: { borgerId: string; moedetype: Moedetype; kanal: "fremmoede" | "telefon" | "video"; medarbejderId: string | null },
  frist: { frist?: number; overskredet?: boolean },
  now: Date,
  afBorger: boolean,
) {
  const interval = bookingInterval({
    nu: afBorger ? now : new Date(now.getTime() - q.moedetype.minVarselTimer * 3_600_000 + 15 * 60_000),
    moedetype: q.moedetype,
    ...frist,
    dagSlut: (d) => lokalTilUtc(d + 1, 0),
  });
  const find = async (ids: string[] | null) => {
    const data = await laesTiderData(tx, {
      medarbejderIds: ids,
      borgerId: q.borgerId,
      fra: new Date(interval.fra),
      til: new Date(interval.til + 4 * 3_600_000),
      medLokaler: q.kanal === "fremmoede",
    });
    const slots = ledigeTider({
      vinduer: data.vinduer,
      medarbejderOptaget: data.medarbejderOptaget,
      borgerOptaget: data.borgerOptaget,
      lukkedage: data.lukkedage,
      varighedMin: q.moedetype.varighedMin,
      bufferMin: q.moedetype.bufferMin,
      fra: interval.fra,
      til: interval.til,
      ...(q.kanal === "fremmoede" && data.lokaler
        ? { lokaler: { ...data.lokaler, minKapacitet: q.moedetype.minDeltagere } }
        : {}),
    });
    return ids && ids.length === 1 ? slots : samletPrTid(slots, data.belastning);
  };
  let alle = q.medarbejderId === null;
  let slots = await find(q.medarbejderId ? [q.medarbejderId] : null);
  if (slots.length === 0 && q.medarbejderId && afBorger) {
    // nobody free with the citizen's own caseworker before the deadline: offer the colleagues' times
    slots = await find(null);
    alle = true;
  }
  const ids = [...new Set(slots.map((s) => s.medarbejderId))];
  const navne = new Map(
    ids.length
      ? (await tx.selectFrom("bruger").select(["id", "navn"]).where("id", "in", ids).execute()).map((b) => [
          b.id,
          b.navn,
        ])
      : [],
  );
  return {
    fra: new Date(interval.fra).toISOString(),
    til: new Date(interval.til).toISOString(),
    alleMedarbejdere: alle,
    tider: slots.slice(0, MAKS_TIDER).map((s) => ({
      start: new Date(s.fra).toISOString(),
      slut: new Date(s.til).toISOString(),
      medarbejderId: s.medarbejderId,
      medarbejderNavn: navne.get(s.medarbejderId) ?? "",
      lokaleId: s.lokaleId ?? null,
    })),
  };
}

/**
 * A need as its reader should read it: staff get the rules engine's explanation; the citizen gets the rule's own
 * words addressed to them, with the deadline.
 */
export function behovOut(b: ReturnType<typeof samtaleBehov>[number], afBorger: boolean) {
  const frist = datoTekst(b.frist);
  return {
    regelId: b.regelId,
    titel: b.titel,
    henvisning: b.henvisning,
    forklaring: afBorger
      ? `Loven siger, at ${b.kravTekst}. ${
          b.overskredet
            ? `Fristen var ${frist} og er overskredet, så book en samtale så snart som muligt.`
            : `Du skal derfor have en samtale senest ${frist}.`
        }${b.indkaldtDag !== undefined ? ` Du har allerede en samtale ${datoTekst(b.indkaldtDag)}, som opfylder det.` : ""}`
      : b.forklaring,
    frist: isoFraDag(b.frist),
    overskredet: b.overskredet,
    arter: b.arter,
    indkaldt: b.indkaldtDag === undefined ? null : isoFraDag(b.indkaldtDag),
  };
}

/** What booking options the citizen has: meeting types for their needs, with the channels the rule allows. */
async function muligheder(tx: Tx, borgerId: string, now: Date, afBorger: boolean) {
  const g = await sagsgrundlag(tx, borgerId, now);
  const typer = await moedetyper(tx);
  const vurdering = await kanalVurdering(tx, borgerId);
  const kanalFor = (t: Moedetype) =>
    kanalRegel({ moedetype: t, maalgruppe: g.borger.maalgruppe, haendelser: g.haendelser, dag: g.idag, vurdering });
  const alleArter = ["jobsamtale", "opfoelgning", "faelles", "anden"] as const;
  return {
    g,
    typer,
    out: {
      behov: g.behov.map((b) => ({
        ...behovOut(b, afBorger),
        moedetyper: moedetyperFor(b.arter, typer, { maalgruppe: g.borger.maalgruppe, afBorger }).map((t) => t.id),
      })),
      moedetyper: moedetyperFor([...alleArter], typer, { maalgruppe: g.borger.maalgruppe, afBorger }).map((t) => ({
        id: t.id,
        kode: t.kode,
        navn: t.navn,
        varighedMin: t.varighedMin,
        aendringVarselTimer: t.aendringVarselTimer,
        kanalRegel: kanalFor(t),
      })),
      kanalVurdering: vurdering,
    },
  };
}

async function behovFor(tx: Tx, borgerId: string, regelId: string | undefined, now: Date) {
  if (!regelId) return {};
  const g = await sagsgrundlag(tx, borgerId, now);
  const b = g.behov.find((x) => x.regelId === regelId);
  return b ? { frist: b.frist, overskredet: b.overskredet, regelId, fristIso: isoFraDag(b.frist) } : {};
}

async function ics(ctx: RouteContext, tx: Tx, s: SamtaleRaekke, deps: SamtaleDeps) {
  const info = await samtaleInfo(tx, s, deps.publicUrl);
  const sekvens = Math.max(0, Math.floor((new Date(s.aendret).getTime() - new Date(s.oprettet).getTime()) / 1000));
  const text = samtaleIcs({ ...info, sekvens }, s.status === "booket" ? "REQUEST" : "CANCEL");
  ctx.reply
    .header("content-type", "text/calendar; charset=utf-8")
    .header("content-disposition", `attachment; filename="samtale-${danishDate(new Date(s.start))}.ics"`)
    .header("cache-control", "no-store");
  return text;
}

async function videoLink(
  deps: SamtaleDeps,
  s: SamtaleRaekke,
  deltager: { id: string; navn: string; rolle: "borger" | "medarbejder" },
) {
  if (s.kanal !== "video" || !s.video_rum || !s.video_udbyder) throw new AppError("NOT_FOUND");
  if (s.status !== "booket" && s.status !== "afholdt") throw new AppError("BOOKING_IKKE_AKTIV");
  const link = await deps.video.deltagerLink({ udbyder: s.video_udbyder, rumId: s.video_rum }, deltager, {
    start: new Date(s.start),
    slut: new Date(s.slut),
  });
  return { url: link.url, gyldigFra: link.gyldigFra.toISOString(), gyldigTil: link.gyldigTil.toISOString() };
}

/** A conversation of the caller's municipality, opened by staff (logged in the citizen's access log). */
export async function aabnSamtale(tx: Tx, ctx: RouteContext, id: string, handling: string, ressource = RESSOURCE) {
  const s = await samtale(tx, id);
  if (!s) throw new AppError("NOT_FOUND");
  await recordAccess(
    tx,
    ctx.user,
    { borgerId: s.borger_id, handling, ressource, formaal: FORMAAL.SAGSBEHANDLING.da },
    ctx.clock.now(),
  );
  return s;
}

/** The logged-in citizen's own conversation (404 for anyone else's). */
async function egenSamtale(tx: Tx, ctx: RouteContext, id: string) {
  const s = await samtale(tx, id);
  if (!s || s.borger_id !== ctx.user.borgerId) throw new AppError("NOT_FOUND");
  return s;
}

const aktoer = (ctx: RouteContext) => ({ id: ctx.user.userId, rolle: ctx.user.role, navn: ctx.user.name });

type ValgBody = z.infer<typeof Valg>;

/** The booking use case's input from a request's choice and the citizen's case. */
function bookInput(body: ValgBody, borgerId: string, g: Awaited<ReturnType<typeof sagsgrundlag>>) {
  return {
    moedetypeId: body.moedetypeId,
    kanal: body.kanal,
    start: new Date(body.start),
    medarbejderId: body.medarbejderId,
    lokaleId: body.lokaleId ?? null,
    borgerId,
    maalgruppe: g.borger.maalgruppe,
    haendelser: g.haendelser,
    idempotens: body.idempotensnoegle,
  };
}

/**
 * Books for a citizen (by the citizen or by staff), for the need named by `regelId` if any: a time after that need's
 * deadline is refused while the deadline has not passed.
 */
async function bookFor(
  ctx: RouteContext,
  deps: SamtaleDeps,
  tx: Tx,
  borgerId: string,
  body: ValgBody & { regelId?: string | undefined; indkaldelse?: boolean },
) {
  const now = ctx.clock.now();
  const g = await sagsgrundlag(tx, borgerId, now);
  const b = body.regelId ? g.behov.find((x) => x.regelId === body.regelId) : undefined;
  if (b && !b.overskredet && dagFraIso(danishDate(new Date(body.start))) > b.frist)
    throw new AppError("BOOKING_EFTER_FRIST", [
      { path: "body.start", message: `Vælg en tid senest ${datoTekst(b.frist)}.` },
    ]);
  const r = await book(
    tx,
    deps,
    {
      ...bookInput(body, borgerId, g),
      regelId: b?.regelId ?? null,
      frist: b ? isoFraDag(b.frist) : null,
      indkaldelse: body.indkaldelse ?? false,
    },
    aktoer(ctx),
    now,
  );
  return samtaleOut(r.samtale, now);
}

/** Moves a booking (the citizen's own when `borgerId` is given). */
async function flytFor(
  ctx: RouteContext,
  deps: SamtaleDeps,
  tx: Tx,
  id: string,
  borgerId: string,
  body: ValgBody & { indkaldelse?: boolean },
  egen: boolean,
) {
  const now = ctx.clock.now();
  const g = await sagsgrundlag(tx, borgerId, now);
  const r = await flyt(
    tx,
    deps,
    id,
    { ...bookInput(body, borgerId, g), indkaldelse: body.indkaldelse ?? false },
    aktoer(ctx),
    now,
    egen ? borgerId : undefined,
  );
  return samtaleOut(r.samtale, now);
}

export function samtaleRoutes(deps: SamtaleDeps) {
  return [
    // ------------------------------------------------------------------------------------------------ the citizen
    defineRoute({
      method: "GET",
      url: "/api/borger/samtaler",
      summary:
        "Mine samtaler: de samtaler loven kræver nu (med frist og regel), mødetyper med de kanaler, reglen tillader, og bookede, holdte og aflyste samtaler",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const borgerId = ctx.user.borgerId!;
          const now = ctx.clock.now();
          const { out } = await muligheder(tx, borgerId, now, true);
          const samtaler = await samtalerFor(tx, borgerId);
          const venter = new Set(
            (
              await tx
                .selectFrom("venteliste")
                .select("samtale_id")
                .where("borger_id", "=", borgerId)
                .where("aktiv", "=", true)
                .execute()
            ).map((v) => v.samtale_id),
          );
          return {
            ...out,
            samtaler: samtaler.map((s) => ({ ...samtaleOut(s, now), venteliste: venter.has(s.id) })),
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/samtaler/tider",
      summary:
        "Ledige tider for en mødetype og kanal: hos borgerens egen sagsbehandler, ellers hos kollegerne, og inden fristen for den forpligtelse, samtalen skal opfylde",
      allow: ["borger"],
      scope: "egne",
      query: z.object({ moedetypeId: z.uuid(), kanal: Kanal, regelId: z.string().max(40).optional() }),
      sample: (f) => ({ own: { query: { moedetypeId: f.own.moedetypeId, kanal: "video" } } }),
      handler: async ({ query }, ctx) =>
        ctx.tenant(async (tx) => {
          const borgerId = ctx.user.borgerId!;
          const now = ctx.clock.now();
          const { g, typer } = await muligheder(tx, borgerId, now, true);
          const type = moedetypeAf(typer, query.moedetypeId, "query.moedetypeId");
          const regel = kanalRegel({
            moedetype: type,
            maalgruppe: g.borger.maalgruppe,
            haendelser: g.haendelser,
            dag: g.idag,
            vurdering: await kanalVurdering(tx, borgerId),
          });
          if (!regel.kanaler.includes(query.kanal))
            throw new AppError("BOOKING_KANAL_IKKE_TILLADT", [{ path: "query.kanal", message: regel.begrundelse }]);
          const b = query.regelId ? g.behov.find((x) => x.regelId === query.regelId) : undefined;
          return {
            ...(await tider(
              tx,
              { borgerId, moedetype: type, kanal: query.kanal, medarbejderId: g.borger.sagsbehandler_id },
              b ? { frist: b.frist, overskredet: b.overskredet } : {},
              now,
              true,
            )),
            frist: b ? isoFraDag(b.frist) : null,
            kanalRegel: regel,
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/samtaler",
      summary:
        "Book en samtale (idempotent med nøglen): tiden kontrolleres mod åbningstider, fravær, helligdage og andre bookinger, kanalen mod reglen; kvittering og påmindelser sendes",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      body: Valg.extend({ regelId: z.string().max(40).optional() }),
      sample: (f) => ({ own: { body: f.own.bookingEksempel } }),
      handler: async ({ body }, ctx) =>
        bookingFejl(() => ctx.tenant((tx) => bookFor(ctx, deps, tx, ctx.user.borgerId!, body))),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/samtaler/:id/flyt",
      summary: "Flyt min samtale til en anden tid eller kanal inden kommunens varsel (idempotent med nøglen)",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      body: Valg,
      sample: (f) => ({
        own: { params: { id: f.own.samtaleFlytId }, body: f.own.flytEksempel },
        foreign: { params: { id: f.foreign.samtaleFlytId }, body: f.own.flytEksempel },
      }),
      handler: async ({ params, body }, ctx) =>
        bookingFejl(() => ctx.tenant((tx) => flytFor(ctx, deps, tx, params.id, ctx.user.borgerId!, body, true))),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/samtaler/:id/aflys",
      summary: "Aflys min samtale inden kommunens varsel (aflysning af en aflyst samtale svarer med den)",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      body: z.object({ aarsag: z.string().trim().min(1).max(500) }),
      sample: (f) => ({
        own: { params: { id: f.own.samtaleAflysId }, body: { aarsag: "Jeg er syg" } },
        foreign: { params: { id: f.foreign.samtaleAflysId }, body: { aarsag: "Jeg er syg" } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const now = ctx.clock.now();
          return samtaleOut(await aflys(tx, params.id, body.aarsag, aktoer(ctx), now, ctx.user.borgerId!), now);
        }),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/borger/samtaler/:id/forberedelse",
      summary: "Skriv eller ret min forberedelse til samtalen (indtil samtalen begynder); sagsbehandleren ser den",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      body: z.object({ tekst: z.string().trim().max(5000) }),
      sample: (f) => ({
        own: { params: { id: f.own.samtaleId }, body: { tekst: "Jeg vil gerne tale om kurser." } },
        foreign: { params: { id: f.foreign.samtaleId }, body: { tekst: "Jeg vil gerne tale om kurser." } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const now = ctx.clock.now();
          const s = fremtidigOgEgen(await samtale(tx, params.id), ctx.user.borgerId!, now);
          await tx
            .updateTable("samtale")
            .set({ forberedelse: body.tekst || null, forberedelse_aendret: now })
            .where("id", "=", s.id)
            .execute();
          return samtaleOut((await samtale(tx, s.id))!, now);
        }),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/borger/samtaler/:id/venteliste",
      summary: "Skriv mig på (eller af) ventelisten: jeg får besked, hvis en tidligere tid bliver ledig",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      body: z.object({ aktiv: z.boolean() }),
      sample: (f) => ({
        own: { params: { id: f.own.samtaleId }, body: { aktiv: true } },
        foreign: { params: { id: f.foreign.samtaleId }, body: { aktiv: true } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const now = ctx.clock.now();
          const s = fremtidigOgEgen(await samtale(tx, params.id), ctx.user.borgerId!, now);
          const aktiv = await tx
            .selectFrom("venteliste")
            .select("id")
            .where("samtale_id", "=", s.id)
            .where("aktiv", "=", true)
            .executeTakeFirst();
          if (body.aktiv && !aktiv)
            await tx
              .insertInto("venteliste")
              .values({
                id: randomUUID(),
                kommunekode: ctx.user.kommunekode,
                borger_id: s.borger_id,
                samtale_id: s.id,
                oprettet: now,
              })
              .onConflict((oc) => oc.column("samtale_id").where("aktiv", "=", true).doNothing())
              .execute();
          if (!body.aktiv && aktiv)
            await tx.updateTable("venteliste").set({ aktiv: false }).where("id", "=", aktiv.id).execute();
          return { venteliste: body.aktiv };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/samtaler/:id/video",
      summary: "Mit personlige link til videomødet (gyldigt fra 15 minutter før til 30 minutter efter samtalen)",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({ own: { params: { id: f.own.samtaleId } }, foreign: { params: { id: f.foreign.samtaleId } } }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const s = await egenSamtale(tx, ctx, params.id);
          return videoLink(deps, s, { id: ctx.user.userId, navn: ctx.user.name, rolle: "borger" });
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/samtaler/:id/kalender.ics",
      summary: "Kalenderinvitation (ICS) til min samtale; en aflyst samtale giver en aflysning",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({ own: { params: { id: f.own.samtaleId } }, foreign: { params: { id: f.foreign.samtaleId } } }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => ics(ctx, tx, await egenSamtale(tx, ctx, params.id), deps)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/beskeder",
      summary: "Mine beskeder fra jobcentret: kvitteringer, påmindelser, indkaldelser og aflysninger",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const rows = await tx
            .selectFrom("besked")
            .select(["id", "art", "emne", "tekst", "samtale_id", "dokument_id", "oprettet", "laest"])
            .where("borger_id", "=", ctx.user.borgerId!)
            .orderBy("oprettet", "desc")
            .limit(200)
            .execute();
          return rows.map((b) => ({
            id: b.id,
            art: b.art,
            emne: b.emne,
            tekst: b.tekst,
            samtaleId: b.samtale_id,
            dokumentId: b.dokument_id,
            oprettet: new Date(b.oprettet).toISOString(),
            laest: b.laest ? new Date(b.laest).toISOString() : null,
          }));
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/beskeder/:id/laest",
      summary: "Markér en besked som læst",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({ own: { params: { id: f.own.beskedId } }, foreign: { params: { id: f.foreign.beskedId } } }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const r = await tx
            .updateTable("besked")
            .set({ laest: ctx.clock.now() })
            .where("id", "=", params.id)
            .where("borger_id", "=", ctx.user.borgerId!)
            .where("laest", "is", null)
            .executeTakeFirst();
          const findes = await tx
            .selectFrom("besked")
            .select("id")
            .where("id", "=", params.id)
            .where("borger_id", "=", ctx.user.borgerId!)
            .executeTakeFirst();
          if (!findes) throw new AppError("NOT_FOUND");
          return { laest: true, aendret: Number(r.numUpdatedRows) > 0 };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/borger/beskeder/:id/brev",
      summary: "Hent brevet (PDF) vedhæftet en besked, fx en indkaldelse",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.beskedBrevId } },
        foreign: { params: { id: f.foreign.beskedBrevId } },
      }),
      handler: async ({ params }, ctx) => {
        const file = await ctx.tenant(async (tx) =>
          tx
            .selectFrom("besked as b")
            .innerJoin("dokument as d", "d.id", "b.dokument_id")
            .select(["d.filnavn", "d.mimetype", "d.indhold"])
            .where("b.id", "=", params.id)
            .where("b.borger_id", "=", ctx.user.borgerId!)
            .executeTakeFirst(),
        );
        if (!file?.indhold) throw new AppError("NOT_FOUND");
        ctx.reply
          .header("content-type", file.mimetype)
          .header("content-disposition", `inline; filename="${file.filnavn.replace(/[^\w.-]/g, "_")}"`)
          .header("cache-control", "no-store")
          .header("x-content-type-options", "nosniff");
        return file.indhold;
      },
    }),

    // --------------------------------------------------------------------------------------------- the caseworker
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/samtaler",
      summary:
        "Borgerens samtaler, de samtaler loven kræver nu, mødetyper med de tilladte kanaler og en eventuel konkret vurdering af fremmøde (logges)",
      allow: [...CASEWORKERS, "leder"],
      scope: "kommune",
      params: Id,
      sample: (f) => ({ own: { params: { id: f.own.borgerId } }, foreign: { params: { id: f.foreign.borgerId } } }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          await openCitizen(tx, ctx, params.id, "Læst samtaler", RESSOURCE, FORMAAL.SAGSBEHANDLING.da);
          const now = ctx.clock.now();
          const { out, g } = await muligheder(tx, params.id, now, false);
          return {
            ...out,
            sagsbehandlerId: g.borger.sagsbehandler_id,
            samtaler: (await samtalerFor(tx, params.id)).map((s) => samtaleOut(s, now)),
          };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/samtaler/tider",
      summary: "Ledige tider til at booke en samtale for borgeren, hos en bestemt sagsbehandler eller alle (logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      params: Id,
      query: z.object({
        moedetypeId: z.uuid(),
        kanal: Kanal,
        medarbejderId: z.uuid().optional(),
        regelId: z.string().max(40).optional(),
      }),
      sample: (f) => ({
        own: { params: { id: f.own.borgerId }, query: { moedetypeId: f.own.moedetypeId, kanal: "fremmoede" } },
        foreign: {
          params: { id: f.foreign.borgerId },
          query: { moedetypeId: f.own.moedetypeId, kanal: "fremmoede" },
        },
      }),
      handler: async ({ params, query }, ctx) =>
        ctx.tenant(async (tx) => {
          await openCitizen(tx, ctx, params.id, "Fundet tider til samtale", RESSOURCE, FORMAAL.SAGSBEHANDLING.da);
          const now = ctx.clock.now();
          const type = moedetypeAf(await moedetyper(tx), query.moedetypeId, "query.moedetypeId");
          const b = await behovFor(tx, params.id, query.regelId, now);
          return {
            ...(await tider(
              tx,
              { borgerId: params.id, moedetype: type, kanal: query.kanal, medarbejderId: query.medarbejderId ?? null },
              b,
              now,
              false,
            )),
            frist: b.fristIso ?? null,
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/borgere/:id/samtaler",
      summary:
        "Book en samtale for borgeren og send en personlig, skriftlig indkaldelse som brev (PDF) (idempotent med nøglen, logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      status: 201,
      params: Id,
      body: Valg.extend({ regelId: z.string().max(40).optional(), indkaldelse: z.boolean().default(true) }),
      sample: (f) => ({
        own: { params: { id: f.own.borgerId }, body: f.own.medarbejderBookingEksempel },
        foreign: { params: { id: f.foreign.borgerId }, body: f.own.medarbejderBookingEksempel },
      }),
      handler: async ({ params, body }, ctx) =>
        bookingFejl(() =>
          ctx.tenant(async (tx) => {
            await openCitizen(tx, ctx, params.id, "Booket samtale", RESSOURCE, FORMAAL.SAGSBEHANDLING.da);
            return bookFor(ctx, deps, tx, params.id, body);
          }),
        ),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/borgere/:id/kanalvurdering",
      summary:
        "Registrér en konkret vurdering af, om borgerens samtaler skal holdes ved personligt fremmøde (LAB § 33, stk. 1), med begrundelse (logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      status: 201,
      params: Id,
      body: z.object({ kraevFremmoede: z.boolean(), begrundelse: z.string().trim().min(10).max(2000) }),
      sample: (f) => ({
        own: {
          params: { id: f.own.borgerId },
          body: { kraevFremmoede: false, begrundelse: "Borgeren kan selv vælge kanal." },
        },
        foreign: {
          params: { id: f.foreign.borgerId },
          body: { kraevFremmoede: false, begrundelse: "Borgeren kan selv vælge kanal." },
        },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          await openCitizen(tx, ctx, params.id, "Vurderet fremmøde", RESSOURCE, FORMAAL.SAGSBEHANDLING.da);
          await tx
            .insertInto("kanal_vurdering")
            .values({
              id: randomUUID(),
              kommunekode: ctx.user.kommunekode,
              borger_id: params.id,
              kraev_fremmoede: body.kraevFremmoede,
              begrundelse: body.begrundelse,
              af: ctx.user.userId,
              af_navn: ctx.user.name,
              oprettet: ctx.clock.now(),
            })
            .execute();
          return kanalVurdering(tx, params.id);
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/kalender",
      summary:
        "Kalender for en uge: egne eller en kollegas samtaler, fravær og åbningstider, og mine ulæste notifikationer (borgernavne logges én gang om dagen)",
      allow: [...CASEWORKERS, "leder"],
      scope: "kommune",
      query: z.object({ uge: z.iso.date().optional(), medarbejderId: z.uuid().optional() }),
      sample: (f) => ({
        own: { query: { medarbejderId: f.own.userId } },
        foreign: { query: { medarbejderId: f.foreign.userId } },
      }),
      handler: async ({ query }, ctx) =>
        ctx.tenant(async (tx) => {
          const now = ctx.clock.now();
          const hvem = query.medarbejderId ?? ctx.user.userId;
          const medarbejder = await tx
            .selectFrom("bruger")
            .select(["id", "navn", "team"])
            .where("id", "=", hvem)
            .where("rolle", "in", [...CASEWORKERS])
            .executeTakeFirst();
          if (!medarbejder && query.medarbejderId) throw new AppError("NOT_FOUND");
          const dag = dagFraIso(query.uge ?? danishDate(now));
          const mandag = dag + 1 - ugedag(dag);
          const fra = new Date(lokalTilUtc(mandag, 0));
          const til = new Date(lokalTilUtc(mandag + 7, 0));
          const rows = medarbejder ? await kalender(tx, [medarbejder.id], fra, til) : [];
          await recordAccesses(
            tx,
            ctx.user,
            [...new Set(rows.map((r) => r.borger_id))].map((borgerId) => ({
              borgerId,
              handling: "Vist i kalender",
              ressource: RESSOURCE,
              formaal: FORMAAL.SAGSBEHANDLING.da,
            })),
            now,
            { oncePerDay: true },
          );
          const [fravaer, kolleger, notifikationer] = await Promise.all([
            medarbejder
              ? tx
                  .selectFrom("fravaer")
                  .select(["id", "aarsag", sql<Date>`lower(periode)`.as("fra"), sql<Date>`upper(periode)`.as("til")])
                  .where("medarbejder_id", "=", medarbejder.id)
                  .where(sql<boolean>`periode && ${tidsrum(fra, til)}`)
                  .execute()
              : [],
            tx
              .selectFrom("bruger")
              .select(["id", "navn", "team"])
              .where("rolle", "in", [...CASEWORKERS])
              .where("aktiv", "=", true)
              .orderBy("navn")
              .execute(),
            tx
              .selectFrom("medarbejder_notifikation")
              .select(["id", "art", "tekst", "samtale_id", "borger_id", "oprettet"])
              .where("medarbejder_id", "=", ctx.user.userId)
              .where("laest", "is", null)
              .orderBy("oprettet", "desc")
              .limit(50)
              .execute(),
          ]);
          return {
            uge: isoFraDag(mandag),
            medarbejder: medarbejder ?? null,
            kolleger,
            samtaler: rows.map((s) => ({ ...samtaleOut(s, now), borger: { id: s.borger_id, navn: s.borger_navn } })),
            fravaer: fravaer.map((f) => ({
              id: f.id,
              aarsag: f.aarsag,
              fra: new Date(f.fra).toISOString(),
              til: new Date(f.til).toISOString(),
            })),
            notifikationer: notifikationer.map((n) => ({
              id: n.id,
              art: n.art,
              tekst: n.tekst,
              samtaleId: n.samtale_id,
              borgerId: n.borger_id,
              oprettet: new Date(n.oprettet).toISOString(),
            })),
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/notifikationer/:id/laest",
      summary: "Markér en af mine notifikationer som læst",
      allow: CASEWORKERS,
      scope: "kommune",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.notifikationId } },
        foreign: { params: { id: f.foreign.notifikationId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const n = await tx
            .selectFrom("medarbejder_notifikation")
            .select("id")
            .where("id", "=", params.id)
            .executeTakeFirst();
          if (!n) throw new AppError("NOT_FOUND");
          await tx
            .updateTable("medarbejder_notifikation")
            .set({ laest: ctx.clock.now() })
            .where("id", "=", params.id)
            .where("laest", "is", null)
            .execute();
          return { laest: true };
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/samtaler/:id",
      summary: "En samtale med borgerens forberedelse, referatet og borgerens kommentarer (logges)",
      allow: [...CASEWORKERS, "leder"],
      scope: "kommune",
      params: Id,
      sample: (f) => ({ own: { params: { id: f.own.samtaleId } }, foreign: { params: { id: f.foreign.samtaleId } } }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const s = await aabnSamtale(tx, ctx, params.id, "Åbnet samtale");
          return { ...samtaleOut(s, ctx.clock.now()), borger: { id: s.borger_id, navn: s.borger_navn } };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/samtaler/:id/flyt",
      summary: "Flyt en samtale for borgeren (idempotent med nøglen, logges); borgeren får besked",
      allow: CASEWORKERS,
      scope: "kommune",
      params: Id,
      body: Valg.extend({ indkaldelse: z.boolean().default(true) }),
      sample: (f) => ({
        own: { params: { id: f.own.samtaleFlytId }, body: f.own.medarbejderFlytEksempel },
        foreign: { params: { id: f.foreign.samtaleFlytId }, body: f.own.medarbejderFlytEksempel },
      }),
      handler: async ({ params, body }, ctx) =>
        bookingFejl(() =>
          ctx.tenant(async (tx) => {
            const s = await aabnSamtale(tx, ctx, params.id, "Flyttet samtale");
            return flytFor(ctx, deps, tx, params.id, s.borger_id, body, false);
          }),
        ),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/samtaler/:id/aflys",
      summary: "Aflys en samtale med en begrundelse (logges); borgeren får besked",
      allow: CASEWORKERS,
      scope: "kommune",
      params: Id,
      body: z.object({ aarsag: z.string().trim().min(1).max(500) }),
      sample: (f) => ({
        own: { params: { id: f.own.samtaleAflysId }, body: { aarsag: "Sagsbehandleren er syg" } },
        foreign: { params: { id: f.foreign.samtaleAflysId }, body: { aarsag: "Sagsbehandleren er syg" } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          await aabnSamtale(tx, ctx, params.id, "Aflyst samtale");
          const now = ctx.clock.now();
          return samtaleOut(await aflys(tx, params.id, body.aarsag, aktoer(ctx), now), now);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/samtaler/:id/fremmoede",
      summary:
        "Registrér fremmøde efter samtalens start: holdt (SAMTALE_AFHOLDT) eller udeblevet (SAMTALE_UDEBLEVET), som regelmotoren ser (logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      params: Id,
      body: z.object({ status: z.enum(["afholdt", "udeblevet"]) }),
      sample: (f) => ({
        own: { params: { id: f.own.samtaleHoldtId }, body: { status: "afholdt" } },
        foreign: { params: { id: f.foreign.samtaleHoldtId }, body: { status: "afholdt" } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          await aabnSamtale(
            tx,
            ctx,
            params.id,
            body.status === "afholdt" ? "Registreret fremmøde" : "Registreret udeblivelse",
          );
          const now = ctx.clock.now();
          return samtaleOut(await registrerFremmoede(tx, params.id, body.status, aktoer(ctx), now), now);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/samtaler/:id/overtag",
      summary: "Overtag en kollegas samtale (afvises, hvis jeg selv er optaget på tidspunktet; logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      params: Id,
      sample: (f) => ({ own: { params: { id: f.own.samtaleId } }, foreign: { params: { id: f.foreign.samtaleId } } }),
      handler: async ({ params }, ctx) =>
        bookingFejl(() =>
          ctx.tenant(async (tx) => {
            await aabnSamtale(tx, ctx, params.id, "Overtaget samtale");
            const now = ctx.clock.now();
            return samtaleOut(await overtag(tx, params.id, aktoer(ctx), now), now);
          }),
        ),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/samtaler/:id/video",
      summary: "Mit personlige link til videomødet som mødeleder (kun samtalens sagsbehandler)",
      allow: CASEWORKERS,
      scope: "kommune",
      params: Id,
      sample: (f) => ({ own: { params: { id: f.own.samtaleId } }, foreign: { params: { id: f.foreign.samtaleId } } }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const s = await aabnSamtale(tx, ctx, params.id, "Åbnet videomøde");
          if (s.medarbejder_id !== ctx.user.userId) throw new AppError("FORBIDDEN");
          return videoLink(deps, s, { id: ctx.user.userId, navn: ctx.user.name, rolle: "medarbejder" });
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/samtaler/:id/kalender.ics",
      summary: "Kalenderinvitation (ICS) til samtalen",
      allow: CASEWORKERS,
      scope: "kommune",
      params: Id,
      sample: (f) => ({ own: { params: { id: f.own.samtaleId } }, foreign: { params: { id: f.foreign.samtaleId } } }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) =>
          ics(ctx, tx, await aabnSamtale(tx, ctx, params.id, "Hentet kalenderinvitation"), deps),
        ),
    }),

    // ------------------------------------------------------------------------------------------------ the reception
    defineRoute({
      method: "POST",
      url: "/api/offentlig/checkin",
      summary:
        "Digital check-in ved fremmøde med koden fra bekræftelsen (QR-kode eller indtastet), fra en time før til et kvarter efter samtalens start; sagsbehandleren får besked",
      allow: "offentlig",
      scope: "public",
      // a reception screen checks in a few people a minute; guessing codes is slowed down to that
      rateLimitPerMinute: 30,
      body: z.object({ kommunekode: z.string().regex(/^\d{4}$/), kode: z.string().trim().min(4).max(12) }),
      sample: (f) => ({ own: { body: { kommunekode: f.own.kommunekode, kode: f.own.checkinKode } } }),
      handler: async ({ body }, ctx) => {
        const kode = normaliserCheckinKode(body.kode);
        if (!kode) throw new AppError("CHECKIN_UKENDT");
        const findes = await ctx.db
          .selectFrom("kommune")
          .select("kommunekode")
          .where("kommunekode", "=", body.kommunekode)
          .executeTakeFirst();
        if (!findes) throw new AppError("CHECKIN_UKENDT");
        return withTenant(ctx.db, body.kommunekode, async (tx) => {
          const now = ctx.clock.now();
          const hit = await tx
            .selectFrom("samtale")
            .select("id")
            .where("checkin_kode", "=", kode)
            .where("status", "=", "booket")
            .where("kanal", "=", "fremmoede")
            .executeTakeFirst();
          const s = hit ? await samtale(tx, hit.id) : undefined;
          if (!s) throw new AppError("CHECKIN_UKENDT");
          const v = checkinVindue(new Date(s.start));
          if (now < v.fra || now > v.til) throw new AppError("CHECKIN_UDEN_FOR_TID");
          if (!s.checket_ind) {
            await tx.updateTable("samtale").set({ checket_ind: now }).where("id", "=", s.id).execute();
            await notificer(
              tx,
              {
                id: randomUUID(),
                medarbejderId: s.medarbejder_id,
                art: "checkin",
                tekst: `${s.borger_navn} er tjekket ind til ${s.moedetype_navn.toLowerCase()} kl. ${danishClock(new Date(s.start))}${s.lokale_navn ? ` (${s.lokale_navn})` : ""}.`,
                samtaleId: s.id,
                borgerId: s.borger_id,
              },
              now,
            );
          }
          // only what the person at the screen needs: no name, no case data
          return {
            tjekketInd: true,
            start: new Date(s.start).toISOString(),
            lokale: s.lokale_navn,
            medarbejder: s.medarbejder_navn.split(" ")[0],
          };
        });
      },
    }),
  ];
}

/**
 * An overlap the database refused (exclusion constraint, SQLSTATE 23P01) is a taken slot, in plain Danish. A deadlock
 * or serialisation failure between racing bookings (40P01, 40001) rolled everything back: the attempt is run again,
 * at most three times, and then answers like any other conflict.
 */
export async function bookingFejl<T>(fn: () => Promise<T>): Promise<T> {
  for (let forsoeg = 1; ; forsoeg++) {
    try {
      return await fn();
    } catch (err) {
      const e = err as { code?: string; constraint?: string; message?: string };
      if ((e.code === "40P01" || e.code === "40001") && forsoeg < 3) continue;
      if (e.code === "23P01" || e.code === "40P01" || e.code === "40001") {
        const hvem = e.constraint ?? e.message ?? "";
        throw new AppError(
          hvem.includes("borger_overlap")
            ? "BOOKING_BORGER_OPTAGET"
            : hvem.includes("lokale_overlap")
              ? "BOOKING_INTET_LOKALE"
              : "BOOKING_TID_OPTAGET",
        );
      }
      throw err;
    }
  }
}
