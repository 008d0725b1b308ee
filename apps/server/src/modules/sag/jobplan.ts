import { sql } from "kysely";
import type { CitizenAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";

/** The statuses of a jobplan item, in the order the web offers them. */
export const JOBPLAN_STATUSER = [
  "planlagt",
  "i_gang",
  "afventer_borger",
  "afventer_jobcenter",
  "gennemfoert",
  "afbrudt",
] as const;
export type JobplanStatus = (typeof JOBPLAN_STATUSER)[number];

/**
 * Which statuses may follow which. An item that is not finished may move between the open statuses or end as
 * completed (gennemfoert) or cancelled (afbrudt); an ended item is final. Keeping the status it has is always allowed.
 */
export const STATUS_OVERGANGE: Readonly<Record<JobplanStatus, readonly JobplanStatus[]>> = {
  planlagt: ["i_gang", "afventer_borger", "afventer_jobcenter", "afbrudt"],
  i_gang: ["afventer_borger", "afventer_jobcenter", "gennemfoert", "afbrudt"],
  afventer_borger: ["i_gang", "afventer_jobcenter", "gennemfoert", "afbrudt"],
  afventer_jobcenter: ["i_gang", "afventer_borger", "gennemfoert", "afbrudt"],
  gennemfoert: [],
  afbrudt: [],
};

export function overgangTilladt(fra: JobplanStatus, til: JobplanStatus): boolean {
  return fra === til || STATUS_OVERGANGE[fra].includes(til);
}

export const PLAN_OFFENTLIGGJORT = "PLAN_OFFENTLIGGJORT";

const KOLONNER = [
  "id",
  "borger_id",
  "art",
  "titel",
  "beskrivelse",
  "status",
  "aftalt_med_borger",
  "start",
  "slut",
] as const;

export interface NytPunkt {
  /** the idempotency key: a retry with the same key gets the same row */
  id: string;
  art: "maal" | "aktivitet";
  titel: string;
  beskrivelse: string | null;
  status: JobplanStatus;
  aftaltMedBorger: boolean;
  start: string | null;
  slut: string | null;
}

export interface PunktAendring {
  status?: JobplanStatus;
  titel?: string;
  beskrivelse?: string | null;
  aftaltMedBorger?: boolean;
  start?: string | null;
  slut?: string | null;
}

/** Adds an item to the citizen's plan; the id is the idempotency key. Answers the row (null: the id is someone else's). */
export async function opretPunkt(tx: Tx, access: CitizenAccess, p: NytPunkt, now: Date) {
  await tx
    .insertInto("jobplan_punkt")
    .values({
      id: p.id,
      kommunekode: access.kommunekode,
      borger_id: access.borgerId,
      art: p.art,
      titel: p.titel,
      beskrivelse: p.beskrivelse,
      status: p.status,
      aftalt_med_borger: p.aftaltMedBorger,
      start: p.start,
      slut: p.slut,
      opdateret: now,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  return punkt(tx, access, p.id);
}

/** One item of the citizen's plan, or undefined if the citizen has no such item. */
export async function punkt(tx: Tx, access: CitizenAccess, id: string) {
  return tx
    .selectFrom("jobplan_punkt")
    .select([...KOLONNER])
    .where("id", "=", id)
    .where("borger_id", "=", access.borgerId)
    .executeTakeFirst();
}

export async function aendrPunkt(tx: Tx, access: CitizenAccess, id: string, a: PunktAendring, now: Date) {
  return tx
    .updateTable("jobplan_punkt")
    .set({
      ...(a.status !== undefined ? { status: a.status } : {}),
      ...(a.titel !== undefined ? { titel: a.titel } : {}),
      ...(a.beskrivelse !== undefined ? { beskrivelse: a.beskrivelse } : {}),
      ...(a.aftaltMedBorger !== undefined ? { aftalt_med_borger: a.aftaltMedBorger } : {}),
      ...(a.start !== undefined ? { start: a.start } : {}),
      ...(a.slut !== undefined ? { slut: a.slut } : {}),
      opdateret: now,
    })
    .where("id", "=", id)
    .where("borger_id", "=", access.borgerId)
    .returning([...KOLONNER])
    .executeTakeFirstOrThrow();
}

/**
 * Records that the plan was published to the citizen on `dato`. Once a day: a second publication the same day
 * answers the event already recorded.
 */
export async function offentliggoerPlan(
  tx: Tx,
  access: CitizenAccess,
  opts: { id: string; dato: string; af: string },
  now: Date,
) {
  // Two publications at the same moment wait for each other, so the second sees the first.
  await sql`select pg_advisory_xact_lock(hashtext(${`jobplan:${access.borgerId}`}))`.execute(tx);
  const existing = await offentliggjort(tx, access, opts.dato);
  if (existing) return { haendelse: existing, ny: false };
  await tx
    .insertInto("sag_haendelse")
    .values({
      id: opts.id,
      kommunekode: access.kommunekode,
      borger_id: access.borgerId,
      type: PLAN_OFFENTLIGGJORT,
      dato: opts.dato,
      beskrivelse: "Min plan offentliggjort for borgeren",
      registreret: now,
      registreret_af: opts.af,
    })
    .execute();
  return { haendelse: (await offentliggjort(tx, access, opts.dato))!, ny: true };
}

async function offentliggjort(tx: Tx, access: CitizenAccess, dato: string) {
  return tx
    .selectFrom("sag_haendelse")
    .select(["id", "dato", "beskrivelse", "registreret"])
    .where("borger_id", "=", access.borgerId)
    .where("type", "=", PLAN_OFFENTLIGGJORT)
    .where("dato", "=", dato)
    .orderBy("registreret")
    .executeTakeFirst();
}
