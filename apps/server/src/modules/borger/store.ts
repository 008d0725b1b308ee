import type { CitizenAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";

/**
 * The citizen's personal data. Every function that returns a named citizen's data takes a CitizenAccess, which
 * only the audited access path can create; lists return ids and names for the caller to audit before showing.
 */
export const citizenColumns = [
  "borger.id",
  "borger.fornavn",
  "borger.efternavn",
  "borger.foedselsdato",
  "borger.koen",
  "borger.maalgruppe",
  "borger.postnr",
  "borger.ydelse_start",
] as const;

export async function citizenDetails(tx: Tx, access: CitizenAccess) {
  return tx
    .selectFrom("borger")
    .leftJoin("bruger as sb", "sb.id", "borger.sagsbehandler_id")
    .leftJoin("postnummer", (j) =>
      j.onRef("postnummer.postnr", "=", "borger.postnr").onRef("postnummer.kommunekode", "=", "borger.kommunekode"),
    )
    .select([
      ...citizenColumns,
      "borger.cpr_krypteret",
      "borger.cpr_noegle_id",
      "borger.adresse",
      "borger.telefon",
      "borger.email",
      "borger.uddannelse",
      "postnummer.bynavn",
      "sb.navn as sagsbehandler_navn",
      "sb.team as sagsbehandler_team",
    ])
    .where("borger.id", "=", access.borgerId)
    .executeTakeFirst();
}

export type CitizenListRow = Awaited<ReturnType<typeof searchCitizens>>[number];

export async function searchCitizens(tx: Tx, q: { cprHash?: string; navn?: string }, limit = 25) {
  let query = tx
    .selectFrom("borger")
    .leftJoin("postnummer", (j) =>
      j.onRef("postnummer.postnr", "=", "borger.postnr").onRef("postnummer.kommunekode", "=", "borger.kommunekode"),
    )
    .select([...citizenColumns, "postnummer.bynavn"])
    .limit(limit);
  if (q.cprHash) query = query.where("borger.cpr_hash", "=", q.cprHash);
  if (q.navn) {
    const like = `%${q.navn.replace(/[%_\\]/g, "\\$&")}%`;
    query = query
      .where((eb) =>
        eb.or([
          eb(eb.fn("concat_ws", [eb.val(" "), eb.ref("borger.fornavn"), eb.ref("borger.efternavn")]), "ilike", like),
          eb(
            eb.fn("word_similarity", [
              eb.val(q.navn),
              eb.fn("concat_ws", [eb.val(" "), eb.ref("borger.fornavn"), eb.ref("borger.efternavn")]),
            ]),
            ">",
            0.5,
          ),
        ]),
      )
      .orderBy("borger.efternavn");
  }
  return query.execute();
}
