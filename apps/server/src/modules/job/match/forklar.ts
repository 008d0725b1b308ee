/** Plain-language explanations of a match result (Danish and English), built from its parts. */
import type { MatchResultat, Slaegtskab } from "./kerne.ts";

type Sprog = "da" | "en";
export type Perspektiv = "borger" | "virksomhed";

const MAANEDER_DA = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];
const MAANEDER_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function dato(iso: string, sprog: Sprog): string {
  const [, m, d] = iso.split("-").map(Number);
  const md = (sprog === "da" ? MAANEDER_DA : MAANEDER_EN)[(m ?? 1) - 1] ?? "";
  return sprog === "da" ? `${d}. ${md}` : `${d} ${md}`;
}

function tal(x: number, sprog: Sprog): string {
  const r = Math.round(x * 10) / 10;
  return sprog === "da" ? String(r).replace(".", ",") : String(r);
}

function timer(a: number, b: number, sprog: Sprog): string {
  return a === b ? tal(a, sprog) : `${tal(a, sprog)}–${tal(b, sprog)}`;
}

function liste(navne: string[], max: number): string {
  const vist = navne.slice(0, max).join(", ");
  return navne.length > max ? `${vist}, …` : vist;
}

const SLAEGT: Record<Sprog, Record<Slaegtskab, string>> = {
  da: {
    samme: "samme erhverv",
    isco4: "samme faggruppe",
    isco3: "beslægtet faggruppe",
    isco2: "samme hovedområde",
    faerdigheder: "mange fælles kompetencer",
  },
  en: {
    samme: "the same occupation",
    isco4: "same occupational group",
    isco3: "related occupational group",
    isco2: "same broad field",
    faerdigheder: "many shared skills",
  },
};

/**
 * Sentences from the parts of `r`. `navn` gives a label for a skill or occupation URI. The perspective decides
 * whether the citizen is addressed ("du", default) or described to an employer.
 */
export function forklar(
  r: MatchResultat,
  navn: (uri: string) => string,
  sprog: Sprog,
  perspektiv: Perspektiv = "borger",
): { resume: string; punkter: string[] } {
  const da = sprog === "da";
  const punkter: string[] = [];
  const score = Math.round(r.score);
  const niveau =
    score >= 75
      ? da
        ? "Meget godt match"
        : "Very good match"
      : score >= 50
        ? da
          ? "Godt match"
          : "Good match"
        : score >= 25
          ? da
            ? "Delvist match"
            : "Partial match"
          : da
            ? "Svagt match"
            : "Weak match";
  const resume = da ? `${niveau} (${score} af 100)` : `${niveau} (${score} of 100)`;

  const g = r.grundlag;
  const manglerEss = r.mangler.filter((m) => m.essentiel).map((m) => navn(m.uri));
  const manglerOpt = r.mangler.length - manglerEss.length;
  const ialt = r.daekket.length + r.mangler.length;
  // without the facts, count every skill as essential
  const essIalt = g ? g.essentielle : ialt;
  if (essIalt > 0) {
    const mangler =
      manglerEss.length > 0 ? (da ? ` (mangler: ${liste(manglerEss, 3)})` : ` (missing: ${liste(manglerEss, 3)})`) : "";
    const har = essIalt - manglerEss.length;
    punkter.push(
      da ? `Har ${har} af ${essIalt} vigtige kompetencer${mangler}` : `Has ${har} of ${essIalt} key skills${mangler}`,
    );
  }
  const valgfrieIalt = ialt - essIalt;
  if (valgfrieIalt > 0) {
    const har = valgfrieIalt - manglerOpt;
    punkter.push(
      da ? `Har ${har} af ${valgfrieIalt} ønskede kompetencer` : `Has ${har} of ${valgfrieIalt} desirable skills`,
    );
  }

  if (g?.erfaring) {
    const t = navn(g.erfaring.uri);
    punkter.push(
      da
        ? `Erfaring som ${t.toLocaleLowerCase("da")} – ${SLAEGT.da[g.erfaring.slaegtskab]}`
        : `Experience as ${t.toLocaleLowerCase("en")} – ${SLAEGT.en[g.erfaring.slaegtskab]}`,
    );
  }
  if (g?.jobmaal) {
    const eksakt = g.jobmaal.slaegtskab === "samme";
    if (perspektiv === "borger") {
      punkter.push(
        eksakt
          ? da
            ? "Matcher dit jobmål"
            : "Matches your job goal"
          : da
            ? `Ligner dit jobmål (${navn(g.jobmaal.uri).toLocaleLowerCase("da")})`
            : `Close to your job goal (${navn(g.jobmaal.uri).toLocaleLowerCase("en")})`,
      );
    } else {
      punkter.push(
        eksakt
          ? da
            ? "Jobbet er kandidatens jobmål"
            : "The job is the candidate's job goal"
          : da
            ? `Jobbet ligner kandidatens jobmål (${navn(g.jobmaal.uri).toLocaleLowerCase("da")})`
            : `The job is close to the candidate's job goal (${navn(g.jobmaal.uri).toLocaleLowerCase("en")})`,
      );
    }
  }
  if (r.afstandKm !== null && g) {
    const km = r.afstandKm < 1 ? tal(r.afstandKm, sprog) : String(Math.round(r.afstandKm));
    const max = Math.round(g.maxAfstandKm);
    punkter.push(
      perspektiv === "borger"
        ? da
          ? `${km} km hjemmefra (du vil køre op til ${max} km)`
          : `${km} km from home (you will travel up to ${max} km)`
        : da
          ? `${km} km fra bopælen (vil køre op til ${max} km)`
          : `${km} km from home (willing to travel up to ${max} km)`,
    );
  }
  if (g) {
    const [pa, pb] = g.profilTimer;
    const [oa, ob] = g.ordreTimer;
    punkter.push(
      da
        ? `Kan arbejde ${timer(pa, pb, sprog)} timer; jobbet er ${timer(oa, ob, sprog)} timer`
        : `Can work ${timer(pa, pb, sprog)} hours; the job is ${timer(oa, ob, sprog)} hours`,
    );
    if (g.kanStarte <= g.start)
      punkter.push(da ? `Kan starte ${dato(g.start, sprog)}` : `Can start ${dato(g.start, sprog)}`);
    else
      punkter.push(
        da
          ? `Kan først starte ${dato(g.kanStarte, sprog)} (jobbet starter ${dato(g.start, sprog)})`
          : `Can start only on ${dato(g.kanStarte, sprog)} (the job starts ${dato(g.start, sprog)})`,
      );
  }
  return { resume, punkter };
}
