import { adjacencyOf } from "./adjacency.js";
import { checkGraph, type WeaveGraph } from "./graph.js";

/** Connected components, largest first (ties in size: the one with the earliest actor first); each lists its actor ids in graph order. */
export function components(graph: WeaveGraph): string[][] {
  checkGraph("components", graph);
  const { ids, offsets, neighbors } = adjacencyOf(graph, false);
  const n = ids.length;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let start = 0; start < n; start++) {
    if ((component[start] as number) !== -1) continue;
    const c = sizes.length;
    component[start] = c;
    queue[0] = start;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head] as number;
      for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j++) {
        const w = neighbors[j] as number;
        if ((component[w] as number) !== -1) continue;
        component[w] = c;
        queue[tail++] = w;
      }
    }
    sizes.push(tail);
  }
  const members = sizes.map((): string[] => []);
  ids.forEach((id, v) => {
    members[component[v] as number]?.push(id);
  });
  return members.sort((a, b) => b.length - a.length);
}
