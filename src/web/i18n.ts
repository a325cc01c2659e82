import i18next from "i18next";
import { initReactI18next } from "react-i18next";
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
    resources: { en: { translation: en }, nl: { translation: nl } },
    lng: language,
    fallbackLng: "en",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
