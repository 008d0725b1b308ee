import { sql } from "kysely";
import type { Role } from "#contracts/roles.ts";
import type { Tx } from "../db/tenant.ts";
import { startOfCopenhagenDay } from "../time.ts";
import { type AuditEntry, entryHash, GENESIS } from "./chain.ts";

/**
 * The one path to a citizen's personal data for staff. A store function that reads or writes a citizen's data takes
 * a `CitizenAccess`, and the only way to get one is `recordAccess`, which appends to the audit log in the same
 * transaction. A citizen reading their own data gets a grant without an entry (it is not an access by staff).
 */
declare const accessBrand: unique symbol;
export type CitizenAccess = { readonly borgerId: string; readonly kommunekode: string; readonly [accessBrand]: true };

export interface Actor {
  userId: string;
  name: string;
  role: Role;
  kommunekode: string;
  borgerId?: string | null;
}

export interface AccessRequest {
  borgerId: string;
  /** What was done, in Danish: "Læst stamdata", "Søgning", … */
  handling: string;
  /** Which data: "borger/stamdata", … */
  ressource: string;
  /** Why: the purpose the person gave or the task that needed it. */
  formaal: string;
}

export async function recordAccess(tx: Tx, actor: Actor, req: AccessRequest, now: Date): Promise<CitizenAccess> {
  if (actor.role === "borger") {
    if (actor.borgerId !== req.borgerId) throw new Error("en borger kan kun tilgå egne oplysninger");
    return { borgerId: req.borgerId, kommunekode: actor.kommunekode } as CitizenAccess;
  }
  await appendAudit(tx, [{ ...req, actor }], now);
  return { borgerId: req.borgerId, kommunekode: actor.kommunekode } as CitizenAccess;
}

/**
 * Several accesses at once (e.g. a list of search hits), one entry each, chained in order.
 * With `oncePerDay`, a citizen already logged today (Copenhagen time) by the same person with the same action is not
 * logged again: a caseworker who opens their caseload ten times a day shows up once that day in each citizen's log.
 */
export async function recordAccesses(
  tx: Tx,
  actor: Actor,
  reqs: AccessRequest[],
  now: Date,
  opts: { oncePerDay?: boolean } = {},
): Promise<CitizenAccess[]> {
  let toLog = actor.role === "borger" ? [] : reqs;
  if (opts.oncePerDay && toLog.length > 0) {
    const seen = await tx
      .selectFrom("adgangslog")
      .select(["borger_id", "handling"])
      .where("aktoer_id", "=", actor.userId)
      .where("tidspunkt", ">=", startOfCopenhagenDay(now))
      .where(
        "borger_id",
        "in",
        toLog.map((r) => r.borgerId),
      )
      .execute();
    const done = new Set(seen.map((r) => `${r.borger_id}|${r.handling}`));
    toLog = toLog.filter((r) => !done.has(`${r.borgerId}|${r.handling}`));
  }
  if (toLog.length > 0) {
    await appendAudit(
      tx,
      toLog.map((r) => ({ ...r, actor })),
      now,
    );
  }
  return reqs.map((r) => ({ borgerId: r.borgerId, kommunekode: actor.kommunekode }) as CitizenAccess);
}

async function appendAudit(
  tx: Tx,
  reqs: (AccessRequest & { actor: Omit<Actor, "role"> & { role: string } })[],
  now: Date,
): Promise<void> {
  const kommunekode = reqs[0]!.actor.kommunekode;
  // One writer per municipality's chain at a time; the lock is released at commit.
  await sql`select pg_advisory_xact_lock(hashtext(${`adgangslog:${kommunekode}`}))`.execute(tx);
  const last = await tx
    .selectFrom("adgangslog")
    .select("hash")
    .where("kommunekode", "=", kommunekode)
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  let prev = last?.hash ?? GENESIS;
  const rows = reqs.map((r) => {
    const entry: AuditEntry = {
      kommunekode,
      tidspunkt: now,
      aktoer_id: r.actor.userId,
      aktoer_navn: r.actor.name,
      aktoer_rolle: r.actor.role,
      borger_id: r.borgerId,
      handling: r.handling,
      ressource: r.ressource,
      formaal: r.formaal,
    };
    const hash = entryHash(prev, entry);
    const row = { ...entry, forrige_hash: prev, hash };
    prev = hash;
    return row;
  });
  await tx.insertInto("adgangslog").values(rows).execute();
}

/**
 * A companion (bisidder) reading with the citizen's own, time-limited grant: logged under the companion's name with the
 * role text "Bisidder" and the grant's id as actor id, so the citizen sees every use in their access log.
 */
export async function recordCompanionAccess(
  tx: Tx,
  companion: { grantId: string; name: string; kommunekode: string },
  req: AccessRequest,
  now: Date,
): Promise<CitizenAccess> {
  const actor = {
    userId: companion.grantId,
    name: companion.name,
    role: "Bisidder",
    kommunekode: companion.kommunekode,
  };
  await appendAudit(tx, [{ ...req, actor }], now);
  return { borgerId: req.borgerId, kommunekode: companion.kommunekode } as CitizenAccess;
}

/** The citizen's own view: every access staff made to their data, newest first. */
export async function accessesTo(tx: Tx, access: CitizenAccess, limit = 500) {
  return tx
    .selectFrom("adgangslog")
    .select(["id", "tidspunkt", "aktoer_navn", "aktoer_rolle", "handling", "ressource", "formaal"])
    .where("borger_id", "=", access.borgerId)
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}
