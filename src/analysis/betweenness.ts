import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import { adjacencyOf, toMapping } from "./adjacency.js";
import { unweightedPathFigures } from "./brandes.js";
import { checkGraph, type NodeMapping, type TieAttributes, type WeaveGraph } from "./graph.js";
import { interopDefault } from "./interop.js";
import { resolveOptions } from "./options.js";

const betweennessCentrality = interopDefault(betweennessModule);

export interface BetweennessOptions {
  /** Shortest paths over distance = 1 / weight, so a stronger tie is a shorter path. */
  weighted: boolean;
}

export const BETWEENNESS_DEFAULTS: BetweennessOptions = { weighted: false };

/**
 * Brandes betweenness, normalised for undirected graphs by 2 / ((n − 1)(n − 2)) as NetworkX does.
 * Unweighted: our typed-array Brandes (brandes.ts). Weighted: graphology-metrics, whose getter is
 * explicit because it would otherwise silently use `weight` whenever edges carry one.
 */
export function betweenness(graph: WeaveGraph, options?: Partial<BetweennessOptions>): NodeMapping {
  checkGraph("betweenness", graph);
  const { weighted } = resolveOptions(BETWEENNESS_DEFAULTS, options);
  if (graph.order < 3 || graph.size === 0) {
    // NetworkX leaves graphs of 2 nodes or fewer unnormalised, and every value is 0 there anyway.
    return Object.fromEntries(graph.nodes().map((id) => [id, 0]));
  }
  if (!weighted) {
    const adjacency = adjacencyOf(graph, false);
    return toMapping(adjacency.ids, unweightedPathFigures(adjacency).betweenness);
  }
  // Weighted paths need Dijkstra and equal-length ties between float sums, as graphology handles them.
  return betweennessCentrality(graph, {
    getEdgeWeight: (_edge: string, attributes: TieAttributes) => 1 / attributes.weight,
    normalized: true,
  });
}
