import type { Adjacency } from "./adjacency.js";
import { type PathPlan, planPaths, searchPlan } from "./brandes.js";
import { errorOf } from "./pivots.js";

/** Only the count and the seed choose the pivots; δ is what `errorOf` states ε for (as pivots.ts). */
const DELTA = 0.1;

/**
 * Betweenness estimated from `brokeragePivots` seeded pivots (the same ones for the same seed), with
 * Geisberger–Sanders–Schultes linear scaling as the analysis above 20,000 actors (brandes.ts, pivots.ts);
 * per node, in adjacency order.
 */
export const sampledBetweenness = (adjacency: Adjacency, options: BrokerageSampling): Float64Array =>
  searchPlan(sampledBrokeragePlan(adjacency, options)).betweenness;

export interface BrokerageSampling {
  seed: number;
  brokeragePivots: number;
}

/** The search behind `sampledBetweenness`, which another thread can run (`searchPlan`) for the same figures. */
export function sampledBrokeragePlan(adjacency: Adjacency, options: BrokerageSampling): PathPlan {
  const n = adjacency.ids.length;
  const pivots = Math.min(options.brokeragePivots, n);
  const sampling = { pivots, seed: options.seed, epsilon: errorOf(n, pivots, DELTA), delta: DELTA };
  return planPaths(adjacency, { sampling });
}
