import { analyseNetwork } from "../../analysis/index.js";
import type { Network } from "../../model/index.js";
import type { AnalysisOptions } from "./analysis-options.js";

/** The analysis behind /api/analysis: exactly `weave analyse --json` with its default runs and seed. */
export const analyseForApi = (network: Network, options: AnalysisOptions): unknown =>
  analyseNetwork(network, {
    year: options.year,
    weighted: options.weighted === true,
    clustering: options.clustering ?? "leiden",
  });
