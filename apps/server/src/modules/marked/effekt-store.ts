/**
 * Keeps the measured effect of the municipality's offers (`udbud_effekt`) up to date: reads what the effect method
 * (effekt.ts) needs in three queries (the citizens' recorded target groups, their benefit events, every enrolment),
 * computes, and replaces the municipality's rows in the same transaction, so a reader sees either the old figures or
 * the new ones, never a mix. The new rows' `beregnet` is `now`, or a millisecond after the replaced rows' when that is
 * later (a recomputation within the same millisecond, or a clock set back): it versions the rows. Runs in the municipality's tenant transaction (withTenant): row-level security limits
 * every read to the municipality, and the rows written carry its code.
 */
import type { Tx } from "../../platform/db/tenant.ts";
import { danishDate } from "../../platform/time.ts";
import { dagFraIso } from "../regler/kalender.ts";
import { utcTilLokal } from "../samtale/tider.ts";
import { beregnEffekter, type EffektRaekke } from "./effekt.ts";

/** Rows per INSERT statement (12 columns: well below PostgreSQL's 65,535 parameters). */
const BATCH = 1000;

export interface LagretEffekt extends EffektRaekke {
  beregnet: Date;
}

/**
 * Recomputes the effect of every offer of the municipality as of `now` and replaces its `udbud_effekt` rows.
 * Answers how many (offer, target group) rows were written.
 */
export async function genberegnEffekter(tx: Tx, kommunekode: string, now: Date): Promise<{ raekker: number }> {
  const idag = dagFraIso(danishDate(now));
  const borgere = await tx.selectFrom("borger").select(["id", "maalgruppe"]).execute();
  const haendelser = await tx
    .selectFrom("sag_haendelse")
    .select(["borger_id", "type", "dato", "maalgruppe", "art"])
    .where("type", "in", ["YDELSE_START", "YDELSE_OPHOER"])
    .orderBy("borger_id")
    .orderBy("dato")
    .orderBy("registreret")
    .execute();
  const tilmeldinger = await tx
    .selectFrom("tilmelding")
    .select(["udbud_id", "borger_id", "status", "afsluttet"])
    .execute();

  const raekker = beregnEffekter({
    idag,
    borgere,
    haendelser: haendelser.map((h) => ({
      borgerId: h.borger_id,
      type: h.type,
      dag: dagFraIso(h.dato),
      maalgruppe: h.maalgruppe,
      art: h.art,
    })),
    tilmeldinger: tilmeldinger.map((t) => ({
      udbudId: t.udbud_id,
      borgerId: t.borger_id,
      // the completion day is the Danish calendar day of the completion
      gennemfoertDag:
        t.status === "gennemfoert" && t.afsluttet ? utcTilLokal(new Date(t.afsluttet).getTime()).dag : null,
    })),
  });

  // `beregnet` is later than that of any rows replaced (by a millisecond when recomputed within the same one): the
  // rows' number and latest `beregnet` are the version stamp the suggestions' cache relies on (forslag-store.ts).
  const foer = await tx
    .selectFrom("udbud_effekt")
    .select((eb) => eb.fn.max("beregnet").as("beregnet"))
    .where("kommunekode", "=", kommunekode)
    .executeTakeFirst();
  const sidst = foer?.beregnet ? new Date(foer.beregnet).getTime() : Number.NEGATIVE_INFINITY;
  const beregnet = new Date(Math.max(now.getTime(), sidst + 1));
  await tx.deleteFrom("udbud_effekt").where("kommunekode", "=", kommunekode).execute();
  for (let i = 0; i < raekker.length; i += BATCH) {
    await tx
      .insertInto("udbud_effekt")
      .values(raekker.slice(i, i + BATCH).map((r) => ({ ...r, kommunekode, beregnet })))
      .execute();
  }
  return { raekker: raekker.length };
}

/** The stored effect rows of the municipality, or of the given offers; sorted by offer and target group. */
export async function laesEffekter(tx: Tx, udbudIds?: readonly string[]): Promise<LagretEffekt[]> {
  if (udbudIds && udbudIds.length === 0) return [];
  let q = tx
    .selectFrom("udbud_effekt")
    .select([
      "udbud_id",
      "maalgruppe",
      "beregnet",
      "gennemfoert",
      "i_arbejde_13",
      "observeret_13",
      "i_arbejde_26",
      "observeret_26",
      "kontrol_andel_13",
      "kontrol_andel_26",
      "kontrol_antal",
    ])
    .orderBy("udbud_id")
    .orderBy("maalgruppe");
  if (udbudIds) q = q.where("udbud_id", "in", [...udbudIds]);
  return q.execute();
}
