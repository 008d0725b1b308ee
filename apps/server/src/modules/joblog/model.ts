/**
 * The job log's pure core: ISO weeks in the Danish calendar, the number of applications a week that applies to a
 * citizen (the rule, the municipality's number, the caseworker's individual number), and each week's status.
 * No clock and no database: the caller passes the day.
 */
import type { Dag } from "../regler/model.ts";
import { aarMaanedDag, dagFraAarMaanedDag, dagFraIso, erArbejdsdag, isoFraDag, ugedag } from "../regler/kalender.ts";
import type { JoblogKravfil, JoblogRegel } from "./krav.ts";

export const MAADER = ["skriftlig", "mundtlig", "personlig", "uopfordret"] as const;
export const STATUSSER = ["sendt", "samtale", "afslag", "ansat", "intet_svar"] as const;

/** An ISO 8601 week: weeks start on Monday; week 1 is the week with the year's first Thursday. */
export interface IsoUge {
  aar: number;
  uge: number;
  mandag: Dag;
  soendag: Dag;
}

export function isoUge(d: Dag): IsoUge {
  const mandag = d - (ugedag(d) - 1);
  const torsdag = mandag + 3;
  const { aar } = aarMaanedDag(torsdag);
  const uge = Math.floor((torsdag - dagFraAarMaanedDag(aar, 1, 1)) / 7) + 1;
  return { aar, uge, mandag, soendag: mandag + 6 };
}

/** The weeks from the one holding `fra` to the one holding `til`, oldest first. */
export function ugerMellem(fra: Dag, til: Dag): IsoUge[] {
  const out: IsoUge[] = [];
  for (let m = isoUge(fra).mandag; m <= til; m += 7) out.push(isoUge(m));
  return out;
}

/** The working days (Monday–Friday that are not Danish holidays or days off) in a week. */
export function arbejdsdageIUge(uge: IsoUge): number {
  let n = 0;
  for (let d = uge.mandag; d < uge.mandag + 5; d++) if (erArbejdsdag(d)) n++;
  return n;
}

/** A number the municipality or the caseworker has set, from a day on (the latest one set wins). */
export interface KravIndstilling {
  /** null (only the caseworker's): the individual number is lifted from this day on */
  antal: number | null;
  gyldigFra: string;
  fastsat: Date;
  begrundelse: string;
  fastsatAfNavn: string;
}

export type KravKilde = "regel" | "kommune" | "individuelt" | "ingen";

export interface UgeKrav {
  /** the rule in force for the target group in the week, if any */
  regel: JoblogRegel | null;
  /** a duty to log job search applies */
  pligt: boolean;
  /** applications required in a full week */
  antalPrUge: number;
  kilde: KravKilde;
  /** the setting the number comes from, when it is the municipality's or the caseworker's */
  indstilling: KravIndstilling | null;
}

/** The rule in force for a target group on a day. */
export function regelPaa(fil: JoblogKravfil, maalgruppe: string, dato: string): JoblogRegel | null {
  return (
    fil.regler.find(
      (r) =>
        (r.maalgrupper as readonly string[]).includes(maalgruppe) &&
        r.gyldig.fra <= dato &&
        (!r.gyldig.til || dato <= r.gyldig.til),
    ) ?? null
  );
}

/** The setting that applies in a week: the latest set (by its first day, then when it was set) on or before Sunday. */
export function gaeldendeIndstilling(liste: readonly KravIndstilling[], soendag: string): KravIndstilling | null {
  let bedst: KravIndstilling | null = null;
  for (const i of liste) {
    if (i.gyldigFra > soendag) continue;
    if (
      !bedst ||
      i.gyldigFra > bedst.gyldigFra ||
      (i.gyldigFra === bedst.gyldigFra && i.fastsat.getTime() > bedst.fastsat.getTime())
    )
      bedst = i;
  }
  return bedst;
}

/**
 * The requirement in a week: the rule in force on the week's Monday decides whether there is a duty; its number
 * applies unless the municipality has set one for the target group, and the caseworker's individual number for the
 * citizen overrides both. A target group without a duty has no requirement, whatever is set.
 */
export function kravForUge(
  fil: JoblogKravfil,
  maalgruppe: string,
  uge: IsoUge,
  kommune: readonly KravIndstilling[],
  individuelt: readonly KravIndstilling[],
): UgeKrav {
  const regel = regelPaa(fil, maalgruppe, isoFraDag(uge.mandag));
  if (!regel?.pligt) return { regel, pligt: false, antalPrUge: 0, kilde: "ingen", indstilling: null };
  const soendag = isoFraDag(uge.soendag);
  const ind = gaeldendeIndstilling(individuelt, soendag);
  if (ind && ind.antal !== null)
    return { regel, pligt: true, antalPrUge: ind.antal, kilde: "individuelt", indstilling: ind };
  const kom = gaeldendeIndstilling(kommune, soendag);
  if (kom && kom.antal !== null)
    return { regel, pligt: true, antalPrUge: kom.antal, kilde: "kommune", indstilling: kom };
  return { regel, pligt: true, antalPrUge: regel.standardAntalPrUge, kilde: "regel", indstilling: null };
}

/** The number required in a week with fewer working days: scaled and rounded (half up), or the full number. */
export function ugensKrav(antalPrUge: number, arbejdsdage: number, maade: JoblogKravfil["helligdagsuger"]): number {
  if (maade === "fuld" || arbejdsdage >= 5) return antalPrUge;
  return Math.floor((antalPrUge * arbejdsdage) / 5 + 0.5);
}

export type UgeStatus =
  /** no duty, or a week whose number is 0 */
  | "intet_krav"
  | "opfyldt"
  /** the current week, not (yet) met */
  | "igang"
  /** a past week that was not met */
  | "ikke_opfyldt";

export interface Uge {
  aar: number;
  uge: number;
  mandag: string;
  soendag: string;
  arbejdsdage: number;
  /** applications required this week (after holidays) */
  krav: number;
  antal: number;
  status: UgeStatus;
  kilde: KravKilde;
}

/**
 * Each week's status from the citizen's applications (by the date each was made), oldest first. Weeks after today
 * are not shown; the week holding today is "igang" until it is met.
 */
export function ugeoversigt(input: {
  fil: JoblogKravfil;
  maalgruppe: string;
  datoer: readonly string[];
  fra: Dag;
  idag: Dag;
  kommune: readonly KravIndstilling[];
  individuelt: readonly KravIndstilling[];
}): Uge[] {
  const perUge = new Map<number, number>();
  for (const d of input.datoer) {
    const m = isoUge(dagFraIso(d)).mandag;
    perUge.set(m, (perUge.get(m) ?? 0) + 1);
  }
  return ugerMellem(input.fra, input.idag).map((u) => {
    const k = kravForUge(input.fil, input.maalgruppe, u, input.kommune, input.individuelt);
    const arbejdsdage = arbejdsdageIUge(u);
    const krav = k.pligt ? ugensKrav(k.antalPrUge, arbejdsdage, input.fil.helligdagsuger) : 0;
    const antal = perUge.get(u.mandag) ?? 0;
    const status: UgeStatus =
      krav === 0 ? "intet_krav" : antal >= krav ? "opfyldt" : input.idag <= u.soendag ? "igang" : "ikke_opfyldt";
    return {
      aar: u.aar,
      uge: u.uge,
      mandag: isoFraDag(u.mandag),
      soendag: isoFraDag(u.soendag),
      arbejdsdage,
      krav,
      antal,
      status,
      kilde: k.kilde,
    };
  });
}

/** How many weeks back the overview goes (and never before the benefit started). */
export const UGER_TILBAGE = 8;

/** The first day of the overview: 8 weeks back, or the benefit's start when later. */
export function oversigtFra(idag: Dag, ydelseStart: string | null): Dag {
  const fra = isoUge(idag).mandag - 7 * (UGER_TILBAGE - 1);
  return ydelseStart ? Math.max(fra, dagFraIso(ydelseStart)) : fra;
}
