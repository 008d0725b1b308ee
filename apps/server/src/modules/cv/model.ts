/**
 * The CV's pure core (docs/matching.md, "CV"): the skill suggestions from the citizen's occupations and the
 * "du har X af Y kompetencer" summary of a neighbouring occupation. No I/O; the store reads, this decides.
 */

export const UDDANNELSESNIVEAUER = [
  "grundskole",
  "gymnasial",
  "erhvervsuddannelse",
  "kort_videregaaende",
  "mellemlang",
  "lang",
  "kursus",
] as const;
export type Uddannelsesniveau = (typeof UDDANNELSESNIVEAUER)[number];

export const SPROGNIVEAUER = ["modersmaal", "flydende", "godt", "basis"] as const;

/** Driving licence categories the CV may name (Danish categories, færdselsloven). */
export const KOEREKORT = ["AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"] as const;

/** An occupation of the citizen (experience or job goal) with its ESCO skills. */
export interface ErhvervMedFaerdigheder {
  uri: string;
  titel: string;
  /** where the citizen has it from */
  kilde: "erfaring" | "jobmaal";
  essentielle: readonly string[];
  valgfrie: readonly string[];
}

export interface ForslagsGruppe {
  erhverv: { uri: string; titel: string; kilde: "erfaring" | "jobmaal" };
  faerdigheder: { uri: string; essentiel: boolean }[];
}

/**
 * The skills to suggest: for each of the citizen's occupations (experience first, then job goals, each once), its
 * essential and then optional ESCO skills that are not on the CV. A skill is suggested once, under the first
 * occupation that has it (as essential when any of her occupations has it as essential, under that occupation);
 * occupations with nothing left to suggest are left out.
 */
export function skilForslag(erhverv: readonly ErhvervMedFaerdigheder[], har: ReadonlySet<string>): ForslagsGruppe[] {
  const set = new Set<string>();
  const unikke = erhverv.filter((e) => {
    if (set.has(e.uri)) return false;
    set.add(e.uri);
    return true;
  });
  const essentielAf = new Map<string, string>();
  for (const e of unikke) for (const f of e.essentielle) if (!essentielAf.has(f)) essentielAf.set(f, e.uri);
  const brugt = new Set<string>(har);
  const grupper: ForslagsGruppe[] = unikke.map((e) => ({
    erhverv: { uri: e.uri, titel: e.titel, kilde: e.kilde },
    faerdigheder: [],
  }));
  // essential ones first, each under the first occupation that has it as essential
  unikke.forEach((e, i) => {
    for (const f of e.essentielle) {
      if (brugt.has(f) || essentielAf.get(f) !== e.uri) continue;
      brugt.add(f);
      grupper[i]!.faerdigheder.push({ uri: f, essentiel: true });
    }
  });
  unikke.forEach((e, i) => {
    for (const f of e.valgfrie) {
      if (brugt.has(f)) continue;
      brugt.add(f);
      grupper[i]!.faerdigheder.push({ uri: f, essentiel: false });
    }
  });
  return grupper.filter((g) => g.faerdigheder.length > 0);
}

/**
 * How far the citizen is from a neighbouring occupation: how many of its essential skills she has, and the ones she
 * lacks (the separating skills the matching core named first, then the rest in ESCO's order), at most `maks`.
 */
export function afstandTilErhverv(
  maal: { essentielle: readonly string[] },
  har: ReadonlySet<string>,
  adskillende: readonly string[],
  maks = 8,
): { har: number; af: number; mangler: string[] } {
  const ess = new Set(maal.essentielle);
  const mangler: string[] = [];
  for (const f of [...adskillende.filter((f) => ess.has(f)), ...maal.essentielle])
    if (!har.has(f) && !mangler.includes(f)) mangler.push(f);
  return {
    har: maal.essentielle.filter((f) => har.has(f)).length,
    af: ess.size,
    mangler: mangler.slice(0, maks),
  };
}

/** The CV's basics as the citizen sets them: hours, distance, availability and the lists of plain values. */
export function tjekTimer(timerMin: number, timerMax: number): string | null {
  return timerMax < timerMin ? "Det højeste antal timer kan ikke være lavere end det laveste" : null;
}
