/**
 * Occupation search (pure): a job title as a person types it, Danish or English, with typos, inflections, compounds,
 * abbreviations and informal words → ESCO occupations, ranked (docs/erhvervssoegning.md).
 *
 * Every label of an occupation (Danish preferred and alternative labels and synonyms, English ones, and the title of
 * its ISCO group) is cut into word parts: words are normalised and folded (æ → ae …), abbreviations read
 * ("sosu" → "social og sundheds"), Danish compounds split against the index's own vocabulary ("lagermedarbejder" →
 * lager + medarbejder, "rengøringsassistent" → rengøring(s) + assistent) and every part stemmed with the Danish
 * Snowball stemmer. A query is cut the same way; each of its parts is matched to the index's parts exactly, through a
 * few near heads of compounds ("-mand" ≈ "-arbejder"), as a prefix ("pædagog" ↔ "pædagogisk") or with one or two
 * typos. A label scores by how much of the query it covers (parts weighted by their rarity) and how much of the label
 * the query covers, blended with the character-trigram similarity of the two texts (a safety net for typos inside a
 * compound), times the weight of the label's field. An occupation scores as its best label.
 */
import { afstand, DELSYNONYMER, fold, ord, sletninger, stamme, trigrammer } from "./soeg-tekst.ts";

export interface ErhvervTilIndeks {
  uri: string;
  isco: string;
  titel_da: string | null;
  titel_en: string;
  alt_da: readonly string[];
  alt_en: readonly string[];
  synonymer_da: readonly string[];
  iscoTitel_da?: string | null;
  iscoTitel_en?: string | null;
}

export type Felt = "titel_da" | "alt_da" | "titel_en" | "alt_en" | "isco_da" | "isco_en";

export interface SoegeIndstillinger {
  /** Weight of a label by the field it comes from (preferred > alternative > ISCO group title). */
  vaegte: Record<Felt, number>;
  /** Share of the character-trigram similarity in a label's score (0 = words only). */
  trigram: number;
  /** A trigram found in more labels than this does not by itself make a label a candidate. */
  trigramKandidatGraense: number;
  /** Share of a label's score that does not depend on how much of the label the query covers. */
  grundDaekning: number;
  /** Bonus for occupations with many labels (a prior), scaled by log of the label count; 0 = none. */
  prior: number;
  /**
   * Share of the occupation's own preferred title's score added to its best label's: when several occupations share
   * the label that matched ("lagermand"), the one whose own title is nearer the query comes first.
   */
  titelBonus: number;
  stamme: boolean;
  sammensaetninger: boolean;
  stavefejl: boolean;
  delsynonymer: boolean;
}

export const STANDARD_INDSTILLINGER: SoegeIndstillinger = {
  vaegte: { titel_da: 1, alt_da: 0.97, titel_en: 0.93, alt_en: 0.9, isco_da: 0.75, isco_en: 0.7 },
  trigram: 0.3,
  trigramKandidatGraense: 150,
  grundDaekning: 0.6,
  prior: 0,
  titelBonus: 0.05,
  stamme: true,
  sammensaetninger: true,
  stavefejl: true,
  delsynonymer: true,
};

export interface ErhvervsFund {
  uri: string;
  /** 0–1 */
  score: number;
  /** The label (as written in the taxonomy) that matched best. */
  fundetVia: string;
}

/** At most this many parts of a query are used (a pasted sentence is cut). */
const MAKS_DELE = 8;

export interface Erhvervsindeks {
  readonly indstillinger: SoegeIndstillinger;
  readonly uris: readonly string[];
  /** label → occupation, field weight, text, its part keys and their summed weight, its trigram count */
  readonly etiketErhverv: Int32Array;
  readonly etiketVaegt: Float32Array;
  readonly etiketErTitel: Uint8Array;
  readonly etiketTekst: readonly string[];
  readonly etiketDele: readonly Int32Array[];
  readonly etiketDelVaegt: Float32Array;
  readonly etiketTrigrammer: readonly Int32Array[];
  readonly antalEtiketter: Int32Array;
  readonly noegler: ReadonlyMap<string, number>;
  readonly noegleTekst: readonly string[];
  readonly idf: Float32Array;
  readonly medianIdf: number;
  readonly forekomster: readonly Int32Array[];
  readonly sletIndeks: ReadonlyMap<string, readonly number[]>;
  readonly sorteredeNoegler: readonly string[];
  readonly noeglerEfterLaengde: readonly (readonly number[])[];
  readonly trigramId: ReadonlyMap<string, number>;
  readonly trigramForekomster: readonly Int32Array[];
  readonly delsynonymer: ReadonlyMap<string, readonly [number, number][]>;
  readonly ordforraad: ReadonlySet<string>;
  readonly opdel: (o: string) => string[];
  /** scratch arrays reused by every query (the search is synchronous) */
  readonly bedste: Float32Array;
}

/** Splits a folded word into compound parts known to the vocabulary (memoised). */
function lavOpdeler(ordforraad: ReadonlySet<string>, hoveder: ReadonlySet<string>): (o: string) => string[] {
  const husk = new Map<string, { dele: string[]; ukendt: number } | null>();
  // A head may be inflected ("lagerarbejdere"): it is known when its stem is the stem of a known word.
  const stammer = new Set<string>();
  for (const o of ordforraad) if (o.length >= 5) stammer.add(stamme(o));
  const kendtHoved = (h: string) => ordforraad.has(h) || (h.length >= 5 && stammer.has(stamme(h)));
  const kendtForled = (v: string) =>
    ordforraad.has(v) || (v.length > 4 && (v.endsWith("s") || v.endsWith("e")) && ordforraad.has(v.slice(0, -1)));
  function del(o: string): { dele: string[]; ukendt: number } | null {
    if (husk.has(o)) return husk.get(o)!;
    let bedst: { dele: string[]; ukendt: number } | null = null;
    const bedre = (a: { dele: string[]; ukendt: number }) =>
      !bedst ||
      a.dele.length < bedst.dele.length ||
      (a.dele.length === bedst.dele.length && a.ukendt < bedst.ukendt) ||
      (a.dele.length === bedst.dele.length &&
        a.ukendt === bedst.ukendt &&
        a.dele[a.dele.length - 1]!.length > bedst.dele[bedst.dele.length - 1]!.length);
    for (let i = 3; i <= o.length - 4; i++) {
      const hoved = o.slice(i);
      if (!kendtHoved(hoved)) continue;
      const forled = o.slice(0, i);
      let kandidat: { dele: string[]; ukendt: number } | null = null;
      if (kendtForled(forled)) kandidat = { dele: [forled, hoved], ukendt: 0 };
      else {
        const indre = forled.length >= 7 ? del(forled) : null;
        if (indre) kandidat = { dele: [...indre.dele, hoved], ukendt: indre.ukendt };
        else if (forled.length >= 4 && (hoved.length >= 5 || hoveder.has(hoved)))
          kandidat = { dele: [forled, hoved], ukendt: 1 };
      }
      if (kandidat && bedre(kandidat)) bedst = kandidat;
    }
    // Queries bring words of their own: the memory is bounded.
    if (husk.size > 200_000) husk.clear();
    husk.set(o, bedst);
    return bedst;
  }
  return (o) => (o.length < 7 ? [o] : (del(o)?.dele ?? [o]));
}

/** A text's words, and its part keys (stems of compound parts), as the index and the query see them. */
function analyser(
  tekst: string,
  opdel: ((o: string) => string[]) | null,
  ordforraad: ReadonlySet<string>,
  medStamme: boolean,
): { ord: string[]; noegler: string[] } {
  const ordene = ord(tekst);
  const noegler: string[] = [];
  for (const o of ordene) {
    const dele = opdel ? opdel(o) : [o];
    for (let i = 0; i < dele.length; i++) {
      let d = dele[i]!;
      if (i < dele.length - 1 && d.length > 4 && (d.endsWith("s") || d.endsWith("e")) && ordforraad.has(d.slice(0, -1)))
        d = d.slice(0, -1);
      noegler.push(medStamme ? stamme(d) : d);
    }
  }
  return { ord: ordene, noegler };
}

export function bygErhvervsindeks(
  erhverv: readonly ErhvervTilIndeks[],
  indstillinger: Partial<SoegeIndstillinger> = {},
): Erhvervsindeks {
  const ind: SoegeIndstillinger = { ...STANDARD_INDSTILLINGER, ...indstillinger };
  const etiketter: { erhverv: number; felt: Felt; tekst: string }[] = [];
  const uris: string[] = [];
  const antal: number[] = [];
  erhverv.forEach((e, i) => {
    uris.push(e.uri);
    const set = new Set<string>();
    const tilfoej = (felt: Felt, tekst: string | null | undefined) => {
      const t = tekst?.trim();
      if (!t) return;
      const noegle = `${felt.endsWith("_da") ? "da" : "en"}:${t.toLowerCase()}`;
      if (set.has(noegle)) return;
      set.add(noegle);
      etiketter.push({ erhverv: i, felt, tekst: t });
    };
    tilfoej("titel_da", e.titel_da);
    for (const a of e.alt_da) tilfoej("alt_da", a);
    for (const a of e.synonymer_da) tilfoej("alt_da", a);
    tilfoej("titel_en", e.titel_en);
    for (const a of e.alt_en) tilfoej("alt_en", a);
    tilfoej("isco_da", e.iscoTitel_da);
    tilfoej("isco_en", e.iscoTitel_en);
    antal.push(set.size);
  });

  // The vocabulary that compounds are split against: every word of every label.
  const ordforraad = new Set<string>();
  for (const et of etiketter) for (const o of ord(et.tekst)) if (o.length >= 3) ordforraad.add(o);
  // Short words that end at least two other words are heads of compounds ("-chef", "-kok"); so are the heads of the
  // near-head table ("lagermand" splits into lager + mand).
  const efterled = new Map<string, number>();
  for (const o of ordforraad)
    for (let i = 3; i <= o.length - 4; i++) efterled.set(o.slice(i), (efterled.get(o.slice(i)) ?? 0) + 1);
  const hoveder = new Set([...efterled].filter(([o, n]) => n >= 2 && ordforraad.has(o)).map(([o]) => o));
  for (const [fra, til] of DELSYNONYMER) {
    for (const o of [fold(fra), fold(til)]) {
      ordforraad.add(o);
      hoveder.add(o);
    }
  }
  const opdel = ind.sammensaetninger ? lavOpdeler(ordforraad, hoveder) : null;

  const noegler = new Map<string, number>();
  const noegleTekst: string[] = [];
  const forekomsterListe: number[][] = [];
  const noegleId = (n: string) => {
    let id = noegler.get(n);
    if (id === undefined) {
      id = noegleTekst.length;
      noegler.set(n, id);
      noegleTekst.push(n);
      forekomsterListe.push([]);
    }
    return id;
  };
  const L = etiketter.length;
  const etiketErhverv = new Int32Array(L);
  const etiketVaegt = new Float32Array(L);
  const etiketErTitel = new Uint8Array(L);
  const etiketDele: Int32Array[] = [];
  const etiketTrigrammer: Int32Array[] = [];
  const trigramId = new Map<string, number>();
  const trigramListe: number[][] = [];
  etiketter.forEach((et, l) => {
    etiketErhverv[l] = et.erhverv;
    etiketVaegt[l] = ind.vaegte[et.felt];
    etiketErTitel[l] = et.felt === "titel_da" || (et.felt === "titel_en" && !erhverv[et.erhverv]!.titel_da) ? 1 : 0;
    const a = analyser(et.tekst, opdel, ordforraad, ind.stamme);
    const ids = [...new Set(a.noegler.map(noegleId))];
    for (const id of ids) forekomsterListe[id]!.push(l);
    etiketDele.push(Int32Array.from(ids));
    const tri: number[] = [];
    for (const t of trigrammer(a.ord.join(" "))) {
      let id = trigramId.get(t);
      if (id === undefined) {
        id = trigramListe.length;
        trigramId.set(t, id);
        trigramListe.push([]);
      }
      trigramListe[id]!.push(l);
      tri.push(id);
    }
    etiketTrigrammer.push(Int32Array.from(tri));
  });
  const idf = new Float32Array(noegleTekst.length);
  forekomsterListe.forEach((f, k) => {
    idf[k] = Math.log(1 + L / f.length);
  });
  const etiketDelVaegt = new Float32Array(L);
  etiketDele.forEach((d, l) => {
    let s = 0;
    for (const k of d) s += idf[k]!;
    etiketDelVaegt[l] = s;
  });

  const sletIndeks = new Map<string, number[]>();
  const noeglerEfterLaengde: number[][] = [];
  noegleTekst.forEach((n, k) => {
    const samme = noeglerEfterLaengde[n.length] ?? [];
    noeglerEfterLaengde[n.length] = samme;
    samme.push(k);
    if (n.length < 4) return;
    for (const s of [n, ...sletninger(n)]) {
      const liste = sletIndeks.get(s) ?? [];
      sletIndeks.set(s, liste);
      if (liste[liste.length - 1] !== k) liste.push(k);
    }
  });
  for (let i = 0; i < noeglerEfterLaengde.length; i++) noeglerEfterLaengde[i] ??= [];

  const delsynonymer = new Map<string, [number, number][]>();
  if (ind.delsynonymer) {
    const tilNoegle = (o: string) => (ind.stamme ? stamme(fold(o)) : fold(o));
    for (const [fra, til, s] of DELSYNONYMER) {
      const a = tilNoegle(fra);
      const b = noegler.get(tilNoegle(til));
      if (b === undefined) continue;
      const liste = delsynonymer.get(a) ?? [];
      delsynonymer.set(a, liste);
      liste.push([b, s]);
    }
  }

  return {
    indstillinger: ind,
    uris,
    etiketErhverv,
    etiketVaegt,
    etiketErTitel,
    etiketTekst: etiketter.map((e) => e.tekst),
    etiketDele,
    etiketDelVaegt,
    etiketTrigrammer,
    antalEtiketter: Int32Array.from(antal),
    noegler,
    noegleTekst,
    idf,
    medianIdf: [...idf].sort((x, y) => x - y)[idf.length >> 1] ?? 1,
    forekomster: forekomsterListe.map((f) => Int32Array.from(f)),
    sletIndeks,
    sorteredeNoegler: [...noegleTekst].sort(),
    noeglerEfterLaengde,
    trigramId,
    trigramForekomster: trigramListe.map((l) => Int32Array.from(l)),
    delsynonymer,
    ordforraad,
    opdel: opdel ?? ((o) => [o]),
    bedste: new Float32Array(L * MAKS_DELE),
  };
}

/** The index's part keys that a query part may stand for, each with a similarity in (0, 1]. */
function kandidatNoegler(ix: Erhvervsindeks, q: string): Map<number, number> {
  const ud = new Map<number, number>();
  const saet = (k: number, s: number) => {
    if ((ud.get(k) ?? 0) < s) ud.set(k, s);
  };
  const eksakt = ix.noegler.get(q);
  if (eksakt !== undefined) saet(eksakt, 1);
  for (const [k, s] of ix.delsynonymer.get(q) ?? []) saet(k, s);
  if (!ix.indstillinger.stavefejl) return ud;
  if (q.length >= 4) {
    // Longer keys that begin with the query part ("paedagog" → "paedagogisk", "medarb" → "medarbejd").
    const sorteret = ix.sorteredeNoegler;
    let lo = 0;
    let hi = sorteret.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (sorteret[m]! < q) lo = m + 1;
      else hi = m;
    }
    for (let i = lo, taelt = 0; i < sorteret.length && taelt < 40 && sorteret[i]!.startsWith(q); i++, taelt++) {
      const n = sorteret[i]!;
      if (n !== q) saet(ix.noegler.get(n)!, 0.5 + 0.4 * (q.length / n.length));
    }
    // Shorter keys that the query part begins with ("paedagogisk" → "paedagog").
    for (let l = q.length - 1; l >= 4; l--) {
      const k = ix.noegler.get(q.slice(0, l));
      if (k !== undefined) saet(k, 0.5 + 0.4 * (l / q.length));
    }
    // One typo: the one-deletion neighbourhood.
    let fundet = eksakt !== undefined;
    for (const s of [q, ...sletninger(q)]) {
      for (const k of ix.sletIndeks.get(s) ?? []) {
        const n = ix.noegleTekst[k]!;
        if (n !== q && afstand(q, n, 1) <= 1) {
          saet(k, 0.8);
          fundet = true;
        }
      }
    }
    // Two typos in a long word, when nothing closer was found.
    if (!fundet && q.length >= 7) {
      for (let l = q.length - 2; l <= q.length + 2; l++) {
        for (const k of ix.noeglerEfterLaengde[l] ?? []) {
          if (afstand(q, ix.noegleTekst[k]!, 2) <= 2) saet(k, 0.6);
        }
      }
    }
  }
  return ud;
}

/** Whether a key within one typo of `k` is in the index. */
function harNaerNoegle(ix: Erhvervsindeks, k: string): boolean {
  if (ix.noegler.has(k)) return true;
  if (k.length < 4) return false;
  for (const s of [k, ...sletninger(k)]) {
    for (const n of ix.sletIndeks.get(s) ?? []) if (afstand(k, ix.noegleTekst[n]!, 1) <= 1) return true;
  }
  return false;
}

/**
 * The query's compound splitter: as the index's, and for an unknown word that does not split, a known first part
 * followed by a head within one typo of a known part ("lagerarbjder" → lager + arbjder, matched to arbejder).
 */
function opdelForespoergsel(ix: Erhvervsindeks): (o: string) => string[] {
  return (o) => {
    const dele = ix.opdel(o);
    if (dele.length > 1 || o.length < 8 || ix.ordforraad.has(o) || !ix.indstillinger.stavefejl) return dele;
    for (let i = o.length - 4; i >= 3; i--) {
      const v = o.slice(0, i);
      const kendt =
        ix.ordforraad.has(v) ||
        (v.length > 4 && (v.endsWith("s") || v.endsWith("e")) && ix.ordforraad.has(v.slice(0, -1)));
      if (!kendt) continue;
      const h = o.slice(i);
      if (harNaerNoegle(ix, ix.indstillinger.stamme ? stamme(h) : h)) return [v, h];
    }
    return dele;
  };
}

/** The occupations best matching a typed title, best first (ties: more labels, then URI). */
export function soegErhverv(ix: Erhvervsindeks, tekst: string, n: number): ErhvervsFund[] {
  const ind = ix.indstillinger;
  const a = analyser(
    tekst.slice(0, 200),
    ind.sammensaetninger ? opdelForespoergsel(ix) : null,
    ix.ordforraad,
    ind.stamme,
  );
  const qNoegler = [...new Set(a.noegler)].slice(0, MAKS_DELE);
  if (qNoegler.length === 0 || n <= 0) return [];
  const J = qNoegler.length;
  const L = ix.etiketErhverv.length;

  // Query parts → candidate keys; each part weighted by the rarity of what it matches.
  const kandidater = qNoegler.map((q) => kandidatNoegler(ix, q));
  const noegleMatch = new Map<number, number>();
  const medianIdf = ix.medianIdf;
  const w = kandidater.map((m, j) => {
    const eksakt = ix.noegler.get(qNoegler[j]!);
    if (eksakt !== undefined) return ix.idf[eksakt]!;
    let bedst = 0;
    let sum = 0;
    for (const [k, s] of m) {
      if (s > bedst) {
        bedst = s;
        sum = ix.idf[k]!;
      }
    }
    return bedst > 0 ? sum : medianIdf;
  });
  const W = w.reduce((x, y) => x + y, 0);

  const bedste = ix.bedste;
  const beroert: number[] = [];
  const erBeroert = new Uint8Array(L);
  kandidater.forEach((m, j) => {
    for (const [k, s] of m) {
      if ((noegleMatch.get(k) ?? 0) < s) noegleMatch.set(k, s);
      for (const l of ix.forekomster[k]!) {
        if (!erBeroert[l]) {
          erBeroert[l] = 1;
          beroert.push(l);
        }
        const i = l * MAKS_DELE + j;
        if (bedste[i]! < s) bedste[i] = s;
      }
    }
  });

  // Character trigrams: labels sharing a rare trigram with the query are candidates too (typos inside a word).
  const qTri = new Set<number>();
  let qTriAntal = 0;
  if (ind.trigram > 0) {
    for (const t of trigrammer(a.ord.join(" "))) {
      qTriAntal++;
      const id = ix.trigramId.get(t);
      if (id === undefined) continue;
      qTri.add(id);
      const f = ix.trigramForekomster[id]!;
      if (f.length > ind.trigramKandidatGraense) continue;
      for (const l of f) {
        if (!erBeroert[l]) {
          erBeroert[l] = 1;
          beroert.push(l);
        }
      }
    }
  }

  const erhvervScore = new Map<number, { score: number; etiket: number; titel: number }>();
  for (const l of beroert) {
    let daekket = 0;
    for (let j = 0; j < J; j++) daekket += w[j]! * bedste[l * MAKS_DELE + j]!;
    const qDaekning = W > 0 ? daekket / W : 0;
    let lDaekket = 0;
    for (const k of ix.etiketDele[l]!) lDaekket += ix.idf[k]! * (noegleMatch.get(k) ?? 0);
    const lDaekning = ix.etiketDelVaegt[l]! > 0 ? lDaekket / ix.etiketDelVaegt[l]! : 0;
    const ordScore = qDaekning * (ind.grundDaekning + (1 - ind.grundDaekning) * lDaekning);
    let dice = 0;
    if (qTriAntal > 0) {
      const lTri = ix.etiketTrigrammer[l]!;
      let faelles = 0;
      for (const t of lTri) if (qTri.has(t)) faelles++;
      dice = (2 * faelles) / (qTriAntal + lTri.length);
    }
    const score = ix.etiketVaegt[l]! * ((1 - ind.trigram) * ordScore + ind.trigram * dice);
    const e = ix.etiketErhverv[l]!;
    let f = erhvervScore.get(e);
    if (!f) {
      f = { score: 0, etiket: l, titel: 0 };
      erhvervScore.set(e, f);
    }
    if (score > f.score) {
      f.score = score;
      f.etiket = l;
    }
    if (ix.etiketErTitel[l] && score > f.titel) f.titel = score;
    for (let j = 0; j < J; j++) bedste[l * MAKS_DELE + j] = 0;
  }

  const maksAntal = Math.log(2 + 60);
  const liste = [...erhvervScore].map(([e, f]) => ({
    e,
    etiket: f.etiket,
    score: f.score + ind.titelBonus * f.titel + ind.prior * (Math.log(1 + ix.antalEtiketter[e]!) / maksAntal),
  }));
  liste.sort(
    (x, y) =>
      y.score - x.score ||
      ix.antalEtiketter[y.e]! - ix.antalEtiketter[x.e]! ||
      (ix.uris[x.e]! < ix.uris[y.e]! ? -1 : ix.uris[x.e]! > ix.uris[y.e]! ? 1 : 0),
  );
  return liste
    .filter((x) => x.score > 0.05)
    .slice(0, n)
    .map((x) => ({
      uri: ix.uris[x.e]!,
      score: Math.round(Math.min(1, x.score) * 1000) / 1000,
      fundetVia: ix.etiketTekst[x.etiket]!,
    }));
}
