/**
 * The case file's pure logic: a caseload row from a case's facts and the rules engine's evaluation, the ready-made
 * filters with their counts, the free filters, and macro texts with placeholders. No I/O: the store loads the facts,
 * the routes present the result.
 */
import { type Aldersgruppe, SAGSSTAMME_FILTRE, type SagsstammeFilter } from "#contracts/sag.ts";
import { overblik } from "../regler/engine.ts";
import { ugedag } from "../regler/kalender.ts";
import type { Dag, Evaluering, Forpligtelse, Haendelse } from "../regler/model.ts";

/** A case is "new" for this many days after its first event (or the start of its benefit). */
export const NY_SAG_DAGE = 14;

export interface SagsFakta {
  id: string;
  foedselsdato: string;
  maalgruppe: string;
  postnr: string | null;
  /** the start of the current benefit, yyyy-mm-dd */
  ydelseStart: string | null;
  haendelser: readonly Haendelse[];
  plan: { punkter: number; afventerBorger: number; afventerJobcenter: number };
}

export interface SagsstammeRaekke {
  id: string;
  aldersgruppe: Aldersgruppe;
  alder: number;
  /** days on the current benefit, from its start */
  dageMedYdelse: number | null;
  /** the next open obligation of the jobcentre's (overdue ones have the earliest due dates) */
  naeste: Forpligtelse | null;
  forfaldne: number;
  naesteSamtale: Dag | null;
  flag: Record<SagsstammeFilter, boolean>;
}

export function aldersgruppe(alder: number): Aldersgruppe {
  if (alder < 30) return "u30";
  if (alder < 40) return "30-39";
  if (alder < 50) return "40-49";
  if (alder < 60) return "50-59";
  return "60+";
}

/** Monday (inclusive) and Sunday (inclusive) of the week of `dag`. */
export function ugensDage(dag: Dag): [Dag, Dag] {
  const mandag = dag - (ugedag(dag) - 1);
  return [mandag, mandag + 6];
}

export function sagsstammeRaekke(
  sag: SagsFakta,
  ev: Evaluering,
  idag: Dag,
  alder: number,
  ydelseStartDag: Dag | null,
): SagsstammeRaekke {
  // The jobcentre's own obligations: one the a-kasse must meet is shown in the case, not counted here.
  const { naeste, forfaldne } = overblik(ev);
  const [mandag, soendag] = ugensDage(idag);
  const dueThisWeek = ev.forpligtelser.some(
    (f) =>
      f.status === "kommende" &&
      f.frist >= mandag &&
      f.frist <= soendag &&
      (f.ansvarlig === undefined || f.ansvarlig === "jobcenter"),
  );

  let foersteDag: Dag | null = ydelseStartDag;
  let naesteSamtale: Dag | null = null;
  let samtaleIdag = false;
  let aabenAnmodning = false;
  for (const h of sag.haendelser) {
    if (foersteDag === null || h.dag < foersteDag) foersteDag = h.dag;
    if (h.type === "SAMTALE_INDKALDT" && h.dag >= idag) {
      if (naesteSamtale === null || h.dag < naesteSamtale) naesteSamtale = h.dag;
      if (h.dag === idag) samtaleIdag = true;
    }
    // A request for a conversation waits for the caseworker until a conversation is held or booked after it.
    if (h.type === "SAMTALE_ANMODET") aabenAnmodning = true;
    else if (h.type === "SAMTALE_AFHOLDT" || h.type === "SAMTALE_INDKALDT") aabenAnmodning = false;
  }
  const nye = foersteDag !== null && idag - foersteDag <= NY_SAG_DAGE && foersteDag <= idag;

  return {
    id: sag.id,
    alder,
    aldersgruppe: aldersgruppe(alder),
    dageMedYdelse: ydelseStartDag === null ? null : Math.max(0, idag - ydelseStartDag),
    naeste,
    forfaldne,
    naesteSamtale,
    flag: {
      alle: true,
      forfaldne: forfaldne > 0,
      frist_uge: dueThisWeek,
      nye,
      samtale_i_dag: samtaleIdag,
      ingen_plan: sag.plan.punkter === 0,
      afventer_borger: sag.plan.afventerBorger > 0,
      afventer_mig: sag.plan.afventerJobcenter > 0 || aabenAnmodning,
    },
  };
}

export interface FrieFiltre {
  maalgruppe?: string;
  aldersgruppe?: Aldersgruppe;
  postnr?: string;
}

export function opfylderFrieFiltre(r: SagsstammeRaekke, sag: SagsFakta, f: FrieFiltre): boolean {
  return (
    (!f.maalgruppe || sag.maalgruppe === f.maalgruppe) &&
    (!f.aldersgruppe || r.aldersgruppe === f.aldersgruppe) &&
    (!f.postnr || sag.postnr === f.postnr)
  );
}

/** Live counts of the ready-made filters over the rows that pass the free filters. */
export function taelFiltre(rows: readonly SagsstammeRaekke[]): Record<SagsstammeFilter, number> {
  const t = Object.fromEntries(SAGSSTAMME_FILTRE.map((f) => [f, 0])) as Record<SagsstammeFilter, number>;
  for (const r of rows) for (const f of SAGSSTAMME_FILTRE) if (r.flag[f]) t[f]++;
  return t;
}

/** Sorted by due date: overdue first (oldest first), then the soonest due; cases with nothing due last. */
export function sammenlignFrist(a: SagsstammeRaekke, b: SagsstammeRaekke): number {
  const ka = a.naeste ? (a.naeste.status === "forfalden" ? 0 : 1) : 2;
  const kb = b.naeste ? (b.naeste.status === "forfalden" ? 0 : 1) : 2;
  if (ka !== kb) return ka - kb;
  if (a.naeste && b.naeste && a.naeste.frist !== b.naeste.frist) return a.naeste.frist - b.naeste.frist;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------------------------
// Macro texts
// ---------------------------------------------------------------------------------------------------------------------

/** The placeholders a macro text may use, with a Danish description for the administrator and the editor. */
export const MAKRO_FELTER = {
  navn: "Borgerens fulde navn",
  fornavn: "Borgerens fornavn",
  maalgruppe: "Borgerens målgruppe",
  ydelse_start: "Startdato for den nuværende ydelse",
  naeste_samtale: "Dato for næste indkaldte samtale",
  frister: "De åbne frister i sagen med regel og lovhenvisning",
  sagsbehandler: "Den medarbejder, der skriver notatet",
  jobcenter: "Jobcentrets navn",
  dato: "Dagens dato",
} as const;
export type MakroFelt = keyof typeof MAKRO_FELTER;

export const erMakroFelt = (navn: string): navn is MakroFelt => Object.hasOwn(MAKRO_FELTER, navn);

/**
 * Fills {{felt}} placeholders. An unknown placeholder is left as it stands and reported, so the caseworker sees it
 * before saving rather than a silently empty gap.
 */
export function udfyldMakro(
  tekst: string,
  felter: Partial<Record<MakroFelt, string>>,
): { tekst: string; ukendte: string[] } {
  const ukendte: string[] = [];
  const udfyldt = tekst.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (hele, navn: string) => {
    if (erMakroFelt(navn)) return felter[navn] ?? "";
    if (!ukendte.includes(navn)) ukendte.push(navn);
    return hele;
  });
  return { tekst: udfyldt, ukendte };
}
