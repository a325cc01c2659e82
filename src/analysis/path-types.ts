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

/**
 * Blocks whose sums were added (`releaseBlock`), handed out again by `emptyBlock`: a pass allocates a few
 * rather than one per range of sources. Their buffers live outside V8's heap, which collects them only
 * long after: at 10,000 actors 10–25 MB of dead blocks were resident at a time. One list per thread.
 */
const spareBlocks: PathBlock[] = [];
const SPARE_BLOCKS = 4;

/** A block of zeros: `betweenness` sums of n, the others of `sums`. */
export function emptyBlock(betweenness: number, sums: number): PathBlock {
  const at = spareBlocks.findIndex(
    (block) => block.betweenness.length === betweenness && block.reached.length === sums,
  );
  if (at === -1) {
    // Another size: a pass over another graph (a helper takes the years' brokerage between the blocks of
    // the whole network). Spares of the old size would never be handed out again, and, the list full, the
    // new size's blocks could not be kept: at 100,000 actors a new 5.6 MB block per block searched.
    spareBlocks.length = 0;
    return {
      betweenness: new Float64Array(betweenness),
      reached: new Float64Array(sums),
      total: new Float64Array(sums),
      harmonic: new Float64Array(sums),
    };
  }
  const [block] = spareBlocks.splice(at, 1) as [PathBlock];
  for (const values of [block.betweenness, block.reached, block.total, block.harmonic]) values.fill(0);
  return block;
}

/** `block` is read no more (its sums are added): `emptyBlock` may hand it out again. */
export function releaseBlock(block: PathBlock): void {
  if (spareBlocks.length < SPARE_BLOCKS) spareBlocks.push(block);
}

/** Pivots' credits to nodes up to this many hops away are kept apart (breadth-first search only). */
export const NEAR_HOPS = 3;

/** How many runs of n the betweenness sums of a block hold: 0 (not asked), 1, or 1 + NEAR_HOPS. */
export function betweennessRuns(graph: PathGraph, want: PathWant): number {
  if (!want.betweenness) return 0;
  return want.perTarget && graph.lengths === null ? 1 + NEAR_HOPS : 1;
}
