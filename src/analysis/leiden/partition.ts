import type { LevelGraph } from "./level-graph.js";
import type { Workspace } from "./workspace.js";

/** Fills order[0…n − 1] with 0…n − 1 in an order drawn from `random` (Fisher–Yates). */
export function randomPermutation(order: Int32Array, n: number, random: () => number): void {
  // Two loops, two functions: V8 may compile a long loop while it runs and reuse that code at every
  // later call, and code after the loop that had not run by then would send each call back to the
  // unoptimised code (see refine.ts).
  identity(order, n);
  shuffle(order, n, random);
}

function identity(order: Int32Array, n: number): void {
  for (let i = 0; i < n; i++) order[i] = i;
}

function shuffle(order: Int32Array, n: number, random: () => number): void {
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
}

/**
 * Splits every cluster into its connected parts and numbers the parts 0…count − 1 in order of their
 * first node. Splitting a cluster that is not connected always raises modularity, so this is both
 * Leiden's guarantee made certain and the way an arbitrary starting partition is made fit to use.
 */
export function connectedParts(
  graph: LevelGraph,
  membership: Int32Array,
  parts: Int32Array = new Int32Array(graph.order),
  stack: Int32Array = new Int32Array(graph.order),
): { parts: Int32Array; count: number } {
  parts.fill(-1, 0, graph.order);
  return { parts, count: labelParts(graph, membership, parts, stack) };
}

/** connectedParts' search, into `parts` (all −1); returns the count. */
function labelParts(graph: LevelGraph, membership: Int32Array, parts: Int32Array, stack: Int32Array): number {
  const { order, offsets, neighbors } = graph;
  let count = 0;
  for (let s = 0; s < order; s++) {
    if (parts[s] !== -1) continue;
    const cluster = membership[s] as number;
    parts[s] = count;
    let top = 0;
    stack[top++] = s;
    while (top > 0) {
      const v = stack[--top] as number;
      const end = offsets[v + 1] as number;
      for (let e = offsets[v] as number; e < end; e++) {
        const u = neighbors[e] as number;
        if (parts[u] === -1 && membership[u] === cluster) {
          parts[u] = count;
          stack[top++] = u;
        }
      }
    }
    count += 1;
  }
  return count;
}

/**
 * Renumbers the clusters (values below `order`) 0…count − 1 in order of their first node, in place;
 * returns the count.
 */
export function compact(membership: Int32Array, order: number, renumbered: Int32Array = new Int32Array(order)): number {
  renumbered.fill(-1, 0, order);
  let count = 0;
  for (let v = 0; v < membership.length; v++) {
    const c = membership[v] as number;
    if (renumbered[c] === -1) renumbered[c] = count++;
    membership[v] = renumbered[c] as number;
  }
  return count;
}

/** The summed node weight of each cluster, in `into` (a workspace's) or a new array. */
export function clusterWeightsOf(
  graph: LevelGraph,
  membership: Int32Array,
  count: number,
  into?: Workspace,
): Float64Array {
  const clusterWeights = into === undefined ? new Float64Array(count) : into.clusterWeights.subarray(0, count);
  clusterWeights.fill(0);
  for (let v = 0; v < graph.order; v++) {
    const c = membership[v] as number;
    clusterWeights[c] = (clusterWeights[c] as number) + (graph.nodeWeights[v] as number);
  }
  return clusterWeights;
}

/**
 * Newman's modularity with resolution γ: Σ_c [L_c / m − γ (K_c / 2m)²], where L_c is the weight of the
 * edges inside c and K_c the summed strength of its members (as graphology-metrics and NetworkX).
 */
export function modularityOf(graph: LevelGraph, membership: Int32Array, count: number, resolution: number): number {
  const inside = new Float64Array(count);
  const twiceTotal = insideWeights(graph, membership, inside);
  if (twiceTotal === 0) return 0;
  return modularityFrom(inside, clusterWeightsOf(graph, membership, count), count, twiceTotal, resolution);
}

/** The weight inside each cluster, from both ends, into `inside`; returns the total weight from both ends. */
function insideWeights(graph: LevelGraph, membership: Int32Array, inside: Float64Array): number {
  const { order, offsets, neighbors, weights } = graph;
  let twiceTotal = 0;
  for (let v = 0; v < order; v++) {
    const c = membership[v] as number;
    const end = offsets[v + 1] as number;
    for (let e = offsets[v] as number; e < end; e++) {
      twiceTotal += weights[e] as number;
      if (membership[neighbors[e] as number] === c) inside[c] = (inside[c] as number) + (weights[e] as number);
    }
  }
  return twiceTotal;
}

function modularityFrom(
  inside: Float64Array,
  clusterWeights: Float64Array,
  count: number,
  twiceTotal: number,
  resolution: number,
): number {
  let modularity = 0;
  for (let c = 0; c < count; c++) {
    const share = (clusterWeights[c] as number) / twiceTotal;
    modularity += (inside[c] as number) / twiceTotal - resolution * share * share;
  }
  return modularity;
}
