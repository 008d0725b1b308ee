/**
 * The case file's SQL. Functions that return one named citizen's case take a CitizenAccess (only the audited access
 * path can make one); the caseload and search return rows for the caller to audit before showing them.
 */
import { sql } from "kysely";
import type { CitizenAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import type { Afholder, Haendelse, HaendelseType, Kanal, SamtaleArt, TilbudsArt } from "../regler/model.ts";
import { dagFraIso } from "../regler/kalender.ts";
import type { Maalgruppe } from "#contracts/maalgrupper.ts";

/** The columns of an event the rules engine reads. */
export const HAENDELSE_KOLONNER = [
  "type",
  "dato",
  "maalgruppe",
  "kanal",
  "art",
  "uger",
  "kategori",
  "afholder",
  "tilbudsart",
  "foreloebigt",
] as const;

type HaendelseRow = {
  type: string;
  dato: string;
  maalgruppe: string | null;
  kanal: Kanal | null;
  art: string | null;
  uger: number | null;
  kategori: number | null;
  afholder: Afholder | null;
  tilbudsart: string | null;
  foreloebigt: boolean | null;
};

/** A stored event in the engine's vocabulary (only the fields a rule can read are carried). */
export function somHaendelse(r: HaendelseRow & { id?: string }): Haendelse {
  const h: Haendelse = { type: r.type as HaendelseType, dag: dagFraIso(r.dato) };
  if (r.maalgruppe) h.maalgruppe = r.maalgruppe as Maalgruppe;
  if (r.kanal) h.kanal = r.kanal;
  if (r.art) h.art = r.art as SamtaleArt;
  if (r.uger !== null) h.uger = r.uger;
  if (r.kategori === 1 || r.kategori === 2 || r.kategori === 3) h.kategori = r.kategori;
  if (r.afholder) h.afholder = r.afholder;
  if (r.tilbudsart) h.tilbudsart = r.tilbudsart as TilbudsArt;
  if (r.foreloebigt !== null) h.foreloebigt = r.foreloebigt;
  if (r.id) h.id = r.id;
  return h;
}

/** Stored events in day order, grouped by citizen in the engine's vocabulary. */
function perBorger(events: readonly (HaendelseRow & { borger_id: string })[]): Map<string, Haendelse[]> {
  const map = new Map<string, Haendelse[]>();
  for (const e of events) {
    const list = map.get(e.borger_id);
    if (list) list.push(somHaendelse(e));
    else map.set(e.borger_id, [somHaendelse(e)]);
  }
  return map;
}

export interface CaseloadCitizen {
  id: string;
  fornavn: string;
  efternavn: string;
  foedselsdato: string;
  maalgruppe: string;
  postnr: string | null;
  bynavn: string | null;
  ydelse_start: string | null;
  sagsbehandler_id: string | null;
}

/**
 * Everything the caseload needs about one caseworker's citizens, in three indexed queries: the citizens, their events
 * in day order, and their plans' state. The rules engine then runs over it in memory.
 */
export async function sagsstammeFakta(tx: Tx, sagsbehandlerId: string) {
  const borgere: CaseloadCitizen[] = await tx
    .selectFrom("borger")
    .leftJoin("postnummer", (j) =>
      j.onRef("postnummer.postnr", "=", "borger.postnr").onRef("postnummer.kommunekode", "=", "borger.kommunekode"),
    )
    .select([
      "borger.id",
      "borger.fornavn",
      "borger.efternavn",
      "borger.foedselsdato",
      "borger.maalgruppe",
      "borger.postnr",
      "postnummer.bynavn",
      "borger.ydelse_start",
      "borger.sagsbehandler_id",
    ])
    .where("borger.sagsbehandler_id", "=", sagsbehandlerId)
    .execute();
  const plan = new Map<string, { punkter: number; afventerBorger: number; afventerJobcenter: number }>();
  if (borgere.length === 0) return { borgere, haendelser: new Map<string, Haendelse[]>(), plan };
  const ids = borgere.map((b) => b.id);
  const [events, planRows] = await Promise.all([
    tx
      .selectFrom("sag_haendelse")
      .select(["borger_id", ...HAENDELSE_KOLONNER])
      .where("borger_id", "in", ids)
      .orderBy("borger_id")
      .orderBy("dato")
      .orderBy("registreret")
      .execute(),
    tx
      .selectFrom("jobplan_punkt")
      .select((eb) => [
        "borger_id",
        eb.fn.countAll<string>().as("punkter"),
        sql<string>`count(*) filter (where status = 'afventer_borger')`.as("afventer_borger"),
        sql<string>`count(*) filter (where status = 'afventer_jobcenter')`.as("afventer_jobcenter"),
      ])
      .where("borger_id", "in", ids)
      .groupBy("borger_id")
      .execute(),
  ]);
  const haendelser = perBorger(events);
  for (const p of planRows) {
    plan.set(p.borger_id, {
      punkter: Number(p.punkter),
      afventerBorger: Number(p.afventer_borger),
      afventerJobcenter: Number(p.afventer_jobcenter),
    });
  }
  return { borgere, haendelser, plan };
}

/**
 * Every case's target group and events in the municipality, for figures over the population (cohort quotas). No
 * names: the caller shows aggregates only.
 */
export async function alleForloeb(tx: Tx) {
  const [borgere, events] = await Promise.all([
    tx.selectFrom("borger").select(["id", "maalgruppe"]).execute(),
    tx
      .selectFrom("sag_haendelse")
      .select(["borger_id", ...HAENDELSE_KOLONNER])
      .orderBy("borger_id")
      .orderBy("dato")
      .orderBy("registreret")
      .execute(),
  ]);
  const haendelser = perBorger(events);
  return borgere.map((b) => ({
    id: b.id,
    maalgruppe: b.maalgruppe as Maalgruppe,
    haendelser: haendelser.get(b.id) ?? [],
  }));
}

/** The caseworkers of the municipality (for a manager's choice of caseload). */
export async function sagsbehandlere(tx: Tx) {
  return tx
    .selectFrom("bruger")
    .select(["id", "navn", "team", "rolle"])
    .where("rolle", "in", ["jobkonsulent", "virksomhedskonsulent"])
    .where("aktiv", "=", true)
    .orderBy("navn")
    .execute();
}

/** One case in full: events, plan, notes (with corrections), documents (without their content). */
export async function sagFor(tx: Tx, access: CitizenAccess) {
  const id = access.borgerId;
  const [haendelser, plan, notater, dokumenter] = await Promise.all([
    tx
      .selectFrom("sag_haendelse")
      .select(["id", ...HAENDELSE_KOLONNER, "beskrivelse", "registreret"])
      .where("borger_id", "=", id)
      .orderBy("dato")
      .orderBy("registreret")
      .execute(),
    tx
      .selectFrom("jobplan_punkt")
      .select(["id", "art", "titel", "beskrivelse", "status", "aftalt_med_borger", "start", "slut", "opdateret"])
      .where("borger_id", "=", id)
      .orderBy("art", "desc")
      .orderBy("start")
      .execute(),
    tx
      .selectFrom("notat")
      .select(["id", "dato", "kategori", "emne", "tekst", "forfatter_navn", "oprettet", "makro_id", "retter_id"])
      .where("borger_id", "=", id)
      .orderBy("dato", "desc")
      .orderBy("oprettet", "desc")
      .execute(),
    tx
      .selectFrom("dokument")
      .select([
        "id",
        "dato",
        "titel",
        "kategori",
        "helbred",
        "filnavn",
        "mimetype",
        "stoerrelse",
        "uploadet",
        "uploadet_af_navn",
      ])
      .where("borger_id", "=", id)
      .orderBy("dato", "desc")
      .orderBy("uploadet", "desc")
      .execute(),
  ]);
  return { haendelser, plan, notater, dokumenter };
}

export async function borgerFindes(tx: Tx, id: string) {
  return tx
    .selectFrom("borger")
    .select(["id", "fornavn", "efternavn", "maalgruppe", "ydelse_start", "sagsbehandler_id"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export interface NytNotat {
  id: string;
  dato: string;
  kategori: string;
  emne: string;
  tekst: string;
  makroId: string | null;
  retterId: string | null;
  idempotens: string;
  forfatter: { id: string; navn: string };
}

/**
 * Saves a journal note once: a retry with the same idempotency key returns the note saved the first time.
 * `inserted` tells whether this call created it.
 */
export async function gemNotat(tx: Tx, access: CitizenAccess, n: NytNotat, now: Date) {
  const inserted = await tx
    .insertInto("notat")
    .values({
      id: n.id,
      kommunekode: access.kommunekode,
      borger_id: access.borgerId,
      dato: n.dato,
      kategori: n.kategori,
      emne: n.emne,
      tekst: n.tekst,
      forfatter_id: n.forfatter.id,
      forfatter_navn: n.forfatter.navn,
      oprettet: now,
      makro_id: n.makroId,
      retter_id: n.retterId,
      idempotens: n.idempotens,
    })
    .onConflict((oc) => oc.columns(["kommunekode", "idempotens"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  const row = await tx
    .selectFrom("notat")
    .select(["id", "borger_id", "dato", "kategori", "emne", "tekst", "forfatter_navn", "oprettet", "retter_id"])
    .where("idempotens", "=", n.idempotens)
    .executeTakeFirstOrThrow();
  return { row, inserted: !!inserted };
}

export async function notat(tx: Tx, id: string) {
  return tx
    .selectFrom("notat")
    .select(["id", "borger_id", "dato", "kategori", "emne", "tekst", "forfatter_navn", "oprettet", "retter_id"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function rettelseAf(tx: Tx, id: string) {
  return tx.selectFrom("notat").select("id").where("retter_id", "=", id).executeTakeFirst();
}

export interface NytDokument {
  id: string;
  dato: string;
  titel: string;
  kategori: string;
  helbred: boolean;
  filnavn: string;
  mimetype: string;
  indhold: Buffer;
  sha256: string;
  tekst: string;
  idempotens: string;
  uploader: { id: string; navn: string };
}

export async function gemDokument(tx: Tx, access: CitizenAccess, d: NytDokument, now: Date) {
  const inserted = await tx
    .insertInto("dokument")
    .values({
      id: d.id,
      kommunekode: access.kommunekode,
      borger_id: access.borgerId,
      dato: d.dato,
      titel: d.titel,
      kategori: d.kategori,
      helbred: d.helbred,
      filnavn: d.filnavn,
      mimetype: d.mimetype,
      stoerrelse: d.indhold.length,
      sha256: d.sha256,
      indhold: d.indhold,
      tekst: d.tekst,
      uploadet: now,
      uploadet_af: d.uploader.id,
      uploadet_af_navn: d.uploader.navn,
      idempotens: d.idempotens,
    })
    .onConflict((oc) => oc.columns(["kommunekode", "idempotens"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  const row = await tx
    .selectFrom("dokument")
    .select(["id", "borger_id", "dato", "titel", "kategori", "helbred", "filnavn", "mimetype", "stoerrelse"])
    .where("idempotens", "=", d.idempotens)
    .executeTakeFirstOrThrow();
  return { row, inserted: !!inserted };
}

export async function dokumentMeta(tx: Tx, id: string) {
  return tx
    .selectFrom("dokument")
    .select(["id", "borger_id", "titel", "helbred", "filnavn", "mimetype"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function dokumentIndhold(tx: Tx, access: CitizenAccess, id: string) {
  return tx
    .selectFrom("dokument")
    .select(["indhold", "mimetype", "filnavn", "tekst"])
    .where("id", "=", id)
    .where("borger_id", "=", access.borgerId)
    .executeTakeFirst();
}

/** The active macro texts for the note editor (the minutes template is not a note's macro). */
export async function makrotekster(tx: Tx) {
  return tx
    .selectFrom("makrotekst")
    .select(["id", "titel", "kategori", "tekst"])
    .where("aktiv", "=", true)
    .where("kategori", "<>", "referatskabelon")
    .orderBy("kategori")
    .orderBy("titel")
    .execute();
}

export async function makrotekst(tx: Tx, id: string) {
  return tx
    .selectFrom("makrotekst")
    .select(["id", "titel", "kategori", "tekst"])
    .where("id", "=", id)
    .where("aktiv", "=", true)
    .executeTakeFirst();
}

export async function jobcenterNavn(tx: Tx) {
  return (await tx.selectFrom("kommune_indstillinger").select("jobcenter_navn").executeTakeFirst())?.jobcenter_navn;
}

// ---------------------------------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------------------------------

export interface Soegning {
  /** for to_tsquery('danish', …), built by fortolkSoegning */
  tsquery: string;
  /** ts_headline options */
  fremhaev: string;
  idag: string;
  fra?: string;
  til?: string;
  type?: "notat" | "dokument";
  borgerId?: string;
  /** keep the newest KANDIDATER matches (a window of dates); otherwise stop after KANDIDATER + 1 */
  nyeste: boolean;
  limit: number;
  offset: number;
}

/**
 * One search pass (soegning.ts decides the passes), through sag_soeg (db/migrations/0004_sag.sql), which can use the
 * GIN indexes. With `nyeste` it keeps each kind's newest KANDIDATER matches within the dates given; without it the
 * first KANDIDATER + 1 found, which tells the caller whether there are more. The candidates are ranked by relevance
 * (ts_rank_cd, subject/title weighted above text) times recency (halved after a year), and only the page shown gets
 * its highlighted snippet. `antal` counts the candidates, in total and per kind.
 */
export const KANDIDATER = 3000;

export async function soeg(tx: Tx, s: Soegning) {
  const q = sql`to_tsquery('danish', ${s.tsquery})`;
  const { rows } = await sql<{
    type: "notat" | "dokument";
    id: string;
    borger_id: string;
    dato: string;
    titel: string;
    kategori: string;
    helbred: boolean;
    score: number;
    fornavn: string;
    efternavn: string;
    uddrag: string | null;
    antal: string;
    antal_notat: string;
    antal_dokument: string;
  }>`
    with k as (
      select * from sag_soeg(${q}, ${s.fra ?? null}::date, ${s.til ?? null}::date, ${s.borgerId ?? null}::uuid,
                             ${s.nyeste}, ${s.nyeste ? KANDIDATER : KANDIDATER + 1},
                             ${s.type !== "dokument"}, ${s.type !== "notat"})
    ),
    side as (
      select k.*, k.relevans / (1 + greatest(${s.idag}::date - k.dato, 0) / 365.0) as score, count(*) over () as antal,
             count(*) filter (where k.type = 'notat') over () as antal_notat,
             count(*) filter (where k.type = 'dokument') over () as antal_dokument
      from k order by score desc, k.dato desc, k.id limit ${s.limit} offset ${s.offset}
    )
    select side.type, side.id, side.borger_id, side.dato::text as dato, side.titel, side.kategori, side.helbred,
           side.score, side.antal, side.antal_notat, side.antal_dokument, b.fornavn, b.efternavn,
           case
             when side.helbred then null
             when side.type = 'notat' then (select ts_headline('danish', n.tekst, ${q}, ${s.fremhaev}) from notat n where n.id = side.id)
             else (select ts_headline('danish', left(d.tekst, 20000), ${q}, ${s.fremhaev}) from dokument d where d.id = side.id)
           end as uddrag
    from side join borger b on b.id = side.borger_id
    order by side.score desc, side.dato desc, side.id`.execute(tx);
  return rows;
}

/** Citizens whose name resembles the query, tolerating typos (trigram word similarity through the GIN index). */
export async function soegNavne(tx: Tx, q: string, limit = 10) {
  const { rows } = await sql<{ id: string; fornavn: string; efternavn: string; maalgruppe: string; lighed: number }>`
    select b.id, b.fornavn, b.efternavn, b.maalgruppe, n.lighed
    from borger_navnesoeg(${q}, ${limit}) n join borger b on b.id = n.id
    order by n.lighed desc, b.efternavn, b.fornavn`.execute(tx);
  return rows;
}

/** A new case event; the columns left out are stored as null (a tilbudsart left out is not written). */
export interface NyHaendelse {
  id: string;
  borgerId: string;
  type: string;
  dato: string;
  kanal?: Kanal | null;
  art?: string | null;
  uger?: number | null;
  afholder?: Afholder | null;
  tilbudsart?: string | null;
  beskrivelse: string;
  af: string | null;
}

/** Writes one case event in the current municipality; an event id already stored is left as it is. */
export async function skrivHaendelse(tx: Tx, h: NyHaendelse, now: Date) {
  await tx
    .insertInto("sag_haendelse")
    .values({
      id: h.id,
      kommunekode: sql<string>`current_kommunekode()`,
      borger_id: h.borgerId,
      type: h.type,
      dato: h.dato,
      maalgruppe: null,
      kanal: h.kanal ?? null,
      art: h.art ?? null,
      uger: h.uger ?? null,
      kategori: null,
      afholder: h.afholder ?? null,
      ...(h.tilbudsart === undefined ? {} : { tilbudsart: h.tilbudsart }),
      beskrivelse: h.beskrivelse,
      registreret: now,
      registreret_af: h.af,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}
