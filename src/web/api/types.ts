import type {
  ActorFigures,
  CommunitySummary,
  Gap,
  NetworkAnalysis,
  Suggestion,
  YearFigures,
} from "../../analysis/index.js";
import type { Network } from "../../model/index.js";

/** `GET /api/graph[?year=Y]`: the actors and ties, as the store holds them. */
export type GraphResponse = Network & { readonly version?: number };

/**
 * How old an analysis is: after a write the server answers the last figures at once, `updating`,
 * while it computes the new ones (src/server/schemas/analysis.ts).
 */
export interface Freshness {
  readonly state: "fresh" | "updating";
  /** The graph version the figures were computed from. */
  readonly version: number;
  /** The graph version when they were sent. */
  readonly current: number;
}

/** `GET /api/analysis`: the JSON of `weave analyse --json`, typed by the analysis itself, and its freshness. */
export type AnalysisResponse = NetworkAnalysis & { readonly freshness: Freshness };
export type AnalysedActor = ActorFigures;
export type Community = CommunitySummary;
export type Finding = Gap | Suggestion;
export type { Gap, Suggestion, YearFigures };
export type ActorStatus = ActorFigures["status"];

export const CENTRALITIES = ["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank"] as const;
export type Centrality = (typeof CENTRALITIES)[number];

export type ExportFormat = "csv" | "json" | "gexf" | "graphml" | "xlsx";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "xlsx", "json", "gexf", "graphml"];
