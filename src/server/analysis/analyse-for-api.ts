import { type AnalyseOptions, analyseNetwork } from "../../analysis/index.js";
import type { Network } from "../../model/index.js";
import { analyseNetworkThreaded } from "./analyse-threaded.js";
import type { AnalysisOptions } from "./analysis-options.js";
import type { PathHelpers } from "./path-threads.js";

const analyseOptions = (options: AnalysisOptions): Partial<AnalyseOptions> => ({
  year: options.year,
  weighted: options.weighted === true,
  clustering: options.clustering ?? "leiden",
  exact: options.exact === true,
  pivots: options.pivots,
});

/** The analysis behind /api/analysis: exactly `weave analyse --json` with its default runs and seed. */
export const analyseForApi = (network: Network, options: AnalysisOptions): unknown =>
  analyseNetwork(network, analyseOptions(options));

/** The same, its shortest paths searched by this thread and `helpers` (an analysis worker of the pool). */
export const analyseForApiThreaded = (
  network: Network,
  options: AnalysisOptions,
  helpers: PathHelpers,
): Promise<unknown> =>
  analyseNetworkThreaded(network, analyseOptions(options), { threads: helpers.count + 1, helpers });
