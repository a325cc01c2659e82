import { adjacencyOf } from "./adjacency.js";
import { checkGraph, type WeaveGraph } from "./graph.js";

export interface CutPoints {
  /** Articulation points with how many actors would lose touch with the largest remaining part. */
  articulationPoints: Record<string, { cutOff: number }>;
  /** Ties whose loss splits a component, with the size of the smaller side. */
  bridges: { source: string; target: string; smallerSide: number }[];
}

/**
 * Articulation points and bridges by Tarjan's depth-first search, iterative so that long chains of
 * actors cannot overflow the call stack.
 */
export function cutPoints(graph: WeaveGraph): CutPoints {
  checkGraph("cutPoints", graph);
  const { ids, offsets, neighbors } = adjacencyOf(graph, false);
  const n = ids.length;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = Int32Array.from(offsets.subarray(0, n));
  const pieces = new Map<number, number[]>();
  const result: CutPoints = { articulationPoints: {}, bridges: [] };
  let time = 0;
  for (let root = 0; root < n; root++) {
    if ((discovered[root] as number) >= 0) continue;
    const component: number[] = [];
    const stack = [root];
    discovered[root] = low[root] = time++;
    size[root] = 1;
    component.push(root);
    const bridgeStart = result.bridges.length;
    const bridgeSides: number[] = [];
    while (stack.length > 0) {
      const v = stack[stack.length - 1] as number;
      if ((cursor[v] as number) < (offsets[v + 1] as number)) {
        const w = neighbors[cursor[v] as number] as number;
        cursor[v] = (cursor[v] as number) + 1;
        if ((discovered[w] as number) < 0) {
          parent[w] = v;
          discovered[w] = low[w] = time++;
          size[w] = 1;
          component.push(w);
          stack.push(w);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v] as number, discovered[w] as number);
        }
        continue;
      }
      stack.pop();
      const p = parent[v] as number;
      if (p < 0) continue;
      size[p] = (size[p] as number) + (size[v] as number);
      low[p] = Math.min(low[p] as number, low[v] as number);
      if ((low[v] as number) >= (discovered[p] as number)) {
        const list = pieces.get(p) ?? [];
        list.push(size[v] as number);
        pieces.set(p, list);
      }
      if ((low[v] as number) > (discovered[p] as number)) {
        result.bridges.push({ source: ids[p] as string, target: ids[v] as string, smallerSide: 0 });
        bridgeSides.push(size[v] as number);
      }
    }
    const componentSize = size[root] as number;
    bridgeSides.forEach((side, k) => {
      const bridge = result.bridges[bridgeStart + k];
      if (bridge !== undefined) bridge.smallerSide = Math.min(side, componentSize - side);
    });
    for (const v of component) {
      const separated = pieces.get(v);
      if (separated === undefined) continue;
      const isRoot = v === root;
      if (isRoot && separated.length < 2) continue;
      let separatedTotal = 0;
      let largest = 0;
      // A hub can separate as many pieces as it has ties: a loop, since spreading them could overflow.
      for (const piece of separated) {
        separatedTotal += piece;
        if (piece > largest) largest = piece;
      }
      const rest = isRoot ? 0 : componentSize - 1 - separatedTotal;
      const cutOff = componentSize - 1 - Math.max(rest, largest);
      result.articulationPoints[ids[v] as string] = { cutOff };
    }
  }
  return result;
}
