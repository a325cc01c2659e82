import { adjacencyOf, toMapping } from "./adjacency.js";
import { shortestPathFigures } from "./brandes.js";
import { checkGraph, type NodeMapping, type WeaveGraph } from "./graph.js";
import { resolveOptions } from "./options.js";

export interface BetweennessOptions {
  /** Shortest paths over distance = 1 / weight, so a stronger tie is a shorter path. */
  weighted: boolean;
}

export const BETWEENNESS_DEFAULTS: BetweennessOptions = { weighted: false };

/**
 * Brandes betweenness (brandes.ts), normalised for undirected graphs by 2 / ((n − 1)(n − 2)) as
 * NetworkX does.
 */
export function betweenness(graph: WeaveGraph, options?: Partial<BetweennessOptions>): NodeMapping {
  checkGraph("betweenness", graph);
  const { weighted } = resolveOptions(BETWEENNESS_DEFAULTS, options);
  const adjacency = adjacencyOf(graph, weighted);
  return toMapping(adjacency.ids, shortestPathFigures(adjacency).betweenness);
}
