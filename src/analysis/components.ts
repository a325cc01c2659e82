import { type Adjacency, adjacencyOf } from "./adjacency.js";
import { checkGraph, type WeaveGraph } from "./graph.js";

/** Connected components, largest first (ties in size: the one with the earliest actor first); each lists its actor ids in graph order. */
export function components(graph: WeaveGraph): string[][] {
  checkGraph("components", graph);
  const adjacency = adjacencyOf(graph, false);
  const { component, sizes } = labelComponents(adjacency);
  const members = sizes.map((): string[] => []);
  adjacency.ids.forEach((id, v) => {
    members[component[v] as number]?.push(id);
  });
  return members.sort((a, b) => b.length - a.length);
}

/** How many connected components the adjacency has (isolates count one each). */
export const componentCount = (adjacency: Adjacency): number => labelComponents(adjacency).sizes.length;

/** Each node's component, numbered in order of each component's first node, and the components' sizes. */
function labelComponents({ ids, offsets, neighbors }: Adjacency): { component: Int32Array; sizes: number[] } {
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
  return { component, sizes };
}
