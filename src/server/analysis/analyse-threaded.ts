import { shortestPathFigures } from "../../analysis/brandes.js";
import {
  type AnalyseOptions,
  finishAnalysis,
  measureWithoutPaths,
  type NetworkAnalysis,
  type PathFreeAnalysis,
  planAnalysis,
} from "../../analysis/report.js";
import type { Network } from "../../model/index.js";
import { type PathSearch, startPathSearch } from "./path-threads.js";
import type { YearsThread } from "./years-thread.js";

/**
 * Up to this many actors × ties (the whole network's) the shortest paths are a small pass (about 0.3 s
 * at 2,000 actors), smaller than the whole network's clusters and the years: a years thread takes those
 * while this thread searches alone. Above it the search is most of the work and every thread shares it.
 */
export const YEARS_THREAD_UP_TO = 15_000_000;

/**
 * `analyseNetwork` with its work shared among `threads` threads (the CLI and the server's analysis
 * workers); the figures are exactly those of the single-threaded analysis.
 * - Betweenness, closeness and harmonic (most of the work on large networks): helper threads start
 *   on them at once, this thread measures everything else meanwhile and then joins in.
 * - With `yearsThread` (the CLI's, started before the network was read), on a small network analysed
 *   over every year: that thread measures the whole network's clusters and the years while this one
 *   searches the paths and measures the rest. When that does not apply, the years thread is stopped.
 */
export async function analyseNetworkThreaded(
  network: Network,
  options: Partial<AnalyseOptions>,
  threads: number,
  yearsThread?: YearsThread,
): Promise<NetworkAnalysis> {
  if (yearsThread !== undefined) {
    if (threads > 1 && yearsApply(network, options)) return analyseBesideYears(network, options, yearsThread);
    void yearsThread.stop();
  }
  const { measured, search } = measureWhileSearching(network, options, threads);
  return finishAnalysis(measured, await search.finish());
}

const yearsApply = (network: Network, options: Partial<AnalyseOptions>): boolean =>
  options.year === undefined &&
  options.years !== false &&
  network.actors.length * network.ties.length <= YEARS_THREAD_UP_TO;

async function analyseBesideYears(
  network: Network,
  options: Partial<AnalyseOptions>,
  yearsThread: YearsThread,
): Promise<NetworkAnalysis> {
  const apart = yearsThread.measure({ network, options });
  try {
    const plan = planAnalysis(network, { ...options, years: false });
    // While the years thread clusters the whole network.
    const paths = shortestPathFigures(plan.adjacency, { sampling: plan.sampling });
    const analysis = finishAnalysis(measureWithoutPaths(plan, await apart.wholeClusters), paths);
    // Planned without the years: those fields are empty, and take the thread's, in the same places.
    return { ...analysis, ...(await apart.years) };
  } catch (error) {
    void yearsThread.stop();
    throw error;
  }
}

/** Synchronous, so that nothing but what finishing needs outlives it (the years' graphs are let go). */
function measureWhileSearching(
  network: Network,
  options: Partial<AnalyseOptions>,
  threads: number,
): { measured: PathFreeAnalysis; search: PathSearch } {
  const plan = planAnalysis(network, options);
  const search = startPathSearch(plan.adjacency, { threads, sampling: plan.sampling });
  try {
    return { measured: measureWithoutPaths(plan), search };
  } catch (error) {
    void search.stop();
    throw error;
  }
}
