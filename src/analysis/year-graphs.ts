import { type Network, yearsInData } from "../model/index.js";
import { adjacencyOf } from "./adjacency.js";
import { betweenness } from "./betweenness.js";
import { buildGraph } from "./build-graph.js";
import type { NodeMapping, WeaveGraph } from "./graph.js";
import { GraphMemo } from "./graph-memo.js";
import { sampledBetweenness } from "./sampled-betweenness.js";

export interface BrokerageOptions {
  weighted: boolean;
  seed: number;
  /** Larger unweighted networks estimate betweenness from `brokeragePivots` seeded sources. */
  exactBrokerageUpTo: number;
  brokeragePivots: number;
}

/** A year's betweenness and whether it was estimated from sampled sources. */
export interface YearBrokerage {
  values: NodeMapping;
  estimated: boolean;
}

/**
 * The network as of each year in the data, built once and shared by everything that reads the years
 * (the cluster timeline, the year figures, bridging over the years), with each year's betweenness
 * measured once. Both are built on first use; a caller must not change the graphs it is given.
 */
export interface YearGraphs {
  readonly years: readonly number[];
  graphOf(year: number): WeaveGraph;
  brokerageOf(year: number, options: BrokerageOptions): YearBrokerage;
  /**
   * The exact betweenness of a year's graph, measured already by the caller (the analysis of that year),
   * so that its brokerage is not measured again. Must be `betweenness(graphOf(year), { weighted })`.
   */
  knownBetweenness(year: number, weighted: boolean, values: NodeMapping): void;
}

/**
 * Years' betweenness by the exact content of their graphs, over analyses: after an edit of one year the
 * next analysis measures that year and those after it, not the years before (see graph-memo.ts).
 */
const brokerageMemo = new GraphMemo<NodeMapping>(64, 4_000_000);

const exactKey = (weighted: boolean) => `exact|${weighted}`;

export function yearGraphs(network: Network): YearGraphs {
  const years = yearsInData(network);
  const graphs = new Map<number, WeaveGraph>();
  const brokerage = new Map<string, YearBrokerage>();
  const graphOf = (year: number) => {
    let graph = graphs.get(year);
    if (graph === undefined) {
      graph = buildGraph(network, { year });
      graphs.set(year, graph);
    }
    return graph;
  };
  return {
    years,
    graphOf,
    brokerageOf(year, options) {
      const key = [year, options.weighted, options.seed, options.exactBrokerageUpTo, options.brokeragePivots].join();
      let found = brokerage.get(key);
      if (found === undefined) {
        const graph = graphOf(year);
        const estimated = !options.weighted && graph.order > options.exactBrokerageUpTo;
        // What each computation reads: the unweighted graph and the pivots' seed and count, or the graph as weighted.
        const adjacency = adjacencyOf(graph, estimated ? false : options.weighted);
        const memoKey = estimated ? `sampled|${options.seed}|${options.brokeragePivots}` : exactKey(options.weighted);
        let values = brokerageMemo.get(adjacency, memoKey);
        if (values === undefined) {
          values = estimated ? sampledBetweenness(graph, options) : betweenness(graph, { weighted: options.weighted });
          brokerageMemo.set(adjacency, memoKey, values);
        }
        found = { values, estimated };
        brokerage.set(key, found);
      }
      return found;
    },
    knownBetweenness(year, weighted, values) {
      brokerageMemo.set(adjacencyOf(graphOf(year), weighted), exactKey(weighted), values);
    },
  };
}
