import { useTranslation } from "react-i18next";
import type { Kanal } from "./types.ts";

/** The channels in the order they are always offered and listed. */
export const KANALER: readonly Kanal[] = ["fremmoede", "telefon", "video"];

/** A channel's name in the words of one part of the app (the citizen's, the caseworker's or the administrator's). */
export function useKanalNavn(del: "samtaleBorger" | "samtaleMedarbejder" | "samtaleAdmin") {
  const { t } = useTranslation();
  return (k: Kanal) => t(`${del}.kanal.${k}`);
}
