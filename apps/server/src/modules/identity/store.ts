import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { CprVault } from "../../platform/crypto/cpr-vault.ts";
import type { DB } from "../../platform/db/schema.ts";

/**
 * Who a login is. These look-ups run before the municipality is known, so they are the few queries that read
 * `bruger` across municipalities (as the owner); each returns one user or nothing.
 */
export interface LoginUser {
  id: string;
  kommunekode: string;
  rolle: string;
  navn: string;
}

export async function findUserBySubject(
  db: Kysely<DB>,
  issuer: string,
  subject: string,
): Promise<LoginUser | undefined> {
  return db
    .selectFrom("bruger")
    .select(["id", "kommunekode", "rolle", "navn"])
    .where("idp_issuer", "=", issuer)
    .where("idp_subject", "=", subject)
    .where("aktiv", "=", true)
    .executeTakeFirst();
}

/** A citizen from NemLog-in is known by CPR number (through its keyed hash); the user is created on first login. */
export async function findOrCreateCitizenUser(
  db: Kysely<DB>,
  vault: CprVault,
  cpr: string,
  issuer: string,
): Promise<LoginUser | undefined> {
  const borger = await db
    .selectFrom("borger")
    .select(["id", "kommunekode", "fornavn", "efternavn"])
    .where("cpr_hash", "=", vault.hash(cpr))
    .executeTakeFirst();
  if (!borger) return undefined;
  const existing = await db
    .selectFrom("bruger")
    .select(["id", "kommunekode", "rolle", "navn"])
    .where("borger_id", "=", borger.id)
    .where("aktiv", "=", true)
    .executeTakeFirst();
  if (existing) return existing;
  const user = {
    id: randomUUID(),
    kommunekode: borger.kommunekode,
    rolle: "borger",
    navn: `${borger.fornavn} ${borger.efternavn}`,
  };
  await db
    .insertInto("bruger")
    .values({ ...user, idp_issuer: issuer, idp_subject: `borger:${borger.id}`, borger_id: borger.id })
    .onConflict((oc) => oc.columns(["idp_issuer", "idp_subject"]).doNothing())
    .execute();
  return findUserBySubject(db, issuer, `borger:${borger.id}`);
}

/**
 * An employee from MitID Erhverv is known by their persistent professional id. The first time such a person logs in
 * on behalf of a CVR number the municipality knows, they get a user bound to it: an employer user for a company
 * (virksomhed), or a provider user for a course provider (leverandør) when they came through the provider portal.
 */
export async function findOrCreateBusinessUser(
  db: Kysely<DB>,
  identity: { cvr: string; subject: string; name: string },
  issuer: string,
  as: "virksomhed" | "leverandoer",
): Promise<LoginUser | undefined> {
  const known = await findUserBySubject(db, issuer, identity.subject);
  if (known) return known;
  const binding =
    as === "virksomhed"
      ? await db
          .selectFrom("virksomhed")
          .select(["kommunekode", "cvr", (eb) => eb.val<string | null>(null).as("leverandoer_id")])
          .where("cvr", "=", identity.cvr)
          .orderBy("kommunekode")
          .executeTakeFirst()
      : await db
          .selectFrom("leverandoer")
          .select(["kommunekode", (eb) => eb.val<string | null>(null).as("cvr"), "id as leverandoer_id"])
          .where("cvr", "=", identity.cvr)
          .orderBy("kommunekode")
          .executeTakeFirst();
  if (!binding) return undefined;
  await db
    .insertInto("bruger")
    .values({
      id: randomUUID(),
      kommunekode: binding.kommunekode,
      rolle: as,
      navn: identity.name,
      idp_issuer: issuer,
      idp_subject: identity.subject,
      cvr: binding.cvr,
      leverandoer_id: binding.leverandoer_id,
    })
    .onConflict((oc) => oc.columns(["idp_issuer", "idp_subject"]).doNothing())
    .execute();
  return findUserBySubject(db, issuer, identity.subject);
}
