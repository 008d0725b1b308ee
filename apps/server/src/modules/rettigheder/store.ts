/**
 * The rights and duties review's SQL: which versions a citizen has confirmed, and the confirmation itself (one per
 * citizen, review and version, however often it is sent). The texts are data (tekster.json, model.ts).
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { CitizenAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { danishDate } from "../../platform/time.ts";
import { bekraeftelsesStatus, GENNEMGANGE, type Gennemgang, gennemgangFor, versionPaa } from "./model.ts";

export interface Bekraeftelse {
  gennemgangId: string;
  version: string;
  bekraeftet: Date;
}

/** The citizen's confirmations of a review, newest first. */
export async function bekraeftelser(tx: Tx, access: CitizenAccess, gennemgangId: string): Promise<Bekraeftelse[]> {
  const rows = await tx
    .selectFrom("rettighed_bekraeftelse")
    .select(["gennemgang_id", "version", "bekraeftet"])
    .where("borger_id", "=", access.borgerId)
    .where("gennemgang_id", "=", gennemgangId)
    .orderBy("bekraeftet", "desc")
    .execute();
  return rows.map((r) => ({ gennemgangId: r.gennemgang_id, version: r.version, bekraeftet: new Date(r.bekraeftet) }));
}

/**
 * The review for the citizen's target group with the version in force today, and whether that version is confirmed
 * (the latest confirmation and its version, too). `gennemgang` is null for a target group without a review.
 */
export async function rettighedsOverblik(tx: Tx, access: CitizenAccess, now: Date, alle: Gennemgang[] = GENNEMGANGE) {
  const borger = await tx
    .selectFrom("borger")
    .select("maalgruppe")
    .where("id", "=", access.borgerId)
    .executeTakeFirst();
  if (!borger) throw new AppError("CITIZEN_NOT_FOUND");
  const g = gennemgangFor(alle, borger.maalgruppe);
  const v = g ? versionPaa(g, danishDate(now)) : null;
  if (!g || !v) return { maalgruppe: borger.maalgruppe, gennemgang: null, version: null, status: null, seneste: null };
  const liste = await bekraeftelser(tx, access, g.id);
  return {
    maalgruppe: borger.maalgruppe,
    gennemgang: { id: g.id, titel: g.titel },
    version: v,
    status: bekraeftelsesStatus(
      v.gyldigFra,
      liste.map((b) => b.version),
    ),
    seneste: liste[0] ?? null,
    /** the confirmation of the version in force, if there is one */
    iKraftBekraeftet: liste.find((b) => b.version === v.gyldigFra) ?? null,
  };
}

/**
 * Records that the citizen has read the version in force today. The version the citizen read is sent along: when a
 * newer one came into force in the meantime, nothing is recorded and the citizen is asked to read it. A second
 * confirmation of the same version (a double click, a retry, another key) answers the first record.
 */
export async function bekraeft(
  tx: Tx,
  access: CitizenAccess,
  input: { gennemgangId: string; version: string; idempotens: string },
  now: Date,
  alle: Gennemgang[] = GENNEMGANGE,
): Promise<Bekraeftelse> {
  const borger = await tx
    .selectFrom("borger")
    .select("maalgruppe")
    .where("id", "=", access.borgerId)
    .executeTakeFirstOrThrow();
  const g = gennemgangFor(alle, borger.maalgruppe);
  if (!g || g.id !== input.gennemgangId) throw new AppError("NOT_FOUND");
  const v = versionPaa(g, danishDate(now));
  if (v?.gyldigFra !== input.version)
    throw new AppError("VALIDATION_FAILED", [
      {
        path: "body.version",
        message: "Der er kommet en ny version af dine rettigheder og pligter. Læs den nye version, før du bekræfter.",
      },
    ]);
  await tx
    .insertInto("rettighed_bekraeftelse")
    .values({
      id: randomUUID(),
      kommunekode: sql<string>`current_kommunekode()`,
      borger_id: access.borgerId,
      gennemgang_id: g.id,
      version: v.gyldigFra,
      bekraeftet: now,
      idempotens: input.idempotens,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const row = await tx
    .selectFrom("rettighed_bekraeftelse")
    .select(["gennemgang_id", "version", "bekraeftet"])
    .where("borger_id", "=", access.borgerId)
    .where("gennemgang_id", "=", g.id)
    .where("version", "=", v.gyldigFra)
    .executeTakeFirst();
  if (!row)
    // the key was used for something else: the insert did nothing and there is no confirmation of this version
    throw new AppError("VALIDATION_FAILED", [
      { path: "body.idempotensnoegle", message: "Nøglen er allerede brugt til noget andet. Prøv igen." },
    ]);
  return { gennemgangId: row.gennemgang_id, version: row.version, bekraeftet: new Date(row.bekraeftet) };
}
