import type { Adjacency } from "./adjacency.js";
import type { PathLengthSums } from "./path-lengths.js";

export interface UnweightedPathFigures extends PathLengthSums {
  /** Betweenness normalised as NetworkX does for undirected graphs: raw pair counts × 2/((n−1)(n−2)). */
  betweenness: Float64Array;
}

/**
 * Brandes' algorithm on an unweighted graph, one breadth-first search per source over typed arrays,
 * collecting the closeness sums on the way: one all-pairs pass serves betweenness, closeness and
 * harmonic closeness. Predecessors are found again from the distances instead of being stored, so
 * nothing is allocated per source. With `sources` (pivots) only those searches run and betweenness
 * is scaled by n / pivots: an estimate (Brandes & Pich 2007); the closeness sums then cover only them.
 */
export function unweightedPathFigures(adjacency: Adjacency, sources?: Int32Array): UnweightedPathFigures {
  const { offsets, neighbors } = adjacency;
  const n = adjacency.ids.length;
  const figures: UnweightedPathFigures = {
    reached: new Int32Array(n),
    total: new Float64Array(n),
    harmonic: new Float64Array(n),
    betweenness: new Float64Array(n),
  };
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  const order = new Int32Array(n);
  const count = sources?.length ?? n;
  for (let s = 0; s < count; s++) {
    const source = sources === undefined ? s : (sources[s] as number);
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    distance[source] = 0;
    paths[source] = 1;
    let total = 0;
    let harmonic = 0;
    while (head < tail) {
      const v = order[head++] as number;
      const next = (distance[v] as number) + 1;
      const end = offsets[v + 1] as number;
      for (let j = offsets[v] as number; j < end; j++) {
        const w = neighbors[j] as number;
        if (distance[w] === -1) {
          distance[w] = next;
          order[tail++] = w;
          total += next;
          harmonic += 1 / next;
        }
        if (distance[w] === next) paths[w] = (paths[w] as number) + (paths[v] as number);
      }
    }
    figures.reached[source] = tail;
    figures.total[source] = total;
    figures.harmonic[source] = harmonic;
    for (let k = tail - 1; k >= 0; k--) {
      const v = order[k] as number;
      const previous = (distance[v] as number) - 1;
      const share = (1 + (dependency[v] as number)) / (paths[v] as number);
      const end = offsets[v + 1] as number;
      for (let j = offsets[v] as number; j < end; j++) {
        const w = neighbors[j] as number;
        if (distance[w] === previous) dependency[w] = (dependency[w] as number) + (paths[w] as number) * share;
      }
      if (v !== source) figures.betweenness[v] = (figures.betweenness[v] as number) + (dependency[v] as number);
    }
    for (let k = 0; k < tail; k++) {
      const v = order[k] as number;
      distance[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
    }
  }
  // Each unordered pair was counted from both ends: raw = sum / 2, normalised by 2/((n−1)(n−2)).
  // From a sample of sources the sums are scaled up to estimate the full figure.
  const scale = n > 2 && count > 0 ? n / count / ((n - 1) * (n - 2)) : 0;
  for (let i = 0; i < n; i++) figures.betweenness[i] = (figures.betweenness[i] as number) * scale;
  return figures;
}
