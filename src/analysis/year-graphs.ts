import { type Network, yearsInData } from "../model/index.js";
import { type Adjacency, adjacencyOf, adoptAdjacency } from "./adjacency.js";
import { shortestPathFigures } from "./brandes.js";
import { buildGraph } from "./build-graph.js";
import type { NodeMapping, WeaveGraph } from "./graph.js";
import { GraphMemo } from "./graph-memo.js";
import { type BrokerageSampling, sampledBetweenness } from "./sampled-betweenness.js";
import {
  type NetworkAdjacencies,
  type NetworkPlaces,
  networkPlaces,
  wholeAdjacencies,
  type YearNetwork,
  yearNetwork,
} from "./year-network.js";

export interface BrokerageOptions {
  weighted: boolean;
  seed: number;
  /** Years with more actors estimate betweenness from `brokeragePivots` seeded pivots. */
  exactBrokerageUpTo: number;
  brokeragePivots: number;
}

/** A year's betweenness and whether it was estimated from sampled sources. */
export interface YearBrokerage {
  /** Per node of the year, in the order of its adjacency (`networkOf(year)`). */
  byNode: Float64Array;
  estimated: boolean;
}

/**
 * The network as of each year in the data, built once and shared by everything that reads the years
 * (the cluster timeline, the year figures, bridging over the years), with each year's betweenness
 * measured once. The years read typed arrays (`networkOf`, year-network.ts); a graphology graph of a
 * year is built only when asked for (the analysis of that year, Louvain). All are built on first use;
 * a caller must not change what it is given.
 */
export interface YearGraphs {
  readonly years: readonly number[];
  /** The network over all years (buildGraph without a year). */
  wholeGraph(): WeaveGraph;
  /** Equal to adjacencyOf(wholeGraph(), weighted), without building that graph. */
  wholeAdjacency(weighted: boolean): Adjacency;
  graphOf(year: number): WeaveGraph;
  networkOf(year: number): YearNetwork;
  /** Equal to adjacencyOf(graphOf(year), weighted), without building that graph. */
  adjacencyOf(year: number, weighted: boolean): Adjacency;
  brokerageOf(year: number, options: BrokerageOptions): YearBrokerage;
  /**
   * The exact betweenness of a year's graph, measured already by the caller (the analysis of that year),
   * so that its brokerage is not measured again. Must be `betweenness(graphOf(year), { weighted })`.
   */
  knownBetweenness(year: number, weighted: boolean, values: NodeMapping): void;
  /**
   * Hands `send` the adjacency of each year whose betweenness `brokerageOf` will estimate from pivots
   * and has not measured yet, as soon as its network is built (now, for those built already), so that
   * another thread can search it meanwhile.
   */
  sampleAhead(options: BrokerageOptions, send: (adjacency: Adjacency) => void): void;
  /** How `brokerageOf` estimates from now on: `sampledBetweenness` or the same figures found another way. */
  sampleWith(sampler: BrokerageSampler): void;
}

export type BrokerageSampler = (adjacency: Adjacency, options: BrokerageSampling) => Float64Array;

/**
 * Years' betweenness by the exact content of their graphs, over analyses: after an edit of one year the
 * next analysis measures that year and those after it, not the years before (see graph-memo.ts).
 */
const brokerageMemo = new GraphMemo<Float64Array>(64, 4_000_000);

const exactKey = (weighted: boolean) => `exact|${weighted}`;

export function yearGraphs(network: Network): YearGraphs {
  const years = yearsInData(network);
  const graphs = new Map<number, WeaveGraph>();
  let whole: WeaveGraph | undefined;
  const networks = new Map<number, YearNetwork>();
  let places: NetworkPlaces | undefined;
  const brokerage = new Map<string, YearBrokerage>();
  let wholeNet: NetworkAdjacencies | undefined;
  // A graph built after the typed arrays of the same network takes their adjacency rather than building its own.
  const adopt = (graph: WeaveGraph, from: NetworkAdjacencies | undefined) => {
    if (from !== undefined) adoptAdjacency(graph, from.unweighted, () => from.weighted);
    return graph;
  };
  const graphOf = (year: number) => {
    let graph = graphs.get(year);
    if (graph === undefined) {
      graph = adopt(buildGraph(network, { year }), networks.get(year));
      graphs.set(year, graph);
    }
    return graph;
  };
  let ahead: ((year: number) => void) | undefined;
  const networkOf = (year: number) => {
    let found = networks.get(year);
    if (found === undefined) {
      places ??= networkPlaces(network);
      found = yearNetwork(network, year, places);
      networks.set(year, found);
      ahead?.(year);
    }
    return found;
  };
  const yearAdjacency = (year: number, weighted: boolean) =>
    weighted ? networkOf(year).weighted : networkOf(year).unweighted;
  const estimates = (adjacency: Adjacency, options: BrokerageOptions) =>
    adjacency.ids.length > options.exactBrokerageUpTo && options.brokeragePivots < adjacency.ids.length;
  const sampledKey = (options: BrokerageOptions) => `sampled|${options.seed}|${options.brokeragePivots}`;
  let sample: BrokerageSampler = sampledBetweenness;
  return {
    years,
    wholeGraph() {
      whole ??= adopt(buildGraph(network), wholeNet);
      return whole;
    },
    wholeAdjacency(weighted) {
      if (whole !== undefined && wholeNet === undefined) return adjacencyOf(whole, weighted);
      places ??= networkPlaces(network);
      wholeNet ??= wholeAdjacencies(network, places);
      return weighted ? wholeNet.weighted : wholeNet.unweighted;
    },
    graphOf,
    networkOf,
    adjacencyOf: yearAdjacency,
    brokerageOf(year, options) {
      const key = [year, options.weighted, options.seed, options.exactBrokerageUpTo, options.brokeragePivots].join();
      let found = brokerage.get(key);
      if (found === undefined) {
        const adjacency = yearAdjacency(year, options.weighted);
        const estimated = estimates(adjacency, options);
        const memoKey = estimated ? sampledKey(options) : exactKey(options.weighted);
        let byNode = brokerageMemo.get(adjacency, memoKey);
        if (byNode === undefined) {
          byNode = estimated ? sample(adjacency, options) : shortestPathFigures(adjacency).betweenness;
          brokerageMemo.set(adjacency, memoKey, byNode);
        }
        found = { byNode, estimated };
        brokerage.set(key, found);
      }
      return found;
    },
    knownBetweenness(year, weighted, values) {
      const adjacency = yearAdjacency(year, weighted);
      brokerageMemo.set(
        adjacency,
        exactKey(weighted),
        Float64Array.from(adjacency.ids, (id) => values[id] ?? 0),
      );
    },
    sampleAhead(options, send) {
      ahead = (year) => {
        const adjacency = yearAdjacency(year, options.weighted);
        if (estimates(adjacency, options) && brokerageMemo.get(adjacency, sampledKey(options)) === undefined)
          send(adjacency);
      };
      for (const year of networks.keys()) ahead(year);
    },
    sampleWith(sampler) {
      sample = sampler;
    },
  };
}
