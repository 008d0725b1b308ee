/**
 * Matching core: the shared contract (docs/matching.md). Pure TypeScript, no I/O. The implementation lives in the
 * sibling files: kerne.ts (context, reference scorer, close occupations), indeks.ts (exact top-n indexes),
 * forklar.ts (explanations).
 *
 * Protected characteristics (gender, age, ethnicity, health) are not inputs: none of these types carries them.
 */
export type {
  ErhvervsFund,
  Koordinat,
  Komponent,
  MatchErhverv,
  MatchGrundlag,
  MatchOrdre,
  MatchProfil,
  MatchResultat,
  ScoreDel,
  Slaegtskab,
} from "./kerne.ts";
export {
  bygKontekst,
  MatchKontekst,
  NAERHED_MIN,
  naereErhverv,
  OrdreScorer,
  rangAlleOrdrer,
  rangAlleProfiler,
  sammenlign,
  scor,
  VAEGTE,
} from "./kerne.ts";
export { forklar, type Perspektiv } from "./forklar.ts";
export { KandidatIndeks, OrdreIndeks } from "./indeks.ts";
