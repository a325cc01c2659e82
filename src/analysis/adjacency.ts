import type { WeaveGraph } from "./graph.js";

/**
 * A compressed (CSR) neighbourhood index of the graph, so that measures run over typed arrays:
 * the neighbours of node i are `neighbors[offsets[i]]` to `neighbors[offsets[i + 1] - 1]`.
 */
export interface Adjacency {
  readonly ids: readonly string[];
  /** Whether `weights` holds the ties' weights; shortest paths then run over distance = 1 / weight. */
  readonly weighted: boolean;
  readonly position: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly neighbors: Int32Array;
  /** The edge's summed tie weight when weighted, else 1. */
  readonly weights: Float64Array;
}

/**
 * The graph's adjacency, built once per graph (with and without weights at once): the measures of one
 * analysis (degree and strength, eigenvector, PageRank, Burt, cut points, clustering, Leiden, the paths,
 * the gaps) all read the same one rather than each walking graphology's edges again. Any change to the
 * graph forgets it.
 */
export function adjacencyOf(graph: WeaveGraph, weighted: boolean): Adjacency {
  let both = built.get(graph);
  if (both === undefined) {
    both = buildAdjacency(graph);
    built.set(graph, both);
    forgetOnChange(graph);
  }
  return weighted ? both.weighted : both.plain;
}

const built = new WeakMap<WeaveGraph, { readonly plain: Adjacency; readonly weighted: Adjacency }>();

/**
 * Hands a newly built graph the adjacency built from the same data without it (year-network.ts: equal in ids,
 * neighbour order and weights to what adjacencyOf would build), so that it is not built a second time.
 * `weighted` is read on first use.
 */
export function adoptAdjacency(graph: WeaveGraph, plain: Adjacency, weighted: () => Adjacency): void {
  built.set(graph, {
    plain,
    get weighted() {
      return weighted();
    },
  });
  forgetOnChange(graph);
}

/** graphology's events for every change an adjacency could depend on. */
const CHANGES = [
  "nodeAdded",
  "edgeAdded",
  "nodeDropped",
  "edgeDropped",
  "cleared",
  "edgesCleared",
  "edgeAttributesUpdated",
] as const;

function forgetOnChange(graph: WeaveGraph): void {
  const forget = () => {
    built.delete(graph);
    for (const change of CHANGES) graph.removeListener(change, forget);
  };
  for (const change of CHANGES) graph.on(change, forget);
}

function buildAdjacency(graph: WeaveGraph): { plain: Adjacency; weighted: Adjacency } {
  const ids = graph.nodes();
  const position = new Map<string, number>();
  ids.forEach((id, i) => {
    position.set(id, i);
  });
  const offsets = new Int32Array(ids.length + 1);
  const neighbors = new Int32Array(graph.size * 2);
  const weights = new Float64Array(graph.size * 2);
  let cursor = 0;
  ids.forEach((id, i) => {
    offsets[i] = cursor;
    graph.forEachEdge(id, (_edge, attributes, source, target) => {
      neighbors[cursor] = position.get(source === id ? target : source) ?? -1;
      weights[cursor] = attributes.weight;
      cursor += 1;
    });
  });
  offsets[ids.length] = cursor;
  const plain = { ids, weighted: false, position, offsets, neighbors, weights: new Float64Array(cursor).fill(1) };
  return { plain, weighted: { ...plain, weighted: true, weights } };
}

/** One step of a walk along the ties: into[w] += amount[v] × weight(v, w) for every tie v–w. */
export function spreadAlongTies(adjacency: Adjacency, amount: Float64Array, into: Float64Array): void {
  const { offsets, neighbors, weights } = adjacency;
  for (let v = 0; v < amount.length; v++) {
    const share = amount[v] as number;
    const end = offsets[v + 1] as number;
    for (let j = offsets[v] as number; j < end; j++) {
      const w = neighbors[j] as number;
      into[w] = (into[w] as number) + share * (weights[j] as number);
    }
  }
}

/** Per-node values as a plain mapping keyed by actor id. */
export function toMapping<T>(ids: readonly string[], values: ArrayLike<T>): Record<string, T> {
  const mapping: Record<string, T> = {};
  ids.forEach((id, i) => {
    mapping[id] = values[i] as T;
  });
  return mapping;
}
