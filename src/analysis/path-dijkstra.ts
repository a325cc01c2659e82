import { DistanceHeap } from "./distance-heap.js";
import { emptyBlock, type PathBlock, type PathGraph, type PathWant } from "./path-types.js";

/**
 * The per-search work arrays, allocated once per range. `node` holds two numbers per node side by side,
 * so that looking at a neighbour costs one cache line: its distance (−1: not reached) and its path count,
 * which the walk back replaces by (1 + dependency) / paths once the node is done.
 */
interface Search {
  readonly node: Float64Array;
  readonly order: Int32Array;
  readonly settled: Uint8Array;
  readonly heap: DistanceHeap;
}

/**
 * Brandes' algorithm with Dijkstra from each of `sources`, over the lengths of the ties, with
 * NetworkX's rule that a path is as short only when its float sum is exactly equal. Dependencies are
 * pulled from successors (w follows v when d(v) + length = d(w)), so nothing is stored per predecessor.
 */
export function searchDijkstra(
  graph: PathGraph,
  lengths: Float64Array,
  sources: Int32Array,
  want: PathWant,
): PathBlock {
  const n = graph.offsets.length - 1;
  const sums = want.perTarget ? n : sources.length;
  const block = emptyBlock(want.betweenness ? n : 0, sums);
  const node = new Float64Array(2 * n);
  for (let v = 0; v < n; v++) node[2 * v] = -1;
  const search: Search = { node, order: new Int32Array(n), settled: new Uint8Array(n), heap: new DistanceHeap() };
  const { order, settled } = search;
  const shortest = want.betweenness && want.perTarget ? shortestLength(lengths) : 0;
  for (let s = 0; s < sources.length; s++) {
    const tail = dijkstra(graph, lengths, sources[s] as number, search, want.betweenness);
    if (want.perTarget) addPerTarget(block, search, tail);
    else addPerSource(block, s, search, tail);
    if (want.betweenness && want.perTarget) accumulateScaled(graph, lengths, block.betweenness, search, tail, shortest);
    else if (want.betweenness) accumulate(graph, lengths, block.betweenness, search, tail);
    for (let k = 0; k < tail; k++) {
      const v = order[k] as number;
      node[2 * v] = -1;
      node[2 * v + 1] = 0;
      settled[v] = 0;
    }
  }
  return block;
}

function addPerSource(block: PathBlock, s: number, search: Search, tail: number): void {
  const { node, order } = search;
  let total = 0;
  let harmonic = 0;
  for (let k = 1; k < tail; k++) {
    const d = node[2 * (order[k] as number)] as number;
    total += d;
    harmonic += 1 / d;
  }
  block.reached[s] = tail;
  block.total[s] = total;
  block.harmonic[s] = harmonic;
}

function addPerTarget(block: PathBlock, search: Search, tail: number): void {
  const { node, order } = search;
  const { reached, total, harmonic } = block;
  for (let k = 1; k < tail; k++) {
    const v = order[k] as number;
    const d = node[2 * v] as number;
    reached[v] = (reached[v] as number) + 1;
    total[v] = (total[v] as number) + d;
    harmonic[v] = (harmonic[v] as number) + 1 / d;
  }
}

/** Walks back from the farthest node: dependency(v) = paths(v) × Σ over successors w of (1 + dependency(w)) / paths(w). */
function accumulate(
  graph: PathGraph,
  lengths: Float64Array,
  betweenness: Float64Array,
  search: Search,
  tail: number,
): void {
  const { offsets, neighbors } = graph;
  const { node, order } = search;
  for (let k = tail - 1; k >= 1; k--) {
    const v = order[k] as number;
    const dv = node[2 * v] as number;
    const end = offsets[v + 1] as number;
    let pulled = 0;
    for (let j = offsets[v] as number; j < end; j++) {
      const w = neighbors[j] as number;
      if (dv + (lengths[j] as number) === node[2 * w]) pulled += node[2 * w + 1] as number;
    }
    const sigma = node[2 * v + 1] as number;
    const dependency = sigma * pulled;
    betweenness[v] = (betweenness[v] as number) + dependency;
    node[2 * v + 1] = (1 + dependency) / sigma;
  }
}

/**
 * The dependencies of a pivot s, linearly scaled as Geisberger, Sanders & Schultes ("Better approximation
 * of betweenness centrality", ALENEX 2008) with the origin moved one tie out: the pair (s, t) gives v the
 * share (d(s, v) − ℓ) / (d(s, t) − 2ℓ), ℓ the shortest tie (½ each when d(s, t) = 2ℓ), so that v's
 * shares of a pair from both ends still add up to 1 and each lies in [0, 1]. A pivot then lends its own
 * neighbours almost nothing: their credit comes from the many far pivots rather than the few near ones,
 * which is what made the estimates of brokers noisy. With
 * D(v) = paths(v) × Σ over successors w of (1 / (d(s, w) − 2ℓ) + D(w)) / paths(w), v's share is
 * (d(s, v) − ℓ) × D(v); a node at 2ℓ hands its predecessors ½ / paths instead.
 */
function accumulateScaled(
  graph: PathGraph,
  lengths: Float64Array,
  betweenness: Float64Array,
  search: Search,
  tail: number,
  shortest: number,
): void {
  const { offsets, neighbors } = graph;
  const { node, order } = search;
  const twice = 2 * shortest;
  for (let k = tail - 1; k >= 1; k--) {
    const v = order[k] as number;
    const dv = node[2 * v] as number;
    const end = offsets[v + 1] as number;
    let pulled = 0;
    for (let j = offsets[v] as number; j < end; j++) {
      const w = neighbors[j] as number;
      const dw = node[2 * w] as number;
      if (dv + (lengths[j] as number) === dw && (dv !== shortest || dw === twice)) pulled += node[2 * w + 1] as number;
    }
    const sigma = node[2 * v + 1] as number;
    const beyond = sigma * pulled;
    betweenness[v] = (betweenness[v] as number) + (dv === shortest ? beyond : (dv - shortest) * beyond);
    node[2 * v + 1] = dv > twice ? (1 / (dv - twice) + beyond) / sigma : dv === twice ? 0.5 / sigma : 0;
  }
}

/** The shortest tie: where the shifted scaling's origin lies. */
function shortestLength(lengths: Float64Array): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (const length of lengths) if (length < shortest) shortest = length;
  return shortest;
}

/**
 * Dijkstra from one source as NetworkX's `_single_source_dijkstra_path_basic`: a shorter sum restarts
 * w's path count, an exactly equal sum adds to it. Returns how many nodes it settled.
 */
function dijkstra(
  graph: PathGraph,
  lengths: Float64Array,
  source: number,
  search: Search,
  countPaths: boolean,
): number {
  const { offsets, neighbors } = graph;
  const { node, order, settled, heap } = search;
  let tail = 0;
  node[2 * source] = 0;
  node[2 * source + 1] = 1;
  heap.push(source, 0);
  while (heap.size > 0) {
    const v = heap.pop();
    if (settled[v] === 1) continue;
    settled[v] = 1;
    order[tail++] = v;
    const end = offsets[v + 1] as number;
    for (let j = offsets[v] as number; j < end; j++) {
      const w = neighbors[j] as number;
      const sum = (node[2 * v] as number) + (lengths[j] as number);
      const seen = node[2 * w] as number;
      if (settled[w] === 0 && (seen === -1 || sum < seen)) {
        node[2 * w] = sum;
        if (countPaths) node[2 * w + 1] = node[2 * v + 1] as number;
        heap.push(w, sum);
      } else if (countPaths && sum === seen) {
        node[2 * w + 1] = (node[2 * w + 1] as number) + (node[2 * v + 1] as number);
      }
    }
  }
  return tail;
}
