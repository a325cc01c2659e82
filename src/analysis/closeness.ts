import { adjacencyOf, toMapping } from "./adjacency.js";
import { type PathFigures, shortestPathFigures } from "./brandes.js";
import { checkGraph, type NodeMapping, type WeaveGraph } from "./graph.js";
import { resolveOptions } from "./options.js";

export interface ClosenessOptions {
  /** Distance = 1 / weight along each tie. */
  weighted: boolean;
}

export const CLOSENESS_DEFAULTS: ClosenessOptions = { weighted: false };

/**
 * Closeness in the Wasserman–Faust form (NetworkX's default, wf_improved=True):
 * (r − 1) / Σd × (r − 1) / (n − 1), with r the nodes reachable including itself; isolates get 0.
 * Community networks are rarely connected, and this form does not reward small components.
 */
export function closeness(graph: WeaveGraph, options?: Partial<ClosenessOptions>): NodeMapping {
  checkGraph("closeness", graph);
  const { weighted } = resolveOptions(CLOSENESS_DEFAULTS, options);
  const adjacency = adjacencyOf(graph, weighted);
  return toMapping(adjacency.ids, closenessFromSums(shortestPathFigures(adjacency, { betweenness: false })));
}

export function closenessFromSums(sums: Pick<PathFigures, "reached" | "total">): Float64Array {
  const n = sums.reached.length;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const reachedOthers = (sums.reached[i] as number) - 1;
    const total = sums.total[i] as number;
    if (total > 0 && n > 1) values[i] = (reachedOthers / total) * (reachedOthers / (n - 1));
  }
  return values;
}
