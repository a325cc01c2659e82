import type { Adjacency } from "../adjacency.js";
import type { LevelBuffers, Workspace } from "./workspace.js";

/**
 * One level of the Leiden hierarchy as compressed (CSR) arrays: level 0 is the graph itself, each
 * higher level has one node per cluster of the level below. Edges inside a cluster are dropped when
 * it is aggregated: a node's own edges never change a move's gain; they live on in its node weight.
 */
export interface LevelGraph {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly neighbors: Int32Array;
  readonly weights: Float64Array;
  /** The node's strength at level 0; the summed strength of its members above. */
  readonly nodeWeights: Float64Array;
}

export function levelGraphOf(adjacency: Adjacency): LevelGraph {
  const order = adjacency.ids.length;
  const { offsets, neighbors, weights } = adjacency;
  return { order, offsets, neighbors, weights, nodeWeights: strengths(order, offsets, weights) };
}

/** Each node's summed tie weight. A loop of its own, as the passes of aggregate. */
function strengths(order: number, offsets: Int32Array, weights: Float64Array): Float64Array {
  const nodeWeights = new Float64Array(order);
  for (let v = 0; v < order; v++) {
    let strength = 0;
    const end = offsets[v + 1] as number;
    for (let e = offsets[v] as number; e < end; e++) strength += weights[e] as number;
    nodeWeights[v] = strength;
  }
  return nodeWeights;
}

/**
 * The graph with one node per cluster; `membership` numbers the clusters 0…count − 1. With a
 * workspace, the result lives in its level buffers (valid until the level after next is built);
 * without one, in arrays of its own.
 */
export function aggregate(graph: LevelGraph, membership: Int32Array, count: number, workspace?: Workspace): LevelGraph {
  const { order, neighbors } = graph;
  const into = workspace?.levelBuffers();
  // Each pass is a function of its own that reads nothing after its loop (see refine.ts).
  const start = workspace === undefined ? new Int32Array(count + 1) : workspace.starts.subarray(0, count + 1);
  const members = workspace === undefined ? new Int32Array(order) : workspace.numbers;
  const fill = workspace === undefined ? new Int32Array(count) : workspace.stack;
  const nodeWeights = into === undefined ? new Float64Array(count) : into.nodeWeights.subarray(0, count);
  const aggregatedOffsets = into === undefined ? new Int32Array(count + 1) : into.offsets.subarray(0, count + 1);
  const aggregatedNeighbors = into === undefined ? new Int32Array(neighbors.length) : into.neighbors;
  const aggregatedWeights = into === undefined ? new Float64Array(neighbors.length) : into.weights;
  const summed = workspace === undefined ? new Float64Array(count) : workspace.weightTo;
  const seenBy = workspace === undefined ? new Int32Array(count) : workspace.fill;
  groupMembers(membership, order, count, start, fill, members);
  seenBy.fill(-1, 0, count);
  const cursor = gatherTies(graph, membership, count, start, members, summed, seenBy, {
    offsets: aggregatedOffsets,
    neighbors: aggregatedNeighbors,
    weights: aggregatedWeights,
    nodeWeights,
  });
  aggregatedOffsets[count] = cursor;
  return {
    order: count,
    offsets: aggregatedOffsets,
    neighbors: into === undefined ? aggregatedNeighbors.slice(0, cursor) : aggregatedNeighbors.subarray(0, cursor),
    weights: into === undefined ? aggregatedWeights.slice(0, cursor) : aggregatedWeights.subarray(0, cursor),
    nodeWeights,
  };
}

/** Members grouped by cluster (a counting sort): those of c are members[start[c]…start[c + 1] − 1]. */
function groupMembers(
  membership: Int32Array,
  order: number,
  count: number,
  start: Int32Array,
  fill: Int32Array,
  members: Int32Array,
): void {
  start.fill(0);
  countMembers(membership, order, start);
  prefixSums(start, count);
  fill.set(start.subarray(0, count));
  placeMembers(membership, order, fill, members);
}

function countMembers(membership: Int32Array, order: number, start: Int32Array): void {
  for (let v = 0; v < order; v++) {
    const slot = (membership[v] as number) + 1;
    start[slot] = (start[slot] as number) + 1;
  }
}

function prefixSums(start: Int32Array, count: number): void {
  for (let c = 0; c < count; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
}

function placeMembers(membership: Int32Array, order: number, fill: Int32Array, members: Int32Array): void {
  for (let v = 0; v < order; v++) {
    const c = membership[v] as number;
    members[fill[c] as number] = v;
    fill[c] = (fill[c] as number) + 1;
  }
}

/** Each cluster's ties to the others, gathered member by member, into `into`; returns how many (offsets[count] is left to set). */
function gatherTies(
  graph: LevelGraph,
  membership: Int32Array,
  count: number,
  start: Int32Array,
  members: Int32Array,
  summed: Float64Array,
  seenBy: Int32Array,
  into: LevelBuffers,
): number {
  const { offsets, neighbors, weights } = graph;
  const memberWeights = graph.nodeWeights;
  const { offsets: aggregatedOffsets, neighbors: aggregatedNeighbors, weights: aggregatedWeights, nodeWeights } = into;
  let cursor = 0;
  for (let c = 0; c < count; c++) {
    aggregatedOffsets[c] = cursor;
    const first = cursor;
    let weight = 0;
    for (let k = start[c] as number; k < (start[c + 1] as number); k++) {
      const v = members[k] as number;
      weight += memberWeights[v] as number;
      const end = offsets[v + 1] as number;
      for (let e = offsets[v] as number; e < end; e++) {
        const d = membership[neighbors[e] as number] as number;
        if (d === c) continue;
        if (seenBy[d] !== c) {
          seenBy[d] = c;
          aggregatedNeighbors[cursor++] = d;
        }
        summed[d] = (summed[d] as number) + (weights[e] as number);
      }
    }
    for (let e = first; e < cursor; e++) {
      const d = aggregatedNeighbors[e] as number;
      aggregatedWeights[e] = summed[d] as number;
      summed[d] = 0;
    }
    nodeWeights[c] = weight;
  }
  return cursor;
}
