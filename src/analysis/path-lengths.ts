import type { Adjacency } from "./adjacency.js";

/** From one source: how many nodes it reaches (itself included), their total distance, and Σ 1/d. */
export interface PathLengthSums {
  reached: Int32Array;
  total: Float64Array;
  harmonic: Float64Array;
}

/**
 * All-sources shortest path lengths, summed per source: breadth-first when unweighted, Dijkstra over
 * distance = 1 / weight when weighted. One pass serves closeness and harmonic closeness.
 */
export function pathLengthSums(adjacency: Adjacency, weighted: boolean): PathLengthSums {
  const n = adjacency.ids.length;
  const sums: PathLengthSums = {
    reached: new Int32Array(n),
    total: new Float64Array(n),
    harmonic: new Float64Array(n),
  };
  const distance = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const visited: number[] = [];
  const queue = new Int32Array(n);
  const heap = new DistanceHeap();
  for (let source = 0; source < n; source++) {
    if (!weighted) {
      breadthFirstSums(adjacency, source, distance, queue, sums);
      continue;
    }
    dijkstra(adjacency, source, distance, visited, heap);
    let total = 0;
    let harmonic = 0;
    for (const node of visited) {
      const d = distance[node] as number;
      if (d > 0) {
        total += d;
        harmonic += 1 / d;
      }
      distance[node] = Number.POSITIVE_INFINITY;
    }
    sums.reached[source] = visited.length;
    sums.total[source] = total;
    sums.harmonic[source] = harmonic;
    visited.length = 0;
  }
  return sums;
}

/** Breadth-first from one source; the queue doubles as the list of nodes to reset afterwards. */
function breadthFirstSums(
  adjacency: Adjacency,
  source: number,
  distance: Float64Array,
  queue: Int32Array,
  sums: PathLengthSums,
): void {
  const { offsets, neighbors } = adjacency;
  let head = 0;
  let tail = 0;
  let total = 0;
  let harmonic = 0;
  queue[tail++] = source;
  distance[source] = 0;
  while (head < tail) {
    const node = queue[head++] as number;
    const next = (distance[node] as number) + 1;
    const end = offsets[node + 1] as number;
    for (let j = offsets[node] as number; j < end; j++) {
      const neighbor = neighbors[j] as number;
      if (distance[neighbor] !== Number.POSITIVE_INFINITY) continue;
      distance[neighbor] = next;
      queue[tail++] = neighbor;
      total += next;
      harmonic += 1 / next;
    }
  }
  for (let k = 0; k < tail; k++) distance[queue[k] as number] = Number.POSITIVE_INFINITY;
  sums.reached[source] = tail;
  sums.total[source] = total;
  sums.harmonic[source] = harmonic;
}

function dijkstra(
  adjacency: Adjacency,
  source: number,
  distance: Float64Array,
  visited: number[],
  heap: DistanceHeap,
): void {
  const { offsets, neighbors, weights } = adjacency;
  const settled = new Set<number>();
  distance[source] = 0;
  visited.push(source);
  heap.push(source, 0);
  while (heap.size > 0) {
    const node = heap.pop();
    if (settled.has(node)) continue;
    settled.add(node);
    for (let j = offsets[node] as number; j < (offsets[node + 1] as number); j++) {
      const neighbor = neighbors[j] as number;
      const candidate = (distance[node] as number) + 1 / (weights[j] as number);
      if (candidate >= (distance[neighbor] as number)) continue;
      if (distance[neighbor] === Number.POSITIVE_INFINITY) visited.push(neighbor);
      distance[neighbor] = candidate;
      heap.push(neighbor, candidate);
    }
  }
}

/** A binary min-heap of (node, distance) with lazy deletion: stale entries are skipped when popped. */
class DistanceHeap {
  private readonly nodes: number[] = [];
  private readonly keys: number[] = [];
  get size(): number {
    return this.nodes.length;
  }
  push(node: number, key: number): void {
    const { nodes, keys } = this;
    let i = nodes.length;
    nodes.push(node);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((keys[parent] as number) <= key) break;
      nodes[i] = nodes[parent] as number;
      keys[i] = keys[parent] as number;
      i = parent;
    }
    nodes[i] = node;
    keys[i] = key;
  }
  pop(): number {
    const { nodes, keys } = this;
    const top = nodes[0] as number;
    const lastNode = nodes.pop() as number;
    const lastKey = keys.pop() as number;
    const n = nodes.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && (keys[child + 1] as number) < (keys[child] as number)) child += 1;
        if ((keys[child] as number) >= lastKey) break;
        nodes[i] = nodes[child] as number;
        keys[i] = keys[child] as number;
        i = child;
      }
      nodes[i] = lastNode;
      keys[i] = lastKey;
    }
    return top;
  }
}
