import { FORMAAL } from "#contracts/formaal.ts";
import { type Actor, recordAccesses } from "../../platform/audit/access.ts";
import { danishDate } from "../../platform/time.ts";
import { AppError } from "../../platform/http/errors.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { fortolkSoegning, fremhaevning } from "./soegeudtryk.ts";
import { dagFraIso, isoFraDag } from "../regler/kalender.ts";
import { borgerFindes, KANDIDATER, soeg, soegNavne } from "./store.ts";

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
 * citizens whose names resemble the query (typos tolerated) when searching across cases; every citizen shown is
 * logged as found by `actor`. A year in the query ("lægeerklæring 2025") limits the dates unless dates are given.
 */
export async function soegISager(tx: Tx, actor: Actor, valg: SoegeValg, now: Date) {
  const today = danishDate(now);
  const u = fortolkSoegning(valg.q);
  if ("fejl" in u) throw new AppError(u.fejl, [{ path: "body.q", message: "" }]);
  if (valg.borgerId && !(await borgerFindes(tx, valg.borgerId))) throw new AppError("CITIZEN_NOT_FOUND");
  const fra = valg.fra ?? (u.aar ? `${u.aar}-01-01` : undefined);
  const til = valg.til ?? (u.aar ? `${u.aar}-12-31` : undefined);
  const offset = (valg.side - 1) * HITS_PER_SIDE;
  const pass = (nyeste: boolean, start = fra) =>
    soeg(tx, {
      tsquery: u.tsquery,
      fremhaev: fremhaevning(u.ord),
      idag: today,
      fra: start,
      til,
      type: valg.type,
      borgerId: valg.borgerId,
      nyeste,
      limit: HITS_PER_SIDE,
      offset,
    });
  const antal = (h: Awaited<ReturnType<typeof pass>>) => (h.length ? Number(h[0]!.antal) : 0);
  // First every match, up to a cap: a rare word (or one case) is then ranked among all its matches. A common word
  // reaches the cap; it is then ranked among its newest matches, in windows widening back from the newest day asked
  // for until the page is full.
  let hits = await pass(false);
  let vindue: number | null = null;
  const capped = hits.some((h) => Number(h.antal_notat) > KANDIDATER || Number(h.antal_dokument) > KANDIDATER);
  if (capped) {
    const anker = til && til < today ? til : today;
    for (const v of SOEGEVINDUER) {
      vindue = v;
      const start = senesteAf(fra, plusDage(anker, -v + 1));
      hits = await pass(true, start);
      if (antal(hits) >= offset + HITS_PER_SIDE || start === fra) break;
    }
  }
  // Names with typos: only for a query that could be a name (one or two plain words), across cases.
  const mulighedForNavn = !valg.borgerId && /^\s*[\p{L}'-]+(\s+[\p{L}'-]+)?\s*$/u.test(valg.q);
  const navne = mulighedForNavn ? await soegNavne(tx, valg.q) : [];
  // Every citizen shown is an access, logged each time.
  const shown = [...new Set([...hits.map((h) => h.borger_id), ...navne.map((n) => n.id)])];
  await recordAccesses(
    tx,
    actor,
    shown.map((borgerId) => ({
      borgerId,
      handling: "Fundet ved søgning i sager",
      ressource: "sag/soegning",
      formaal: FORMAAL.SAGSBEHANDLING.da,
    })),
    now,
  );
  return { udtryk: u, hits, navne, vindueDage: vindue };
}

/** Days looked back for a common word, widening until the page is full (see soegISager). */
export const SOEGEVINDUER = [1, 3, 7, 30, 120, 365, 3650] as const;

const plusDage = (iso: string, dage: number) => isoFraDag(dagFraIso(iso) + dage);
const senesteAf = (a: string | undefined, b: string) => (a && a > b ? a : b);
