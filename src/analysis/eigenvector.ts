import { adjacencyOf, spreadAlongTies, toMapping } from "./adjacency.js";
import { checkGraph, type NodeMapping, type WeaveGraph } from "./graph.js";
import { checkPositiveInteger, checkPositiveNumber, resolveOptions } from "./options.js";

export interface EigenvectorOptions {
  /** Multiply by tie weights in the iteration. */
  weighted: boolean;
  maxIterations: number;
  /** Stop when the L1 change per node falls below this. */
  tolerance: number;
}

export const EIGENVECTOR_DEFAULTS: EigenvectorOptions = { weighted: false, maxIterations: 10_000, tolerance: 1e-12 };

/**
 * Eigenvector centrality with unit L2 norm by power iteration over the whole graph, x ← (A + I)x as
 * NetworkX iterates (the shift keeps bipartite parts from oscillating). Components whose leading
 * eigenvalue is smaller fade towards 0. Unlike graphology-metrics it never throws: a graph without
 * edges gives every node 1/√n, and a slow convergence returns the last iterate.
 */
export function eigenvector(graph: WeaveGraph, options?: Partial<EigenvectorOptions>): NodeMapping {
  checkGraph("eigenvector", graph);
  const { weighted, maxIterations, tolerance } = resolveOptions(EIGENVECTOR_DEFAULTS, options);
  checkPositiveInteger("eigenvector", "maxIterations", maxIterations);
  checkPositiveNumber("eigenvector", "tolerance", tolerance);
  const adjacency = adjacencyOf(graph, weighted);
  const n = adjacency.ids.length;
  let x = new Float64Array(n).fill(n > 0 ? 1 / Math.sqrt(n) : 0);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    next.set(x);
    spreadAlongTies(adjacency, x, next);
    let norm = 0;
    for (let i = 0; i < n; i++) norm += (next[i] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = (next[i] as number) / norm;
      change += Math.abs((next[i] as number) - (x[i] as number));
    }
    [x, next] = [next, x];
    if (change < n * tolerance) break;
  }
  return toMapping(adjacency.ids, x);
}
