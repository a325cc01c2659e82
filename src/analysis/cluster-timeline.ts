import type { Network } from "../model/index.js";
import { type Adjacency, adjacencyOf } from "./adjacency.js";
import { type ClusterChanges, matchClusters } from "./cluster-identity.js";
import { type ClusteringOptions, type Clusters, clusterGraph } from "./clusters.js";
import { GraphMemo } from "./graph-memo.js";
import { leidenOfAdjacency } from "./leiden.js";
import { type YearGraphs, yearGraphs } from "./year-graphs.js";

export interface ClusterYear extends Clusters {
  year: number;
  /** What happened to last year's clusters, in the stable numbers of `communities`. */
  changes: ClusterChanges;
}

/**
 * One clustering per year in the data, oldest first. With Leiden every year is one run from a warm
 * start: the first year from the clusters of the whole network (all years together, `wholeClusters`,
 * which the analysis of all years uses too), each later year from the year before's clusters. Each
 * year's clusters are renumbered so that a cluster mostly made of the same people keeps its number
 * (cluster-identity.ts). Louvain cannot start warm: it clusters every year from scratch. Stops after
 * `until`. `shared` holds the year graphs when the caller reads the years too (see year-graphs.ts).
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
    const found =
      options.clustering === "louvain"
        ? clusterGraph(shared.graphOf(year), options)
        : leidenWarm(shared.adjacencyOf(year, options.weighted), {
            ...options,
            runs: 1,
            initial: previous?.communities ?? wholeClusters(shared, options).communities,
          });
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
 * The clusters of the whole network (all years together), numbered 0 = largest: what the analysis of
 * all years shows, and where the timeline's first year starts. Kept by the graph's content as the years'.
 */
export function wholeClusters(shared: YearGraphs, options: Omit<ClusteringOptions, "initial">): Clusters {
  const graph = shared.wholeGraph();
  if (options.clustering === "louvain") return clusterGraph(graph, options);
  return remembered(adjacencyOf(graph, options.weighted), options, () => clusterGraph(graph, options));
}

/**
 * Leiden's clusters by the exact content of the graph, the warm start and the options, over analyses:
 * an edit of one year leaves the years before it as they were (see graph-memo.ts).
 */
const leidenMemo = new GraphMemo<Clusters>(64, 4_000_000);

/** One Leiden run from a warm start over a year's adjacency, remembered. */
function leidenWarm(adjacency: Adjacency, options: ClusteringOptions): Clusters {
  const { weighted, runs, seed, initial } = options;
  return remembered(adjacency, options, () => leidenOfAdjacency(adjacency, { weighted, runs, seed, initial }));
}

/** Leiden reads nothing of a graph but its adjacency (leiden.ts): its clusters are kept by that. */
function remembered(adjacency: Adjacency, options: ClusteringOptions, cluster: () => Clusters): Clusters {
  const { runs, seed, weighted, initial } = options;
  const key = JSON.stringify({ runs, seed, weighted, initial });
  let found = leidenMemo.get(adjacency, key);
  if (found === undefined) {
    found = cluster();
    leidenMemo.set(adjacency, key, found);
  }
  return found;
}
