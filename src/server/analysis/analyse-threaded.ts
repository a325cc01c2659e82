import {
  type AnalyseOptions,
  finishAnalysis,
  measureWithoutPaths,
  type NetworkAnalysis,
  type PathFreeAnalysis,
  planAnalysis,
} from "../../analysis/report.js";
import { YEAR_DEFAULTS } from "../../analysis/years.js";
import type { Network } from "../../model/index.js";
import { type PathSearch, type PathThreadOptions, startPathSearch } from "./path-threads.js";

/** How the shortest paths are searched: by how many threads, kept ones or not, from what size on. */
export type Threading = Pick<PathThreadOptions, "threads" | "minWork" | "helpers">;

/**
 * `analyseNetwork` with betweenness, closeness and harmonic searched by `threading.threads` threads (the
 * CLI and the server's analysis workers): helper threads start on them at once, this thread measures
 * everything else meanwhile and then joins in. The figures are exactly those of the single-threaded
 * analysis. `threading.helpers`: threads kept from one analysis to the next (the server's).
 */
export function analyseNetworkThreaded(
  network: Network,
  options: Partial<AnalyseOptions>,
  threading: Threading,
): Promise<NetworkAnalysis> {
  // Not an async function: one would hold `network` (a parameter) until it returns, through the whole
  // search and finishing (9 MB at 10,000 actors). Errors still come as a rejection.
  try {
    const { measured, search } = measureWhileSearching(network, options, threading);
    return search.finish().then((paths) => finishAnalysis(measured, paths));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Synchronous, so that nothing but what finishing needs outlives it (the years' graphs are let go). */
function measureWhileSearching(
  network: Network,
  options: Partial<AnalyseOptions>,
  threading: Threading,
): { measured: PathFreeAnalysis; search: PathSearch } {
  const plan = planAnalysis(network, options);
  const search = startPathSearch(plan.adjacency, { ...threading, sampling: plan.sampling });
  const { years, weighted, seed } = plan.options;
  // Each year's as the timeline builds its network: searched by a helper long before the years read it,
  // when the whole network's search is estimated and would leave the helper idle while this thread
  // measures the years (100,000 actors: 13 s). An exact search keeps the helper busy to the end, and
  // this thread joins it: there the years' searches would only move, and cost memory on the helper
  // (at 10,000 actors 6–9 MB more at the peak).
  if (years && plan.sampling !== null) {
    const brokerage = { ...YEAR_DEFAULTS, weighted, seed };
    plan.shared.sampleAhead(brokerage, (adjacency) => search.sampleAhead(adjacency, brokerage));
  }
  plan.shared.sampleWith(search.sampler);
  try {
    return { measured: measureWithoutPaths(plan), search };
  } catch (error) {
    void search.stop();
    throw error;
  }
}
