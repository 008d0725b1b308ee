import { AppError } from "../../platform/http/errors.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { fortolkSoegning, fremhaevning } from "./soegeudtryk.ts";
import { borgerFindes, soeg, soegNavne } from "./store.ts";

export interface SoegeValg {
  q: string;
  borgerId?: string;
  type?: "notat" | "dokument";
  fra?: string;
  til?: string;
  side: number;
}

export const HITS_PER_SIDE = 20;

/**
 * Danish full-text search in journal notes and documents, in one case or in all the municipality's cases, with the
 * citizens whose names resemble the query (typos tolerated) when searching across cases. The caller audits the
 * citizens shown. A year in the query ("lægeerklæring 2025") limits the dates unless dates are given.
 */
export async function soegISager(tx: Tx, valg: SoegeValg, today: string) {
  const u = fortolkSoegning(valg.q);
  if ("fejl" in u) throw new AppError(u.fejl, [{ path: "body.q", message: "" }]);
  if (valg.borgerId && !(await borgerFindes(tx, valg.borgerId))) throw new AppError("CITIZEN_NOT_FOUND");
  const hits = await soeg(tx, {
    tsquery: u.tsquery,
    fremhaev: fremhaevning(u.ord),
    idag: today,
    fra: valg.fra ?? (u.aar ? `${u.aar}-01-01` : undefined),
    til: valg.til ?? (u.aar ? `${u.aar}-12-31` : undefined),
    type: valg.type,
    borgerId: valg.borgerId,
    limit: HITS_PER_SIDE,
    offset: (valg.side - 1) * HITS_PER_SIDE,
  });
  const navne = valg.borgerId || u.ord.length === 0 ? [] : await soegNavne(tx, valg.q);
  return { udtryk: u, hits, navne };
}
