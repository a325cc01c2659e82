import { adjacencyOf, toMapping } from "./adjacency.js";
import { checkGraph, type NodeMapping, type WeaveGraph } from "./graph.js";
import { resolveOptions } from "./options.js";

export interface DegreeOptions {
  /** Sum the tie weights (strength) instead of counting neighbours. */
  weighted: boolean;
}

export const DEGREE_DEFAULTS: DegreeOptions = { weighted: false };

/** Number of distinct neighbours, or with `weighted` the strength (sum of merged tie weights). */
export function degree(graph: WeaveGraph, options?: Partial<DegreeOptions>): NodeMapping {
  checkGraph("degree", graph);
  const { weighted } = resolveOptions(DEGREE_DEFAULTS, options);
  const adjacency = adjacencyOf(graph, weighted);
  const values = new Float64Array(adjacency.ids.length);
  for (let i = 0; i < values.length; i++) {
    for (let j = adjacency.offsets[i] ?? 0; j < (adjacency.offsets[i + 1] ?? 0); j++) {
      values[i] = (values[i] ?? 0) + (adjacency.weights[j] ?? 0);
    }
  }
  return toMapping(adjacency.ids, values);
}
