/**
 * The job log's SQL: applications (saved exactly once by the browser's key), their status changes, and the
 * municipality's and the caseworker's numbers. A citizen's rows are read with a CitizenAccess (recordAccess); the
 * overview puts them through the pure core (model.ts) with the rule file (krav.json).
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { CitizenAccess } from "../../platform/audit/access.ts";
import type { JoblogMaade, JoblogStatus } from "../../platform/db/schema-joblog.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { danishDate } from "../../platform/time.ts";
import { dagFraIso, isoFraDag } from "../regler/kalender.ts";
import { JOBLOG_KRAV, type JoblogKravfil } from "./krav.ts";
import { type KravIndstilling, isoUge, kravForUge, oversigtFra, ugeoversigt } from "./model.ts";

export interface NyAnsoegning {
  arbejdsgiver: string;
  stilling: string;
  dato: string;
  maade: JoblogMaade;
  status: JoblogStatus;
  note?: string | undefined;
  link?: string | undefined;
  idempotens: string;
}

export interface Fastsaetter {
  id: string;
  navn: string;
}

const KOLONNER = [
  "id",
  "borger_id",
  "arbejdsgiver",
  "stilling",
  "dato",
  "maade",
  "status",
  "note",
  "link",
  "oprettet",
  "opdateret",
] as const;

const noegleBrugt = () =>
  new AppError("VALIDATION_FAILED", [
    { path: "body.idempotensnoegle", message: "Nøglen er allerede brugt til noget andet. Prøv igen." },
  ]);

/**
 * Records an application once: a second request with the same key (a double click, a retry after a lost answer, or
 * two at the same moment) answers the first row. The unique constraint decides a race; ON CONFLICT makes the loser
 * wait for the winner and then read its row.
 */
export async function opretAnsoegning(tx: Tx, borgerId: string, a: NyAnsoegning & { id?: string }, now: Date) {
  await tx
    .insertInto("joblog_ansoegning")
    .values({
      id: a.id ?? randomUUID(),
      kommunekode: sql<string>`current_kommunekode()`,
      borger_id: borgerId,
      arbejdsgiver: a.arbejdsgiver,
      stilling: a.stilling,
      dato: a.dato,
      maade: a.maade,
      status: a.status,
      note: a.note || null,
      link: a.link || null,
      oprettet: now,
      opdateret: now,
      idempotens: a.idempotens,
    })
    .onConflict((oc) => oc.columns(["kommunekode", "idempotens"]).doNothing())
    .execute();
  const row = await tx
    .selectFrom("joblog_ansoegning")
    .select(KOLONNER)
    .where("idempotens", "=", a.idempotens)
    .executeTakeFirstOrThrow();
  if (row.borger_id !== borgerId) throw noegleBrugt();
  return row;
}

export type Ansoegning = Awaited<ReturnType<typeof opretAnsoegning>>;

/** The citizen's applications, newest first. */
export async function ansoegninger(tx: Tx, access: CitizenAccess): Promise<Ansoegning[]> {
  return tx
    .selectFrom("joblog_ansoegning")
    .select(KOLONNER)
    .where("borger_id", "=", access.borgerId)
    .orderBy("dato", "desc")
    .orderBy("oprettet", "desc")
    .execute();
}

/**
 * Changes an application's status (only the citizen's own; anything else is not found). The row is locked while it
 * changes, and each real change is kept in the history; setting the status it already has changes nothing.
 */
export async function skiftStatus(tx: Tx, borgerId: string, id: string, status: JoblogStatus, now: Date) {
  const a = await tx
    .selectFrom("joblog_ansoegning")
    .select(["id", "status"])
    .where("id", "=", id)
    .where("borger_id", "=", borgerId)
    .forUpdate()
    .executeTakeFirst();
  if (!a) throw new AppError("NOT_FOUND");
  if (a.status !== status) {
    await tx.updateTable("joblog_ansoegning").set({ status, opdateret: now }).where("id", "=", id).execute();
    await tx
      .insertInto("joblog_statusaendring")
      .values({
        id: randomUUID(),
        kommunekode: sql<string>`current_kommunekode()`,
        ansoegning_id: id,
        fra_status: a.status,
        til_status: status,
        tidspunkt: now,
      })
      .execute();
  }
  return tx.selectFrom("joblog_ansoegning").select(KOLONNER).where("id", "=", id).executeTakeFirstOrThrow();
}

const somIndstilling = (r: {
  antal: number | null;
  gyldig_fra: string;
  fastsat: Date;
  begrundelse: string;
  fastsat_af_navn: string;
}): KravIndstilling => ({
  antal: r.antal,
  gyldigFra: r.gyldig_fra,
  fastsat: new Date(r.fastsat),
  begrundelse: r.begrundelse,
  fastsatAfNavn: r.fastsat_af_navn,
});

/** The municipality's numbers for a target group (all of them when none is named), oldest first. */
export async function kommunekrav(tx: Tx, maalgruppe?: string) {
  let q = tx
    .selectFrom("joblog_kommunekrav")
    .select(["maalgruppe", "antal", "gyldig_fra", "fastsat", "begrundelse", "fastsat_af_navn"]);
  if (maalgruppe) q = q.where("maalgruppe", "=", maalgruppe);
  const rows = await q.orderBy("gyldig_fra").orderBy("fastsat").execute();
  return rows.map((r) => ({ maalgruppe: r.maalgruppe, ...somIndstilling(r) }));
}

/** The caseworker's numbers for a citizen, oldest first. */
export async function individuelleKrav(tx: Tx, access: CitizenAccess): Promise<KravIndstilling[]> {
  const rows = await tx
    .selectFrom("joblog_individuelt_krav")
    .select(["antal", "gyldig_fra", "fastsat", "begrundelse", "fastsat_af_navn"])
    .where("borger_id", "=", access.borgerId)
    .orderBy("gyldig_fra")
    .orderBy("fastsat")
    .execute();
  return rows.map(somIndstilling);
}

export interface NytKrav {
  antal: number | null;
  gyldigFra: string;
  begrundelse: string;
  idempotens: string;
}

/** The rule in force for a target group must put a duty on it before a number can be set. */
function kraevPligt(fil: JoblogKravfil, maalgruppe: string, dato: string) {
  const k = kravForUge(fil, maalgruppe, isoUge(dagFraIso(dato)), [], []);
  if (!k.pligt)
    throw new AppError("VALIDATION_FAILED", [
      {
        path: "body.antal",
        message: k.regel
          ? `${k.regel.titel}. Der kan ikke sættes et krav til jobsøgning for målgruppen.`
          : "Der er ingen regel om joblog for målgruppen, så der kan ikke sættes et krav.",
      },
    ]);
}

/** The municipality sets its own number a week for a target group from a day on (once per key). */
export async function saetKommunekrav(
  tx: Tx,
  maalgruppe: string,
  k: NytKrav & { antal: number },
  af: Fastsaetter,
  now: Date,
) {
  kraevPligt(JOBLOG_KRAV, maalgruppe, k.gyldigFra);
  await tx
    .insertInto("joblog_kommunekrav")
    .values({
      id: randomUUID(),
      kommunekode: sql<string>`current_kommunekode()`,
      maalgruppe,
      antal: k.antal,
      gyldig_fra: k.gyldigFra,
      begrundelse: k.begrundelse,
      fastsat_af: af.id,
      fastsat_af_navn: af.navn,
      fastsat: now,
      idempotens: k.idempotens,
    })
    .onConflict((oc) => oc.columns(["kommunekode", "idempotens"]).doNothing())
    .execute();
  const row = await tx
    .selectFrom("joblog_kommunekrav")
    .select(["maalgruppe", "antal", "gyldig_fra", "fastsat", "begrundelse", "fastsat_af_navn"])
    .where("idempotens", "=", k.idempotens)
    .executeTakeFirstOrThrow();
  if (row.maalgruppe !== maalgruppe) throw noegleBrugt();
  return { maalgruppe: row.maalgruppe, ...somIndstilling(row) };
}

/** The caseworker sets an individual number for a citizen from a day on, with the reason (once per key). */
export async function saetIndividueltKrav(
  tx: Tx,
  access: CitizenAccess,
  maalgruppe: string,
  k: NytKrav,
  af: Fastsaetter,
  now: Date,
) {
  // lifting an individual number is always allowed; setting one needs a duty
  if (k.antal !== null) kraevPligt(JOBLOG_KRAV, maalgruppe, k.gyldigFra);
  await tx
    .insertInto("joblog_individuelt_krav")
    .values({
      id: randomUUID(),
      kommunekode: sql<string>`current_kommunekode()`,
      borger_id: access.borgerId,
      antal: k.antal,
      gyldig_fra: k.gyldigFra,
      begrundelse: k.begrundelse,
      fastsat_af: af.id,
      fastsat_af_navn: af.navn,
      fastsat: now,
      idempotens: k.idempotens,
    })
    .onConflict((oc) => oc.columns(["kommunekode", "idempotens"]).doNothing())
    .execute();
  const row = await tx
    .selectFrom("joblog_individuelt_krav")
    .select(["borger_id", "antal", "gyldig_fra", "fastsat", "begrundelse", "fastsat_af_navn"])
    .where("idempotens", "=", k.idempotens)
    .executeTakeFirstOrThrow();
  if (row.borger_id !== access.borgerId) throw noegleBrugt();
  return somIndstilling(row);
}

/**
 * The job log as the citizen and the caseworker both see it: the requirement that applies this week with its rule,
 * the weekly status for the last weeks, and the applications.
 */
export async function joblogOverblik(tx: Tx, access: CitizenAccess, now: Date) {
  const borger = await tx
    .selectFrom("borger")
    .select(["maalgruppe", "ydelse_start"])
    .where("id", "=", access.borgerId)
    .executeTakeFirst();
  if (!borger) throw new AppError("CITIZEN_NOT_FOUND");
  const idag = dagFraIso(danishDate(now));
  const liste = await ansoegninger(tx, access);
  const kommune = await kommunekrav(tx, borger.maalgruppe);
  const individuelt = await individuelleKrav(tx, access);
  const denneUge = isoUge(idag);
  const krav = kravForUge(JOBLOG_KRAV, borger.maalgruppe, denneUge, kommune, individuelt);
  const uger = ugeoversigt({
    fil: JOBLOG_KRAV,
    maalgruppe: borger.maalgruppe,
    datoer: liste.map((a) => a.dato),
    fra: oversigtFra(idag, borger.ydelse_start),
    idag,
    kommune,
    individuelt,
  });
  return { maalgruppe: borger.maalgruppe, idag: isoFraDag(idag), krav, uger, ansoegninger: liste, individuelt };
}
