/**
 * Matching core (pure, no I/O): the taxonomy context (skill specificity, occupation closeness), the reference scorer
 * `scor` and the building blocks the indexes share with it. The formula is documented in docs/matching.md.
 *
 * Protected characteristics (gender, age, ethnicity, health, …) are not inputs: the profile type carries only
 * occupations, job goals, skills, home coordinates, accepted distance, hours and availability.
 *
 * Exactness: the indexes (indeks.ts) must rank exactly as `scor` does. Every value `scor` computes is therefore built
 * from the same functions on the same (quantised) inputs as in the indexes: skill weights are integers (so sums do not
 * depend on the order of addition), coordinates/hours/distance are float32 (as the indexes' typed arrays store them),
 * and occupation closeness is symmetric and computed by one function.
 */

export interface Koordinat {
  lat: number;
  lon: number;
}
export interface MatchErhverv {
  uri: string;
  isco: string;
  essentielle: readonly string[];
  valgfrie: readonly string[];
}
export interface MatchProfil {
  id: string;
  /** ESCO occupation URIs of the CV's experience. */
  erhverv: readonly string[];
  /** Job-goal occupation URIs. */
  jobmaal: readonly string[];
  /** ESCO skill URIs. */
  faerdigheder: readonly string[];
  /** Home. */
  sted: Koordinat | null;
  maxAfstandKm: number;
  timerMin: number;
  timerMax: number;
  /** YYYY-MM-DD; null = available now. */
  tilgaengeligFra: string | null;
}
export interface MatchOrdre {
  id: string;
  erhverv: string;
  essentielle: readonly string[];
  valgfrie: readonly string[];
  sted: Koordinat | null;
  timerMin: number;
  timerMax: number;
  /** YYYY-MM-DD */
  start: string;
}
export type Komponent = "faerdigheder" | "erhverv" | "afstand" | "timer" | "tilgaengelighed" | "jobmaal";
export interface ScoreDel {
  komponent: Komponent;
  point: number;
  maks: number;
}
/** How an occupation relates to the order's occupation (for explanations). */
export type Slaegtskab = "samme" | "isco4" | "isco3" | "isco2" | "faerdigheder";
export interface ErhvervsFund {
  uri: string;
  naerhed: number;
  slaegtskab: Slaegtskab;
}
/** The facts behind the parts, for `forklar` (an addition to the shared contract; optional for consumers). */
export interface MatchGrundlag {
  ordreErhverv: string;
  /** How many of the order's (deduplicated) skills are essential. */
  essentielle: number;
  erfaring: ErhvervsFund | null;
  jobmaal: ErhvervsFund | null;
  maxAfstandKm: number;
  profilTimer: [number, number];
  ordreTimer: [number, number];
  /** The day the citizen can start (YYYY-MM-DD, never before today). */
  kanStarte: string;
  /** The day the job starts (YYYY-MM-DD; today if the order's start date has passed). */
  start: string;
}
export interface MatchResultat {
  /** The profile's id (ranking candidates) or the order's id (ranking orders). */
  id: string;
  /** 0–100 */
  score: number;
  dele: ScoreDel[];
  /** The order's skill URIs the profile has. */
  daekket: string[];
  mangler: { uri: string; essentiel: boolean }[];
  afstandKm: number | null;
  grundlag?: MatchGrundlag;
}

/** Maximum points per component. Relevance = skills + experience + job goal (80); practical parts gated by it (20). */
export const VAEGTE = {
  faerdigheder: 62,
  erhverv: 10,
  jobmaal: 8,
  afstand: 10,
  timer: 5,
  tilgaengelighed: 5,
} as const;
export const RELEVANS_MAKS = VAEGTE.faerdigheder + VAEGTE.erhverv + VAEGTE.jobmaal;
export const PRAKTISK_MAKS = VAEGTE.afstand + VAEGTE.timer + VAEGTE.tilgaengelighed;
/** An essential skill of the order weighs this many times an optional one. */
export const ESSENTIEL_FAKTOR = 2;
/** Skill weights are integers: specificity × this scale (sums are then exact and order-independent). */
const VAEGT_SKALA = 10_000;
/** Closeness below this counts as unrelated (0). */
export const NAERHED_MIN = 0.2;
/** Closeness = COS_ANDEL × cosine(weighted skills) + (1 − COS_ANDEL) × ISCO similarity. */
const COS_ANDEL = 0.65;
const ISCO_LIGHED = { isco4: 1, isco3: 0.5, isco2: 0.2 } as const;
/** Past the accepted distance the distance part falls linearly to 0 at AFSTAND_NUL × the accepted distance. */
const AFSTAND_NUL = 2;
/** The distance part when either side has no location. */
export const AFSTAND_UKENDT = 0.5;
/** Hours part falls by 1/TIMER_FALD per hour between the ranges. */
const TIMER_FALD = 10;
/** Availability part falls linearly to 0 at this many days late. */
const TILGAENGELIG_FALD = 90;

export interface Naboer {
  ids: Int32Array;
  naer: Float64Array;
}

/** Opaque context: skill specificity weights, occupation closeness. */
export class MatchKontekst {
  /** @internal */ readonly faerdighedId = new Map<string, number>();
  /** @internal */ readonly faerdighedUri: string[] = [];
  /** @internal integer weight per known skill (specificity × scale) */ vaegt!: Int32Array;
  /** @internal weight of a skill no occupation uses */ standardVaegt = 0;
  /** @internal */ readonly erhvervId = new Map<string, number>();
  /** @internal */ readonly erhvervUri: string[] = [];
  /** @internal */ readonly isco: string[] = [];
  /** @internal sorted skill ids per occupation */ readonly erhvervFaerdigheder: Int32Array[] = [];
  /** @internal 1 = essential, 0 = optional, parallel to erhvervFaerdigheder */
  readonly erhvervEssentiel: Uint8Array[] = [];
  /** @internal vector values (specificity × essential factor), parallel */ readonly erhvervVaerdi: Float64Array[] = [];
  /** @internal */ erhvervNorm!: Float64Array;
  /** @internal occupations per skill */ faerdighedErhverv: Int32Array[] = [];
  /** @internal occupations per 3-digit ISCO group */ readonly isco3 = new Map<string, number[]>();
  /** @internal values parallel to faerdighedErhverv */ faerdighedVaerdi: Float64Array[] = [];
  private readonly naboCache = new Map<number, Naboer>();
  private dotScratch = new Float64Array(0);

  constructor(erhverv: readonly MatchErhverv[]) {
    const df: number[] = [];
    const skillId = (uri: string): number => {
      let id = this.faerdighedId.get(uri);
      if (id === undefined) {
        id = this.faerdighedUri.length;
        this.faerdighedId.set(uri, id);
        this.faerdighedUri.push(uri);
        df.push(0);
      }
      return id;
    };
    const lister: { ess: Set<number>; opt: Set<number> }[] = [];
    for (const e of erhverv) {
      if (this.erhvervId.has(e.uri)) continue;
      this.erhvervId.set(e.uri, this.erhvervUri.length);
      this.erhvervUri.push(e.uri);
      this.isco.push(e.isco);
      const ess = new Set<number>();
      for (const s of e.essentielle) ess.add(skillId(s));
      const opt = new Set<number>();
      for (const s of e.valgfrie) {
        const id = skillId(s);
        if (!ess.has(id)) opt.add(id);
      }
      for (const id of ess) df[id]! += 1;
      for (const id of opt) df[id]! += 0.5;
      lister.push({ ess, opt });
    }
    const nE = this.erhvervUri.length;
    const nS = this.faerdighedUri.length;
    // Specificity: IDF-like, ln(1 + N / (1 + df)), df counting essential uses 1 and optional 0.5.
    this.vaegt = new Int32Array(nS);
    for (let s = 0; s < nS; s++) this.vaegt[s] = Math.max(1, Math.round(Math.log(1 + nE / (1 + df[s]!)) * VAEGT_SKALA));
    const sorted = Array.from(this.vaegt).sort((a, b) => a - b);
    this.standardVaegt = sorted.length > 0 ? sorted[sorted.length >> 1]! : Math.round(Math.log(2) * VAEGT_SKALA);
    this.erhvervNorm = new Float64Array(nE);
    const perSkill: number[][] = Array.from({ length: nS }, () => []);
    const perSkillV: number[][] = Array.from({ length: nS }, () => []);
    for (let e = 0; e < nE; e++) {
      const { ess, opt } = lister[e]!;
      const ids = Int32Array.from([...ess, ...opt]).sort();
      const essFlag = new Uint8Array(ids.length);
      const vaerdi = new Float64Array(ids.length);
      let norm = 0;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        essFlag[i] = ess.has(id) ? 1 : 0;
        const v = (this.vaegt[id]! / VAEGT_SKALA) * (essFlag[i] ? 1 : 0.5);
        vaerdi[i] = v;
        norm += v * v;
        perSkill[id]!.push(e);
        perSkillV[id]!.push(v);
      }
      this.erhvervFaerdigheder.push(ids);
      this.erhvervEssentiel.push(essFlag);
      this.erhvervVaerdi.push(vaerdi);
      this.erhvervNorm[e] = Math.sqrt(norm);
      const g3 = this.isco[e]!.slice(0, 3);
      if (g3.length === 3) {
        const l = this.isco3.get(g3);
        if (l) l.push(e);
        else this.isco3.set(g3, [e]);
      }
    }
    this.faerdighedErhverv = perSkill.map((l) => Int32Array.from(l));
    this.faerdighedVaerdi = perSkillV.map((l) => Float64Array.from(l));
  }

  /** Integer weight of a skill (specificity × scale); unknown skills get the median weight. */
  vaegtAf(uri: string): number {
    const id = this.faerdighedId.get(uri);
    return id === undefined ? this.standardVaegt : this.vaegt[id]!;
  }

  /** Specificity of a skill (about 0.1 for the most common, up to ln(1 + number of occupations)). */
  specificitet(uri: string): number {
    return this.vaegtAf(uri) / VAEGT_SKALA;
  }

  /** Closeness 0–1 of two known occupations (symmetric; below NAERHED_MIN it is 0). */
  naerhedId(a: number, b: number): number {
    if (a === b) return 1;
    const fa = this.erhvervFaerdigheder[a]!;
    const fb = this.erhvervFaerdigheder[b]!;
    const va = this.erhvervVaerdi[a]!;
    const vb = this.erhvervVaerdi[b]!;
    let dot = 0;
    let i = 0;
    let j = 0;
    while (i < fa.length && j < fb.length) {
      const x = fa[i]!;
      const y = fb[j]!;
      if (x === y) {
        dot += va[i]! * vb[j]!;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return this.kombiner(dot, a, b);
  }

  /** Closeness from the dot product of the weighted skill vectors (one expression for every caller). */
  private kombiner(dot: number, a: number, b: number): number {
    const na = this.erhvervNorm[a]!;
    const nb = this.erhvervNorm[b]!;
    const cos = na > 0 && nb > 0 ? dot / (na * nb) : 0;
    const v = COS_ANDEL * cos + (1 - COS_ANDEL) * iscoLighed(this.isco[a]!, this.isco[b]!);
    return v < NAERHED_MIN ? 0 : Math.min(1, v);
  }

  /** Closeness of two occupation URIs (unknown URIs are close only to themselves). */
  naerhed(a: string, b: string): number {
    if (a === b) return 1;
    const ia = this.erhvervId.get(a);
    const ib = this.erhvervId.get(b);
    if (ia === undefined || ib === undefined) return 0;
    return this.naerhedId(ia, ib);
  }

  /**
   * All occupations with closeness ≥ NAERHED_MIN to `a` (itself included), cached. The dot products are accumulated
   * over the skill postings in ascending skill order, the same order of additions as the merge in `naerhedId`, so the
   * values are identical to it.
   */
  naboer(a: number): Naboer {
    const c = this.naboCache.get(a);
    if (c) return c;
    const nE = this.erhvervUri.length;
    if (this.dotScratch.length < nE) this.dotScratch = new Float64Array(nE);
    const dot = this.dotScratch;
    const ramt: number[] = [];
    const fa = this.erhvervFaerdigheder[a]!;
    const va = this.erhvervVaerdi[a]!;
    for (let i = 0; i < fa.length; i++) {
      const s = fa[i]!;
      const occ = this.faerdighedErhverv[s]!;
      const vals = this.faerdighedVaerdi[s]!;
      for (let j = 0; j < occ.length; j++) {
        const e = occ[j]!;
        if (dot[e] === 0) ramt.push(e);
        dot[e]! += va[i]! * vals[j]!;
      }
    }
    for (const e of this.isco3.get(this.isco[a]!.slice(0, 3)) ?? []) if (dot[e] === 0) ramt.push(e);
    ramt.sort((x, y) => x - y);
    const ids: number[] = [a];
    const naer: number[] = [1];
    for (const e of ramt) {
      if (e === a) continue;
      const v = this.kombiner(dot[e]!, a, e);
      if (v > 0) {
        ids.push(e);
        naer.push(v);
      }
    }
    for (const e of ramt) dot[e] = 0;
    const r = { ids: Int32Array.from(ids), naer: Float64Array.from(naer) };
    this.naboCache.set(a, r);
    return r;
  }

  /** Computes and caches the close occupations of every occupation (so no query pays for the first use). */
  beregnAlleNaboer(): void {
    for (let e = 0; e < this.erhvervUri.length; e++) this.naboer(e);
  }

  slaegtskab(a: string, b: string): Slaegtskab {
    if (a === b) return "samme";
    const ia = this.erhvervId.get(a);
    const ib = this.erhvervId.get(b);
    if (ia === undefined || ib === undefined) return "faerdigheder";
    const x = this.isco[ia]!;
    const y = this.isco[ib]!;
    if (x.slice(0, 4) === y.slice(0, 4) && x.length >= 4) return "isco4";
    if (x.slice(0, 3) === y.slice(0, 3) && x.length >= 3) return "isco3";
    if (x.slice(0, 2) === y.slice(0, 2) && x.length >= 2) return "isco2";
    return "faerdigheder";
  }
}

function iscoLighed(a: string, b: string): number {
  if (a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4)) return ISCO_LIGHED.isco4;
  if (a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3)) return ISCO_LIGHED.isco3;
  if (a.length >= 2 && b.length >= 2 && a.slice(0, 2) === b.slice(0, 2)) return ISCO_LIGHED.isco2;
  return 0;
}

export function bygKontekst(erhverv: readonly MatchErhverv[]): MatchKontekst {
  return new MatchKontekst(erhverv);
}

// ---------------------------------------------------------------------------------------------------------------
// Shared building blocks (used identically by `scor` and the indexes)

/** The order's skills, deduplicated (essential wins), with their integer values. */
export interface OrdreVektor {
  uris: string[];
  essentiel: boolean[];
  vaerdi: number[];
  total: number;
}
export function ordreVektor(k: MatchKontekst, o: MatchOrdre): OrdreVektor {
  const uris: string[] = [];
  const essentiel: boolean[] = [];
  const vaerdi: number[] = [];
  const set = new Set<string>();
  let total = 0;
  const add = (uri: string, ess: boolean) => {
    if (set.has(uri)) return;
    set.add(uri);
    const v = k.vaegtAf(uri) * (ess ? ESSENTIEL_FAKTOR : 1);
    uris.push(uri);
    essentiel.push(ess);
    vaerdi.push(v);
    total += v;
  };
  for (const s of o.essentielle) add(s, true);
  for (const s of o.valgfrie) add(s, false);
  return { uris, essentiel, vaerdi, total };
}

const f32 = Math.fround;
const GRAD = Math.PI / 180;

/** Great-circle distance in km (haversine). */
export function afstandKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * GRAD;
  const dLon = (lon2 - lon1) * GRAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * GRAD) * Math.cos(lat2 * GRAD) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Distance part 0–1: full within the accepted distance, then linearly down to 0 at AFSTAND_NUL × it. */
export function afstandDel(d: number, maxKm: number): number {
  const m = Math.max(1, maxKm);
  if (d <= m) return 1;
  return Math.max(0, 1 - (d - m) / ((AFSTAND_NUL - 1) * m));
}

/** Hours part 0–1: full when the ranges overlap or touch, falling by 1/TIMER_FALD per hour of gap. */
export function timerDel(pMin: number, pMax: number, oMin: number, oMax: number): number {
  const gap = Math.max(0, Math.max(pMin, oMin) - Math.min(pMax, oMax));
  return Math.max(0, 1 - gap / TIMER_FALD);
}

/** Availability part 0–1: full when the citizen can start by the start date (or today, if later). */
export function tilgaengeligDel(kanStarteDag: number, startDag: number): number {
  const sen = kanStarteDag - startDag;
  return sen <= 0 ? 1 : Math.max(0, 1 - sen / TILGAENGELIG_FALD);
}

const dagCache = new Map<string, number>();
/** Day number (days since 1970-01-01) of a YYYY-MM-DD date. */
export function dagnummer(iso: string): number {
  let d = dagCache.get(iso);
  if (d === undefined) {
    const [y, m, dd] = iso.slice(0, 10).split("-").map(Number);
    d = Math.floor(Date.UTC(y!, (m ?? 1) - 1, dd ?? 1) / 86_400_000);
    if (Number.isNaN(d)) throw new Error(`ugyldig dato: ${iso}`);
    if (dagCache.size > 10_000) dagCache.clear();
    dagCache.set(iso, d);
  }
  return d;
}
export function isoFraDag(dag: number): string {
  return new Date(dag * 86_400_000).toISOString().slice(0, 10);
}

/** The total from the parts (same expression everywhere, so index and reference agree to the bit). */
export function samletScore(F: number, E: number, J: number, A: number, T: number, V: number): number {
  const R = VAEGTE.faerdigheder * F + VAEGTE.erhverv * E + VAEGTE.jobmaal * J;
  return R + (R / RELEVANS_MAKS) * (VAEGTE.afstand * A + VAEGTE.timer * T + VAEGTE.tilgaengelighed * V);
}
export function relevans(F: number, E: number, J: number): number {
  return VAEGTE.faerdigheder * F + VAEGTE.erhverv * E + VAEGTE.jobmaal * J;
}

function bedsteErhverv(k: MatchKontekst, ordreErhverv: string, uris: readonly string[]): ErhvervsFund | null {
  let best: ErhvervsFund | null = null;
  for (const uri of uris) {
    const n = k.naerhed(ordreErhverv, uri);
    if (n > 0 && (best === null || n > best.naerhed))
      best = { uri, naerhed: n, slaegtskab: k.slaegtskab(ordreErhverv, uri) };
  }
  return best;
}

/** Reference scorer: the score of one profile for one order, with its parts and the facts behind them. */
export function scor(k: MatchKontekst, ordre: MatchOrdre, profil: MatchProfil, idag: string): MatchResultat {
  return scorMedVektor(k, ordreVektor(k, ordre), ordre, profil, idag);
}

/** `scor` with the order's skill vector computed once (`ordreVektor(k, ordre)`). */
export function scorMedVektor(
  k: MatchKontekst,
  ov: OrdreVektor,
  ordre: MatchOrdre,
  profil: MatchProfil,
  idag: string,
): MatchResultat {
  const har = new Set(profil.faerdigheder);
  let daekketV = 0;
  const daekket: string[] = [];
  const mangler: { uri: string; essentiel: boolean }[] = [];
  for (let i = 0; i < ov.uris.length; i++) {
    const uri = ov.uris[i]!;
    if (har.has(uri)) {
      daekketV += ov.vaerdi[i]!;
      daekket.push(uri);
    } else mangler.push({ uri, essentiel: ov.essentiel[i]! });
  }
  const F = ov.total > 0 ? daekketV / ov.total : 0;
  const erf = bedsteErhverv(k, ordre.erhverv, profil.erhverv);
  const maal = bedsteErhverv(k, ordre.erhverv, profil.jobmaal);
  const E = erf?.naerhed ?? 0;
  const J = maal?.naerhed ?? 0;

  let km: number | null = null;
  let A = AFSTAND_UKENDT;
  const maxKm = f32(profil.maxAfstandKm);
  if (profil.sted && ordre.sted) {
    km = afstandKm(f32(profil.sted.lat), f32(profil.sted.lon), f32(ordre.sted.lat), f32(ordre.sted.lon));
    A = afstandDel(km, maxKm);
  }
  const pMin = f32(profil.timerMin);
  const pMax = f32(profil.timerMax);
  const oMin = f32(ordre.timerMin);
  const oMax = f32(ordre.timerMax);
  const T = timerDel(pMin, pMax, oMin, oMax);
  const idagDag = dagnummer(idag);
  const kanStarte = Math.max(idagDag, profil.tilgaengeligFra ? dagnummer(profil.tilgaengeligFra) : idagDag);
  const startDag = Math.max(idagDag, dagnummer(ordre.start));
  const V = tilgaengeligDel(kanStarte, startDag);

  const score = samletScore(F, E, J, A, T, V);
  const g = relevans(F, E, J) / RELEVANS_MAKS;
  return {
    id: profil.id,
    score,
    dele: [
      { komponent: "faerdigheder", point: VAEGTE.faerdigheder * F, maks: VAEGTE.faerdigheder },
      { komponent: "erhverv", point: VAEGTE.erhverv * E, maks: VAEGTE.erhverv },
      { komponent: "jobmaal", point: VAEGTE.jobmaal * J, maks: VAEGTE.jobmaal },
      { komponent: "afstand", point: g * VAEGTE.afstand * A, maks: VAEGTE.afstand },
      { komponent: "timer", point: g * VAEGTE.timer * T, maks: VAEGTE.timer },
      { komponent: "tilgaengelighed", point: g * VAEGTE.tilgaengelighed * V, maks: VAEGTE.tilgaengelighed },
    ],
    daekket,
    mangler,
    afstandKm: km,
    grundlag: {
      ordreErhverv: ordre.erhverv,
      essentielle: ov.essentiel.filter(Boolean).length,
      erfaring: erf,
      jobmaal: maal,
      maxAfstandKm: profil.maxAfstandKm,
      profilTimer: [profil.timerMin, profil.timerMax],
      ordreTimer: [ordre.timerMin, ordre.timerMax],
      kanStarte: isoFraDag(kanStarte),
      start: isoFraDag(startDag),
    },
  };
}

/** Better first: higher score, then id ascending. */
export function sammenlign(a: { score: number; id: string }, b: { score: number; id: string }): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The reference score of many profiles for one order, without the explanation (for brute force over a large
 * population): the same parts and the same expression as `scor`, so the same number.
 */
export class OrdreScorer {
  private readonly ov: OrdreVektor;
  private readonly plads = new Map<string, number>();
  private readonly stempel: Int32Array;
  private gen = 0;
  private readonly naer = new Map<string, number>();
  private readonly idagDag: number;
  private readonly startDag: number;
  private readonly oLat: number;
  private readonly oLon: number;
  private readonly oMin: number;
  private readonly oMax: number;

  constructor(
    private readonly k: MatchKontekst,
    private readonly ordre: MatchOrdre,
    idag: string,
  ) {
    this.ov = ordreVektor(k, ordre);
    for (let i = 0; i < this.ov.uris.length; i++) this.plads.set(this.ov.uris[i]!, i);
    this.stempel = new Int32Array(this.ov.uris.length);
    this.idagDag = dagnummer(idag);
    this.startDag = Math.max(this.idagDag, dagnummer(ordre.start));
    this.oLat = ordre.sted ? f32(ordre.sted.lat) : 0;
    this.oLon = ordre.sted ? f32(ordre.sted.lon) : 0;
    this.oMin = f32(ordre.timerMin);
    this.oMax = f32(ordre.timerMax);
  }

  private naerhed(uri: string): number {
    let v = this.naer.get(uri);
    if (v === undefined) {
      v = this.k.naerhed(this.ordre.erhverv, uri);
      this.naer.set(uri, v);
    }
    return v;
  }

  score(p: MatchProfil): number {
    const gen = ++this.gen;
    let daekket = 0;
    for (const u of p.faerdigheder) {
      const i = this.plads.get(u);
      if (i !== undefined && this.stempel[i] !== gen) {
        this.stempel[i] = gen;
        daekket += this.ov.vaerdi[i]!;
      }
    }
    const F = this.ov.total > 0 ? daekket / this.ov.total : 0;
    let E = 0;
    for (const u of p.erhverv) E = Math.max(E, this.naerhed(u));
    let J = 0;
    for (const u of p.jobmaal) J = Math.max(J, this.naerhed(u));
    if (F === 0 && E === 0 && J === 0) return 0;
    const A =
      p.sted && this.ordre.sted
        ? afstandDel(afstandKm(f32(p.sted.lat), f32(p.sted.lon), this.oLat, this.oLon), f32(p.maxAfstandKm))
        : AFSTAND_UKENDT;
    const T = timerDel(f32(p.timerMin), f32(p.timerMax), this.oMin, this.oMax);
    const kanStarte = Math.max(this.idagDag, p.tilgaengeligFra ? dagnummer(p.tilgaengeligFra) : this.idagDag);
    const V = tilgaengeligDel(kanStarte, this.startDag);
    return samletScore(F, E, J, A, T, V);
  }
}

/** Brute force: score every profile, keep those above 0, best n (ties by id ascending), explained by `scor`. */
export function rangAlleProfiler(
  k: MatchKontekst,
  ordre: MatchOrdre,
  profiler: Iterable<MatchProfil>,
  idag: string,
  n: number,
): MatchResultat[] {
  if (n <= 0) return [];
  const s = new OrdreScorer(k, ordre, idag);
  let top: { score: number; id: string; p: MatchProfil }[] = [];
  let graense = Number.NEGATIVE_INFINITY;
  for (const p of profiler) {
    const score = s.score(p);
    if (score <= 0 || score < graense) continue;
    top.push({ score, id: p.id, p });
    if (top.length >= 4 * n + 64) {
      top = top.sort(sammenlign).slice(0, n);
      graense = top[n - 1]!.score;
    }
  }
  return top
    .sort(sammenlign)
    .slice(0, n)
    .map((x) => scor(k, ordre, x.p, idag));
}

/** Brute force over orders for one profile. */
export function rangAlleOrdrer(
  k: MatchKontekst,
  profil: MatchProfil,
  ordrer: Iterable<MatchOrdre>,
  idag: string,
  n: number,
): MatchResultat[] {
  const alle: MatchResultat[] = [];
  for (const o of ordrer) {
    const r = scor(k, o, profil, idag);
    if (r.score > 0) alle.push({ ...r, id: o.id });
  }
  return alle.sort(sammenlign).slice(0, Math.max(0, n));
}

/** Occupations closest to `uri` by shared skills and ISCO, with shared skills and the skills that separate them. */
export function naereErhverv(
  k: MatchKontekst,
  uri: string,
  n: number,
): { uri: string; naerhed: number; faelles: string[]; mangler: string[] }[] {
  const a = k.erhvervId.get(uri);
  if (a === undefined || n <= 0) return [];
  const nb = k.naboer(a);
  const liste: { e: number; naerhed: number }[] = [];
  for (let i = 0; i < nb.ids.length; i++) if (nb.ids[i] !== a) liste.push({ e: nb.ids[i]!, naerhed: nb.naer[i]! });
  liste.sort((x, y) => y.naerhed - x.naerhed || (k.erhvervUri[x.e]! < k.erhvervUri[y.e]! ? -1 : 1));
  const kilde = new Set(k.erhvervFaerdigheder[a]!);
  const spec = (s: number) => k.vaegt[s]!;
  return liste.slice(0, n).map(({ e, naerhed }) => {
    const ids = k.erhvervFaerdigheder[e]!;
    const ess = k.erhvervEssentiel[e]!;
    const faelles: number[] = [];
    const manglerEss: number[] = [];
    const manglerOpt: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const s = ids[i]!;
      if (kilde.has(s)) faelles.push(s);
      else if (ess[i]) manglerEss.push(s);
      else manglerOpt.push(s);
    }
    const efterSpec = (x: number, y: number) => spec(y) - spec(x) || x - y;
    faelles.sort(efterSpec);
    manglerEss.sort(efterSpec);
    manglerOpt.sort(efterSpec);
    return {
      uri: k.erhvervUri[e]!,
      naerhed,
      faelles: faelles.map((s) => k.faerdighedUri[s]!),
      mangler: [...manglerEss, ...manglerOpt].slice(0, 8).map((s) => k.faerdighedUri[s]!),
    };
  });
}
