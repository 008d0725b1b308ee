/**
 * Min side's SQL: the companion grants (bisidder_adgang) and their sessions. Functions that act on a named citizen's
 * grants take a CitizenAccess; the companion's own look-ups go by the hash of the link's token inside the token's
 * municipality (row-level security applies).
 */
import { timingSafeEqual } from "node:crypto";
import type { CitizenAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { BISIDDER_MAKS_FORKERTE, bisidderStatus, hashAf, sessionUdloeber } from "./model.ts";

const KOLONNER = [
  "id",
  "kommunekode",
  "borger_id",
  "navn",
  "kode_udstedt",
  "kode_brugt",
  "forkerte_forsoeg",
  "laast",
  "oprettet",
  "gyldig_til",
  "tilbagekaldt",
  "sidst_brugt",
] as const;

export type AdgangRaekke = NonNullable<Awaited<ReturnType<typeof adgang>>>;

export interface NyAdgang {
  id: string;
  navn: string;
  gyldigTil: Date;
  tokenHash: string;
  kodeHash: string;
  idempotens: string;
}

/**
 * Creates a grant once per idempotency key: a retry (or a concurrent double submit) answers the first row, with
 * `ny: false`, so the caller knows not to show a link and code that were never stored.
 */
export async function opretAdgang(tx: Tx, access: CitizenAccess, a: NyAdgang, now: Date) {
  const inserted = await tx
    .insertInto("bisidder_adgang")
    .values({
      id: a.id,
      kommunekode: access.kommunekode,
      borger_id: access.borgerId,
      navn: a.navn,
      token_hash: a.tokenHash,
      kode_hash: a.kodeHash,
      kode_udstedt: now,
      oprettet: now,
      gyldig_til: a.gyldigTil,
      idempotens: a.idempotens,
    })
    .onConflict((oc) => oc.columns(["kommunekode", "idempotens"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  const row = await tx
    .selectFrom("bisidder_adgang")
    .select([...KOLONNER])
    .where("idempotens", "=", a.idempotens)
    .where("borger_id", "=", access.borgerId)
    .executeTakeFirst();
  // the key was used by another citizen of the municipality: not this citizen's grant
  return row ? { adgang: row, ny: inserted !== undefined } : undefined;
}

/** The citizen's grants, newest first. */
export async function adgangeFor(tx: Tx, access: CitizenAccess) {
  return tx
    .selectFrom("bisidder_adgang")
    .select([...KOLONNER])
    .where("borger_id", "=", access.borgerId)
    .orderBy("oprettet", "desc")
    .execute();
}

/** One of the citizen's grants, or undefined. */
export async function adgang(tx: Tx, access: CitizenAccess, id: string) {
  return tx
    .selectFrom("bisidder_adgang")
    .select([...KOLONNER])
    .where("id", "=", id)
    .where("borger_id", "=", access.borgerId)
    .executeTakeFirst();
}

/** Revokes a grant and ends its sessions. Revoking a revoked grant changes nothing. */
export async function tilbagekald(tx: Tx, access: CitizenAccess, id: string, now: Date) {
  if (!(await adgang(tx, access, id))) return undefined;
  await tx
    .updateTable("bisidder_adgang")
    .set({ tilbagekaldt: now })
    .where("id", "=", id)
    .where("borger_id", "=", access.borgerId)
    .where("tilbagekaldt", "is", null)
    .execute();
  await tx
    .updateTable("bisidder_session")
    .set({ afsluttet: now })
    .where("adgang_id", "=", id)
    .where("afsluttet", "is", null)
    .execute();
  return adgang(tx, access, id);
}

/** A new one-time code for an open grant: the old code stops working, and a lock from wrong codes is lifted. */
export async function fornyKode(tx: Tx, access: CitizenAccess, id: string, kodeHash: string, now: Date) {
  return tx
    .updateTable("bisidder_adgang")
    .set({ kode_hash: kodeHash, kode_udstedt: now, kode_brugt: null, forkerte_forsoeg: 0, laast: null })
    .where("id", "=", id)
    .where("borger_id", "=", access.borgerId)
    .returning([...KOLONNER])
    .executeTakeFirst();
}

// ------------------------------------------------------------------------------------------------ the companion

/** The grant a link's token names, in the transaction's municipality. */
export async function adgangForToken(tx: Tx, token: string) {
  return tx
    .selectFrom("bisidder_adgang")
    .select([...KOLONNER])
    .where("token_hash", "=", hashAf(token))
    .executeTakeFirst();
}

const sammeHash = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export type Indloesning =
  | { udfald: "ok"; adgang: AdgangRaekke; sessionId: string; udloeber: Date }
  | { udfald: "forkert"; tilbage: number }
  | { udfald: "lukket"; adgang: AdgangRaekke };

/**
 * Redeems the one-time code of the grant `adgangId` (locked for the change, so two tries at once are taken in turn):
 * the right code on an open grant whose code is unused starts a session; a wrong one counts, and the last allowed
 * wrong one locks the grant. Answers the outcome (the caller commits it before it refuses: a wrong try must count).
 */
export async function indloesKode(
  tx: Tx,
  adgangId: string,
  kode: string,
  session: { id: string; noegle: string },
  now: Date,
): Promise<Indloesning> {
  const a = await tx
    .selectFrom("bisidder_adgang")
    .select([...KOLONNER, "kode_hash"])
    .where("id", "=", adgangId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const status = bisidderStatus(a, now);
  if (status !== "afventer") return { udfald: "lukket", adgang: a };
  if (!sammeHash(hashAf(kode), a.kode_hash)) {
    const forkerte = a.forkerte_forsoeg + 1;
    await tx
      .updateTable("bisidder_adgang")
      .set({ forkerte_forsoeg: forkerte, ...(forkerte >= BISIDDER_MAKS_FORKERTE ? { laast: now } : {}) })
      .where("id", "=", a.id)
      .execute();
    return { udfald: "forkert", tilbage: Math.max(0, BISIDDER_MAKS_FORKERTE - forkerte) };
  }
  const udloeber = sessionUdloeber(now, a.gyldig_til);
  await tx
    .updateTable("bisidder_adgang")
    .set({ kode_brugt: now, forkerte_forsoeg: 0, sidst_brugt: now })
    .where("id", "=", a.id)
    .execute();
  await tx
    .insertInto("bisidder_session")
    .values({
      id: session.id,
      kommunekode: a.kommunekode,
      adgang_id: a.id,
      id_hash: hashAf(session.noegle),
      oprettet: now,
      udloeber,
    })
    .execute();
  return { udfald: "ok", adgang: { ...a, kode_brugt: now, sidst_brugt: now }, sessionId: session.id, udloeber };
}

/** The live session of grant `adgangId` that the cookie's key names, if any. */
export async function aktivSession(tx: Tx, adgangId: string, noegle: string, now: Date) {
  return tx
    .selectFrom("bisidder_session")
    .select(["id", "udloeber"])
    .where("id_hash", "=", hashAf(noegle))
    .where("adgang_id", "=", adgangId)
    .where("afsluttet", "is", null)
    .where("udloeber", ">", now)
    .executeTakeFirst();
}

export async function afslutSession(tx: Tx, adgangId: string, noegle: string, now: Date) {
  await tx
    .updateTable("bisidder_session")
    .set({ afsluttet: now })
    .where("id_hash", "=", hashAf(noegle))
    .where("adgang_id", "=", adgangId)
    .where("afsluttet", "is", null)
    .execute();
}

export async function markerBrugt(tx: Tx, adgangId: string, now: Date) {
  await tx.updateTable("bisidder_adgang").set({ sidst_brugt: now }).where("id", "=", adgangId).execute();
}
