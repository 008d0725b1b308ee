import { FORMAAL, type Formaal } from "#contracts/formaal.ts";
import { MAALGRUPPER, type Maalgruppe, UDDANNELSER, type Uddannelse } from "#contracts/maalgrupper.ts";
import { type Role, roleLabel } from "#contracts/roles.ts";
import { useTranslation } from "react-i18next";
import type { CodeText } from "../api/types.ts";
import { useFormat } from "./format.ts";

/**
 * Texts for codes, from the shared catalogues in the language shown now. The server also sends a text in the
 * language of the moment it answered; using the code keeps the page right after a language switch without fetching
 * (and, for citizens' data, logging) it again.
 */
export function useCodeTexts() {
  const { lang } = useFormat();
  const { t, i18n } = useTranslation();
  return {
    maalgruppe: (v: CodeText | null | undefined) =>
      v ? (MAALGRUPPER[v.kode as Maalgruppe]?.[lang] ?? v.tekst) : undefined,
    uddannelse: (v: CodeText | null | undefined) =>
      v ? (UDDANNELSER[v.kode as Uddannelse]?.[lang] ?? v.tekst) : undefined,
    role: (r: string) => roleLabel[r as Role]?.[lang] ?? r,
    formaal: (kode: string, fallback?: string) => FORMAAL[kode as Formaal]?.[lang] ?? fallback ?? kode,
    /** The access log stores the purpose as its Danish text; show it in the current language when it is a known one. */
    formaalFromText: (text: string) => {
      const hit = (Object.keys(FORMAAL) as Formaal[]).find((k) => FORMAAL[k].da === text);
      if (hit) return FORMAAL[hit][lang];
      const key = `accessLog.known.${text}`;
      return i18n.exists(key) ? t(key) : text;
    },
    /** Actions and resources in the access log, translated where they are known. */
    logText: (kind: "handling" | "ressource", text: string) => {
      const key = `accessLog.${kind}.${text}`;
      return i18n.exists(key) ? t(key) : text;
    },
    koen: (k: string) => t(`common.sex.${k}`, { defaultValue: k }),
  };
}
