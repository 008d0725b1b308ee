/**
 * Ranking of a skill label search (GET /api/esco/faerdigheder; docs/esco.md). Pure: the store fetches candidates whose
 * labels contain the query's longest word, this decides which match and in what order.
 *
 * A label matches when every word of the query starts a word of the label ("sikker arb" finds "arbejde sikkert med
 * kemikalier"). Better matches rank first: the exact label, then a label that starts with the query, then a
 * word-prefix match; the preferred label (Danish or English) counts more than an alternative label or synonym; then
 * the shorter label, then the URI, so the order is stable.
 */

export interface FaerdighedKandidat {
  uri: string;
  titel_da: string | null;
  titel_en: string;
  alt_da: readonly string[];
  alt_en: readonly string[];
  synonymer_da: readonly string[];
}

/** Lower-cased words; anything that is not a letter or a digit separates words. */
export function soegeord(tekst: string): string[] {
  return tekst
    .normalize("NFC")
    .toLocaleLowerCase("da")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((o) => o.length > 0);
}

const EKSAKT = 400;
const BEGYNDER = 300;
const ORDPRAEFIKS = 200;
const FORETRUKKEN = 50;

/** How well one label matches the query's words (0: no match). */
export function etiketPoint(etiket: string, q: readonly string[]): number {
  const ord = soegeord(etiket);
  if (q.length === 0 || ord.length === 0) return 0;
  if (ord.length === q.length && ord.every((o, i) => o === q[i])) return EKSAKT;
  const praefiks = q.every((w, i) => (i === q.length - 1 ? ord[i]?.startsWith(w) : ord[i] === w));
  if (praefiks) return BEGYNDER;
  if (q.every((w) => ord.some((o) => o.startsWith(w)))) return ORDPRAEFIKS;
  return 0;
}

/** A candidate's best match over its labels; the preferred labels get a bonus. */
export function kandidatPoint(k: FaerdighedKandidat, q: readonly string[]): { point: number; laengde: number } {
  let bedst = 0;
  let laengde = Number.MAX_SAFE_INTEGER;
  const maal = (etiket: string, bonus: number) => {
    const p = etiketPoint(etiket, q);
    if (p === 0) return;
    const point = p + bonus;
    if (point > bedst || (point === bedst && etiket.length < laengde)) {
      bedst = point;
      laengde = etiket.length;
    }
  };
  if (k.titel_da) maal(k.titel_da, FORETRUKKEN);
  maal(k.titel_en, FORETRUKKEN);
  for (const s of k.synonymer_da) maal(s, 0);
  for (const s of k.alt_da) maal(s, 0);
  for (const s of k.alt_en) maal(s, 0);
  return { point: bedst, laengde };
}

/** The `n` best-matching candidates, best first. */
export function rangerFaerdigheder<K extends FaerdighedKandidat>(q: string, kandidater: readonly K[], n: number): K[] {
  const ord = soegeord(q);
  if (ord.length === 0) return [];
  return kandidater
    .map((k) => ({ k, ...kandidatPoint(k, ord) }))
    .filter((x) => x.point > 0)
    .sort((a, b) => b.point - a.point || a.laengde - b.laengde || (a.k.uri < b.k.uri ? -1 : a.k.uri > b.k.uri ? 1 : 0))
    .slice(0, n)
    .map((x) => x.k);
}
