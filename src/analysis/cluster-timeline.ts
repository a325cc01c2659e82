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
  // The memo entry of the clusters the next year starts from (Leiden).
  let start: Remembered | undefined;
  for (const year of shared.years) {
    if (until !== undefined && year > until) break;
    const previous = timeline.at(-1);
    let found: Clusters;
    if (options.clustering === "louvain") found = clusterGraph(shared.graphOf(year), options);
    else {
      start ??= wholeEntry(shared, options);
      const initial = previous?.communities ?? start.clusters.communities;
      start = leidenWarm(shared.adjacencyOf(year, options.weighted), { ...options, runs: 1, initial }, start);
      found = start.clusters;
    }
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
  if (options.clustering === "louvain") return clusterGraph(shared.wholeGraph(), options);
  return wholeEntry(shared, options).clusters;
}

function wholeEntry(shared: YearGraphs, options: Omit<ClusteringOptions, "initial">): Remembered {
  const graph = shared.wholeGraph();
  return remembered(adjacencyOf(graph, options.weighted), options, undefined, () => clusterGraph(graph, options));
}

/** Clusters kept, and the number that tells this entry from every other one stored. */
interface Remembered {
  readonly clusters: Clusters;
  readonly serial: number;
}

/**
 * Leiden's clusters by the exact content of the graph, the warm start and the options, over analyses:
 * an edit of one year leaves the years before it as they were (see graph-memo.ts).
 */
const leidenMemo = new GraphMemo<Remembered>(64, 4_000_000);
let serials = 0;

/**
 * One Leiden run over a year's adjacency from a warm start: `initial`, which groups the actors as the
 * clusters of the entry `from` do (renumbered or not: Leiden reads only which actors share a number).
 */
function leidenWarm(adjacency: Adjacency, options: ClusteringOptions, from: Remembered): Remembered {
  const { weighted, runs, seed, initial } = options;
  return remembered(adjacency, options, from, () => leidenOfAdjacency(adjacency, { weighted, runs, seed, initial }));
}

/**
 * Leiden reads nothing of a graph but its adjacency (leiden.ts): its clusters are kept by that, the
 * options and the entry whose clusters it started from. That entry's serial stands for the warm start:
 * spelling out the start itself cost a walk over every actor and a key of megabytes at 100,000.
 */
function remembered(
  adjacency: Adjacency,
  options: ClusteringOptions,
  from: Remembered | undefined,
  cluster: () => Clusters,
): Remembered {
  const { runs, seed, weighted } = options;
  const key = `${runs}|${seed}|${weighted}|${from === undefined ? "cold" : from.serial}`;
  let found = leidenMemo.get(adjacency, key);
  if (found === undefined) {
    found = { clusters: cluster(), serial: serials++ };
    leidenMemo.set(adjacency, key, found);
  }
  return found;
}
