import type { Analyse } from "./analysis-cache.js";
import { HttpError } from "./http-error.js";

/** The analysis behind /api/analysis (src/analysis is still being written; wired when it exports analyseNetwork). */
export const analyseForApi: Analyse = () => {
  throw new HttpError(503, "analysis_unavailable", "the analysis engine is not available in this build yet");
};
