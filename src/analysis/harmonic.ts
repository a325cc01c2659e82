import { adjacencyOf, toMapping } from "./adjacency.js";
import { shortestPathFigures } from "./brandes.js";
import { checkGraph, type NodeMapping, type WeaveGraph } from "./graph.js";
import { resolveOptions } from "./options.js";

export interface HarmonicOptions {
  /** Distance = 1 / weight along each tie. */
  weighted: boolean;
}

export const HARMONIC_DEFAULTS: HarmonicOptions = { weighted: false };

/**
 * Harmonic closeness Σ 1/d(v, u) over every other node, unnormalised exactly as NetworkX's
 * harmonic_centrality (divide by n − 1 for a 0–1 figure). Unreachable nodes add 0, so it needs no
 * special case for disconnected networks.
 */
export function harmonic(graph: WeaveGraph, options?: Partial<HarmonicOptions>): NodeMapping {
  checkGraph("harmonic", graph);
  const { weighted } = resolveOptions(HARMONIC_DEFAULTS, options);
  const adjacency = adjacencyOf(graph, weighted);
  return toMapping(adjacency.ids, shortestPathFigures(adjacency, { betweenness: false }).harmonic);
}
