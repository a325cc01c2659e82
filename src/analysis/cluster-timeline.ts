import type { Network } from "../model/index.js";
import { type ClusterChanges, matchClusters } from "./cluster-identity.js";
import { type ClusteringOptions, type Clusters, clusterGraph } from "./clusters.js";
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
      previous === undefined || options.clustering === "louvain"
        ? clusterGraph(graph, options)
        : clusterGraph(graph, { ...options, runs: 1, initial: previous.communities });
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
