import type { Adjacency } from "./adjacency.js";
import { DistanceHeap } from "./distance-heap.js";

/** Per source: how many nodes it reaches (itself included), their total distance, Σ 1/d; and betweenness. */
export interface PathFigures {
  reached: Int32Array;
  total: Float64Array;
  harmonic: Float64Array;
  /** Normalised as NetworkX does for undirected graphs: raw pair counts × 2/((n−1)(n−2)); 0 when not asked. */
  betweenness: Float64Array;
}

export interface PathFiguresOptions {
  /** Only search from these sources (pivots): betweenness is then scaled by n / pivots, an estimate. */
  sources?: Int32Array;
  /** False skips counting paths and accumulating dependencies when only the distance sums are wanted. */
  betweenness?: boolean;
}

/**
 * Brandes' algorithm over typed arrays, one search per source, collecting the closeness sums on the
 * way: one all-pairs pass serves betweenness, closeness and harmonic closeness. Breadth-first when the
 * adjacency is unweighted; Dijkstra over distance = 1 / weight when weighted, with NetworkX's handling
 * of equal lengths between float sums (a path is as short only when its sum is exactly equal).
 * Predecessors are found again from the distances instead of being stored, so nothing is allocated
 * per source. With `sources` (pivots) betweenness is an estimate (Brandes & Pich 2007) and the
 * closeness sums cover only those sources.
 */
export function shortestPathFigures(adjacency: Adjacency, options: PathFiguresOptions = {}): PathFigures {
  const { offsets, neighbors } = adjacency;
  const n = adjacency.ids.length;
  const withBetweenness = options.betweenness ?? true;
  const figures: PathFigures = {
    reached: new Int32Array(n),
    total: new Float64Array(n),
    harmonic: new Float64Array(n),
    betweenness: new Float64Array(n),
  };
  const lengths = adjacency.weighted ? adjacency.weights.map((weight) => 1 / weight) : undefined;
  const search: Search = {
    distance: new Float64Array(n).fill(-1),
    paths: new Float64Array(n),
    order: new Int32Array(n),
    settled: new Uint8Array(n),
    heap: new DistanceHeap(),
  };
  const { distance, paths, order } = search;
  const dependency = new Float64Array(n);
  const count = options.sources?.length ?? n;
  for (let s = 0; s < count; s++) {
    const source = options.sources === undefined ? s : (options.sources[s] as number);
    const tail =
      lengths === undefined
        ? breadthFirst(adjacency, source, search)
        : dijkstra(adjacency, lengths, source, search, withBetweenness);
    let total = 0;
    let harmonic = 0;
    for (let k = 1; k < tail; k++) {
      const d = distance[order[k] as number] as number;
      total += d;
      harmonic += 1 / d;
    }
    figures.reached[source] = tail;
    figures.total[source] = total;
    figures.harmonic[source] = harmonic;
    // Walking back from the farthest node, w precedes v on a shortest path when d(w) + length = d(v).
    for (let k = withBetweenness ? tail - 1 : -1; k >= 0; k--) {
      const v = order[k] as number;
      const before = distance[v] as number;
      const share = (1 + (dependency[v] as number)) / (paths[v] as number);
      const end = offsets[v + 1] as number;
      for (let j = offsets[v] as number; j < end; j++) {
        const w = neighbors[j] as number;
        if ((distance[w] as number) + (lengths === undefined ? 1 : (lengths[j] as number)) === before) {
          dependency[w] = (dependency[w] as number) + (paths[w] as number) * share;
        }
      }
      if (v !== source) figures.betweenness[v] = (figures.betweenness[v] as number) + (dependency[v] as number);
    }
    for (let k = 0; k < tail; k++) {
      const v = order[k] as number;
      distance[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
      search.settled[v] = 0;
    }
  }
  // Each unordered pair was counted from both ends: raw = sum / 2, normalised by 2/((n−1)(n−2)).
  // From a sample of sources the sums are scaled up to estimate the full figure.
  const scale = n > 2 && count > 0 ? n / count / ((n - 1) * (n - 2)) : 0;
  for (let i = 0; i < n; i++) figures.betweenness[i] = (figures.betweenness[i] as number) * scale;
  return figures;
}

/** The per-source work arrays; distance is −1 for a node not reached, order lists nodes as settled. */
interface Search {
  distance: Float64Array;
  paths: Float64Array;
  order: Int32Array;
  settled: Uint8Array;
  heap: DistanceHeap;
}

/** Breadth-first from one source, counting shortest paths; returns how many nodes it reached. */
function breadthFirst(adjacency: Adjacency, source: number, search: Search): number {
  const { offsets, neighbors } = adjacency;
  const { distance, paths, order } = search;
  let head = 0;
  let tail = 0;
  order[tail++] = source;
  distance[source] = 0;
  paths[source] = 1;
  while (head < tail) {
    const v = order[head++] as number;
    const next = (distance[v] as number) + 1;
    const end = offsets[v + 1] as number;
    for (let j = offsets[v] as number; j < end; j++) {
      const w = neighbors[j] as number;
      if (distance[w] === -1) {
        distance[w] = next;
        order[tail++] = w;
      }
      if (distance[w] === next) paths[w] = (paths[w] as number) + (paths[v] as number);
    }
  }
  return tail;
}

/**
 * Dijkstra from one source as NetworkX's `_single_source_dijkstra_path_basic`: a shorter sum restarts
 * w's path count, an exactly equal sum adds to it. Returns how many nodes it settled.
 */
function dijkstra(
  adjacency: Adjacency,
  lengths: Float64Array,
  source: number,
  search: Search,
  countPaths: boolean,
): number {
  const { offsets, neighbors } = adjacency;
  const { distance, paths, order, settled, heap } = search;
  let tail = 0;
  distance[source] = 0;
  paths[source] = 1;
  heap.push(source, 0);
  while (heap.size > 0) {
    const v = heap.pop();
    if (settled[v] === 1) continue;
    settled[v] = 1;
    order[tail++] = v;
    const end = offsets[v + 1] as number;
    for (let j = offsets[v] as number; j < end; j++) {
      const w = neighbors[j] as number;
      const sum = (distance[v] as number) + (lengths[j] as number);
      const seen = distance[w] as number;
      if (settled[w] === 0 && (seen === -1 || sum < seen)) {
        distance[w] = sum;
        if (countPaths) paths[w] = paths[v] as number;
        heap.push(w, sum);
      } else if (countPaths && sum === seen) {
        paths[w] = (paths[w] as number) + (paths[v] as number);
      }
    }
  }
  return tail;
}
