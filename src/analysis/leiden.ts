import { type Adjacency, adjacencyOf } from "./adjacency.js";
import { numberBySize } from "./cluster-numbers.js";
import { AnalysisInputError, checkGraph, type NodeMapping, type WeaveGraph } from "./graph.js";
import { search } from "./leiden/consensus.js";
import { levelGraphOf } from "./leiden/level-graph.js";
import { startingPartition } from "./leiden/mapping.js";
import { checkPositiveInteger, checkPositiveNumber, resolveOptions } from "./options.js";
import { mulberry32 } from "./rng.js";

export interface LeidenOptions {
  /** Tie weights count in modularity. */
  weighted: boolean;
  /** γ in modularity Σ_c [L_c / m − γ (K_c / 2m)²]: above 1 gives more, smaller communities. */
  resolution: number;
  /** θ: how freely refinement picks among sub-clusters that improve quality (igraph's beta). */
  randomness: number;
  /** At most this many iterations per run; by default as many as `tolerance` lets through. */
  iterations: number;
  /** A run also stops once an iteration raises modularity by less than this (0: until nothing changes). */
  tolerance: number;
  /**
   * One: a single run until `tolerance` or `iterations` stops it. From two on, that many short runs
   * (3 iterations each) and their consensus: the groups every run agrees on, clustered again and
   * polished until `tolerance` stops it (see leiden/consensus.ts); the best partition is kept.
   */
  runs: number;
  /**
   * With two or more runs: one consensus of the runs (1), or that many consensus rounds from
   * different seeds, each polished roughly, and their consensus polished finely (see leiden/consensus.ts).
   */
  rounds: number;
  /** Run k uses the PRNG seeded with seed + k, so the same data gives the same communities. */
  seed: number;
  /**
   * Where to start (a warm start, e.g. last year's communities): actors with the same number start
   * together, actors not in it start alone. Numbers only group actors; the result is numbered anew
   * (match it to last year's with cluster-identity.ts). From a warm start one run (runs: 1) does.
   */
  initial: Readonly<NodeMapping> | undefined;
}

export const LEIDEN_DEFAULTS: LeidenOptions = {
  weighted: false,
  resolution: 1,
  randomness: 0.01,
  iterations: Number.POSITIVE_INFINITY,
  tolerance: 1e-4,
  runs: 4,
  rounds: 1,
  seed: 1,
  initial: undefined,
};

export interface LeidenResult {
  /** Community number per actor: 0 is the largest community, ties broken by the smallest member id. */
  communities: NodeMapping;
  count: number;
  modularity: number;
}

/**
 * Leiden communities with the modularity objective (Traag, Waltman & van Eck 2019), deterministic
 * for a seed; every community is connected. By default four short runs and their consensus, of which
 * the partition with the highest modularity is kept.
 */
export function leiden(graph: WeaveGraph, options?: Partial<LeidenOptions>): LeidenResult {
  checkGraph("leiden", graph);
  if (graph.selfLoopCount > 0) {
    throw new AnalysisInputError("leiden", "the graph must be undirected and simple (use buildGraph)");
  }
  const weighted = options?.weighted ?? LEIDEN_DEFAULTS.weighted;
  if (weighted) checkWeights(graph);
  return leidenOfAdjacency(adjacencyOf(graph, weighted), options);
}

/** `leiden` over the graph's adjacency (adjacencyOf(graph, weighted), or the years' yearNetwork). */
export function leidenOfAdjacency(adjacency: Adjacency, options?: Partial<LeidenOptions>): LeidenResult {
  const { membership, count, modularity } = leidenPartition(adjacency, options);
  return { communities: numberBySize(adjacency.ids, membership, count), count, modularity };
}

/** Leiden's clusters per node of the adjacency, numbered 0…count − 1 as found. */
export interface LeidenPartition {
  membership: Int32Array;
  count: number;
  modularity: number;
}

/**
 * leidenOfAdjacency's clusters before they are numbered by size. `start`, per node (nodes with the same
 * value start together), replaces `initial` when given: a warm start that looks no id up.
 */
export function leidenPartition(
  adjacency: Adjacency,
  options?: Partial<LeidenOptions>,
  start?: Int32Array,
): LeidenPartition {
  const settings = resolveOptions(LEIDEN_DEFAULTS, options);
  const { resolution, randomness, iterations, tolerance, runs, rounds, seed, initial } = settings;
  checkPositiveNumber("leiden", "resolution", resolution);
  checkPositiveNumber("leiden", "randomness", randomness);
  if (iterations !== Number.POSITIVE_INFINITY) checkPositiveInteger("leiden", "iterations", iterations);
  checkPositiveInteger("leiden", "runs", runs);
  checkPositiveInteger("leiden", "rounds", rounds);
  if (!(tolerance >= 0 && tolerance < 1)) {
    throw new AnalysisInputError("leiden", `tolerance must be at least 0 and below 1, not ${tolerance}`);
  }
  if (!Number.isInteger(seed)) throw new AnalysisInputError("leiden", `seed must be a whole number, not ${seed}`);
  if (settings.weighted !== adjacency.weighted) {
    throw new AnalysisInputError("leiden", `the adjacency must be ${settings.weighted ? "" : "un"}weighted`);
  }
  if (start !== undefined && start.length !== adjacency.ids.length) {
    throw new AnalysisInputError("leiden", "the start must give every node a number");
  }

  const base = levelGraphOf(adjacency);
  const begin = start ?? startingPartition(adjacency.ids, initial);
  let twiceTotal = 0;
  for (const strength of base.nodeWeights) twiceTotal += strength;
  if (twiceTotal === 0) {
    // Modularity is undefined without ties; every actor is a community of its own.
    const alone = Int32Array.from(adjacency.ids, (_, v) => v);
    return { membership: alone, count: alone.length, modularity: 0 };
  }
  // Stage k (a run, a consensus clustering or polish) draws from mulberry32(seed + k): the same seed replays it all.
  return search(base, begin, runs, {
    scale: resolution / twiceTotal,
    randomness,
    tolerance: tolerance * twiceTotal,
    resolution,
    iterations,
    rounds,
    randomFor: (stage) => mulberry32(seed + stage),
  });
}

function checkWeights(graph: WeaveGraph): void {
  graph.forEachEdge((_edge, attributes, source, target) => {
    const weight = attributes.weight;
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight <= 0) {
      throw new AnalysisInputError(
        "leiden",
        `the weight of the tie ${source}–${target} must be a positive number, not ${String(weight)}`,
      );
    }
  });
}
