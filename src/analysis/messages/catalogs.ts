import en from "./en.json" with { type: "json" };
import type { Language } from "./languages.js";
import nl from "./nl.json" with { type: "json" };

export { LANGUAGES, type Language } from "./languages.js";

/**
 * The words of the analysis, one catalog per language, for i18next (the namespace `analysis` in the
 * explorer, the only one in the CLI): `message.<code>` for every message code (plural forms as
 * `_one`/`_other` where the message has a `count`), and labels for `status`, `role`, `kind`,
 * `gapType` and `suggestionType`.
 */
export const ANALYSIS_CATALOGS: Readonly<Record<Language, typeof en>> = { en, nl };
