import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import da from "./da.json";
import en from "./en.json";

/**
 * Danish first, English second. The language chosen with the switch in the header is remembered by the server (in
 * the session and in the ju_lang cookie), so a reload or the next visit opens in the same language.
 */
function rememberedLanguage(): "da" | "en" {
  const m = /(?:^|;\s*)ju_lang=(da|en)(?:;|$)/.exec(document.cookie);
  return m?.[1] === "en" ? "en" : "da";
}

export const i18n = i18next.createInstance();

i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = lng === "en" ? "en" : "da";
});

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: rememberedLanguage(),
  fallbackLng: "da",
  supportedLngs: ["da", "en"],
  interpolation: { escapeValue: false },
  // The resources are bundled: initialise at once, so the first render is already translated.
  initAsync: false,
  react: { useSuspense: false },
});
