import { type Network, yearsInData } from "../model/index.js";
import { betweenness } from "./betweenness.js";
import { buildGraph } from "./build-graph.js";
import type { NodeMapping, WeaveGraph } from "./graph.js";
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
}

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
        const values = estimated
          ? sampledBetweenness(graph, options)
          : betweenness(graph, { weighted: options.weighted });
        found = { values, estimated };
        brokerage.set(key, found);
      }
      return found;
    },
  };
}
