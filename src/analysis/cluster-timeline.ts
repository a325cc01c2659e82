import type { Network } from "../model/index.js";
import { adjacencyOf } from "./adjacency.js";
import { type ClusterChanges, matchClusters } from "./cluster-identity.js";
import { type ClusteringOptions, type Clusters, clusterGraph } from "./clusters.js";
import type { WeaveGraph } from "./graph.js";
import { GraphMemo } from "./graph-memo.js";
import { type YearGraphs, yearGraphs } from "./year-graphs.js";

export interface ClusterYear extends Clusters {
  year: number;
  /** What happened to last year's clusters, in the stable numbers of `communities`. */
  changes: ClusterChanges;
}

/**
 * One clustering per year in the data, oldest first. Each year after the first starts from the
 * year before's clusters (Leiden, one run), and its clusters are renumbered so that a cluster
 * mostly made of the same people keeps its number (cluster-identity.ts). Stops after `until`.
 * `shared` holds the year graphs when the caller reads the years too (see year-graphs.ts).
 */
export function clusterTimeline(
  network: Network,
  options: Omit<ClusteringOptions, "initial">,
  until?: number,
  shared: YearGraphs = yearGraphs(network),
): ClusterYear[] {
  const timeline: ClusterYear[] = [];
  let nextNumber = 0;
  for (const year of shared.years) {
    if (until !== undefined && year > until) break;
    const previous = timeline.at(-1);
    const graph = shared.graphOf(year);
    const found =
      options.clustering === "louvain"
        ? clusterGraph(graph, options)
        : leidenOnce(graph, previous === undefined ? options : { ...options, runs: 1, initial: previous.communities });
    const identity = matchClusters(previous?.communities, found.communities, { nextNumber });
    nextNumber = identity.nextNumber;
    timeline.push({
      year,
      communities: identity.communities,
      count: found.count,
      modularity: found.modularity,
      changes: identity.changes,
    });
  }
  return timeline;
}

/**
 * Leiden's clusters by the exact content of the year's graph, the warm start and the options, over
 * analyses: an edit of one year leaves the years before it as they were (see graph-memo.ts).
 */
const leidenMemo = new GraphMemo<Clusters>(64, 4_000_000);

/** clusterGraph with Leiden, which reads nothing of the graph but its adjacency (leiden.ts), remembered. */
function leidenOnce(graph: WeaveGraph, options: ClusteringOptions): Clusters {
  const adjacency = adjacencyOf(graph, options.weighted);
  const { runs, seed, weighted, initial } = options;
  const key = JSON.stringify({ runs, seed, weighted, initial });
  let found = leidenMemo.get(adjacency, key);
  if (found === undefined) {
    found = clusterGraph(graph, options);
    leidenMemo.set(adjacency, key, found);
  }
  return found;
}
