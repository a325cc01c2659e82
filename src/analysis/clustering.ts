import { adjacencyOf } from "./adjacency.js";
import { checkGraph, type WeaveGraph } from "./graph.js";

/** NetworkX's average_clustering (unweighted): mean local clustering, actors with < 2 ties count 0. */
export function averageClustering(graph: WeaveGraph): number {
  checkGraph("averageClustering", graph);
  const { ids, offsets, neighbors } = adjacencyOf(graph, false);
  const n = ids.length;
  if (n === 0) return 0;
  const mark = new Int32Array(n).fill(-1);
  let sum = 0;
  for (let v = 0; v < n; v++) {
    const start = offsets[v] as number;
    const end = offsets[v + 1] as number;
    const k = end - start;
    if (k < 2) continue;
    for (let j = start; j < end; j++) mark[neighbors[j] as number] = v;
    let links = 0;
    for (let j = start; j < end; j++) {
      const u = neighbors[j] as number;
      for (let l = offsets[u] as number; l < (offsets[u + 1] as number); l++) {
        if (mark[neighbors[l] as number] === v) links += 1;
      }
    }
    sum += links / (k * (k - 1));
  }
  return sum / n;
}

/** 2m / (n(n − 1)); 0 for fewer than two actors. */
export function density(graph: WeaveGraph): number {
  const n = graph.order;
  return n < 2 ? 0 : (2 * graph.size) / (n * (n - 1));
}
