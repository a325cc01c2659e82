import type { ClusteringMethod } from "../../analysis/index.js";
import type { Network } from "../../model/index.js";

export interface AnalysisOptions {
  readonly year?: number;
  readonly weighted?: boolean;
  /** Leiden when left out. */
  readonly clustering?: ClusteringMethod;
  /** Betweenness, closeness and harmonic exactly, also above 20,000 actors (`?exact=true`). */
  readonly exact?: boolean;
  /** Estimate them from this many seeded pivots, whatever the size (`?pivots=N`). */
  readonly pivots?: number;
}

/**
 * Computes the analysis of `/api/analysis`. A plain object is stringified by the cache; a string is
 * taken as the JSON itself. The signal is aborted when nobody will read the result any more.
 */
export type Analyse = (network: Network, options: AnalysisOptions, signal?: AbortSignal) => unknown;
