/**
 * The dialog's SQL (docs/dialog.md): threads, messages, attachments, read status, who a thread waits for, the
 * municipality's promised answer time, and who answers when the caseworker is away (their team).
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { danishDate } from "../../platform/time.ts";
import { datoTekst } from "../samtale/brev.ts";
import { notificer, nyBorgerBesked } from "../samtale/store.ts";
import { skrivHaendelse } from "../sag/store.ts";
import {
  type BilagType,
  HAENDELSE_BESVARET,
  HAENDELSE_HENVENDELSE,
  naesteTilstand,
  overskredet,
  type Side,
  type Tilstand,
  type VenterPaa,
} from "./model.ts";

const dk = (iso: string) => datoTekst(new Date(`${iso}T12:00:00Z`));

/** The promised answer time when the municipality has not set one: 3 working days. */
export const STANDARD_SVARFRIST = 3;

export type Kilde = "borger" | "chatbot" | "medarbejder";

export interface NytBilag {
  /** a fixed id (the demo's); a new one otherwise */
  id?: string;
  filnavn: string;
  mimetype: BilagType;
  indhold: Buffer;
}

/** Who wrote: the citizen (by name) or a member of staff (id and name). */
export interface Afsender {
  side: Side;
  id: string | null;
  navn: string;
}

/** The municipality's promised answer time in working days. */
export async function svarfristArbejdsdage(tx: Tx): Promise<number> {
  const r = await tx.selectFrom("dialog_indstilling").select("svarfrist_arbejdsdage").executeTakeFirst();
  return r?.svarfrist_arbejdsdage ?? STANDARD_SVARFRIST;
}

export async function saetSvarfrist(tx: Tx, arbejdsdage: number, now: Date) {
  await tx
    .insertInto("dialog_indstilling")
    .values({ kommunekode: sql<string>`current_kommunekode()`, svarfrist_arbejdsdage: arbejdsdage, opdateret: now })
    .onConflict((oc) => oc.column("kommunekode").doUpdateSet({ svarfrist_arbejdsdage: arbejdsdage, opdateret: now }))
    .execute();
}

/** The citizen (of the current municipality), their caseworker and the caseworker's team. */
async function borgerMedSagsbehandler(tx: Tx, borgerId: string) {
  const b = await tx
    .selectFrom("borger as b")
    .leftJoin("bruger as s", "s.id", "b.sagsbehandler_id")
    .select(["b.id", "b.fornavn", "b.efternavn", "b.sagsbehandler_id", "s.navn as sagsbehandler_navn", "s.team"])
    .where("b.id", "=", borgerId)
    .executeTakeFirst();
  if (!b) throw new AppError("CITIZEN_NOT_FOUND");
  return b;
}

/** Whether a member of staff is away at `now` (an absence in the booking calendar, samtale's `fravaer`). */
async function fravaerende(tx: Tx, medarbejderIds: string[], now: Date): Promise<Set<string>> {
  if (medarbejderIds.length === 0) return new Set();
  const rows = await tx
    .selectFrom("fravaer")
    .select("medarbejder_id")
    .where("medarbejder_id", "in", medarbejderIds)
    .where(sql<boolean>`periode @> ${now}::timestamptz`)
    .execute();
  return new Set(rows.map((r) => r.medarbejder_id));
}

/**
 * Who answers the citizen now: their caseworker, or, when the caseworker is away, the caseworker's team (the
 * caseworkers of the same team who are not away themselves).
 */
export async function besvaresAf(tx: Tx, borgerId: string, now: Date) {
  const b = await borgerMedSagsbehandler(tx, borgerId);
  const vaek = b.sagsbehandler_id ? (await fravaerende(tx, [b.sagsbehandler_id], now)).has(b.sagsbehandler_id) : false;
  const kolleger =
    vaek && b.team
      ? await tx
          .selectFrom("bruger")
          .select(["id", "navn"])
          .where("team", "=", b.team)
          .where("rolle", "in", ["jobkonsulent", "virksomhedskonsulent"])
          .where("aktiv", "=", true)
          .where("id", "!=", b.sagsbehandler_id!)
          .execute()
      : [];
  const kollegerVaek = await fravaerende(
    tx,
    kolleger.map((k) => k.id),
    now,
  );
  return {
    borger: b,
    sagsbehandlerId: b.sagsbehandler_id,
    sagsbehandlerNavn: b.sagsbehandler_navn ?? null,
    fravaerende: vaek,
    team: b.team ?? null,
    teamMedlemmer: kolleger.filter((k) => !kollegerVaek.has(k.id)),
  };
}

/** Notifies whoever answers the citizen now (the caseworker, or their team while they are away) of a new message. */
async function underretJobcenter(tx: Tx, borgerId: string, emne: string, now: Date) {
  const h = await besvaresAf(tx, borgerId, now);
  const navn = `${h.borger.fornavn} ${h.borger.efternavn}`;
  const modtagere = [
    ...(h.sagsbehandlerId ? [h.sagsbehandlerId] : []),
    ...(h.fravaerende ? h.teamMedlemmer.map((m) => m.id) : []),
  ];
  for (const id of modtagere) {
    await notificer(
      tx,
      {
        id: randomUUID(),
        medarbejderId: id,
        art: "dialog_besked",
        tekst:
          id === h.sagsbehandlerId
            ? `Ny besked fra ${navn}: ${emne}`
            : `Ny besked fra ${navn} (${h.sagsbehandlerNavn ?? "sagsbehandleren"} er fraværende): ${emne}`,
        borgerId,
      },
      now,
    );
  }
}

async function gemBilag(tx: Tx, beskedId: string, borgerId: string, bilag: NytBilag[], now: Date) {
  for (const b of bilag) {
    await tx
      .insertInto("dialog_bilag")
      .values({
        id: b.id ?? randomUUID(),
        kommunekode: sql<string>`current_kommunekode()`,
        besked_id: beskedId,
        borger_id: borgerId,
        filnavn: b.filnavn,
        mimetype: b.mimetype,
        stoerrelse: b.indhold.length,
        indhold: b.indhold,
        oprettet: now,
      })
      .execute();
  }
}

export interface NyTraad {
  /** fixed ids of the thread and its first message (the demo's); new ones otherwise */
  id?: string;
  beskedId?: string;
  borgerId: string;
  emne: string;
  tekst: string;
  kilde: Kilde;
  afsender: Afsender;
  /** when the jobcentre starts a thread: whether the citizen is asked to answer */
  svarOenskes?: boolean;
  bilag?: NytBilag[];
  idempotens: string;
}

/**
 * A new thread with its first message, exactly once per key: a retry (or a concurrent double submit, which waits on
 * the unique index and then finds the first) answers the first thread.
 */
export async function nyTraad(
  tx: Tx,
  n: NyTraad,
  now: Date,
): Promise<{ traadId: string; beskedId: string; ny: boolean }> {
  const b = await borgerMedSagsbehandler(tx, n.borgerId);
  const idag = danishDate(now);
  const arbejdsdage = await svarfristArbejdsdage(tx);
  const start: Tilstand = { venterPaa: "ingen", svarfrist: null };
  const t = naesteTilstand(
    start,
    n.afsender.side === "borger"
      ? { art: "borger_skriver" }
      : { art: "jobcenter_skriver", svarOenskes: n.svarOenskes ?? false },
    idag,
    arbejdsdage,
  )!;
  const traadId = n.id ?? randomUUID();
  const inserted = await tx
    .insertInto("dialog_traad")
    .values({
      id: traadId,
      kommunekode: sql<string>`current_kommunekode()`,
      borger_id: b.id,
      emne: n.emne,
      kilde: n.kilde,
      venter_paa: t.venterPaa,
      venter_siden: now,
      svarfrist: t.svarfrist,
      sidste_besked: now,
      oprettet: now,
      idempotens: n.idempotens,
    })
    .onConflict((oc) => oc.columns(["kommunekode", "idempotens"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!inserted) {
    const eks = await tx
      .selectFrom("dialog_traad as t")
      .innerJoin("dialog_besked as m", "m.traad_id", "t.id")
      .select(["t.id as traadId", "m.id as beskedId", "t.borger_id"])
      .where("t.idempotens", "=", n.idempotens)
      .orderBy("m.nr")
      .executeTakeFirstOrThrow();
    if (eks.borger_id !== n.borgerId) throw new AppError("IDEMPOTENS_KONFLIKT");
    return { traadId: eks.traadId, beskedId: eks.beskedId, ny: false };
  }
  const beskedId = n.beskedId ?? randomUUID();
  await tx
    .insertInto("dialog_besked")
    .values({
      id: beskedId,
      kommunekode: sql<string>`current_kommunekode()`,
      traad_id: traadId,
      borger_id: b.id,
      fra: n.afsender.side,
      kilde: n.kilde,
      afsender_id: n.afsender.id,
      afsender_navn: n.afsender.navn,
      tekst: n.tekst,
      oprettet: now,
      idempotens: n.idempotens,
    })
    .execute();
  await gemBilag(tx, beskedId, b.id, n.bilag ?? [], now);
  if (n.afsender.side === "borger") {
    await skrivHaendelse(
      tx,
      {
        id: randomUUID(),
        borgerId: b.id,
        type: HAENDELSE_HENVENDELSE,
        dato: idag,
        beskrivelse: `${n.kilde === "chatbot" ? "Borgeren sendte et spørgsmål fra chatbotten" : "Borgeren skrev til jobcentret"} i dialogen: «${n.emne}». Svarfrist ${dk(t.svarfrist!)}.`,
        af: null,
      },
      now,
    );
  }
  if (n.afsender.side === "borger") await underretJobcenter(tx, b.id, n.emne, now);
  else await underretBorger(tx, b.id, n.emne, now);
  return { traadId, beskedId, ny: true };
}

/**
 * A new thread from the citizen to their caseworker (their team while the caseworker is away), exactly once per
 * `idempotens`. The chatbot uses it to forward a question it cannot answer (`kilde: "chatbot"`).
 */
export async function opretHenvendelse(
  tx: Tx,
  input: { borgerId: string; emne: string; tekst: string; kilde: "borger" | "chatbot"; idempotens: string },
  now: Date,
): Promise<{ traadId: string; beskedId: string }> {
  const b = await borgerMedSagsbehandler(tx, input.borgerId);
  const tekst = (input.tekst.trim() || input.emne.trim()).slice(0, 5000);
  if (!tekst) throw new AppError("VALIDATION_FAILED", [{ path: "body.tekst", message: "Skriv en besked." }]);
  const r = await nyTraad(
    tx,
    {
      borgerId: input.borgerId,
      emne: input.emne.trim().slice(0, 200) || "Spørgsmål",
      tekst,
      kilde: input.kilde,
      afsender: { side: "borger", id: null, navn: `${b.fornavn} ${b.efternavn}` },
      idempotens: input.idempotens,
    },
    now,
  );
  return { traadId: r.traadId, beskedId: r.beskedId };
}

/** Tells the citizen in their Beskeder that the jobcentre has written in the dialog. */
async function underretBorger(tx: Tx, borgerId: string, emne: string, now: Date) {
  await nyBorgerBesked(
    tx,
    {
      id: randomUUID(),
      borgerId,
      art: "dialog_svar",
      emne: `Ny besked fra jobcentret: ${emne}`,
      tekst: "Du har fået en ny besked i din dialog med jobcentret. Læs den under Dialog på Min side.",
    },
    now,
  );
}

export interface NyBesked {
  /** a fixed id (the demo's); a new one otherwise */
  id?: string;
  traadId: string;
  /** the thread must belong to this citizen (the citizen's own id, or the case the caseworker opened) */
  borgerId: string;
  tekst: string;
  afsender: Afsender;
  svarOenskes?: boolean;
  bilag?: NytBilag[];
  idempotens: string;
}

/**
 * A reply in a thread, exactly once per key: the thread is locked, so two submits with the same key run one after
 * the other and the second finds the first's message. Moves the thread's state (model.ts naesteTilstand).
 */
export async function skrivBesked(tx: Tx, n: NyBesked, now: Date): Promise<{ beskedId: string; ny: boolean }> {
  const t = await tx
    .selectFrom("dialog_traad")
    .select(["id", "borger_id", "emne", "venter_paa", "svarfrist"])
    .where("id", "=", n.traadId)
    .forUpdate()
    .executeTakeFirst();
  if (!t || t.borger_id !== n.borgerId) throw new AppError("NOT_FOUND");
  const eks = await tx
    .selectFrom("dialog_besked")
    .select(["id", "traad_id"])
    .where("idempotens", "=", n.idempotens)
    .executeTakeFirst();
  if (eks) {
    if (eks.traad_id !== t.id) throw new AppError("IDEMPOTENS_KONFLIKT");
    return { beskedId: eks.id, ny: false };
  }
  const naeste = naesteTilstand(
    { venterPaa: t.venter_paa, svarfrist: t.svarfrist },
    n.afsender.side === "borger"
      ? { art: "borger_skriver" }
      : { art: "jobcenter_skriver", svarOenskes: n.svarOenskes ?? false },
    danishDate(now),
    await svarfristArbejdsdage(tx),
  )!;
  const beskedId = n.id ?? randomUUID();
  await tx
    .insertInto("dialog_besked")
    .values({
      id: beskedId,
      kommunekode: sql<string>`current_kommunekode()`,
      traad_id: t.id,
      borger_id: t.borger_id,
      fra: n.afsender.side,
      kilde: n.afsender.side === "borger" ? "borger" : "medarbejder",
      afsender_id: n.afsender.id,
      afsender_navn: n.afsender.navn,
      tekst: n.tekst,
      oprettet: now,
      idempotens: n.idempotens,
    })
    .execute();
  await gemBilag(tx, beskedId, t.borger_id, n.bilag ?? [], now);
  const skift = naeste.venterPaa !== t.venter_paa || naeste.svarfrist !== t.svarfrist;
  await tx
    .updateTable("dialog_traad")
    .set({
      venter_paa: naeste.venterPaa,
      svarfrist: naeste.svarfrist,
      sidste_besked: now,
      ...(skift ? { venter_siden: now } : {}),
    })
    .where("id", "=", t.id)
    .execute();
  if (n.afsender.side === "jobcenter" && t.venter_paa === "jobcenter") {
    const idag = danishDate(now);
    await skrivHaendelse(
      tx,
      {
        id: randomUUID(),
        borgerId: t.borger_id,
        type: HAENDELSE_BESVARET,
        dato: idag,
        beskrivelse: `${n.afsender.navn} besvarede borgerens besked i dialogen: «${t.emne}»${t.svarfrist && idag > t.svarfrist ? ` (efter svarfristen ${dk(t.svarfrist)})` : ""}.`,
        af: n.afsender.id,
      },
      now,
    );
  }
  // When the writer answers, the other side's messages so far have evidently been read.
  await markerLaest(tx, t.id, n.afsender, now);
  if (n.afsender.side === "borger") await underretJobcenter(tx, t.borger_id, t.emne, now);
  else await underretBorger(tx, t.borger_id, t.emne, now);
  return { beskedId, ny: true };
}

/** The jobcentre marks a thread that waits for it as needing no answer. */
export async function intetSvarNoedvendigt(tx: Tx, traadId: string, borgerId: string, now: Date) {
  const t = await tx
    .selectFrom("dialog_traad")
    .select(["id", "borger_id", "venter_paa", "svarfrist"])
    .where("id", "=", traadId)
    .forUpdate()
    .executeTakeFirst();
  if (!t || t.borger_id !== borgerId) throw new AppError("NOT_FOUND");
  const naeste = naesteTilstand({ venterPaa: t.venter_paa, svarfrist: t.svarfrist }, { art: "intet_svar" }, "", 0);
  if (!naeste) throw new AppError("IDEMPOTENS_KONFLIKT");
  await tx
    .updateTable("dialog_traad")
    .set({ venter_paa: naeste.venterPaa, svarfrist: null, venter_siden: now })
    .where("id", "=", t.id)
    .execute();
}

/** The reader's side has opened the thread: the other side's unread messages are read now, by this person. */
export async function markerLaest(tx: Tx, traadId: string, laeser: Afsender, now: Date) {
  await tx
    .updateTable("dialog_besked")
    .set({ laest: now, laest_af_navn: laeser.navn })
    .where("traad_id", "=", traadId)
    .where("fra", "!=", laeser.side)
    .where("laest", "is", null)
    .execute();
}

const traadKolonner = [
  "t.id",
  "t.borger_id",
  "t.emne",
  "t.kilde",
  "t.venter_paa",
  "t.venter_siden",
  "t.svarfrist",
  "t.sidste_besked",
  "t.oprettet",
] as const;

/** A citizen's threads, newest activity first, with counts of messages the given side has not read. */
export async function traadeFor(tx: Tx, borgerId: string, laeser: Side) {
  return tx
    .selectFrom("dialog_traad as t")
    .select([
      ...traadKolonner,
      (eb) =>
        eb
          .selectFrom("dialog_besked as m")
          .select(sql<number>`count(*)::int`.as("n"))
          .whereRef("m.traad_id", "=", "t.id")
          .where("m.fra", "!=", laeser)
          .where("m.laest", "is", null)
          .as("ulaeste"),
      (eb) =>
        eb
          .selectFrom("dialog_besked as m")
          .select(sql<number>`count(*)::int`.as("n"))
          .whereRef("m.traad_id", "=", "t.id")
          .as("antal"),
    ])
    .where("t.borger_id", "=", borgerId)
    .orderBy("t.sidste_besked", "desc")
    .execute();
}

/** One thread with its messages and their attachments (without content), oldest message first. */
export async function traad(tx: Tx, id: string) {
  const t = await tx.selectFrom("dialog_traad as t").select(traadKolonner).where("t.id", "=", id).executeTakeFirst();
  if (!t) return undefined;
  const beskeder = await tx
    .selectFrom("dialog_besked")
    .select(["id", "fra", "kilde", "afsender_navn", "tekst", "oprettet", "laest", "laest_af_navn"])
    .where("traad_id", "=", id)
    .orderBy("nr")
    .execute();
  const bilag = beskeder.length
    ? await tx
        .selectFrom("dialog_bilag")
        .select(["id", "besked_id", "filnavn", "mimetype", "stoerrelse"])
        .where(
          "besked_id",
          "in",
          beskeder.map((b) => b.id),
        )
        .orderBy("oprettet")
        .execute()
    : [];
  return { ...t, beskeder: beskeder.map((b) => ({ ...b, bilag: bilag.filter((x) => x.besked_id === b.id) })) };
}

/** An attachment's content, for download. */
export async function bilagIndhold(tx: Tx, id: string) {
  return tx
    .selectFrom("dialog_bilag")
    .select(["id", "borger_id", "filnavn", "mimetype", "indhold"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/**
 * The caseworker's inbox: threads that wait for the jobcentre, of the caseworker's own citizens and of the citizens
 * of colleagues in the same team who are away now; overdue first, then by promised day.
 */
export async function indbakke(tx: Tx, medarbejderId: string, now: Date) {
  const mig = await tx.selectFrom("bruger").select(["id", "team"]).where("id", "=", medarbejderId).executeTakeFirst();
  const kolleger =
    mig?.team != null
      ? await tx
          .selectFrom("bruger")
          .select("id")
          .where("team", "=", mig.team)
          .where("id", "!=", medarbejderId)
          .execute()
      : [];
  const vaek = [
    ...(await fravaerende(
      tx,
      kolleger.map((k) => k.id),
      now,
    )),
  ];
  const rows = await tx
    .selectFrom("dialog_traad as t")
    .innerJoin("borger as b", "b.id", "t.borger_id")
    .leftJoin("bruger as s", "s.id", "b.sagsbehandler_id")
    .select([
      ...traadKolonner,
      "b.fornavn",
      "b.efternavn",
      "b.sagsbehandler_id",
      "s.navn as sagsbehandler_navn",
      (eb) =>
        eb
          .selectFrom("dialog_besked as m")
          .select(sql<number>`count(*)::int`.as("n"))
          .whereRef("m.traad_id", "=", "t.id")
          .where("m.fra", "=", "borger")
          .where("m.laest", "is", null)
          .as("ulaeste"),
    ])
    .where("t.venter_paa", "=", "jobcenter")
    .where("b.sagsbehandler_id", "in", [medarbejderId, ...vaek])
    .orderBy("t.svarfrist")
    .orderBy("t.venter_siden")
    .execute();
  const idag = danishDate(now);
  return rows.map((r) => ({
    ...r,
    overskredet: overskredet({ venterPaa: r.venter_paa as VenterPaa, svarfrist: r.svarfrist }, idag),
    forKollega: r.sagsbehandler_id !== medarbejderId,
  }));
}

/** The citizen's Min side card: threads that wait for them, and messages from the jobcentre they have not read. */
export async function kortTal(tx: Tx, borgerId: string) {
  const r = await tx
    .selectFrom("dialog_traad as t")
    .select([
      sql<number>`count(*) filter (where t.venter_paa = 'borger')::int`.as("venterPaaDig"),
      sql<number>`count(*) filter (where t.venter_paa = 'jobcenter')::int`.as("venterPaaOs"),
      sql<number>`count(*)::int`.as("traade"),
    ])
    .where("t.borger_id", "=", borgerId)
    .executeTakeFirstOrThrow();
  const u = await tx
    .selectFrom("dialog_besked")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("borger_id", "=", borgerId)
    .where("fra", "=", "jobcenter")
    .where("laest", "is", null)
    .executeTakeFirstOrThrow();
  return { ...r, ulaeste: u.n };
}
