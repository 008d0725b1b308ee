import { useTranslation } from "react-i18next";
import { dateInDenmark, formatTimeOfDay, useFormat, ZONE } from "../../../ui/format.ts";
import type { ModulForm, Udbud, UdbudArt, UdbudStatus } from "../types.ts";

/**
 * The marketplace's offers as the provider's and the administrator's pages read and write them (the server's
 * `udbudOut` and `UdbudInput`, apps/server/src/modules/marked). The shared shapes and code lists live in ../types.ts.
 */
export type {
  Kompetence,
  Modul,
  ModulForm,
  Niveau,
  Sprog,
  Udbud,
  UdbudArt,
  UdbudStatus,
} from "../types.ts";
export { MODUL_FORMER, NIVEAUER, SPROG, UDBUD_ARTER, UDBUD_STATUS } from "../types.ts";

/** Kinds that must have scheduled modules with a capacity. */
export const ARTER_MED_MODULER: readonly UdbudArt[] = ["webinar", "fysisk", "blended"];

/** What the provider sends: the offer's fields (UdbudInput), with skills and target groups as their codes. */
export interface UdbudInput
  extends Pick<
    Udbud,
    "titel" | "beskrivelse" | "art" | "sprog" | "niveau" | "varighedUger" | "timerPrUge" | "prisTokens" | "abonnement"
  > {
  kompetencer: string[];
  maalgrupper: string[];
  moduler: { titel: string; form: ModulForm; start: string; slut: string; sted?: string; kapacitet: number }[];
}

/** The badge class of an offer's status. */
export const STATUS_BADGE: Record<UdbudStatus, string> = {
  kladde: "ju-badge-neutral",
  indsendt: "badge-info",
  godkendt: "badge-success",
  afvist: "badge-error",
  tilbagetrukket: "ju-badge-neutral",
};

/** The provider may change an offer until it is approved (an approved one is withdrawn and a new one made instead). */
export const kanRettes = (s: UdbudStatus) => s === "kladde" || s === "indsendt" || s === "afvist";

/**
 * A point in time as PostgreSQL writes it as text ("2026-12-07 08:00:00+00", the list's next module) or as ISO; the
 * result is ISO, which every browser reads.
 */
export function iso(v: string): string {
  return v.includes("T") ? v : v.replace(" ", "T").replace(/([+-]\d\d)$/, "$1:00");
}

/** Copenhagen's UTC offset on a date, as "+01:00" or "+02:00" (read at noon, far from the change at night). */
function koebenhavnOffset(dato: string): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: ZONE, timeZoneName: "longOffset" })
    .formatToParts(new Date(`${dato}T12:00:00Z`))
    .find((p) => p.type === "timeZoneName")?.value;
  const m = /GMT([+-]\d{2}:\d{2})/.exec(part ?? "");
  return m?.[1] ?? "+01:00";
}

/** True for a time of day written "HH:MM", "H:MM" or "HH.MM". */
export const erKlokkeslaet = (v: string) => /^([01]?\d|2[0-3])[:.][0-5]\d$/.test(v.trim());

/** A date (YYYY-MM-DD) and a time of day in Danish time, as the instant the API takes. */
export function tidspunkt(dato: string, kl: string): string {
  const [h, m] = kl.trim().split(/[:.]/);
  return `${dato}T${h!.padStart(2, "0")}:${m}:00${koebenhavnOffset(dato)}`;
}

/** An instant's Danish date and time of day ("HH:MM"), for the form's inputs. */
export function lokal(v: string): { dato: string; kl: string } {
  return { dato: dateInDenmark(iso(v)), kl: formatTimeOfDay(new Date(iso(v)), "en") };
}

/** True for a whole number written with digits only. */
export const erHeltal = (v: string) => /^\d{1,6}$/.test(v.trim());

/** The translated names of the marketplace's codes, from the provider's namespace (the administrator uses them too). */
export function useMarkedKoder() {
  const { t } = useTranslation();
  return {
    art: (a: string) => t(`markedLeverandoer.art.${a}`, { defaultValue: a }),
    niveau: (n: string) => t(`markedLeverandoer.niveau.${n}`, { defaultValue: n }),
    sprog: (s: string) => t(`markedLeverandoer.sprog.${s}`, { defaultValue: s }),
    status: (s: string) => t(`markedLeverandoer.status.${s}`, { defaultValue: s }),
    form: (f: string) => t(`markedLeverandoer.modulform.${f}`, { defaultValue: f }),
    tilmeldingStatus: (s: string) => t(`markedLeverandoer.tilmeldingStatus.${s}`, { defaultValue: s }),
  };
}

/** A module's time as people say it: "21. december 2026 kl. 09.00–15.00" on one day, both ends in full otherwise. */
export function useTidsrum() {
  const f = useFormat();
  return (start: string, slut: string) => {
    const a = iso(start);
    const b = iso(slut);
    return dateInDenmark(a) === dateInDenmark(b)
      ? `${f.dateTime(a)}–${formatTimeOfDay(new Date(b), f.lang)}`
      : `${f.dateTime(a)} – ${f.dateTime(b)}`;
  };
}
