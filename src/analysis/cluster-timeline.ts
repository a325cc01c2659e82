import type { Network } from "../model/index.js";
import { type Adjacency, adjacencyOf, toMapping } from "./adjacency.js";
import { type ClusterChanges, matchPlacedClusters, type PlacedClusters } from "./cluster-identity.js";
import { sizeRanks } from "./cluster-numbers.js";
import { type ClusteringOptions, type Clusters, clusterGraph } from "./clusters.js";
import type { NodeMapping } from "./graph.js";
import { GraphMemo } from "./graph-memo.js";
import { type LeidenPartition, leidenPartition } from "./leiden.js";
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
  let start: Remembered<unknown> | undefined;
  // Last year's stable numbers, per node and by place (every year numbers its actors' places alike).
  let previous: PlacedClusters | undefined;
  const placeCount = network.actors.length;
  for (const year of shared.years) {
    if (until !== undefined && year > until) break;
    const { ids } = shared.networkOf(year).unweighted;
    const { places } = shared.networkOf(year);
    let found: { clusters: Int32Array; count: number; modularity: number };
    if (options.clustering === "louvain") {
      const { communities, count, modularity } = clusterGraph(shared.graphOf(year), options);
      found = { clusters: Int32Array.from(ids, (id) => communities[id] as number), count, modularity };
    } else {
      const adjacency = shared.adjacencyOf(year, options.weighted);
      const { weighted, seed } = options;
      let cluster: () => LeidenPartition;
      if (previous === undefined || start === undefined) {
        const whole = wholeEntry(shared, options);
        start = whole;
        cluster = () => leidenPartition(adjacency, { weighted, runs: 1, seed, initial: whole.value.communities });
      } else {
        const before = previous;
        cluster = () => leidenPartition(adjacency, { weighted, runs: 1, seed }, startAfter(before, places, placeCount));
      }
      const entry = remembered(adjacency, { ...options, runs: 1 }, start, cluster);
      start = entry;
      const { membership, count, modularity } = entry.value;
      const rank = sizeRanks(ids, membership, count);
      found = { clusters: Int32Array.from(membership, (c) => rank[c] as number), count, modularity };
    }
    const identity = matchPlacedClusters(previous, { clusters: found.clusters, places }, placeCount, { nextNumber });
    nextNumber = identity.nextNumber;
    previous = { clusters: identity.numbers, places };
    timeline.push(clusterYear(year, ids, identity.numbers, found, identity.changes));
  }
  return timeline;
}

/** Per node, where it starts: with its actor's cluster last year, or alone (a number no other node has). */
function startAfter(previous: PlacedClusters, places: Int32Array, placeCount: number): Int32Array {
  const before = new Int32Array(placeCount).fill(-1);
  for (let k = 0; k < previous.places.length; k++)
    before[previous.places[k] as number] = previous.clusters[k] as number;
  const begin = new Int32Array(places.length);
  for (let v = 0; v < places.length; v++) {
    const cluster = before[places[v] as number] as number;
    begin[v] = cluster === -1 ? -1 - v : cluster;
  }
  return begin;
}

/** A year of the timeline; its id → number mapping is made when first read (the year figures never do). */
function clusterYear(
  year: number,
  ids: readonly string[],
  numbers: Int32Array,
  { count, modularity }: { count: number; modularity: number },
  changes: ClusterChanges,
): ClusterYear {
  let communities: NodeMapping | undefined;
  return {
    year,
    get communities() {
      communities ??= toMapping(ids, numbers);
      return communities;
    },
    count,
    modularity,
    changes,
  };
}

/**
 * The clusters of the whole network (all years together), numbered 0 = largest: what the analysis of
 * all years shows, and where the timeline's first year starts. Kept by the graph's content as the years'.
 */
export function wholeClusters(shared: YearGraphs, options: Omit<ClusteringOptions, "initial">): Clusters {
  if (options.clustering === "louvain") return clusterGraph(shared.wholeGraph(), options);
  return wholeEntry(shared, options).value;
}

function wholeEntry(shared: YearGraphs, options: Omit<ClusteringOptions, "initial">): Remembered<Clusters> {
  const graph = shared.wholeGraph();
  return remembered(adjacencyOf(graph, options.weighted), options, undefined, () => clusterGraph(graph, options));
}

/** A result kept, and the number that tells its entry from every other one stored. */
interface Remembered<T> {
  readonly value: T;
  readonly serial: number;
}

/**
 * Leiden's clusters by the exact content of the graph, the warm start and the options, over analyses:
 * an edit of one year leaves the years before it as they were (see graph-memo.ts). The whole network's
 * entries (started cold) hold Clusters, the years' (started from an entry) a LeidenPartition.
 */
const leidenMemo = new GraphMemo<Remembered<Clusters | LeidenPartition>>(64, 4_000_000);
let serials = 0;

/**
 * Leiden reads nothing of a graph but its adjacency (leiden.ts): its clusters are kept by that, the
 * options and the entry whose clusters it started from. That entry's serial stands for the warm start:
 * spelling out the start itself cost a walk over every actor and a key of megabytes at 100,000.
 */
function remembered<T extends Clusters | LeidenPartition>(
  adjacency: Adjacency,
  options: Omit<ClusteringOptions, "initial">,
  from: Remembered<unknown> | undefined,
  cluster: () => T,
): Remembered<T> {
  const { runs, seed, weighted } = options;
  const key = `${runs}|${seed}|${weighted}|${from === undefined ? "cold" : from.serial}`;
  let found = leidenMemo.get(adjacency, key) as Remembered<T> | undefined;
  if (found === undefined) {
    found = { value: cluster(), serial: serials++ };
    leidenMemo.set(adjacency, key, found);
  }
  return found;
}
