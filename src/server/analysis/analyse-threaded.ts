import {
  type AnalyseOptions,
  finishAnalysis,
  measureWithoutPaths,
  type NetworkAnalysis,
  type PathFreeAnalysis,
  planAnalysis,
} from "../../analysis/report.js";
import type { Network } from "../../model/index.js";
import { type PathSearch, type PathThreadOptions, startPathSearch } from "./path-threads.js";

/**
 * `analyseNetwork` with betweenness, closeness and harmonic searched by `threads` threads (the CLI and
 * the server's analysis workers): helper threads start on them at once, this thread measures everything
 * else meanwhile and then joins in. The figures are exactly those of the single-threaded analysis.
 */
export async function analyseNetworkThreaded(
  network: Network,
  options: Partial<AnalyseOptions>,
  threads: number,
  /** As startPathSearch's: tests set 0 to search with helper threads on small networks. */
  minWork?: number,
): Promise<NetworkAnalysis> {
  const { measured, search } = measureWhileSearching(network, options, { threads, minWork });
  return finishAnalysis(measured, await search.finish());
}

/** Synchronous, so that nothing but what finishing needs outlives it (the years' graphs are let go). */
function measureWhileSearching(
  network: Network,
  options: Partial<AnalyseOptions>,
  threads: Pick<PathThreadOptions, "threads" | "minWork">,
): { measured: PathFreeAnalysis; search: PathSearch } {
  const plan = planAnalysis(network, options);
  const search = startPathSearch(plan.adjacency, { ...threads, sampling: plan.sampling });
  try {
    return { measured: measureWithoutPaths(plan), search };
  } catch (error) {
    void search.stop();
    throw error;
  }
}
