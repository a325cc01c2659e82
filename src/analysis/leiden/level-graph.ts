import type { Adjacency } from "../adjacency.js";
import type { Workspace } from "./workspace.js";

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
  const nodeWeights = new Float64Array(order);
  for (let v = 0; v < order; v++) {
    let strength = 0;
    const end = offsets[v + 1] as number;
    for (let e = offsets[v] as number; e < end; e++) strength += weights[e] as number;
    nodeWeights[v] = strength;
  }
  return { order, offsets, neighbors, weights, nodeWeights };
}

/**
 * The graph with one node per cluster; `membership` numbers the clusters 0…count − 1. With a
 * workspace, the result lives in its level buffers (valid until the level after next is built);
 * without one, in arrays of its own.
 */
export function aggregate(graph: LevelGraph, membership: Int32Array, count: number, workspace?: Workspace): LevelGraph {
  const { order, offsets, neighbors, weights } = graph;
  const into = workspace?.levelBuffers();
  // Members grouped by cluster (a counting sort), so that each cluster's edges are gathered at once.
  const start = workspace === undefined ? new Int32Array(count + 1) : workspace.starts.subarray(0, count + 1);
  start.fill(0);
  for (let v = 0; v < order; v++)
    start[(membership[v] as number) + 1] = (start[(membership[v] as number) + 1] as number) + 1;
  for (let c = 0; c < count; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const members = workspace === undefined ? new Int32Array(order) : workspace.numbers;
  const fill = workspace === undefined ? new Int32Array(count) : workspace.stack;
  fill.set(start.subarray(0, count));
  for (let v = 0; v < order; v++) {
    const c = membership[v] as number;
    members[fill[c] as number] = v;
    fill[c] = (fill[c] as number) + 1;
  }
  const nodeWeights = into === undefined ? new Float64Array(count) : into.nodeWeights.subarray(0, count);
  const aggregatedOffsets = into === undefined ? new Int32Array(count + 1) : into.offsets.subarray(0, count + 1);
  const aggregatedNeighbors = into === undefined ? new Int32Array(neighbors.length) : into.neighbors;
  const aggregatedWeights = into === undefined ? new Float64Array(neighbors.length) : into.weights;
  const summed = workspace === undefined ? new Float64Array(count) : workspace.weightTo;
  const seenBy = workspace === undefined ? new Int32Array(count) : workspace.fill;
  seenBy.fill(-1, 0, count);
  let cursor = 0;
  for (let c = 0; c < count; c++) {
    aggregatedOffsets[c] = cursor;
    const first = cursor;
    let weight = 0;
    for (let k = start[c] as number; k < (start[c + 1] as number); k++) {
      const v = members[k] as number;
      weight += graph.nodeWeights[v] as number;
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
  aggregatedOffsets[count] = cursor;
  return {
    order: count,
    offsets: aggregatedOffsets,
    neighbors: into === undefined ? aggregatedNeighbors.slice(0, cursor) : aggregatedNeighbors.subarray(0, cursor),
    weights: into === undefined ? aggregatedWeights.slice(0, cursor) : aggregatedWeights.subarray(0, cursor),
    nodeWeights,
  };
}
