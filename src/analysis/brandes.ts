import type { Adjacency } from "./adjacency.js";
import { relabelForLocality } from "./locality.js";
import { searchSources } from "./path-kernel.js";
import { betweennessRuns, type PathBlock, type PathGraph, type PathWant, releaseBlock } from "./path-types.js";
import { estimateFromPivots, type PivotHalves } from "./pivot-estimates.js";
import { type PathSampling, pickPivots, type SampledPaths } from "./pivots.js";

/** Per actor, in adjacency order: how many nodes it reaches (itself included), their total distance, Σ 1/d; and betweenness. */
export interface PathFigures {
  /** Estimated (not whole) when sampled. */
  reached: Float64Array;
  total: Float64Array;
  harmonic: Float64Array;
  /** Normalised as NetworkX does for undirected graphs: raw pair counts × 2/((n−1)(n−2)); 0 when not asked. */
  betweenness: Float64Array;
  /** Null when exact; otherwise the pivots, seed, stated error and typical error of the estimates. */
  sampling: SampledPaths | null;
}

export interface PathFiguresOptions {
  /**
   * Only search from these sources: betweenness is then scaled by n / sources, and the closeness sums
   * cover only those sources (the brokerage share of large years).
   */
  sources?: Int32Array;
  /** Estimate every figure from the sampling's seeded pivots (closeness sums per target, scaled up). */
  sampling?: PathSampling | null;
  /** False skips counting paths and accumulating dependencies when only the distance sums are wanted. */
  betweenness?: boolean;
}

/** Sources per block: the unit of work handed to a thread, and of the fixed order the sums are added in. */
export const SOURCES_PER_BLOCK = 64;

/** The work of one shortest-path pass, cut into blocks of sources over the relabelled graph. */
export interface PathPlan {
  readonly graph: PathGraph;
  readonly want: PathWant;
  /** The sources in the relabelled graph, in the order they are searched. */
  readonly sources: Int32Array;
  readonly blocks: number;
  readonly label: Int32Array;
  readonly sampling: PathSampling | null;
}

/**
 * Brandes' algorithm, one search per source (breadth-first, or Dijkstra over 1 / weight), collecting the
 * closeness sums on the way: one pass serves betweenness, closeness and harmonic closeness (the kernel
 * is `path-kernel.ts`). The nodes are relabelled for locality first (`locality.ts`). The sources are cut
 * into blocks whose sums are added in block order, so the threads of src/server/analysis/path-threads.ts,
 * which take blocks in any order, give exactly the same numbers as this single thread.
 */
export function shortestPathFigures(adjacency: Adjacency, options: PathFiguresOptions = {}): PathFigures {
  return searchPlan(planPaths(adjacency, options));
}

/** The whole pass of a plan on this thread (a plan crosses to a helper thread as it is: plain arrays). */
export function searchPlan(plan: PathPlan): PathFigures {
  const merged = startMerge(plan);
  for (let b = 0; b < plan.blocks; b++)
    addBlock(merged, plan, b, searchSources(plan.graph, blockSources(plan, b), plan.want));
  return finishPaths(merged, plan);
}

export function planPaths(adjacency: Adjacency, options: PathFiguresOptions = {}): PathPlan {
  const n = adjacency.ids.length;
  const { graph, label } = relabelForLocality(adjacency);
  const sampling = options.sampling ?? null;
  const chosen = sampling === null ? options.sources : pickPivots(n, sampling.pivots, sampling.seed);
  const sources =
    chosen === undefined ? Int32Array.from({ length: n }, (_, i) => i) : chosen.map((s) => label[s] as number);
  const want = { betweenness: options.betweenness ?? true, perTarget: sampling !== null };
  return { graph, want, sources, blocks: Math.ceil(sources.length / SOURCES_PER_BLOCK), label, sampling };
}

export function blockSources(plan: Pick<PathPlan, "sources">, block: number): Int32Array {
  return plan.sources.subarray(block * SOURCES_PER_BLOCK, (block + 1) * SOURCES_PER_BLOCK);
}

/**
 * Sums of the blocks so far, in relabelled order, and how many blocks they hold. Plain typed arrays, so
 * that threads can share them (`startMerge(plan, true)`): whichever thread holds the next block adds it.
 */
export interface PathMerge {
  readonly sums: PathBlock;
  /** With pivots, the betweenness sums of the odd blocks alone: one half of the pivots, to measure the error by. */
  readonly oddBetweenness: Float64Array;
  /** One Int32: the blocks added, read and written atomically. */
  readonly added: Int32Array;
}

export function startMerge(plan: PathPlan, shared = false): PathMerge {
  const n = plan.label.length;
  const Memory = shared ? SharedArrayBuffer : ArrayBuffer;
  const floats = (length: number) => new Float64Array(new Memory(length * Float64Array.BYTES_PER_ELEMENT));
  return {
    sums: {
      betweenness: floats(n * betweennessRuns(plan.graph, plan.want)),
      reached: floats(n),
      total: floats(n),
      harmonic: floats(n),
    },
    oddBetweenness: floats(plan.sampling === null ? 0 : n * betweennessRuns(plan.graph, plan.want)),
    added: new Int32Array(new Memory(Int32Array.BYTES_PER_ELEMENT)),
  };
}

export const blocksAdded = (merge: PathMerge): number => Atomics.load(merge.added, 0);

/**
 * Adds block b; blocks must come in order 0, 1, 2 … so that every float sum is made in one order. The
 * count goes up only once the sums hold the block, so a thread that reads it sees those sums.
 */
export function addBlock(
  merge: PathMerge,
  plan: Pick<PathPlan, "sources" | "want">,
  b: number,
  block: PathBlock,
): void {
  if (b !== blocksAdded(merge)) throw new Error(`path block ${b} added out of order (expected ${blocksAdded(merge)})`);
  const { sums } = merge;
  addInto(sums.betweenness, block.betweenness);
  if (b % 2 === 1 && merge.oddBetweenness.length > 0) addInto(merge.oddBetweenness, block.betweenness);
  if (plan.want.perTarget) {
    addInto(sums.reached, block.reached);
    addInto(sums.total, block.total);
    addInto(sums.harmonic, block.harmonic);
  } else {
    const sources = blockSources(plan, b);
    for (let k = 0; k < sources.length; k++) {
      const s = sources[k] as number;
      sums.reached[s] = block.reached[k] as number;
      sums.total[s] = block.total[k] as number;
      sums.harmonic[s] = block.harmonic[k] as number;
    }
  }
  Atomics.store(merge.added, 0, b + 1);
  releaseBlock(block);
}

function addInto(into: Float64Array, values: Float64Array): void {
  for (let i = 0; i < values.length; i++) into[i] = (into[i] as number) + (values[i] as number);
}

/**
 * Whether the estimates post-stratify by hop distance (pivot-estimates.ts), so that the sizes of the hop
 * classes are to be counted: work apart from the searches, which a thread with no block left can do.
 */
export const countsHopClasses = (plan: Pick<PathPlan, "graph" | "want">): boolean =>
  betweennessRuns(plan.graph, plan.want) > 1;

/**
 * Scales the sums (normalised betweenness; estimates from pivots) and maps them back to adjacency order.
 * `hopClasses`: `hopClassSizes` of the plan's graph, when counted already.
 */
export function finishPaths(merge: PathMerge, plan: PathPlan, hopClasses?: Int32Array | null): PathFigures {
  const added = blocksAdded(merge);
  if (added !== plan.blocks) throw new Error(`${plan.blocks - added} path blocks were never added`);
  const { label, sampling } = plan;
  if (sampling !== null) {
    const halves = halvesOf(plan, merge);
    const { epsilon, typicalError, ...estimates } = estimateFromPivots(
      plan.graph,
      plan.sources,
      merge.sums,
      sampling,
      hopClasses,
      halves,
    );
    return inAdjacencyOrder(estimates, plan, { ...sampling, epsilon, typicalError });
  }
  const { sums } = merge;
  const n = label.length;
  const count = plan.sources.length;
  // Each unordered pair was counted from both ends: raw = sum / 2, normalised by 2/((n−1)(n−2)).
  // From a subset of sources the sums are scaled up to estimate the full figure.
  const scale = n > 2 && count > 0 ? n / count / ((n - 1) * (n - 2)) : 0;
  return inAdjacencyOrder({ ...sums, betweenness: sums.betweenness.map((sum) => sum * scale) }, plan, null);
}

/** The pivots of the odd blocks and their betweenness sums; null when there is no second block or no betweenness. */
function halvesOf(plan: PathPlan, merge: PathMerge): PivotHalves | null {
  if (plan.blocks < 2 || merge.sums.betweenness.length === 0) return null;
  const odd: number[] = [];
  for (let b = 1; b < plan.blocks; b += 2) odd.push(...blockSources(plan, b));
  return { odd: Int32Array.from(odd), oddBetweenness: merge.oddBetweenness };
}

function inAdjacencyOrder(values: PathBlock, plan: PathPlan, sampling: SampledPaths | null): PathFigures {
  const { label } = plan;
  const n = label.length;
  const figures: PathFigures = {
    reached: new Float64Array(n),
    total: new Float64Array(n),
    harmonic: new Float64Array(n),
    betweenness: new Float64Array(n),
    sampling,
  };
  for (let i = 0; i < n; i++) {
    const v = label[i] as number;
    if (plan.want.betweenness) figures.betweenness[i] = values.betweenness[v] as number;
    figures.reached[i] = values.reached[v] as number;
    figures.total[i] = values.total[v] as number;
    figures.harmonic[i] = values.harmonic[v] as number;
  }
  return figures;
}
