import type { Language } from "../analysis/messages/languages.js";
import type { NetworkAnalysis } from "../analysis/report.js";
import { formatAnalysis } from "./format-analysis.js";
import { languageFromEnvironment } from "./i18n.js";

/** How `weave analyse` prints the analysis without --json: as tables, in `language` or the environment's. */
export function tableWriter(language: Language | undefined): (analysis: NetworkAnalysis) => string {
  return (analysis) => formatAnalysis(analysis, { language: language ?? languageFromEnvironment() });
}
