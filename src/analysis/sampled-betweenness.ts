import type { Adjacency } from "./adjacency.js";
import { shortestPathFigures } from "./brandes.js";
import { errorOf } from "./pivots.js";

/** Only the count and the seed choose the pivots; δ is what `errorOf` states ε for (as pivots.ts). */
const DELTA = 0.1;

/**
 * Betweenness estimated from `brokeragePivots` seeded pivots (the same ones for the same seed), with
 * Geisberger–Sanders–Schultes linear scaling as the analysis above 20,000 actors (brandes.ts, pivots.ts);
 * per node, in adjacency order.
 */
export function sampledBetweenness(
  adjacency: Adjacency,
  options: { seed: number; brokeragePivots: number },
): Float64Array {
  const n = adjacency.ids.length;
  const pivots = Math.min(options.brokeragePivots, n);
  const sampling = { pivots, seed: options.seed, epsilon: errorOf(n, pivots, DELTA), delta: DELTA };
  return shortestPathFigures(adjacency, { sampling }).betweenness;
}
