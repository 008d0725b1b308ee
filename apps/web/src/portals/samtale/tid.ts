import { useEffect, useState } from "react";
import type { Lang } from "../../api/types.ts";
import { dateInDenmark, formatDate, formatTimeOfDay, formatWeekday, formatWeekdayDate } from "../../ui/format.ts";

/** Times of the conversations as the citizen and the caseworker read them, always in Danish time. */

/** The Danish calendar day of a point in time, YYYY-MM-DD (for grouping times by day). */
export const dagNoegle = (iso: string | Date): string => dateInDenmark(iso);

/** A calendar date (YYYY-MM-DD) plus some days. */
export function plusDage(dato: string, dage: number): string {
  const [y, m, d] = dato.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + dage)).toISOString().slice(0, 10);
}

/** The text with a capital first letter ("mandag …" → "Mandag …"). */
export const stortForbogstav = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Mandag 30. november" / "Monday 30 November": the heading of a day's times. */
export function dagOverskrift(iso: string, lang: Lang): string {
  return stortForbogstav(formatWeekdayDate(iso, lang));
}

/** "10.00–10.45" / "10:00–10:45". */
export function fraTil(start: string, slut: string, lang: Lang): string {
  return `${formatTimeOfDay(new Date(start), lang)}–${formatTimeOfDay(new Date(slut), lang)}`;
}

/** "kl. 10.00–10.45" / "10:00–10:45". */
export function tidsrum(start: string, slut: string, lang: Lang): string {
  return lang === "da" ? `kl. ${fraTil(start, slut, lang)}` : fraTil(start, slut, lang);
}

/** "kl. 10.00" / "10:00". */
export function klokken(iso: string, lang: Lang): string {
  const t = formatTimeOfDay(new Date(iso), lang);
  return lang === "da" ? `kl. ${t}` : t;
}

/** "mandag 30. november 2026 kl. 10.00–10.45" / "Monday 30 November 2026, 10:00–10:45". */
export function samtaleTid(start: string, slut: string, lang: Lang): string {
  const dag = formatWeekday(start, lang);
  const dato = formatDate(start, lang);
  return lang === "da"
    ? `${dag} ${dato} ${tidsrum(start, slut, lang)}`
    : `${dag} ${dato}, ${tidsrum(start, slut, lang)}`;
}

/**
 * Free times grouped by their Danish day, days and times in the order given, each time with its place in the list
 * (the citizen's and the caseworker's time pickers).
 */
export function tiderPerDag<T extends { start: string }>(tider: readonly T[]): Map<string, { tid: T; n: number }[]> {
  const dage = new Map<string, { tid: T; n: number }[]>();
  tider.forEach((tid, n) => {
    const dag = dagNoegle(tid.start);
    const liste = dage.get(dag);
    if (liste) liste.push({ tid, n });
    else dage.set(dag, [{ tid, n }]);
  });
  return dage;
}

/** The time now, renewed every minute (to tell coming conversations from earlier ones). */
export function useNu(): number {
  const [nu, setNu] = useState(() => Date.now());
  useEffect(() => {
    const t = window.setInterval(() => setNu(Date.now()), 60_000);
    return () => window.clearInterval(t);
  }, []);
  return nu;
}
