import type { Network } from "../model/index.js";
import { betweenness } from "./betweenness.js";
import { buildGraph } from "./build-graph.js";
import { closeness } from "./closeness.js";
import { components } from "./components.js";
import { cutPoints } from "./cut-points.js";
import { degree } from "./degree.js";
import { eigenvector } from "./eigenvector.js";
import type { WeaveGraph } from "./graph.js";
import { harmonic } from "./harmonic.js";
import { louvain } from "./louvain.js";
import { pagerank } from "./pagerank.js";
import { ANALYSE_DEFAULTS, analyseNetwork } from "./report.js";
import { roles } from "./roles.js";
import { status } from "./status.js";
import { structuralHoles } from "./structural-holes.js";

export interface ParameterDescriptor {
  id: string;
  type: "boolean" | "integer" | "number";
  default: boolean | number | null;
  description: string;
}

export interface OutputDescriptor {
  id: string;
  /** `actor`: one value per actor id; `network`: one value for the whole network. */
  scope: "actor" | "network";
  description: string;
}

export type Parameters = Record<string, boolean | number | null | undefined>;

/** One analysis as the CLI, the API and the UI see it. */
export interface AnalysisDescriptor {
  id: string;
  parameters: readonly ParameterDescriptor[];
  outputs: readonly OutputDescriptor[];
  run(network: Network, parameters?: Parameters): unknown;
}

const YEAR: ParameterDescriptor = {
  id: "year",
  type: "integer",
  default: null,
  description: "analyse the network as of this year (default: every actor and tie)",
};
const WEIGHTED: ParameterDescriptor = {
  id: "weighted",
  type: "boolean",
  default: false,
  description: "use tie weights",
};
const LOUVAIN_RUNS: ParameterDescriptor = {
  id: "louvainRuns",
  type: "integer",
  default: ANALYSE_DEFAULTS.louvainRuns,
  description: "seeded Louvain runs; the best modularity is kept",
};
const SEED: ParameterDescriptor = {
  id: "seed",
  type: "integer",
  default: ANALYSE_DEFAULTS.seed,
  description: "seed of the first Louvain run",
};

const number = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);
const graphOf = (network: Network, parameters: Parameters): WeaveGraph => {
  const year = number(parameters.year);
  return year === undefined ? buildGraph(network) : buildGraph(network, { year });
};

/** A per-actor measure that takes only `weighted`. */
function actorMeasure(
  id: string,
  description: string,
  measure: (graph: WeaveGraph, options: { weighted: boolean }) => unknown,
): AnalysisDescriptor {
  return {
    id,
    parameters: [YEAR, WEIGHTED],
    outputs: [{ id, scope: "actor", description }],
    run: (network, parameters = {}) =>
      measure(graphOf(network, parameters), { weighted: parameters.weighted === true }),
  };
}

const louvainOptions = (parameters: Parameters) => ({
  weighted: parameters.weighted === true,
  runs: number(parameters.louvainRuns) ?? ANALYSE_DEFAULTS.louvainRuns,
  seed: number(parameters.seed) ?? ANALYSE_DEFAULTS.seed,
});

export const ANALYSES: readonly AnalysisDescriptor[] = [
  actorMeasure("degree", "distinct neighbours (weighted: strength)", degree),
  actorMeasure("betweenness", "normalised Brandes betweenness", betweenness),
  actorMeasure("closeness", "Wasserman–Faust closeness", closeness),
  actorMeasure("harmonic", "unnormalised harmonic closeness", harmonic),
  actorMeasure("eigenvector", "L2-normalised eigenvector centrality", eigenvector),
  actorMeasure("pagerank", "PageRank, α 0.85", pagerank),
  actorMeasure("structural-holes", "Burt's effective size and constraint", structuralHoles),
  {
    id: "louvain",
    parameters: [YEAR, WEIGHTED, LOUVAIN_RUNS, SEED],
    outputs: [
      { id: "communities", scope: "actor", description: "community number, 0 = largest" },
      { id: "modularity", scope: "network", description: "modularity of the best run" },
    ],
    run: (network, parameters = {}) => louvain(graphOf(network, parameters), louvainOptions(parameters)),
  },
  {
    id: "roles",
    parameters: [YEAR, WEIGHTED, LOUVAIN_RUNS, SEED],
    outputs: [
      {
        id: "roles",
        scope: "actor",
        description: "participation, within-module z and role (bridging and Guimerà–Amaral)",
      },
    ],
    run: (network, parameters = {}) => {
      const graph = graphOf(network, parameters);
      const weighted = parameters.weighted === true;
      return roles(graph, louvain(graph, louvainOptions(parameters)).communities, betweenness(graph, { weighted }), {
        weighted,
      });
    },
  },
  {
    id: "cut-points",
    parameters: [YEAR],
    outputs: [
      { id: "articulationPoints", scope: "actor", description: "actors whose leaving would cut others off" },
      { id: "bridges", scope: "network", description: "ties whose loss would split the network" },
    ],
    run: (network, parameters = {}) => cutPoints(graphOf(network, parameters)),
  },
  {
    id: "status",
    parameters: [YEAR],
    outputs: [{ id: "status", scope: "actor", description: "isolated, peripheral, service-dependent or none" }],
    run: (network, parameters = {}) => status(graphOf(network, parameters)),
  },
  {
    id: "components",
    parameters: [YEAR],
    outputs: [{ id: "components", scope: "network", description: "connected components, largest first" }],
    run: (network, parameters = {}) => components(graphOf(network, parameters)),
  },
  {
    id: "network",
    parameters: [YEAR, WEIGHTED, LOUVAIN_RUNS, SEED],
    outputs: [
      { id: "graph", scope: "network", description: "whole-network figures" },
      { id: "actors", scope: "actor", description: "every per-actor figure" },
      { id: "communities", scope: "network", description: "community summaries" },
      { id: "gaps", scope: "network", description: "gaps with a sentence in English and Dutch" },
      { id: "suggestions", scope: "network", description: "introductions ranked by score" },
      { id: "years", scope: "network", description: "figures per year and what changed" },
    ],
    run: (network, parameters = {}) =>
      analyseNetwork(network, {
        year: number(parameters.year),
        weighted: parameters.weighted === true,
        louvainRuns: number(parameters.louvainRuns) ?? ANALYSE_DEFAULTS.louvainRuns,
        seed: number(parameters.seed) ?? ANALYSE_DEFAULTS.seed,
      }),
  },
];

export function findAnalysis(id: string): AnalysisDescriptor | undefined {
  return ANALYSES.find((analysis) => analysis.id === id);
}
