import type { Network } from "../model/index.js";
import { type BridgingOverYears, bridgingOverYears } from "./bridging-over-years.js";
import { type ClusterYear, clusterTimeline } from "./cluster-timeline.js";
import type { ClusteringMethod } from "./clusters.js";
import { type Independence, independenceOverYears } from "./professionals.js";
import { type YearGraphs, yearGraphs } from "./year-graphs.js";
import { YEAR_DEFAULTS, type YearFigures, yearFigures } from "./years.js";

export interface YearsAnalysisOptions {
  weighted: boolean;
  clustering: ClusteringMethod;
  /** As the analysis' `clusteringRuns`: for the whole network the timeline starts from. */
  clusteringRuns: number | undefined;
  seed: number;
}

/** The years part of the analysis (`analyseNetwork`'s `years`, `independence` and `bridging`). */
export interface YearsAnalysis {
  timeline: ClusterYear[];
  years: YearFigures[];
  independence: Independence;
  bridging: BridgingOverYears;
}

/**
 * Every year in the data: its clusters (the timeline), figures, independence and each actor's bridging,
 * all reading the year graphs of `shared`. `timeline`: the whole cluster timeline when the caller has it.
 */
export function analyseYears(
  network: Network,
  options: YearsAnalysisOptions,
  shared: YearGraphs = yearGraphs(network),
  timeline?: ClusterYear[],
): YearsAnalysis {
  const { weighted, clustering, clusteringRuns, seed } = options;
  const clusters =
    timeline ?? clusterTimeline(network, { clustering, weighted, runs: clusteringRuns, seed }, undefined, shared);
  const years = yearFigures(network, clusters, { ...YEAR_DEFAULTS, weighted, seed }, shared);
  return {
    timeline: clusters,
    years,
    independence: independenceOverYears(network, years),
    bridging: bridgingOverYears(network, { weighted, seed }, shared),
  };
}
