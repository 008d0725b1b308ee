/**
 * The booking use cases: book, move, cancel, register attendance, take over. Each runs in the caller's tenant
 * transaction and leaves the booking, its case event and its outbox messages consistent with each other: they commit
 * together or not at all. The database's exclusion constraints are the last word on overlaps; the checks here give the
 * clear answers first (outside the opening hours, a channel the rule forbids, too late to move).
 */
import { randomUUID } from "node:crypto";
import { AppError } from "../../platform/http/errors.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { danishDate } from "../../platform/time.ts";
import { dagFraIso, datoTekst } from "../regler/kalender.ts";
import type { Haendelse, Kanal } from "../regler/model.ts";
import { nyCheckinKode } from "./checkin.ts";
import { kanAendres, kanalRegel, type Moedetype, paamindelser } from "./model.ts";
import {
  aflystHaendelse,
  AKTIVE,
  annullerUdsendelser,
  fremmoedeHaendelse,
  indkaldtHaendelse,
  indsaetSamtale,
  kanalVurdering,
  laasSamtale,
  moedetyper,
  planlaegUdsendelser,
  type SamtaleRaekke,
  saetStatus,
  samtale,
  samtaleForNoegle,
  tidsrum,
} from "./store.ts";
import { ledigeTider } from "./tider.ts";
import { laesTiderData } from "./tider-data.ts";
import type { VideoUdbyder } from "./video.ts";

export interface Aktoer {
  id: string;
  rolle: string;
}

export interface BookingValg {
  moedetypeId: string;
  kanal: Kanal;
  start: Date;
  medarbejderId: string;
  lokaleId?: string | null;
}

export interface BookInput extends BookingValg {
  borgerId: string;
  maalgruppe: string;
  haendelser: readonly Haendelse[];
  idempotens: string;
  regelId?: string | null;
  frist?: string | null;
  /** the caseworker sends a written invitation (PDF letter) with the booking */
  indkaldelse?: boolean;
}

export interface BookingDeps {
  video: VideoUdbyder;
}

const erBorger = (a: Aktoer) => a.rolle === "borger";

/** The active meeting type with this id, or a validation problem on the field that named it. */
export function moedetypeAf(typer: readonly Moedetype[], id: string, felt = "body.moedetypeId"): Moedetype {
  const t = typer.find((m) => m.id === id);
  if (!t) throw new AppError("VALIDATION_FAILED", [{ path: felt, message: "Ukendt mødetype" }]);
  return t;
}

/**
 * Checks a chosen slot against the caseworker's opening windows, absences, holidays and bookings, and the rooms for
 * a meeting in person, with the same pure functions that offered it. Answers the room to use. (A booking being moved
 * is already marked 'flyttet' in this transaction, so its own time counts as free.)
 */
async function tjekTid(tx: Tx, valg: BookingValg, type: Moedetype, borgerId: string): Promise<string | null> {
  const slut = new Date(valg.start.getTime() + type.varighedMin * 60_000);
  const data = await laesTiderData(tx, {
    medarbejderIds: [valg.medarbejderId],
    borgerId,
    fra: new Date(valg.start.getTime() - 24 * 3_600_000),
    til: new Date(slut.getTime() + 24 * 3_600_000),
    medLokaler: valg.kanal === "fremmoede",
  });
  const base = {
    vinduer: data.vinduer,
    lukkedage: data.lukkedage,
    varighedMin: type.varighedMin,
    bufferMin: type.bufferMin,
    fra: valg.start.getTime(),
    til: valg.start.getTime() + 1,
    trinMin: 5,
  };
  const valgt = (s: { fra: number; medarbejderId: string }) =>
    s.fra === valg.start.getTime() && s.medarbejderId === valg.medarbejderId;
  // Opening hours alone (nothing booked, nobody away): is this a time the caseworker receives at all?
  if (!ledigeTider({ ...base, medarbejderOptaget: [], borgerOptaget: [] }).some(valgt))
    throw new AppError("BOOKING_UDEN_FOR_AABNINGSTID");
  if (!ledigeTider({ ...base, medarbejderOptaget: [], borgerOptaget: data.borgerOptaget }).some(valgt))
    throw new AppError("BOOKING_BORGER_OPTAGET");
  const lokaler =
    valg.kanal === "fremmoede"
      ? {
          liste: (data.lokaler?.liste ?? []).filter((l) => !valg.lokaleId || l.id === valg.lokaleId),
          optaget: data.lokaler?.optaget ?? [],
          minKapacitet: type.minDeltagere,
        }
      : undefined;
  const slots = ledigeTider({
    ...base,
    medarbejderOptaget: data.medarbejderOptaget,
    borgerOptaget: data.borgerOptaget,
    ...(lokaler ? { lokaler } : {}),
  }).filter(valgt);
  if (slots.length === 0) {
    if (lokaler && ledigeTider({ ...base, medarbejderOptaget: data.medarbejderOptaget, borgerOptaget: [] }).some(valgt))
      throw new AppError("BOOKING_INTET_LOKALE");
    throw new AppError("BOOKING_TID_OPTAGET");
  }
  return lokaler ? (slots[0]!.lokaleId ?? null) : null;
}

/** Books a conversation. Answers the booking and whether it is new (a retry with the same key answers the first). */
export async function book(
  tx: Tx,
  deps: BookingDeps,
  input: BookInput,
  af: Aktoer,
  now: Date,
  opts: { flyttetFra?: string | null } = {},
): Promise<{ samtale: SamtaleRaekke; ny: boolean }> {
  const tidligere = await samtaleForNoegle(tx, input.idempotens);
  if (tidligere) {
    if (tidligere.borger_id !== input.borgerId) throw new AppError("VALIDATION_FAILED");
    return { samtale: tidligere, ny: false };
  }
  const type = moedetypeAf(await moedetyper(tx), input.moedetypeId);
  if (erBorger(af) && type.kode === "faelles") throw new AppError("BOOKING_KANAL_IKKE_TILLADT");
  const dag = dagFraIso(danishDate(now));
  const regel = kanalRegel({
    moedetype: type,
    maalgruppe: input.maalgruppe,
    haendelser: input.haendelser,
    dag,
    vurdering: await kanalVurdering(tx, input.borgerId),
  });
  if (!regel.kanaler.includes(input.kanal))
    throw new AppError("BOOKING_KANAL_IKKE_TILLADT", [{ path: "body.kanal", message: regel.begrundelse }]);
  if (input.start.getTime() <= now.getTime()) throw new AppError("BOOKING_I_FORTIDEN");
  if (erBorger(af) && input.start.getTime() < now.getTime() + type.minVarselTimer * 3_600_000)
    throw new AppError("BOOKING_FOR_KORT_VARSEL");
  if (erBorger(af) && input.start.getTime() > now.getTime() + type.bookingvindueDage * 86_400_000)
    throw new AppError("BOOKING_FOR_LANGT_UD");
  const lokaleId = await tjekTid(tx, input, type, input.borgerId);

  const id = randomUUID();
  const slut = new Date(input.start.getTime() + type.varighedMin * 60_000);
  const rum = input.kanal === "video" ? await deps.video.opretRum({ samtaleId: id, start: input.start, slut }) : null;
  const inserted = await indsaetSamtale(
    tx,
    {
      id,
      borgerId: input.borgerId,
      medarbejderId: input.medarbejderId,
      moedetypeId: type.id,
      art: type.art,
      kanal: input.kanal,
      lokaleId,
      start: input.start,
      slut,
      bufferMin: type.bufferMin,
      booketAf: af.id,
      booketAfRolle: af.rolle,
      idempotens: input.idempotens,
      regelId: input.regelId ?? null,
      frist: input.frist ?? null,
      flyttetFra: opts.flyttetFra ?? null,
      checkinKode: nyCheckinKode(),
      videoUdbyder: rum?.udbyder ?? null,
      videoRum: rum?.rumId ?? null,
    },
    now,
  );
  if (!inserted) {
    // the same key won a race with this request: answer the booking it made
    const vinder = await samtaleForNoegle(tx, input.idempotens);
    if (!vinder || vinder.borger_id !== input.borgerId) throw new AppError("VALIDATION_FAILED");
    return { samtale: vinder, ny: false };
  }
  await indkaldtHaendelse(
    tx,
    {
      id,
      borgerId: input.borgerId,
      dato: danishDate(input.start),
      kanal: input.kanal,
      art: type.art,
      navn: type.navn,
      af: af.id,
    },
    now,
  );
  await planlaegUdsendelser(tx, [
    {
      id: randomUUID(),
      borgerId: input.borgerId,
      samtaleId: id,
      art: opts.flyttetFra ? "flytning" : "kvittering",
      noegle: `kvittering:${id}`,
      planlagt: now,
    },
    ...(input.indkaldelse
      ? [
          {
            id: randomUUID(),
            borgerId: input.borgerId,
            samtaleId: id,
            art: "indkaldelse",
            noegle: `indkaldelse:${id}`,
            planlagt: now,
          },
        ]
      : []),
    ...paamindelser(input.start, now).map((p) => ({
      id: randomUUID(),
      borgerId: input.borgerId,
      samtaleId: id,
      art: p.art,
      noegle: `${p.art}:${id}`,
      planlagt: p.tid,
    })),
  ]);
  const row = await samtale(tx, id);
  return { samtale: row!, ny: true };
}

async function aendrerbar(tx: Tx, id: string, borgerId?: string) {
  const s = await laasSamtale(tx, id);
  if (!s || (borgerId && s.borger_id !== borgerId)) throw new AppError("NOT_FOUND");
  return s;
}

function tjekVarsel(s: SamtaleRaekke, af: Aktoer, now: Date) {
  if (!erBorger(af)) return;
  const v = kanAendres(new Date(s.start), now, s.aendring_varsel_timer);
  if (!v.ok) throw new AppError("BOOKING_FOR_SENT_AT_AENDRE");
}

/**
 * Moves a booking: the old row becomes 'flyttet' and a new one names it, in one transaction, so a failure leaves the
 * old booking as it was. Idempotent by the new booking's key.
 */
export async function flyt(
  tx: Tx,
  deps: BookingDeps,
  id: string,
  input: Omit<BookInput, "borgerId" | "regelId" | "frist">,
  af: Aktoer,
  now: Date,
  borgerId?: string,
) {
  const gammel = await aendrerbar(tx, id, borgerId);
  const gentaget = await samtaleForNoegle(tx, input.idempotens);
  if (gentaget) {
    // a retry of this move answers the booking it made; the key of another booking is a mistake
    if (gentaget.flyttet_fra !== id) throw new AppError("VALIDATION_FAILED");
    return { samtale: gentaget, ny: false };
  }
  if (gammel.status !== "booket") throw new AppError("BOOKING_IKKE_AKTIV");
  tjekVarsel(gammel, af, now);
  await saetStatus(tx, id, "flyttet", now);
  const ny = await book(
    tx,
    deps,
    { ...input, borgerId: gammel.borger_id, regelId: gammel.regel_id, frist: gammel.frist },
    af,
    now,
    { flyttetFra: id },
  );
  await aflystHaendelse(
    tx,
    id,
    `${gammel.moedetype_navn} flyttet til ${datoTekst(dagFraIso(danishDate(new Date(ny.samtale.start))))}`,
    af.id,
    now,
  );
  await annullerUdsendelser(tx, id, now);
  await tx
    .updateTable("venteliste")
    .set({ aktiv: false })
    .where("samtale_id", "=", id)
    .where("aktiv", "=", true)
    .execute();
  await ledigTid(tx, gammel, now);
  return ny;
}

/** Cancels a booking (idempotent: cancelling a cancelled booking answers it as it is). */
export async function aflys(tx: Tx, id: string, aarsag: string, af: Aktoer, now: Date, borgerId?: string) {
  const s = await aendrerbar(tx, id, borgerId);
  if (s.status === "aflyst") return s;
  if (s.status !== "booket") throw new AppError("BOOKING_IKKE_AKTIV");
  tjekVarsel(s, af, now);
  await saetStatus(tx, id, "aflyst", now, aarsag);
  await aflystHaendelse(tx, id, `${s.moedetype_navn} aflyst: ${aarsag}`, af.id, now);
  await annullerUdsendelser(tx, id, now);
  await planlaegUdsendelser(tx, [
    {
      id: randomUUID(),
      borgerId: s.borger_id,
      samtaleId: id,
      art: "aflysning",
      noegle: `aflysning:${id}`,
      planlagt: now,
    },
  ]);
  await tx
    .updateTable("venteliste")
    .set({ aktiv: false })
    .where("samtale_id", "=", id)
    .where("aktiv", "=", true)
    .execute();
  await ledigTid(tx, s, now);
  return (await samtale(tx, id))!;
}

/**
 * A slot freed by a move or a cancellation: every citizen on the waiting list with a later booking with the same
 * caseworker and meeting type is told (first to book it gets it; the message does not reserve it).
 */
async function ledigTid(tx: Tx, s: SamtaleRaekke, now: Date) {
  const start = new Date(s.start);
  if (start.getTime() <= now.getTime()) return;
  const venter = await tx
    .selectFrom("venteliste as v")
    .innerJoin("samtale as s", "s.id", "v.samtale_id")
    .select(["v.id", "v.borger_id", "s.id as samtale_id"])
    .where("v.aktiv", "=", true)
    .where("s.status", "=", "booket")
    .where("s.medarbejder_id", "=", s.medarbejder_id)
    .where("s.moedetype_id", "=", s.moedetype_id)
    .where("s.borger_id", "<>", s.borger_id)
    .where((eb) => eb(eb.fn("lower", ["s.tid"]), ">", start))
    .execute();
  await planlaegUdsendelser(
    tx,
    venter.map((v) => ({
      id: randomUUID(),
      borgerId: v.borger_id,
      samtaleId: v.samtale_id,
      art: "ledig_tid",
      noegle: `ledig:${v.id}:${start.toISOString()}`,
      planlagt: now,
      data: { start: start.toISOString(), medarbejder: s.medarbejder_navn },
    })),
  );
}

/**
 * Registers attendance after the meeting has started: held (SAMTALE_AFHOLDT) or a no-show (SAMTALE_UDEBLEVET), which
 * the rules engine reads. Registering the same again answers the booking as it is.
 */
export async function registrerFremmoede(
  tx: Tx,
  id: string,
  status: "afholdt" | "udeblevet",
  af: Aktoer & { navn: string },
  now: Date,
) {
  const s = await laasSamtale(tx, id);
  if (!s) throw new AppError("NOT_FOUND");
  if (s.status === status) return s;
  if (s.status !== "booket") throw new AppError("BOOKING_IKKE_AKTIV");
  if (new Date(s.start).getTime() > now.getTime()) throw new AppError("BOOKING_IKKE_BEGYNDT");
  await saetStatus(tx, id, status, now);
  const dato = danishDate(new Date(s.start));
  await fremmoedeHaendelse(
    tx,
    {
      id: randomUUID(),
      borgerId: s.borger_id,
      type: status === "afholdt" ? "SAMTALE_AFHOLDT" : "SAMTALE_UDEBLEVET",
      dato,
      kanal: s.kanal,
      art: s.art,
      beskrivelse:
        status === "afholdt"
          ? `${s.moedetype_navn} holdt (${s.kanal === "fremmoede" ? "fremmøde" : s.kanal}), registreret af ${af.navn}`
          : `Udeblevet fra ${s.moedetype_navn.toLowerCase()} ${datoTekst(dagFraIso(dato))}, registreret af ${af.navn}`,
      af: af.id,
    },
    now,
  );
  await annullerUdsendelser(tx, id, now);
  return (await samtale(tx, id))!;
}

/** A caseworker takes over a colleague's booking (the exclusion constraint refuses it if they are busy then). */
export async function overtag(tx: Tx, id: string, af: Aktoer, now: Date) {
  const s = await laasSamtale(tx, id);
  if (!s) throw new AppError("NOT_FOUND");
  if (s.status !== "booket") throw new AppError("BOOKING_IKKE_AKTIV");
  if (s.medarbejder_id === af.id) return s;
  await tx.updateTable("samtale").set({ medarbejder_id: af.id, aendret: now }).where("id", "=", id).execute();
  return (await samtale(tx, id))!;
}

/** Is this booking the citizen's, and still ahead? (preparation and the waiting list need both) */
export function fremtidigOgEgen(s: SamtaleRaekke | undefined, borgerId: string, now: Date): SamtaleRaekke {
  if (!s || s.borger_id !== borgerId) throw new AppError("NOT_FOUND");
  if (s.status !== "booket" || new Date(s.start).getTime() <= now.getTime()) throw new AppError("BOOKING_IKKE_AKTIV");
  return s;
}

export { AKTIVE, tidsrum };
