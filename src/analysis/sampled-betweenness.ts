import { adjacencyOf } from "./adjacency.js";
import { shortestPathFigures } from "./brandes.js";
import type { WeaveGraph } from "./graph.js";
import { mulberry32 } from "./rng.js";

/** Betweenness estimated from `brokeragePivots` seeded sources (the same ones for the same seed). */
export function sampledBetweenness(
  graph: WeaveGraph,
  options: { seed: number; brokeragePivots: number },
): Record<string, number> {
  const adjacency = adjacencyOf(graph, false);
  const n = adjacency.ids.length;
  const random = mulberry32(options.seed);
  // A partial Fisher–Yates shuffle picks distinct pivots, the same ones for the same seed.
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const k = Math.min(options.brokeragePivots, n);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j] as number, all[i] as number];
  }
  const values = shortestPathFigures(adjacency, { sources: all.subarray(0, k) }).betweenness;
  return Object.fromEntries(adjacency.ids.map((id, i) => [id, values[i] ?? 0]));
}
