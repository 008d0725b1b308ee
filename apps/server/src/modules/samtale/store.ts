/**
 * The conversations' SQL. Every function runs inside a tenant transaction (row-level security applies); the
 * booking use cases in booking.ts compose these.
 */
import { sql } from "kysely";
import type { Tx } from "../../platform/db/tenant.ts";
import type { Kanal, SamtaleArt } from "../regler/model.ts";
import { skrivHaendelse } from "../sag/store.ts";
import type { Moedetype, MoedetypeKode } from "./model.ts";

export const AKTIVE = ["booket", "afholdt", "udeblevet"] as const;

/** A tstzrange literal for a half-open interval. */
export const tidsrum = (fra: Date, til: Date) =>
  sql<string>`tstzrange(${fra.toISOString()}::timestamptz, ${til.toISOString()}::timestamptz, '[)')`;

export async function moedetyper(tx: Tx, kunAktive = true): Promise<(Moedetype & { aktiv: boolean })[]> {
  let q = tx.selectFrom("moedetype").selectAll().orderBy("navn");
  if (kunAktive) q = q.where("aktiv", "=", true);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    kode: r.kode as MoedetypeKode,
    art: r.art as SamtaleArt,
    navn: r.navn,
    varighedMin: r.varighed_min,
    bufferMin: r.buffer_min,
    minVarselTimer: r.min_varsel_timer,
    bookingvindueDage: r.bookingvindue_dage,
    aendringVarselTimer: r.aendring_varsel_timer,
    kanaler: r.kanaler,
    minDeltagere: r.min_deltagere,
    aktiv: r.aktiv,
  }));
}

/** The newest recorded channel assessment for a citizen, if any. */
export async function kanalVurdering(tx: Tx, borgerId: string) {
  const r = await tx
    .selectFrom("kanal_vurdering")
    .select(["kraev_fremmoede", "begrundelse", "af_navn", "oprettet"])
    .where("borger_id", "=", borgerId)
    .orderBy("oprettet", "desc")
    .limit(1)
    .executeTakeFirst();
  return r
    ? {
        kraevFremmoede: r.kraev_fremmoede,
        begrundelse: r.begrundelse,
        af: r.af_navn,
        dato: new Date(r.oprettet).toISOString().slice(0, 10),
      }
    : null;
}

/** One conversation with what every view of it needs (room, caseworker, meeting type, minutes state). */
function samtaleQuery(tx: Tx) {
  return tx
    .selectFrom("samtale as s")
    .innerJoin("moedetype as m", "m.id", "s.moedetype_id")
    .innerJoin("bruger as u", "u.id", "s.medarbejder_id")
    .innerJoin("borger as b", "b.id", "s.borger_id")
    .leftJoin("lokale as l", "l.id", "s.lokale_id")
    .leftJoin("referat as r", "r.samtale_id", "s.id")
    .select([
      "s.id",
      "s.kommunekode",
      "s.borger_id",
      "s.medarbejder_id",
      "s.moedetype_id",
      "s.art",
      "s.kanal",
      "s.lokale_id",
      "s.status",
      "s.booket_af_rolle",
      "s.oprettet",
      "s.aendret",
      "s.regel_id",
      "s.frist",
      "s.flyttet_fra",
      "s.aflyst_aarsag",
      "s.forberedelse",
      "s.forberedelse_aendret",
      "s.checkin_kode",
      "s.checket_ind",
      "s.video_udbyder",
      "s.video_rum",
      "s.idempotens",
      sql<Date>`lower(s.tid)`.as("start"),
      sql<Date>`upper(s.tid)`.as("slut"),
      "m.navn as moedetype_navn",
      "m.kode as moedetype_kode",
      "m.aendring_varsel_timer",
      "m.buffer_min",
      "u.navn as medarbejder_navn",
      "u.email as medarbejder_email",
      sql<string>`b.fornavn || ' ' || b.efternavn`.as("borger_navn"),
      "b.email as borger_email",
      "b.telefon as borger_telefon",
      "b.adresse as borger_adresse",
      "b.postnr as borger_postnr",
      "l.navn as lokale_navn",
      "l.adresse as lokale_adresse",
      "r.id as referat_id",
      "r.status as referat_status",
    ]);
}
export type SamtaleRaekke = NonNullable<Awaited<ReturnType<typeof samtale>>>;

export async function samtale(tx: Tx, id: string) {
  return samtaleQuery(tx).where("s.id", "=", id).executeTakeFirst();
}

/** Locks a conversation row for a change (move, cancel, attendance) and returns it. */
export async function laasSamtale(tx: Tx, id: string) {
  const locked = await tx.selectFrom("samtale").select("id").where("id", "=", id).forUpdate().executeTakeFirst();
  return locked ? samtale(tx, id) : undefined;
}

export async function samtaleForNoegle(tx: Tx, idempotens: string) {
  return samtaleQuery(tx).where("s.idempotens", "=", idempotens).executeTakeFirst();
}

/** A citizen's conversations, newest first; moved rows are left out (the new row carries the booking on). */
export async function samtalerFor(tx: Tx, borgerId: string) {
  return samtaleQuery(tx)
    .where("s.borger_id", "=", borgerId)
    .where("s.status", "<>", "flyttet")
    .orderBy(sql`lower(s.tid)`, "desc")
    .execute();
}

/** Active conversations of some caseworkers in a period (the calendar). */
export async function kalender(tx: Tx, medarbejderIds: string[], fra: Date, til: Date) {
  if (medarbejderIds.length === 0) return [];
  return samtaleQuery(tx)
    .where("s.medarbejder_id", "in", medarbejderIds)
    .where("s.status", "in", [...AKTIVE])
    .where(sql<boolean>`s.tid && ${tidsrum(fra, til)}`)
    .orderBy(sql`lower(s.tid)`)
    .execute();
}

export interface NySamtale {
  id: string;
  borgerId: string;
  medarbejderId: string;
  moedetypeId: string;
  art: SamtaleArt;
  kanal: Kanal;
  lokaleId: string | null;
  start: Date;
  slut: Date;
  bufferMin: number;
  booketAf: string;
  booketAfRolle: string;
  idempotens: string;
  regelId: string | null;
  frist: string | null;
  flyttetFra: string | null;
  checkinKode: string;
  videoUdbyder: string | null;
  videoRum: string | null;
}

/**
 * Inserts a booking. A repeated idempotency key inserts nothing and answers undefined (the caller reads the first
 * booking); an overlap with an active booking of the caseworker, the citizen or the room fails with the exclusion
 * constraint's error (SQLSTATE 23P01), which the route turns into a clear answer.
 */
export async function indsaetSamtale(tx: Tx, n: NySamtale, now: Date) {
  const blokeretTil = new Date(n.slut.getTime() + n.bufferMin * 60_000);
  return tx
    .insertInto("samtale")
    .values({
      id: n.id,
      kommunekode: sql<string>`current_kommunekode()`,
      borger_id: n.borgerId,
      medarbejder_id: n.medarbejderId,
      moedetype_id: n.moedetypeId,
      art: n.art,
      kanal: n.kanal,
      lokale_id: n.lokaleId,
      tid: tidsrum(n.start, n.slut),
      blokeret: tidsrum(n.start, blokeretTil),
      status: "booket",
      booket_af: n.booketAf,
      booket_af_rolle: n.booketAfRolle,
      oprettet: now,
      aendret: now,
      idempotens: n.idempotens,
      regel_id: n.regelId,
      frist: n.frist,
      flyttet_fra: n.flyttetFra,
      checkin_kode: n.checkinKode,
      video_udbyder: n.videoUdbyder,
      video_rum: n.videoRum,
    })
    .onConflict((oc) => oc.columns(["kommunekode", "idempotens"]).doNothing())
    .returning("id")
    .executeTakeFirst();
}

export async function saetStatus(
  tx: Tx,
  id: string,
  status: "afholdt" | "udeblevet" | "aflyst" | "flyttet",
  now: Date,
  aarsag?: string,
) {
  await tx
    .updateTable("samtale")
    .set({ status, aendret: now, ...(aarsag ? { aflyst_aarsag: aarsag } : {}) })
    .where("id", "=", id)
    .execute();
}

/** A conversation's case event in the rules engine's vocabulary (held by the jobcentre). */
const haendelse = (
  tx: Tx,
  h: {
    id: string;
    borgerId: string;
    type: "SAMTALE_INDKALDT" | "SAMTALE_AFHOLDT" | "SAMTALE_UDEBLEVET";
    dato: string;
    kanal: Kanal;
    art: string;
    beskrivelse: string;
    af: string;
  },
  now: Date,
) => skrivHaendelse(tx, { ...h, afholder: "jobcenter" }, now);

/** Writes the case event a booking means for the rules engine (SAMTALE_INDKALDT, id = the booking's id). */
export async function indkaldtHaendelse(
  tx: Tx,
  s: { id: string; borgerId: string; dato: string; kanal: Kanal; art: SamtaleArt; navn: string; af: string },
  now: Date,
) {
  await haendelse(tx, { ...s, type: "SAMTALE_INDKALDT", beskrivelse: `${s.navn} booket` }, now);
}

/** A cancelled or moved booking no longer meets an obligation: its event becomes SAMTALE_AFLYST, with the reason. */
export async function aflystHaendelse(tx: Tx, samtaleId: string, beskrivelse: string, af: string, now: Date) {
  await tx
    .updateTable("sag_haendelse")
    .set({ type: "SAMTALE_AFLYST", beskrivelse, registreret: now, registreret_af: af })
    .where("id", "=", samtaleId)
    .where("type", "=", "SAMTALE_INDKALDT")
    .execute();
}

/** A held conversation or a no-show, as the rules engine reads it. */
export const fremmoedeHaendelse = (
  tx: Tx,
  s: {
    id: string;
    borgerId: string;
    type: "SAMTALE_AFHOLDT" | "SAMTALE_UDEBLEVET";
    dato: string;
    kanal: Kanal;
    art: string;
    beskrivelse: string;
    af: string;
  },
  now: Date,
) => haendelse(tx, s, now);

export interface NyUdsendelse {
  id: string;
  borgerId: string;
  samtaleId: string | null;
  art: string;
  noegle: string;
  planlagt: Date;
  data?: Record<string, unknown>;
}

/** Puts messages in the outbox; a key already there is left alone (a retried change never sends twice). */
export async function planlaegUdsendelser(tx: Tx, list: NyUdsendelse[]) {
  if (list.length === 0) return;
  await tx
    .insertInto("udsendelse")
    .values(
      list.map((u) => ({
        id: u.id,
        kommunekode: sql<string>`current_kommunekode()`,
        borger_id: u.borgerId,
        samtale_id: u.samtaleId,
        art: u.art,
        noegle: u.noegle,
        planlagt: u.planlagt,
        naeste_forsoeg: u.planlagt,
        data: JSON.stringify(u.data ?? {}),
      })),
    )
    .onConflict((oc) => oc.columns(["kommunekode", "noegle"]).doNothing())
    .execute();
}

/** Messages not yet sent for a booking that changed are withdrawn (reminders for a moved meeting, say). */
export async function annullerUdsendelser(tx: Tx, samtaleId: string, now: Date) {
  await tx
    .updateTable("udsendelse")
    .set({ annulleret: now })
    .where("samtale_id", "=", samtaleId)
    .where("sendt", "is", null)
    .where("annulleret", "is", null)
    .execute();
}

export async function notificer(
  tx: Tx,
  n: { id: string; medarbejderId: string; art: string; tekst: string; samtaleId?: string; borgerId?: string },
  now: Date,
) {
  await tx
    .insertInto("medarbejder_notifikation")
    .values({
      id: n.id,
      kommunekode: sql<string>`current_kommunekode()`,
      medarbejder_id: n.medarbejderId,
      art: n.art,
      tekst: n.tekst,
      samtale_id: n.samtaleId ?? null,
      borger_id: n.borgerId ?? null,
      oprettet: now,
    })
    .execute();
}

export async function jobcenter(tx: Tx) {
  return tx
    .selectFrom("kommune_indstillinger")
    .select(["jobcenter_navn", "adresse", "postnr", "bynavn", "telefon", "email"])
    .executeTakeFirst();
}

/**
 * A message to the citizen's Beskeder from another part of the case (the dialog's "the jobcentre has answered you",
 * a transport allowance decision, an aktindsigt answer with its letter as `dokumentId`).
 */
export async function nyBorgerBesked(
  tx: Tx,
  b: { id: string; borgerId: string; art: string; emne: string; tekst: string; dokumentId?: string },
  now: Date,
) {
  await tx
    .insertInto("besked")
    .values({
      id: b.id,
      kommunekode: sql<string>`current_kommunekode()`,
      borger_id: b.borgerId,
      art: b.art,
      emne: b.emne,
      tekst: b.tekst,
      dokument_id: b.dokumentId ?? null,
      oprettet: now,
    })
    .execute();
}
