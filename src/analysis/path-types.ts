/**
 * The graph as the shortest-path kernel reads it: CSR arrays only, so it crosses to a worker thread
 * (or a browser Worker) as a few typed arrays. `lengths` is null for breadth-first search.
 */
export interface PathGraph {
  readonly offsets: Int32Array;
  readonly neighbors: Int32Array;
  /** Distance along each CSR entry (1 / weight); null when every tie has length 1. */
  readonly lengths: Float64Array | null;
}

export interface PathWant {
  /** Count paths and accumulate dependencies (Brandes); false: distance sums only. */
  readonly betweenness: boolean;
  /** Sum distances per target reached (sampled closeness) instead of per source (exact closeness). */
  readonly perTarget: boolean;
}

/**
 * What one range of sources gives. Betweenness is the raw sum of dependencies over those sources, per
 * node (empty when not asked); with `perTarget` on breadth-first search it holds `betweennessRuns` runs
 * of n: the credits from sources more than NEAR_HOPS hops away (or none), then those from sources 1, 2 …
 * NEAR_HOPS hops away, which `pivot-estimates.ts` scales class by class. Reached (itself included), Σd
 * and Σ1/d are per source (aligned with the sources) or, with `perTarget`, per node over the sources that
 * reach it (the source itself not counted).
 */
export interface PathBlock {
  readonly betweenness: Float64Array;
  readonly reached: Float64Array;
  readonly total: Float64Array;
  readonly harmonic: Float64Array;
}

/** Pivots' credits to nodes up to this many hops away are kept apart (breadth-first search only). */
export const NEAR_HOPS = 3;

/** How many runs of n the betweenness sums of a block hold: 0 (not asked), 1, or 1 + NEAR_HOPS. */
export function betweennessRuns(graph: PathGraph, want: PathWant): number {
  if (!want.betweenness) return 0;
  return want.perTarget && graph.lengths === null ? 1 + NEAR_HOPS : 1;
}
