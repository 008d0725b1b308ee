/**
 * The employer's job order, pure (docs/matching.md "Jobordrer"): the kinds and statuses, the checks across fields
 * that a schema cannot express, which status changes are allowed, and the schemes (ordninger) an order could use with
 * their conditions in plain Danish and the paragraph they rest on, each reference marked with its confidence.
 *
 * The legal references are data, not code paths: each scheme carries the period it is valid for, so the
 * suggestions change with the expected new act on the active employment effort (expected 1 January 2027, see the
 * shared domain notes) by adding rows, not by changing the logic.
 */
import type { JobordreArt, JobordreStatus } from "../../platform/db/schema-job.ts";
import { dagFraIso } from "../regler/kalender.ts";

export type Sikkerhed = "hoej" | "middel" | "lav";

export const ARTER = [
  "ordinaer",
  "loentilskud",
  "virksomhedspraktik",
  "fleksjob",
  "smaajob",
] as const satisfies readonly JobordreArt[];
export const STATUSSER = ["kladde", "aaben", "besat", "lukket"] as const satisfies readonly JobordreStatus[];

export const ART_NAVN: Record<JobordreArt, string> = {
  ordinaer: "Almindeligt job",
  loentilskud: "Job med løntilskud",
  virksomhedspraktik: "Virksomhedspraktik",
  fleksjob: "Fleksjob",
  smaajob: "Småjob eller opgave",
};

export const STATUS_NAVN: Record<JobordreStatus, string> = {
  kladde: "Kladde",
  aaben: "Åben",
  besat: "Besat",
  lukket: "Lukket",
};

/** Common certificates an employer can pick with one click (free text is allowed too). */
export const ALMINDELIGE_CERTIFIKATER = [
  "Truckcertifikat",
  "Hygiejnebevis",
  "Førstehjælpsbevis",
  "Autorisation som social- og sundhedsassistent",
  "Straffeattest",
  "Børneattest",
] as const;
export const KOEREKORT = ["B", "C", "CE", "D"] as const;

/**
 * Which status an order may go to from which: a draft is published or dropped; an open order is filled or closed;
 * a filled order may be opened again (the person did not start) or closed; a closed order stays closed.
 */
const OVERGANGE: Record<JobordreStatus, readonly JobordreStatus[]> = {
  kladde: ["aaben", "lukket"],
  aaben: ["besat", "lukket"],
  besat: ["aaben", "lukket"],
  lukket: [],
};

export function kanSkifte(fra: JobordreStatus, til: JobordreStatus): boolean {
  return OVERGANGE[fra].includes(til);
}

export function tilladteOvergange(fra: JobordreStatus): readonly JobordreStatus[] {
  return OVERGANGE[fra];
}

/** The part of an order the cross-field checks and the suggestions look at. */
export interface OrdreUdkast {
  art: JobordreArt;
  timerMin: number;
  timerMax: number;
  start: string; // YYYY-MM-DD
  slut: string | null;
  opgaveboers: boolean;
}

export interface FeltFejl {
  path: string;
  message: string;
}

/** Whole weeks from start to end, both days included (a partial week counts as a week). */
export function varighedUger(start: string, slut: string | null): number | null {
  if (!slut) return null;
  return Math.ceil((dagFraIso(slut) - dagFraIso(start) + 1) / 7);
}

/** The most hours a week a småjob may have here: a few hours, or it is an ordinary part-time job. */
export const SMAAJOB_MAKS_TIMER = 15;
/** The longest the platform lets an internship order run; longer internships are agreed with the jobcentre. */
export const PRAKTIK_MAKS_UGER = 13;

/**
 * Checks across fields, in Danish, with the field's path as the edge reports it. `idag` is the Danish date; a new
 * order cannot start in the past (an edited one may keep its start).
 */
export function tjekOrdre(o: OrdreUdkast, idag: string, ny: boolean, prefix = "body"): FeltFejl[] {
  const fejl: FeltFejl[] = [];
  if (o.timerMax < o.timerMin)
    fejl.push({ path: `${prefix}.timerMax`, message: "Det højeste antal timer skal være mindst det laveste" });
  if (o.slut && o.slut < o.start)
    fejl.push({ path: `${prefix}.slut`, message: "Slutdatoen kan ikke ligge før startdatoen" });
  if (ny && o.start < idag) fejl.push({ path: `${prefix}.start`, message: "Startdatoen kan ikke ligge i fortiden" });
  if (o.art === "smaajob" && o.timerMax > SMAAJOB_MAKS_TIMER)
    fejl.push({
      path: `${prefix}.timerMax`,
      message: `Et småjob er højst ${SMAAJOB_MAKS_TIMER} timer om ugen. Vælg almindeligt job, hvis der er flere timer`,
    });
  if (o.art === "virksomhedspraktik") {
    if (!o.slut) fejl.push({ path: `${prefix}.slut`, message: "En virksomhedspraktik skal have en slutdato" });
    else if ((varighedUger(o.start, o.slut) ?? 0) > PRAKTIK_MAKS_UGER)
      fejl.push({
        path: `${prefix}.slut`,
        message: `En virksomhedspraktik kan her højst vare ${PRAKTIK_MAKS_UGER} uger. Tal med jobcentret om længere forløb`,
      });
  }
  if (o.opgaveboers && !(o.art === "smaajob" || o.art === "virksomhedspraktik"))
    fejl.push({
      path: `${prefix}.opgaveboers`,
      message: "Kun småjob og virksomhedspraktik kan lægges på opgavebørsen",
    });
  return fejl;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* The schemes (ordninger) */

export interface Ordning {
  art: JobordreArt;
  titel: string;
  /** what the employer should know, in plain Danish */
  betingelser: string[];
  /** the law and paragraph the conditions rest on */
  hjemmel: string;
  /** how sure we are that the paragraph numbers are right (the substance is better known than the numbering) */
  sikkerhed: Sikkerhed;
  /** where the reference comes from and what is not verified */
  kilde: string;
  gyldigFra: string;
  gyldigTil: string | null;
}

export interface OrdningForslag extends Ordning {
  /** true when the order as filled in fits the scheme (hours, duration); the rest are shown as "kan også være relevant" */
  passer: boolean;
  /** why it fits or what would have to change, in Danish */
  begrundelse: string;
}

const LAB = "Lov om en aktiv beskæftigelsesindsats (LAB), lov nr. 548 af 7. maj 2019 med senere ændringer";
const REFORM =
  "En ny lov om en aktiv beskæftigelsesindsats ventes at træde i kraft 1. januar 2027; reglerne skal kontrolleres igen til den tid.";

/** The schemes with their references (rule data). */
export const ORDNINGER: readonly Ordning[] = [
  {
    art: "loentilskud",
    titel: "Job med løntilskud",
    betingelser: [
      "Personen skal være ledig og i en målgruppe, der kan få løntilskud, fx dagpengemodtager eller jobparat kontanthjælpsmodtager. Jobcentret vurderer det konkret.",
      "Ansættelsen skal give merbeskæftigelse: den må ikke erstatte en medarbejder, der er afskediget, eller en stilling, der ellers ville være besat.",
      "Der skal være et rimeligt forhold mellem antallet af ansatte med og uden offentligt tilskud (rimelighedskravet).",
      "Løn og arbejdsvilkår skal være efter overenskomst eller som for tilsvarende arbejde.",
      "Ansættelsen skal være drøftet med medarbejderne på arbejdspladsen, før den starter.",
    ],
    hjemmel: "LAB kapitel 12 (ansættelse med løntilskud), bl.a. §§ 71-72 (løn og vilkår) og § 77 (rimeligt forhold)",
    sikkerhed: "middel",
    kilde: `${LAB}. Kravene om løn og vilkår (§§ 71-72) og rimeligt forhold (§ 77) er set henvist til i et lovforslag fra 2021 til netop denne lov (middel). Kapitelnummeret og paragraffen om merbeskæftigelse er ikke kontrolleret mod lovteksten på retsinformation.dk (lav). ${REFORM}`,
    gyldigFra: "2020-01-01",
    gyldigTil: null,
  },
  {
    art: "virksomhedspraktik",
    titel: "Virksomhedspraktik",
    betingelser: [
      "Personen får sin hidtidige ydelse fra kommunen eller a-kassen; virksomheden betaler ikke løn.",
      "Praktikken skal afklare eller udvikle personens faglige, sociale eller sproglige kompetencer og bringe personen tættere på et job.",
      "For dagpengemodtagere og jobparate varer en praktik normalt højst 4 uger; for andre kan den vare længere efter en konkret vurdering.",
      "Der skal være et rimeligt forhold mellem antallet af personer i praktik eller med løntilskud og de ordinært ansatte.",
      "Praktikanten må ikke udføre arbejde, der ellers skulle udføres af ordinært ansatte.",
    ],
    hjemmel: "LAB kapitel 11 (virksomhedspraktik), §§ 57-58 (hvem og formål) og § 61 (varighed)",
    sikkerhed: "middel",
    kilde: `${LAB}, som bekendtgjort ved LBK nr. 280 af 1. marts 2024. §§ 57, 58 og 61 er set i en konsolideret udgave af loven (middel). At varigheden normalt er højst 4 uger for dagpengemodtagere og jobparate, er fra kommunale vejledninger (middel). Paragraffen om rimeligt forhold for praktik er ikke kontrolleret (lav). ${REFORM}`,
    gyldigFra: "2020-01-01",
    gyldigTil: null,
  },
  {
    art: "fleksjob",
    titel: "Fleksjob",
    betingelser: [
      "Fleksjob er for personer med varige og væsentlige begrænsninger i arbejdsevnen, som kommunen har visiteret til fleksjob.",
      "Personen arbejder det antal timer, arbejdsevnen rækker til; virksomheden betaler løn for de timer, der arbejdes.",
      "Kommunen betaler et fleksløntilskud direkte til personen.",
      "Jobcentret afklarer med virksomheden, hvilke skånehensyn jobbet skal tage.",
    ],
    hjemmel: "LAB kapitel om fleksjob, § 116 (målgruppe), § 117 (indhold) og § 123 (fleksløntilskud)",
    sikkerhed: "middel",
    kilde: `${LAB}. § 116 om målgruppen (varige og væsentlige begrænsninger i arbejdsevnen) er set i en konsolideret udgave af loven (middel); § 117 og § 123 er henvist til derfra, men ikke læst (lav). ${REFORM}`,
    gyldigFra: "2020-01-01",
    gyldigTil: null,
  },
  {
    art: "smaajob",
    titel: "Småjob eller opgave",
    betingelser: [
      "Et almindeligt job på få timer om ugen eller en afgrænset opgave, fx et par dage.",
      "Almindelig løn efter overenskomst eller som for tilsvarende arbejde; der er ikke tilskud fra kommunen.",
      "Timerne kan være et godt første skridt for en ledig, og jobcentret kan hjælpe med at finde en kandidat.",
      "Kan lægges på opgavebørsen, hvor borgere selv finder og søger opgaven.",
    ],
    hjemmel: "Ingen særlig ordning: almindelig ansættelse (ingen paragraf i LAB)",
    sikkerhed: "hoej",
    kilde: "Et småjob er almindelig ansættelse uden offentligt tilskud; det kræver ingen særlig hjemmel.",
    gyldigFra: "2020-01-01",
    gyldigTil: null,
  },
];

/** The schemes in force on a date. */
export function ordningerPaa(dato: string, ordninger: readonly Ordning[] = ORDNINGER): Ordning[] {
  return ordninger.filter((o) => o.gyldigFra <= dato && (o.gyldigTil === null || dato <= o.gyldigTil));
}

/**
 * The schemes that may be relevant for an order as filled in so far, fitting ones first. Every scheme in force is
 * returned (the employer chooses), each with whether it fits the hours and duration and why. Pure.
 */
export function foreslaaOrdninger(
  o: Pick<OrdreUdkast, "timerMin" | "timerMax" | "start" | "slut"> & { art?: JobordreArt },
  idag: string,
  ordninger: readonly Ordning[] = ORDNINGER,
): OrdningForslag[] {
  const uger = varighedUger(o.start, o.slut);
  const vurder = (g: Ordning): { passer: boolean; begrundelse: string } => {
    switch (g.art) {
      case "smaajob":
        return o.timerMax <= SMAAJOB_MAKS_TIMER
          ? { passer: true, begrundelse: `Jobbet er på højst ${o.timerMax} timer om ugen.` }
          : {
              passer: false,
              begrundelse: `Et småjob er højst ${SMAAJOB_MAKS_TIMER} timer om ugen; jobbet er på op til ${o.timerMax}.`,
            };
      case "virksomhedspraktik":
        if (uger === null)
          return {
            passer: false,
            begrundelse: "En praktik har en slutdato. Angiv en slutdato, hvis det er en praktik.",
          };
        return uger <= 4
          ? { passer: true, begrundelse: `Forløbet varer ${uger} ${uger === 1 ? "uge" : "uger"}.` }
          : uger <= PRAKTIK_MAKS_UGER
            ? {
                passer: true,
                begrundelse: `Forløbet varer ${uger} uger; over 4 uger kræver det en konkret vurdering af personen.`,
              }
            : { passer: false, begrundelse: `Forløbet varer ${uger} uger; en praktik er normalt kortere.` };
      case "loentilskud":
        return o.timerMax >= 15
          ? {
              passer: true,
              begrundelse: "Et job med faste timer kan besættes med løntilskud, hvis betingelserne er opfyldt.",
            }
          : { passer: false, begrundelse: "Løntilskud bruges normalt til job med flere timer om ugen." };
      case "fleksjob":
        return {
          passer: true,
          begrundelse: "Et job kan ofte tilpasses som fleksjob med færre timer og skånehensyn.",
        };
      default:
        return { passer: true, begrundelse: "" };
    }
  };
  const forslag = ordningerPaa(idag, ordninger).map((g) => ({ ...g, ...vurder(g) }));
  const rang = (f: OrdningForslag) => (f.art === o.art ? 0 : f.passer ? 1 : 2);
  // stable: the order of ORDNINGER within a rank
  return forslag
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rang(a.f) - rang(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

/** The scheme of an order's kind (null for an ordinary job). */
export function ordningFor(art: JobordreArt, idag: string): Ordning | null {
  return ordningerPaa(idag).find((o) => o.art === art) ?? null;
}

/** Clean a free-text list: trimmed, no empties, no duplicates (case-insensitive), in the order given. */
export function rensListe(xs: readonly string[]): string[] {
  const set = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    const t = x.trim().replace(/\s+/g, " ");
    if (!t || set.has(t.toLowerCase())) continue;
    set.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}
