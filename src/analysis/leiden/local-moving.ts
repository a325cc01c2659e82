import type { LevelGraph } from "./level-graph.js";
import { randomPermutation } from "./partition.js";
import type { Workspace } from "./workspace.js";

/**
 * Leiden's fast local moving (Traag, Waltman & van Eck 2019, Algorithm A.2): nodes wait in a queue
 * in random order; each moves to the cluster with the largest gain in quality (its own, a
 * neighbour's, or an empty one) and, when it moves, its neighbours outside the new cluster rejoin
 * the queue. The gain of moving node v into cluster C is w(v, C) − k_v · K_C · `scale`, with
 * scale = γ / 2m for modularity. `membership` (values < order) is changed in place; returns
 * whether any node moved.
 */
export function moveNodes(
  graph: LevelGraph,
  membership: Int32Array,
  scale: number,
  random: () => number,
  workspace: Workspace,
): boolean {
  // Each loop is a function of its own that reads nothing after it (see refine.ts).
  const { order } = graph;
  const { clusterWeights, clusterSizes, emptyClusters, queue, queued } = workspace;
  clusterWeights.fill(0, 0, order);
  clusterSizes.fill(0, 0, order);
  tallyClusters(graph, membership, clusterWeights, clusterSizes);
  const emptyCount = stackEmpty(order, clusterSizes, emptyClusters);
  randomPermutation(queue, order, random);
  queued.fill(1, 0, order);
  return moveQueued(graph, membership, scale, workspace, emptyCount);
}

function tallyClusters(
  graph: LevelGraph,
  membership: Int32Array,
  clusterWeights: Float64Array,
  clusterSizes: Int32Array,
): void {
  const { order, nodeWeights } = graph;
  for (let v = 0; v < order; v++) {
    const c = membership[v] as number;
    clusterWeights[c] = (clusterWeights[c] as number) + (nodeWeights[v] as number);
    clusterSizes[c] = (clusterSizes[c] as number) + 1;
  }
}

/** The empty clusters, the lowest on top; returns how many. */
function stackEmpty(order: number, clusterSizes: Int32Array, emptyClusters: Int32Array): number {
  let emptyCount = 0;
  for (let c = order - 1; c >= 0; c--) if (clusterSizes[c] === 0) emptyClusters[emptyCount++] = c;
  return emptyCount;
}

/** The queue, all waiting, in the order of `workspace.queue`, until it is empty; returns whether any node moved. */
function moveQueued(
  graph: LevelGraph,
  membership: Int32Array,
  scale: number,
  workspace: Workspace,
  initiallyEmpty: number,
): boolean {
  const { order, offsets, neighbors, weights, nodeWeights } = graph;
  const { clusterWeights, clusterSizes, emptyClusters, queue, queued, weightTo, seen, candidates } = workspace;
  let emptyCount = initiallyEmpty;
  let head = 0;
  let waiting = order;
  let moved = false;

  while (waiting > 0) {
    const v = queue[head] as number;
    head = head + 1 === order ? 0 : head + 1;
    waiting -= 1;
    queued[v] = 0;
    const current = membership[v] as number;
    const strength = nodeWeights[v] as number;
    clusterWeights[current] = (clusterWeights[current] as number) - strength;
    clusterSizes[current] = (clusterSizes[current] as number) - 1;
    if (clusterSizes[current] === 0) emptyClusters[emptyCount++] = current;

    let candidateCount = 0;
    const end = offsets[v + 1] as number;
    for (let e = offsets[v] as number; e < end; e++) {
      const c = membership[neighbors[e] as number] as number;
      if (seen[c] === 0) {
        seen[c] = 1;
        candidates[candidateCount++] = c;
      }
      weightTo[c] = (weightTo[c] as number) + (weights[e] as number);
    }
    let best = current;
    let bestGain = (weightTo[current] as number) - strength * (clusterWeights[current] as number) * scale;
    for (let k = 0; k < candidateCount; k++) {
      const c = candidates[k] as number;
      const gain = (weightTo[c] as number) - strength * (clusterWeights[c] as number) * scale;
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
      weightTo[c] = 0;
      seen[c] = 0;
    }
    weightTo[current] = 0;
    // Alone in an empty cluster the gain is 0; if v's own cluster just emptied, that is `current`.
    if (bestGain < 0) best = emptyClusters[emptyCount - 1] as number;

    if (clusterSizes[best] === 0) emptyCount -= 1; // `best` is the empty cluster on top of the stack
    clusterWeights[best] = (clusterWeights[best] as number) + strength;
    clusterSizes[best] = (clusterSizes[best] as number) + 1;
    membership[v] = best;
    if (best === current) continue;
    moved = true;
    for (let e = offsets[v] as number; e < end; e++) {
      const u = neighbors[e] as number;
      if (queued[u] === 0 && membership[u] !== best) {
        queued[u] = 1;
        queue[(head + waiting) % order] = u;
        waiting += 1;
      }
    }
  }
  return moved;
}
