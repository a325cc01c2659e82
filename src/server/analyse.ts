import { analyseNetwork } from "../analysis/index.js";
import type { Analyse } from "./analysis-cache.js";

/** The analysis behind /api/analysis: exactly `weave analyse --json` with its default runs and seed. */
export const analyseForApi: Analyse = (network, options) =>
  analyseNetwork(network, { year: options.year, weighted: options.weighted === true });
