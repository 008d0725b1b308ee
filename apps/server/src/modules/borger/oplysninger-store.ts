/**
 * The SQL of the citizen's verification of their own details (docs/dialog.md): the current value of each group, the
 * history of confirmations and corrections, and the caseworker's handling of a flagged correction.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { notificer } from "../samtale/store.ts";
import { GRUPPER, type Gruppe, type GruppeData, STRAKS, sammeVaerdi } from "./oplysninger.ts";

const GRUPPE_NAVN: Record<Gruppe, string> = {
  kontakt: "kontaktoplysninger",
  uddannelse: "uddannelse",
  koerekort: "kørekort",
  boern: "børn",
  sprog: "sprog",
};

/** Each group's value as the jobcentre has it now; null where nothing is registered. */
export async function nuvaerende(tx: Tx, borgerId: string): Promise<{ [G in Gruppe]: GruppeData[G] | null }> {
  const b = await tx
    .selectFrom("borger")
    .select(["telefon", "email", "uddannelse"])
    .where("id", "=", borgerId)
    .executeTakeFirst();
  if (!b) throw new AppError("CITIZEN_NOT_FOUND");
  const rows = await tx
    .selectFrom("borger_oplysning")
    .select(["gruppe", "data"])
    .where("borger_id", "=", borgerId)
    .execute();
  const af = <G extends Gruppe>(g: G) => (rows.find((r) => r.gruppe === g)?.data ?? null) as GruppeData[G] | null;
  return {
    kontakt: { telefon: b.telefon, email: b.email },
    uddannelse: af("uddannelse") ?? { niveau: b.uddannelse as GruppeData["uddannelse"]["niveau"], tekst: "" },
    koerekort: af("koerekort"),
    boern: af("boern"),
    sprog: af("sprog"),
  };
}

/**
 * Writes a group's value where the jobcentre keeps it (contact details and education also in `borger`): a correction
 * that applies, or the jobcentre's own registration (e.g. from the first conversation).
 */
export async function registrerOplysning<G extends Gruppe>(
  tx: Tx,
  borgerId: string,
  gruppe: G,
  data: GruppeData[G],
  now: Date,
) {
  if (gruppe === "kontakt") {
    const k = data as GruppeData["kontakt"];
    await tx.updateTable("borger").set({ telefon: k.telefon, email: k.email }).where("id", "=", borgerId).execute();
    return;
  }
  if (gruppe === "uddannelse")
    await tx
      .updateTable("borger")
      .set({ uddannelse: (data as GruppeData["uddannelse"]).niveau })
      .where("id", "=", borgerId)
      .execute();
  await tx
    .insertInto("borger_oplysning")
    .values({
      kommunekode: sql<string>`current_kommunekode()`,
      borger_id: borgerId,
      gruppe,
      data: JSON.stringify(data),
      opdateret: now,
    })
    .onConflict((oc) => oc.columns(["borger_id", "gruppe"]).doUpdateSet({ data: JSON.stringify(data), opdateret: now }))
    .execute();
}

export interface NyIndberetning<G extends Gruppe = Gruppe> {
  /** a fixed id (the demo's); a new one otherwise */
  id?: string;
  borgerId: string;
  gruppe: G;
  handling: "bekraeftet" | "rettet";
  /** the corrected value (for "rettet") */
  data?: GruppeData[G];
  idempotens: string;
}

const indberetningKolonner = [
  "id",
  "borger_id",
  "gruppe",
  "handling",
  "data",
  "tidligere",
  "straks",
  "oprettet",
  "behandlet",
  "behandlet_navn",
  "udfald",
  "bemaerkning",
] as const;

/**
 * A confirmation or a correction, exactly once per key (the insert comes first, so a concurrent double submit waits
 * on the unique index and then finds the first). A correction to the value already registered is recorded as a
 * confirmation. A correction the citizen decides takes effect at once; one the caseworker decides waits (and replaces
 * an earlier one of the same group that still waits). The caseworker is notified of every correction.
 */
export async function indberet(tx: Tx, n: NyIndberetning, now: Date) {
  const nu = await nuvaerende(tx, n.borgerId);
  const tidligere = nu[n.gruppe];
  const rettet = n.handling === "rettet" && n.data !== undefined && !sammeVaerdi(n.data, tidligere);
  const data = rettet ? n.data! : tidligere;
  const straks = STRAKS[n.gruppe];
  const id = n.id ?? randomUUID();
  const inserted = await tx
    .insertInto("oplysning_indberetning")
    .values({
      id,
      kommunekode: sql<string>`current_kommunekode()`,
      borger_id: n.borgerId,
      gruppe: n.gruppe,
      handling: rettet ? "rettet" : "bekraeftet",
      data: JSON.stringify(data ?? {}),
      tidligere: JSON.stringify(tidligere ?? {}),
      straks: rettet ? straks : true,
      oprettet: now,
      idempotens: n.idempotens,
    })
    .onConflict((oc) => oc.columns(["kommunekode", "idempotens"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!inserted) {
    const eks = await tx
      .selectFrom("oplysning_indberetning")
      .select(indberetningKolonner)
      .where("idempotens", "=", n.idempotens)
      .executeTakeFirstOrThrow();
    if (eks.borger_id !== n.borgerId || eks.gruppe !== n.gruppe) throw new AppError("IDEMPOTENS_KONFLIKT");
    return eks;
  }
  if (rettet) {
    if (straks) await registrerOplysning(tx, n.borgerId, n.gruppe, data!, now);
    else
      await tx
        .updateTable("oplysning_indberetning")
        .set({ behandlet: now, udfald: "afvist", bemaerkning: "Erstattet af en nyere rettelse fra borgeren." })
        .where("borger_id", "=", n.borgerId)
        .where("gruppe", "=", n.gruppe)
        .where("handling", "=", "rettet")
        .where("behandlet", "is", null)
        .where("id", "!=", id)
        .execute();
    const b = await tx
      .selectFrom("borger")
      .select(["fornavn", "efternavn", "sagsbehandler_id"])
      .where("id", "=", n.borgerId)
      .executeTakeFirstOrThrow();
    if (b.sagsbehandler_id)
      await notificer(
        tx,
        {
          id: randomUUID(),
          medarbejderId: b.sagsbehandler_id,
          art: "oplysning_rettet",
          tekst: `${b.fornavn} ${b.efternavn} har rettet sine oplysninger om ${GRUPPE_NAVN[n.gruppe]}${
            straks ? "" : " (afventer din behandling)"
          }`,
          borgerId: n.borgerId,
        },
        now,
      );
  }
  return tx
    .selectFrom("oplysning_indberetning")
    .select(indberetningKolonner)
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

export type Indberetning = Awaited<ReturnType<typeof indberet>>;

/** The citizen's confirmations and corrections, newest first (the whole history is kept). */
export async function historik(tx: Tx, borgerId: string) {
  return tx
    .selectFrom("oplysning_indberetning")
    .select(indberetningKolonner)
    .where("borger_id", "=", borgerId)
    .orderBy("nr", "desc")
    .execute();
}

/**
 * The caseworker handles a flagged correction: one that took effect at once is only marked as handled; one that
 * waits is approved (and then applied) or declined with a note the citizen sees. Handling twice changes nothing.
 */
export async function behandl(
  tx: Tx,
  id: string,
  b: { udfald: "godkendt" | "afvist"; bemaerkning: string | null },
  aktoer: { id: string; navn: string },
  now: Date,
) {
  const r = await tx
    .selectFrom("oplysning_indberetning")
    .select(indberetningKolonner)
    .where("id", "=", id)
    .where("handling", "=", "rettet")
    .forUpdate()
    .executeTakeFirst();
  if (!r) throw new AppError("NOT_FOUND");
  if (r.behandlet) return r;
  if (r.straks && b.udfald === "afvist")
    throw new AppError("VALIDATION_FAILED", [
      {
        path: "body.udfald",
        message: "Borgeren bestemmer selv disse oplysninger. Markér rettelsen som behandlet, og kontakt borgeren.",
      },
    ]);
  if (!r.straks && b.udfald === "godkendt")
    await registrerOplysning(tx, r.borger_id, r.gruppe as Gruppe, r.data as GruppeData[Gruppe], now);
  await tx
    .updateTable("oplysning_indberetning")
    .set({
      behandlet: now,
      behandlet_af: aktoer.id,
      behandlet_navn: aktoer.navn,
      udfald: b.udfald,
      bemaerkning: b.bemaerkning,
    })
    .where("id", "=", id)
    .execute();
  return { ...r, behandlet: now, behandlet_navn: aktoer.navn, udfald: b.udfald, bemaerkning: b.bemaerkning };
}

/** The caseworker's own citizens with corrections not yet handled (for the inbox). */
export async function rettelserTilBehandling(tx: Tx, medarbejderId: string) {
  return tx
    .selectFrom("oplysning_indberetning as i")
    .innerJoin("borger as b", "b.id", "i.borger_id")
    .select(["i.id", "i.borger_id", "i.gruppe", "i.straks", "i.oprettet", "b.fornavn", "b.efternavn"])
    .where("b.sagsbehandler_id", "=", medarbejderId)
    .where("i.handling", "=", "rettet")
    .where("i.behandlet", "is", null)
    .orderBy("i.oprettet")
    .execute();
}

export { GRUPPER };
