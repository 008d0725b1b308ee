import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import da from "./da.json";
import en from "./en.json";
import markedLeverandoerDa from "./marked/leverandoer.da.json";
import markedLeverandoerEn from "./marked/leverandoer.en.json";
import markedAdminDa from "./marked/admin.da.json";
import markedAdminEn from "./marked/admin.en.json";
import markedApiDa from "./marked/api.da.json";
import markedApiEn from "./marked/api.en.json";
import markedBorgerDa from "./marked/borger.da.json";
import markedBorgerEn from "./marked/borger.en.json";
import markedMedarbejderDa from "./marked/medarbejder.da.json";
import markedMedarbejderEn from "./marked/medarbejder.en.json";
import markedLedelseDa from "./marked/ledelse.da.json";
import markedLedelseEn from "./marked/ledelse.en.json";
import samtaleAdminDa from "./samtale/admin.da.json";
import samtaleAdminEn from "./samtale/admin.en.json";
import samtaleBorgerDa from "./samtale/borger.da.json";
import samtaleBorgerEn from "./samtale/borger.en.json";
import samtaleMedarbejderDa from "./samtale/medarbejder.da.json";
import samtaleMedarbejderEn from "./samtale/medarbejder.en.json";
import minsideDa from "./minside/da.json";
import minsideEn from "./minside/en.json";
import indsigtDa from "./indsigt/da.json";
import indsigtEn from "./indsigt/en.json";
import dialogDa from "./dialog/da.json";
import dialogEn from "./dialog/en.json";
import joblogDa from "./joblog/da.json";
import joblogEn from "./joblog/en.json";
import befordringDa from "./befordring/da.json";
import befordringEn from "./befordring/en.json";
import chatbotDa from "./chatbot/da.json";
import chatbotEn from "./chatbot/en.json";
import escoDa from "./esco/da.json";
import escoEn from "./esco/en.json";
import cvDa from "./cv/da.json";
import cvEn from "./cv/en.json";
import jobordreDa from "./jobordre/da.json";
import jobordreEn from "./jobordre/en.json";
import jobDa from "./job/da.json";
import jobEn from "./job/en.json";

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
  resources: {
    da: {
      translation: {
        ...da,
        samtaleAdmin: samtaleAdminDa,
        samtaleBorger: samtaleBorgerDa,
        samtaleMedarbejder: samtaleMedarbejderDa,
        markedLeverandoer: markedLeverandoerDa,
        markedAdmin: markedAdminDa,
        markedApi: markedApiDa,
        markedBorger: markedBorgerDa,
        markedMedarbejder: markedMedarbejderDa,
        markedLedelse: markedLedelseDa,
        minside: minsideDa,
        indsigt: indsigtDa,
        dialog: dialogDa,
        joblog: joblogDa,
        befordring: befordringDa,
        chatbot: chatbotDa,
        esco: escoDa,
        cv: cvDa,
        jobordre: jobordreDa,
        job: jobDa,
      },
    },
    en: {
      translation: {
        ...en,
        samtaleAdmin: samtaleAdminEn,
        samtaleBorger: samtaleBorgerEn,
        samtaleMedarbejder: samtaleMedarbejderEn,
        markedLeverandoer: markedLeverandoerEn,
        markedAdmin: markedAdminEn,
        markedApi: markedApiEn,
        markedBorger: markedBorgerEn,
        markedMedarbejder: markedMedarbejderEn,
        markedLedelse: markedLedelseEn,
        minside: minsideEn,
        indsigt: indsigtEn,
        dialog: dialogEn,
        joblog: joblogEn,
        befordring: befordringEn,
        chatbot: chatbotEn,
        esco: escoEn,
        cv: cvEn,
        jobordre: jobordreEn,
        job: jobEn,
      },
    },
  },
  lng: rememberedLanguage(),
  fallbackLng: "da",
  supportedLngs: ["da", "en"],
  interpolation: { escapeValue: false },
  // The resources are bundled: initialise at once, so the first render is already translated.
  initAsync: false,
  react: { useSuspense: false },
});
