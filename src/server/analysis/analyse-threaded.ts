import {
  type AnalyseOptions,
  finishAnalysis,
  measureWithoutPaths,
  type NetworkAnalysis,
  type PathFreeAnalysis,
  planAnalysis,
} from "../../analysis/report.js";
import type { Network } from "../../model/index.js";
import { startPathSearch } from "./path-threads.js";

/**
 * `analyseNetwork` with betweenness, closeness and harmonic searched by `threads` threads (the CLI and
 * the server's analysis workers): helper threads start on them at once, this thread measures everything
 * else meanwhile and then joins in. The figures are exactly those of the single-threaded analysis.
 */
export async function analyseNetworkThreaded(
  network: Network,
  options: Partial<AnalyseOptions>,
  threads: number,
): Promise<NetworkAnalysis> {
  const plan = planAnalysis(network, options);
  const search = startPathSearch(plan.adjacency, { threads, sampling: plan.sampling });
  let measured: PathFreeAnalysis;
  try {
    measured = measureWithoutPaths(plan);
  } catch (error) {
    await search.stop();
    throw error;
  }
  return finishAnalysis(plan, measured, await search.finish());
}
