import { adjacencyOf, spreadAlongTies, toMapping } from "./adjacency.js";
import { AnalysisInputError, checkGraph, type NodeMapping, type WeaveGraph } from "./graph.js";
import { checkPositiveInteger, checkPositiveNumber, resolveOptions } from "./options.js";

export interface PagerankOptions {
  /** A walker follows a tie in proportion to its weight. */
  weighted: boolean;
  alpha: number;
  maxIterations: number;
  /** Stop when the L1 change per node falls below this. */
  tolerance: number;
}

export const PAGERANK_DEFAULTS: PagerankOptions = {
  weighted: false,
  alpha: 0.85,
  maxIterations: 1000,
  tolerance: 1e-13,
};

/**
 * PageRank as NetworkX computes it: uniform teleport, and the rank of dangling (tie-less) actors
 * spread uniformly over everyone. Sums to 1; never throws on graphs without edges.
 */
export function pagerank(graph: WeaveGraph, options?: Partial<PagerankOptions>): NodeMapping {
  checkGraph("pagerank", graph);
  const { weighted, alpha, maxIterations, tolerance } = resolveOptions(PAGERANK_DEFAULTS, options);
  if (!(alpha > 0 && alpha < 1))
    throw new AnalysisInputError("pagerank", `alpha must be between 0 and 1, not ${alpha}`);
  checkPositiveInteger("pagerank", "maxIterations", maxIterations);
  checkPositiveNumber("pagerank", "tolerance", tolerance);
  const adjacency = adjacencyOf(graph, weighted);
  const { ids, offsets, weights } = adjacency;
  const n = ids.length;
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) {
      strength[i] = (strength[i] as number) + (weights[j] as number);
    }
  }
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const shares = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (strength[i] === 0) dangling += x[i] as number;
    next.fill((alpha * dangling + 1 - alpha) / n);
    for (let i = 0; i < n; i++) {
      shares[i] = strength[i] === 0 ? 0 : (alpha * (x[i] as number)) / (strength[i] as number);
    }
    spreadAlongTies(adjacency, shares, next);
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs((next[i] as number) - (x[i] as number));
    [x, next] = [next, x];
    if (change < n * tolerance) break;
  }
  return toMapping(ids, x);
}
