import { useTranslation } from "react-i18next";
import type { Lang } from "../api/types.ts";

/**
 * Dates and numbers as people write them: "12. december 2026 kl. 10.30" in Danish, "12 December 2026 at 10:30" in
 * English. Points in time are shown in Danish time; calendar dates (YYYY-MM-DD) are shown as the date they are.
 */
const locale = (lang: Lang) => (lang === "en" ? "en-GB" : "da-DK");
export const ZONE = "Europe/Copenhagen";

function calendarDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return undefined;
}

export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return "";
  const cal = calendarDate(value);
  const d = cal ?? new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(locale(lang), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: cal ? "UTC" : ZONE,
  }).format(d);
}

/** A date or point in time with the given parts: a calendar date as the date it is, a point in time in Danish time. */
function formatParts(value: string, lang: Lang, parts: Intl.DateTimeFormatOptions): string {
  const cal = calendarDate(value);
  const d = cal ?? new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(locale(lang), { ...parts, timeZone: cal ? "UTC" : ZONE }).format(d);
}

/** "mandag den 30. november" / "Monday 30 November" (`year`: with the year). */
export function formatWeekdayDate(value: string, lang: Lang, year = false): string {
  return formatParts(value, lang, {
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(year ? { year: "numeric" } : {}),
  });
}

/** "mandag" / "Monday". */
export function formatWeekday(value: string, lang: Lang): string {
  return formatParts(value, lang, { weekday: "long" });
}

/** The Danish calendar date of a point in time, as YYYY-MM-DD. */
export function dateInDenmark(value: string | Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date(value));
}

/** "10.30" (Danish) or "10:30" (English), in Danish time. */
export function formatTimeOfDay(d: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { hour: "2-digit", minute: "2-digit", timeZone: ZONE, hourCycle: "h23" })
    .format(d)
    .replace(/[.:]/, lang === "da" ? "." : ":");
}

export function formatDateTime(value: string, lang: Lang): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const time = formatTimeOfDay(d, lang);
  return lang === "da" ? `${formatDate(value, lang)} kl. ${time}` : `${formatDate(value, lang)} at ${time}`;
}

/** "08:00" → "8.00" (Danish) or "08:00" (English). */
export function formatClock(hhmm: string, lang: Lang): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(hhmm);
  if (!m) return hhmm;
  return lang === "da" ? `${Number(m[1])}.${m[2]}` : `${m[1]!.padStart(2, "0")}:${m[2]}`;
}

export function formatNumber(n: number, lang: Lang, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits }).format(n);
}

export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** Today's date in Denmark as YYYY-MM-DD. */
export function todayInDenmark(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date());
}

/** "1.2 MB", "830 kB": a file's size for people. */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, lang, 0)} kB`;
  return `${formatNumber(bytes / 1_000_000, lang, 1)} MB`;
}

/** The current language and formatters bound to it. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === "en" ? "en" : "da";
  return {
    lang,
    date: (v: string | null | undefined) => formatDate(v, lang),
    dateTime: (v: string) => formatDateTime(v, lang),
    weekdayDate: (v: string, year?: boolean) => formatWeekdayDate(v, lang, year),
    clock: (v: string) => formatClock(v, lang),
    number: (n: number, digits?: number) => formatNumber(n, lang, digits),
    percent: (share: number) => formatPercent(share, lang),
    bytes: (n: number) => formatBytes(n, lang),
  };
}
