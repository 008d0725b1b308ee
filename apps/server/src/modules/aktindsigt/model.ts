/**
 * Aktindsigt (access to records) as pure logic: the legal deadline of a request from the rule AKT in the rule set
 * (regelsaet/forvaltningsret.json: offentlighedsloven § 36, forvaltningsloven § 16, stk. 2), and the state of a request
 * on a given day. The rule is data: the length and unit of the deadline and the references are read from the rule in
 * force on the day of receipt, never written here.
 */
import { dagFraIso, isoFraDag, plusArbejdsdage } from "../regler/kalender.ts";
import type { Henvisning } from "../regler/model.ts";
import { type IndlaestRegel, REGLER, regelIKraft } from "../regler/regelsaet.ts";

export const AKTINDSIGT_REGEL = "AKT";

export interface AktindsigtFrist {
  /** the last day to answer (or send a letter with the reason and the expected date), yyyy-mm-dd */
  frist: string;
  regel: { id: string; titel: string; tekst: string; henvisninger: Henvisning[] };
}

/**
 * The deadline of a request received on `modtaget` (yyyy-mm-dd, the Danish date of receipt): the rule's length counted
 * from the day after receipt, in working days (Danish public holidays and weekends do not count).
 */
export function aktindsigtFrist(modtaget: string, regler: readonly IndlaestRegel[] = REGLER): AktindsigtFrist {
  const dag = dagFraIso(modtaget);
  const r = regelIKraft(AKTINDSIGT_REGEL, dag, regler);
  if (!r) throw new Error(`reglen ${AKTINDSIGT_REGEL} er ikke i kraft ${modtaget}`);
  const krav = r.krav.find((k) => k.type === "frist");
  if (krav?.type !== "frist") throw new Error(`reglen ${AKTINDSIGT_REGEL} har ingen frist`);
  const { antal, enhed } = krav.frist;
  let frist: number;
  if (enhed === "arbejdsdage") frist = plusArbejdsdage(dag, antal);
  else if (enhed === "dage") frist = dag + antal;
  else if (enhed === "uger") frist = dag + antal * 7;
  else throw new Error(`uventet enhed ${enhed} i ${AKTINDSIGT_REGEL}`);
  return {
    frist: isoFraDag(frist),
    regel: {
      id: r.id,
      titel: r.titel,
      tekst: krav.tekst,
      henvisninger: [r.henvisning, ...(r.yderligereHenvisninger ?? [])],
    },
  };
}

export type AnmodningStatus = "modtaget" | "udsat" | "besvaret";

/**
 * Where a request stands on `idag`: answered; or open, and overdue when the day it should be answered by has passed.
 * After a letter about a delay that day is the expected date the letter gave; the original deadline stays as it was.
 */
export function anmodningTilstand(
  a: { status: AnmodningStatus; frist: string; forventet: string | null },
  idag: string,
): { tilstand: "besvaret" | "aaben" | "overskredet"; svarSenest: string } {
  const svarSenest = a.status === "udsat" && a.forventet ? a.forventet : a.frist;
  if (a.status === "besvaret") return { tilstand: "besvaret", svarSenest };
  return { tilstand: idag > svarSenest ? "overskredet" : "aaben", svarSenest };
}

/** The outcome of an answer: partial when any item granted is withheld by a decision in force, otherwise full. */
export function udfald(punkter: readonly { undtaget: unknown }[]): "fuld" | "delvis" {
  return punkter.some((p) => p.undtaget) ? "delvis" : "fuld";
}
