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
 * node (empty when not asked). Reached (itself included), Σd and Σ1/d are per source (aligned with the
 * sources) or, with `perTarget`, per node over the sources that reach it (the source itself not counted).
 */
export interface PathBlock {
  readonly betweenness: Float64Array;
  readonly reached: Float64Array;
  readonly total: Float64Array;
  readonly harmonic: Float64Array;
}
