import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { ANALYSIS_CATALOGS } from "../analysis/messages/catalogs.js";
import type { Language } from "./features/view/state.js";
import en from "./locales/en.json" with { type: "json" };
import nl from "./locales/nl.json" with { type: "json" };

const LANGUAGE_KEY = "weave.language";

/** The language chosen last time on this device, else the browser's when it is Dutch. */
export function rememberedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(LANGUAGE_KEY);
  if (stored === "en" || stored === "nl") return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith("nl") ? "nl" : "en";
}

export function rememberLanguage(language: Language): void {
  globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
}

export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    // The analysis's words (its message codes, role and status labels) are the namespace "analysis".
    resources: {
      en: { translation: en, analysis: ANALYSIS_CATALOGS.en },
      nl: { translation: nl, analysis: ANALYSIS_CATALOGS.nl },
    },
    lng: language,
    fallbackLng: "en",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
