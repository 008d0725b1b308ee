import { useEffect, useState } from "react";
import type { Lang } from "../../../api/types.ts";
import { formatDate, formatTimeOfDay } from "../../../ui/format.ts";

/** Times of the conversations as a Danish citizen reads them, always in Danish time whatever the browser's zone. */
const ZONE = "Europe/Copenhagen";
const locale = (lang: Lang) => (lang === "en" ? "en-GB" : "da-DK");

/** The Danish calendar day of a point in time, YYYY-MM-DD (for grouping times by day). */
export function dagNoegle(iso: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date(iso));
}

/** "Mandag 30. november" / "Monday 30 November": the heading of a day's times. */
export function dagOverskrift(iso: string, lang: Lang): string {
  const s = new Intl.DateTimeFormat(locale(lang), {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: ZONE,
  }).format(new Date(iso));
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "kl. 10.00–10.45" / "10:00–10:45". */
export function tidsrum(start: string, slut: string, lang: Lang): string {
  const fra = formatTimeOfDay(new Date(start), lang);
  const til = formatTimeOfDay(new Date(slut), lang);
  return lang === "da" ? `kl. ${fra}–${til}` : `${fra}–${til}`;
}

/** "kl. 10.00" / "10:00". */
export function klokken(iso: string, lang: Lang): string {
  const t = formatTimeOfDay(new Date(iso), lang);
  return lang === "da" ? `kl. ${t}` : t;
}

/** "mandag 30. november 2026 kl. 10.00–10.45" / "Monday 30 November 2026, 10:00–10:45". */
export function samtaleTid(start: string, slut: string, lang: Lang): string {
  const dag = new Intl.DateTimeFormat(locale(lang), { weekday: "long", timeZone: ZONE }).format(new Date(start));
  const dato = formatDate(start, lang);
  return lang === "da"
    ? `${dag} ${dato} ${tidsrum(start, slut, lang)}`
    : `${dag} ${dato}, ${tidsrum(start, slut, lang)}`;
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
