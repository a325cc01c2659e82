import { adjacencyOf } from "../../analysis/adjacency.js";
import { buildGraph } from "../../analysis/build-graph.js";
import { resolveOptions } from "../../analysis/options.js";
import {
  ANALYSE_DEFAULTS,
  type AnalyseOptions,
  analyseNetwork,
  type NetworkAnalysis,
  pathSamplingFor,
} from "../../analysis/report.js";
import type { Network } from "../../model/index.js";
import { MIN_THREADED_WORK, shortestPathFiguresThreaded } from "./path-threads.js";

/**
 * `analyseNetwork` with betweenness, closeness and harmonic computed by `threads` threads (the CLI and
 * the server's analysis workers). The figures are exactly those of the single-threaded analysis.
 */
export async function analyseNetworkThreaded(
  network: Network,
  options: Partial<AnalyseOptions>,
  threads: number,
): Promise<NetworkAnalysis> {
  const resolved = resolveOptions(ANALYSE_DEFAULTS, options);
  const { year, weighted } = resolved;
  if (threads <= 1 || (year !== undefined && !Number.isInteger(year))) return analyseNetwork(network, options);
  const graph = year === undefined ? buildGraph(network) : buildGraph(network, { year });
  const sampling = pathSamplingFor(graph.order, resolved);
  if ((sampling?.pivots ?? graph.order) * 2 * graph.size < MIN_THREADED_WORK) return analyseNetwork(network, options);
  const shortestPaths = await shortestPathFiguresThreaded(adjacencyOf(graph, weighted), { threads, sampling });
  return analyseNetwork(network, { ...options, shortestPaths });
}
