import type { LevelGraph } from "./level-graph.js";
import { compact, randomPermutation } from "./partition.js";
import type { Workspace } from "./workspace.js";

/**
 * Leiden's refinement (Algorithm A.3, MergeNodesSubset): inside each cluster S of `membership`,
 * starting from singletons, every well-connected node that is still alone joins a well-connected
 * sub-cluster of S (or stays alone), drawn with probability ∝ exp(gain / θ) among those whose gain is
 * not negative. "Well-connected" means at least k · (K_S − k) · scale of its weight ties it to the
 * rest of S. The refined clusters, numbered 0…count − 1, are written to `refined`; each lies inside
 * one cluster of S.
 */
export function refine(
  graph: LevelGraph,
  membership: Int32Array,
  clusterWeights: Float64Array,
  scale: number,
  randomness: number,
  random: () => number,
  workspace: Workspace,
  refined: Int32Array,
): number {
  // Each pass is a function of its own that reads nothing after its loop: V8 compiles a long loop
  // while it runs (on-stack replacement) and reuses that code at every later call; code after the loop
  // that had not yet run when it was compiled then sent every call back to the unoptimised code.
  const numbers = workspace.numbers;
  const nodeOrder = workspace.queue;
  startAlone(graph, membership, workspace, refined);
  randomPermutation(nodeOrder, graph.order, random);
  mergeNodes(graph, membership, clusterWeights, scale, randomness, random, workspace, refined);
  return compact(refined, graph.order, numbers);
}

/** Every node a refined cluster of its own, tied to the rest of its cluster by its ties within it. */
function startAlone(graph: LevelGraph, membership: Int32Array, workspace: Workspace, refined: Int32Array): void {
  const { order, offsets, neighbors, weights, nodeWeights } = graph;
  const { refinedWeights, joined, outward } = workspace;
  joined.fill(0, 0, order);
  for (let v = 0; v < order; v++) {
    refined[v] = v;
    refinedWeights[v] = nodeWeights[v] as number;
    const cluster = membership[v] as number;
    let tie = 0;
    const end = offsets[v + 1] as number;
    for (let e = offsets[v] as number; e < end; e++) {
      if (membership[neighbors[e] as number] === cluster) tie += weights[e] as number;
    }
    outward[v] = tie;
  }
}

/** The nodes in the order of `workspace.queue`, each joining a sub-cluster (or staying alone), as refine tells. */
function mergeNodes(
  graph: LevelGraph,
  membership: Int32Array,
  clusterWeights: Float64Array,
  scale: number,
  randomness: number,
  random: () => number,
  workspace: Workspace,
  refined: Int32Array,
): void {
  const { order, offsets, neighbors, weights, nodeWeights } = graph;
  const { refinedWeights, joined, weightTo, seen, candidates, candidateWeights, gains, cumulative } = workspace;
  // The weight that ties each refined cluster to the rest of its cluster S.
  const outward = workspace.outward;
  const nodeOrder = workspace.queue;

  for (let k = 0; k < order; k++) {
    const v = nodeOrder[k] as number;
    // Only a node still alone moves, and only when it is well connected within its cluster.
    if (joined[v] === 1) continue;
    const cluster = membership[v] as number;
    const total = clusterWeights[cluster] as number;
    const strength = nodeWeights[v] as number;
    if ((outward[v] as number) < strength * (total - strength) * scale) continue;

    const tie = outward[v] as number;
    refinedWeights[v] = 0;
    outward[v] = 0;
    candidates[0] = v;
    let candidateCount = 1;
    seen[v] = 1;
    const end = offsets[v + 1] as number;
    for (let e = offsets[v] as number; e < end; e++) {
      const u = neighbors[e] as number;
      if (membership[u] !== cluster) continue;
      const c = refined[u] as number;
      if (seen[c] === 0) {
        seen[c] = 1;
        candidates[candidateCount++] = c;
      }
      weightTo[c] = (weightTo[c] as number) + (weights[e] as number);
    }
    // Gains of the eligible candidates; the softmax is taken relative to the largest, so it never overflows.
    let bestGain = 0;
    let bestIndex = 0;
    for (let i = 0; i < candidateCount; i++) {
      const c = candidates[i] as number;
      const size = refinedWeights[c] as number;
      const eligible = (outward[c] as number) >= size * (total - size) * scale;
      const gain = eligible ? (weightTo[c] as number) - strength * size * scale : Number.NEGATIVE_INFINITY;
      gains[i] = gain;
      candidateWeights[i] = weightTo[c] as number;
      if (gain > bestGain) {
        bestGain = gain;
        bestIndex = i;
      }
      weightTo[c] = 0;
      seen[c] = 0;
    }
    // exp(−50) and below cannot move a sum that holds the best candidate's exp(0) = 1: skipped.
    const negligible = bestGain - 50 * randomness;
    let sum = 0;
    for (let i = 0; i < candidateCount; i++) {
      const gain = gains[i] as number;
      if (gain >= 0 && gain > negligible) sum += Math.exp((gain - bestGain) / randomness);
      cumulative[i] = sum;
    }
    const draw = random() * sum;
    let low = 0;
    let high = candidateCount - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) > draw) high = middle;
      else low = middle + 1;
    }
    // A draw rounded up to the sum itself falls past the last candidate: take the best one then.
    const chosenIndex = (cumulative[low] as number) > draw ? low : bestIndex;
    const chosen = candidates[chosenIndex] as number;

    refinedWeights[chosen] = (refinedWeights[chosen] as number) + strength;
    // v's ties into the chosen sub-cluster turn inward, the rest of its ties within S now leave it.
    outward[chosen] = (outward[chosen] as number) + tie - 2 * (candidateWeights[chosenIndex] as number);
    if (chosen !== v) {
      refined[v] = chosen;
      joined[chosen] = 1;
    }
  }
}
