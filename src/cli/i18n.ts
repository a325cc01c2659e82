import i18next, { type TFunction } from "i18next";
import { ANALYSIS_CATALOGS, LANGUAGES, type Language } from "../analysis/messages/catalogs.js";
import en from "./locales/en.json" with { type: "json" };
import nl from "./locales/nl.json" with { type: "json" };

export const CLI_CATALOGS: Readonly<Record<Language, typeof en>> = { en, nl };

/** The language of the environment: LC_ALL, else LC_MESSAGES, else LANG; Dutch when it starts with "nl". */
export function languageFromEnvironment(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== "") ?? "";
  return locale.toLowerCase().startsWith("nl") ? "nl" : "en";
}

export interface CliTranslations {
  readonly language: Language;
  /** The analysis catalog (`message.*`, `status.*`, `role.*` …). */
  readonly analysis: TFunction;
  /** The CLI's own headings. */
  readonly cli: TFunction;
}

/** An i18next instance of its own (no global state), ready at once: the catalogs are bundled. */
export function cliTranslations(language: Language): CliTranslations {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(
      LANGUAGES.map((lng) => [lng, { analysis: ANALYSIS_CATALOGS[lng], cli: CLI_CATALOGS[lng] }]),
    ),
    lng: language,
    fallbackLng: "en",
    ns: ["analysis", "cli"],
    defaultNS: "analysis",
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return { language, analysis: instance.getFixedT(language, "analysis"), cli: instance.getFixedT(language, "cli") };
}
