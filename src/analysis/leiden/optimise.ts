import { aggregate, type LevelGraph } from "./level-graph.js";
import { moveNodes } from "./local-moving.js";
import { clusterWeightsOf, compact, connectedParts } from "./partition.js";
import { refine } from "./refine.js";
import { Workspace } from "./workspace.js";

export interface LeidenSettings {
  /** γ / 2m: what one unit of node weight in a cluster costs a node of unit weight. */
  scale: number;
  /** θ, the refinement's randomness. */
  randomness: number;
  /** Iterations stop once one raises Σ_c (L_c − scale · K_c²), i.e. 2m × modularity, by less than this. */
  tolerance: number;
  random: () => number;
}

/**
 * One Leiden iteration (Algorithm A.1): move nodes fast, refine the clusters, aggregate the
 * refined clusters into nodes whose starting partition is the unrefined one, and repeat on the
 * aggregate until every cluster is a single node. `membership` (values < order) is changed in place.
 * Where refinement merges nothing, the aggregate is made from the clusters themselves, as igraph
 * does, so that each level is smaller than the last. Returns whether any node or aggregate moved, and
 * whether every cluster is sure to be connected: it is unless that fallback was taken, since each
 * cluster is then one node of the last level, a refined sub-cluster, which only ever grows by a
 * neighbour of its members.
 */
export function leidenIteration(
  base: LevelGraph,
  membership: Int32Array,
  settings: LeidenSettings,
  workspace: Workspace,
): { changed: boolean; connected: boolean } {
  const { scale, randomness, random } = settings;
  workspace.release();
  const maps: Int32Array[] = [];
  let graph = base;
  let current = membership;
  let changed = false;
  let connected = true;
  for (;;) {
    if (moveNodes(graph, current, scale, random, workspace)) changed = true;
    const count = compact(current, graph.order, workspace.numbers);
    if (count === graph.order) break;
    const clusterWeights = clusterWeightsOf(graph, current, count, workspace);
    const refined = workspace.take(graph.order);
    const refinedCount = refine(graph, current, clusterWeights, scale, randomness, random, workspace, refined);
    let map: Int32Array;
    let next: Int32Array;
    if (refinedCount < graph.order) {
      map = refined;
      next = workspace.take(refinedCount);
      clustersOfRefined(refined, current, graph.order, next);
    } else {
      connected = false;
      map = current;
      next = workspace.take(count);
      identity(next, count);
    }
    maps.push(map);
    graph = aggregate(graph, map, next.length, workspace);
    current = next;
  }
  // Down the levels, each map is overwritten with the final cluster of its nodes.
  for (let level = maps.length - 1; level >= 0; level--) {
    const map = maps[level] as Int32Array;
    compose(map, current);
    current = map;
  }
  if (current !== membership) membership.set(current);
  return { changed, connected };
}

/**
 * Leiden from a starting partition until an iteration changes nothing or gains less than the
 * tolerance, or `iterations` ran. An iteration that took the fallback aggregation ends by splitting
 * any cluster that is not connected, so that every cluster is connected after every iteration.
 */
export function optimise(
  base: LevelGraph,
  initial: Int32Array,
  settings: LeidenSettings,
  iterations: number,
  workspace: Workspace = new Workspace(base.order, base.neighbors.length),
): { membership: Int32Array; count: number } {
  let { parts: membership, count } = connectedParts(base, initial, new Int32Array(base.order), workspace.stack);
  // connectedParts writes into the other of two arrays each iteration.
  let spare: Int32Array = new Int32Array(base.order);
  let quality = qualityOf(base, membership, count, settings.scale, workspace);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const { changed, connected } = leidenIteration(base, membership, settings, workspace);
    const before = compact(membership, base.order, workspace.numbers);
    if (connected) {
      // compact numbers the clusters in order of their first node, as connectedParts would.
      count = before;
    } else {
      const split = connectedParts(base, membership, spare, workspace.stack);
      spare = membership;
      membership = split.parts;
      count = split.count;
    }
    if (!changed && count === before) break;
    const previous = quality;
    quality = qualityOf(base, membership, count, settings.scale, workspace);
    if (quality - previous < settings.tolerance) break;
  }
  return { membership, count };
}

/** Σ_c (L_c − scale · K_c²) with L_c counted from both ends: 2m × modularity, up to a constant on aggregates. */
function qualityOf(
  graph: LevelGraph,
  membership: Int32Array,
  count: number,
  scale: number,
  workspace: Workspace,
): number {
  const inside = weightInside(graph, membership);
  return lessSquares(inside, clusterWeightsOf(graph, membership, count, workspace), scale);
}

// The loops below are functions of their own, each with nothing after its loop: V8 may compile a long
// loop while it runs and reuse that code at every later call (see refine.ts).

/** The weight of the ties inside clusters, from both ends. */
function weightInside(graph: LevelGraph, membership: Int32Array): number {
  const { order, offsets, neighbors, weights } = graph;
  let quality = 0;
  for (let v = 0; v < order; v++) {
    const c = membership[v] as number;
    const end = offsets[v + 1] as number;
    for (let e = offsets[v] as number; e < end; e++) {
      if (membership[neighbors[e] as number] === c) quality += weights[e] as number;
    }
  }
  return quality;
}

function lessSquares(quality: number, clusterWeights: Float64Array, scale: number): number {
  let less = quality;
  for (const weight of clusterWeights) less -= scale * weight * weight;
  return less;
}

/** next[refined cluster] = the cluster its nodes are in. */
function clustersOfRefined(refined: Int32Array, current: Int32Array, order: number, next: Int32Array): void {
  for (let v = 0; v < order; v++) next[refined[v] as number] = current[v] as number;
}

function identity(next: Int32Array, count: number): void {
  for (let c = 0; c < count; c++) next[c] = c;
}

/** map[v] = final[map[v]]. */
function compose(map: Int32Array, final: Int32Array): void {
  for (let v = 0; v < map.length; v++) map[v] = final[map[v] as number] as number;
}
