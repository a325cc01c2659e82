import type { Network } from "../model/index.js";
import { type ActorFigures, actorFigures, type PathFreeFigures, pathFreeFigures } from "./actor-figures.js";
import type { Adjacency } from "./adjacency.js";
import { type PathFigures, shortestPathFigures } from "./brandes.js";
import type { BridgingOverYears } from "./bridging-over-years.js";
import { type ClusterYear, clusterTimeline, wholeClusters } from "./cluster-timeline.js";
import { averageClustering, density } from "./clustering.js";
import { type ClusteringMethod, checkClustering } from "./clusters.js";
import { type CommunitySummary, summariseCommunities } from "./communities.js";
import { componentCount } from "./components.js";
import type { Gap } from "./gap-types.js";
import { findGaps } from "./gaps.js";
import { type GiftEntry, giftsMap } from "./gifts-map.js";
import { AnalysisInputError, type NodeMapping, type WeaveGraph } from "./graph.js";
import { checkPositiveInteger, resolveOptions } from "./options.js";
import { type PathSampling, planSampling, SAMPLING_DEFAULTS, type SampledPaths } from "./pivots.js";
import type { Independence } from "./professionals.js";
import { SUGGESTION_DEFAULTS, type Suggestion, suggestIntroductions } from "./suggestions.js";
import { thinBridges } from "./thin-bridges.js";
import { type YearGraphs, yearGraphs } from "./year-graphs.js";
import { YEAR_DEFAULTS, type YearFigures } from "./years.js";
import { analyseYears } from "./years-analysis.js";

export interface AnalyseOptions {
  /** Analyse the network as of this year; without it, every actor and tie in the data. */
  year: number | undefined;
  /** Use tie weights (see CONVENTIONS for what that means per measure). */
  weighted: boolean;
  /** Leiden (default) or Louvain. */
  clustering: ClusteringMethod;
  /** Seeded clustering runs, the best kept; undefined: Leiden 4 (with their consensus; 2 above 20,000 actors, in two rounds), Louvain 10. */
  clusteringRuns: number | undefined;
  seed: number;
  /** Skip the per-year figures (they rebuild and re-measure the network once per year). */
  years: boolean;
  maxSuggestions: number;
  /** Betweenness, closeness and harmonic exactly, whatever the size (`--exact`). */
  exact: boolean;
  /** Estimate them from this many seeded pivots, whatever the size (`--pivots`); undefined: by size. */
  pivots: number | undefined;
  /** Exact up to this many actors in the analysed graph; above it, estimated (pivots for a stated error). */
  exactUpTo: number;
}

export const ANALYSE_DEFAULTS: AnalyseOptions = {
  year: undefined,
  weighted: false,
  clustering: "leiden",
  clusteringRuns: undefined,
  seed: 1,
  years: true,
  maxSuggestions: SUGGESTION_DEFAULTS.maxSuggestions,
  exact: false,
  pivots: undefined,
  exactUpTo: SAMPLING_DEFAULTS.exactUpTo,
};

/** What each figure means, carried in the output so a reader never has to guess. */
export const CONVENTIONS = {
  graph: "undirected simple graph; parallel ties merged into one edge with summed weight",
  degree: "distinct neighbours; strength = sum of merged tie weights",
  betweenness: "Brandes, normalised by 2/((n-1)(n-2)) as networkx.betweenness_centrality; weighted: distance 1/weight",
  closeness:
    "Wasserman-Faust as networkx.closeness_centrality (wf_improved=True); isolates 0; weighted: distance 1/weight",
  harmonic:
    "unnormalised sum of 1/d as networkx.harmonic_centrality (divide by n-1 for 0..1); weighted: distance 1/weight",
  eigenvector: "unit L2 norm, power iteration over the whole graph (small components tend to 0); weighted: tie weights",
  pagerank: "alpha 0.85, uniform teleport, dangling actors redistributed uniformly (networkx); weighted: tie weights",
  community:
    "Leiden (modularity, resolution 1: 4 seeded runs of 3 iterations and their consensus polished until an iteration gains < 1e-4; above 20000 actors two such rounds of 2 runs, refinement randomness 0.5, each polished to < 1e-3, and their consensus polished to < 1e-5; the best partition kept) or Louvain (best of 10); one year: that year of the timeline, each year one run warm-started from the year before (the first year from all years' clusters) and numbered so a cluster keeps its number (Jaccard >= 0.3); all years: 0 = largest; weighted: tie weights",
  role: "Guimera-Amaral (hub z >= 2.5; connector 0.62 < P <= 0.80, hub 0.30 < P <= 0.75) read with bridging: top tenth by betweenness never (ultra-)peripheral; peripheral only with most ties inside the own community; weighted: strengths",
  structuralHoles:
    "Burt's effective size and constraint as networkx; null for actors without ties; weighted: tie weights",
  status:
    "residents: isolated (no tie to a resident or group), peripheral (one), service-dependent (ties only to institutions)",
  groupLinks: "pairs of groups tied to each other; groupInstitutionLinks: group-institution pairs",
  institutionBrokerageShare:
    "sum of institutions' betweenness / sum of all betweenness, that year; above 512 actors that year estimated from 64 seeded pivots with linear scaling as sampling (institutionBrokerageEstimated): on generated networks of 2000 and 10000 actors within 0.005 of exact, the year's top tenth (connectors) sharing 71-81% of its members with the exact one, bridging per actor within 0.013",
  professional: "a resident with a works_at tie in the network analysed (that year); the stored kind stays resident",
  independence:
    "per year: institutions' and professionals' betweenness / all betweenness; cut off = residents and groups who reach the largest part that holds without them only through them; groups reaching another group along residents (not professionals) and groups, places carrying no path; a group went it alone in the first year from which it does so every year it is active",
  sampling:
    "above 20000 actors (exactUpTo) betweenness, closeness and harmonic are estimated from seeded pivots drawn uniformly (sampling: pivots, seed, epsilon, delta; null when exact): betweenness as Brandes-Pich 2007 with Geisberger-Sanders-Schultes 2008 linear scaling shifted one tie out (the pair s-t gives v the share (d(s,v)-l)/(d(s,t)-2l), l the shortest tie, 1/2 each when d(s,t) = 2l), closeness and harmonic from the pivots' distances to each actor (Eppstein-Wang 2004); unweighted, each actor's estimate is post-stratified by the pivots' hop distance from it (1, 2, 3, farther: each class's size x the mean of its pivots; the near classes exact for closeness and harmonic); pivots k = ceil(2 ln(2n/delta)/epsilon^2) by Hoeffding with a union bound; epsilon is the bound the pivots drawn give, the largest over actors of sqrt(2 ln(2n/delta) sum_c N_c^2/m_c)/(n-1) plus the possible credit of classes without a pivot (N_c actors, m_c pivots in class c; about the planned epsilon): for each figure, with probability 1-delta every actor's betweenness and harmonic/(n-1) are within epsilon, and the average distance behind closeness within epsilon x diameter; typicalError measures instead of bounds: the pivots split in two halves (alternate blocks of 64), each estimating on its own as the whole does, relative = root mean square over the highest estimates (actors: 50 where as many bridge) of (half1 - half2) x sqrt(k1 k2) / k / estimate (k1, k2 the halves' pivots: half the difference for equal halves), the whole estimate's typical relative error (on a generated network of 20000 actors 0.0226-0.0259 against an actual 0.0176-0.0251 over the exact top 50, seeds 1-5); null with fewer than two blocks",
  duplication:
    "two groups or institutions with Jaccard >= 0.5 and at least 3 of the residents they serve (member_of, leads, volunteers_at, client_of) in common, and at least one activity in common (own tags, else interests held by half their people)",
} as const;

export interface NetworkAnalysis {
  asOf: number | null;
  weighted: boolean;
  conventions: typeof CONVENTIONS;
  graph: {
    actors: number;
    ties: number;
    density: number;
    components: number;
    isolates: string[];
    modularity: number;
    communities: number;
    averageClustering: number;
  };
  /** Null when betweenness, closeness and harmonic are exact; otherwise how they were estimated, and how well. */
  sampling: SampledPaths | null;
  actors: ActorFigures[];
  communities: CommunitySummary[];
  gaps: Gap[];
  suggestions: Suggestion[];
  /** Every gift held by a resident, with who nearby wants it and where it could be used. */
  gifts: GiftEntry[];
  years: YearFigures[];
  /** Over all years: which groups went it alone when, and the commissioner's sentence. */
  independence: Independence;
  /** Each actor's bridging year by year (empty when the years are skipped). */
  bridging: BridgingOverYears;
}

/** The whole analysis of DESIGN.md §3 as one plain, JSON-ready object (no NaN, no Infinity). */
export function analyseNetwork(network: Network, options?: Partial<AnalyseOptions>): NetworkAnalysis {
  const measured = measureWithoutPaths(planAnalysis(network, options));
  const { adjacency, sampling } = measured.plan;
  return finishAnalysis(measured, shortestPathFigures(adjacency, { sampling }));
}

/**
 * An analysis in three steps, so that its shortest-path figures (betweenness, closeness, harmonic: most
 * of the work) can be searched by other threads while this one measures everything else
 * (src/server/analysis/analyse-threaded.ts): `planAnalysis` builds the graph, `measureWithoutPaths`
 * measures what does not read those figures, and `finishAnalysis` what does.
 */
export interface AnalysisBasics {
  readonly network: Network;
  readonly options: AnalyseOptions;
  readonly graph: WeaveGraph;
  /** What the shortest-path figures are computed over, with `sampling`. */
  readonly adjacency: Adjacency;
  readonly sampling: PathSampling | null;
}

/** The basics and the years' graphs, which are let go once the years are measured (half the heap at 10k actors). */
export interface AnalysisPlan extends AnalysisBasics {
  readonly shared: YearGraphs;
  /**
   * The years wait for the analysed year's exact betweenness, which they would otherwise measure again:
   * when one year is analysed exactly and its brokerage is exact too (weighted, or small).
   */
  readonly yearsAfterPaths: boolean;
}

export function planAnalysis(network: Network, options?: Partial<AnalyseOptions>): AnalysisPlan {
  const resolved = resolveOptions(ANALYSE_DEFAULTS, options);
  const { year, weighted, clustering, clusteringRuns } = resolved;
  if (year !== undefined && !Number.isInteger(year)) {
    throw new AnalysisInputError("analyseNetwork", `year must be a whole number, not ${year}`);
  }
  checkClustering("analyseNetwork", clustering);
  if (clusteringRuns !== undefined) checkPositiveInteger("analyseNetwork", "clusteringRuns", clusteringRuns);
  // Each year's graph and betweenness are built once and read by the timeline, years and bridging.
  const shared = yearGraphs(network);
  // The adjacency comes from the data, not from the graph, so that the paths' search can start before
  // the graph is built (at 100,000 actors graphology takes 3 s to build it): the graph is built on first read.
  const adjacency = year === undefined ? shared.wholeAdjacency(weighted) : shared.adjacencyOf(year, weighted);
  const order = adjacency.ids.length;
  const sampling = pathSamplingFor(order, resolved);
  const yearsAfterPaths =
    year !== undefined &&
    sampling === null &&
    resolved.years &&
    (weighted || order <= YEAR_DEFAULTS.exactBrokerageUpTo);
  return {
    network,
    options: resolved,
    get graph() {
      return year === undefined ? shared.wholeGraph() : shared.graphOf(year);
    },
    adjacency,
    sampling,
    shared,
    yearsAfterPaths,
  };
}

/** What the analysis measures without the shortest-path figures, and what it needs to finish. */
export interface PathFreeAnalysis {
  /** Without the network: finishing does not read it, and it can go while the paths are searched. */
  readonly plan: Omit<AnalysisBasics, "network">;
  readonly figures: PathFreeFigures;
  /** The years, or how to measure them once the analysed year's betweenness is known (`yearsAfterPaths`). */
  readonly years: YearsPart | ((betweenness: NodeMapping) => YearsPart);
  readonly gifts: GiftEntry[];
  readonly consenting: Set<string>;
  readonly graphFigures: Pick<NetworkAnalysis["graph"], "density" | "components" | "isolates" | "averageClustering">;
}

interface YearsPart {
  readonly years: YearFigures[];
  readonly independence: Independence;
  readonly bridging: BridgingOverYears;
}

export function measureWithoutPaths({ shared, yearsAfterPaths, network, ...plan }: AnalysisPlan): PathFreeAnalysis {
  const { graph, options } = plan;
  const { year, weighted, clustering, clusteringRuns, seed } = options;
  const clusterOptions = { clustering, weighted, runs: clusteringRuns, seed };
  // With a year, its clusters are that year's of the timeline (of all years when they are reported).
  const timeline =
    year === undefined ? undefined : clusterTimeline(network, clusterOptions, options.years ? undefined : year, shared);
  const clusters =
    timeline === undefined ? wholeClusters(shared, clusterOptions) : timeline.find((entry) => entry.year === year);
  const measureYears = () => yearsOf(network, options, shared, timeline);
  return {
    plan,
    figures: pathFreeFigures(graph, { weighted, clustering, clusteringRuns, seed, clusters }),
    years:
      yearsAfterPaths && year !== undefined
        ? (betweenness) => {
            // The year's exact betweenness is that year's brokerage too: measured once, not again by the years.
            shared.knownBetweenness(year, weighted, betweenness);
            return measureYears();
          }
        : measureYears(),
    gifts: giftsMap(graph),
    consenting: new Set(network.actors.filter((actor) => actor.consent?.given === true).map((actor) => actor.id)),
    graphFigures: {
      density: density(graph),
      components: componentCount(plan.adjacency),
      isolates: graph.filterNodes((id) => graph.degree(id) === 0),
      averageClustering: averageClustering(graph),
    },
  };
}

function yearsOf(
  network: Network,
  options: AnalyseOptions,
  shared: YearGraphs,
  timeline: ClusterYear[] | undefined,
): YearsPart {
  if (!options.years)
    return { years: [], independence: { wentAlone: [], message: null }, bridging: { years: [], actors: {} } };
  const { weighted, clustering, clusteringRuns, seed } = options;
  // Not the timeline: nothing reads it once the years are measured.
  const { years, independence, bridging } = analyseYears(
    network,
    { weighted, clustering, clusteringRuns, seed },
    shared,
    timeline,
  );
  return { years, independence, bridging };
}

/** The analysis, given the shortest-path figures of `plan.adjacency` computed with `plan.sampling`. */
export function finishAnalysis(measured: PathFreeAnalysis, paths: PathFigures): NetworkAnalysis {
  const { graph, adjacency, sampling, options } = measured.plan;
  const figures = actorFigures(measured.figures, adjacency, paths, sampling);
  const years =
    typeof measured.years === "function"
      ? measured.years(Object.fromEntries(figures.actors.map((actor) => [actor.id, actor.betweenness])))
      : measured.years;
  const communities = summariseCommunities(graph, figures.actors);
  const bridges = thinBridges(graph, figures.byId, communities);
  const { gifts, consenting, graphFigures } = measured;
  const context = { graph, ...figures, communities, bridges, consenting, gifts };
  return {
    asOf: options.year ?? null,
    weighted: options.weighted,
    conventions: CONVENTIONS,
    graph: {
      actors: graph.order,
      ties: graph.size,
      density: graphFigures.density,
      components: graphFigures.components,
      isolates: graphFigures.isolates,
      modularity: figures.clusters.modularity,
      communities: figures.clusters.count,
      averageClustering: graphFigures.averageClustering,
    },
    sampling: figures.sampling,
    actors: figures.actors,
    communities,
    gaps: findGaps(context),
    suggestions: suggestIntroductions(context, {
      ...SUGGESTION_DEFAULTS,
      maxSuggestions: options.maxSuggestions,
    }),
    gifts,
    years: years.years,
    independence: years.independence,
    bridging: years.bridging,
  };
}

/** Whether the analysis of a graph of n actors estimates its shortest-path figures, and from how many pivots. */
export function pathSamplingFor(
  n: number,
  options: Pick<AnalyseOptions, "exact" | "pivots" | "exactUpTo" | "seed">,
): PathSampling | null {
  if (options.pivots !== undefined) checkPositiveInteger("analyseNetwork", "pivots", options.pivots);
  return planSampling(n, resolveOptions(SAMPLING_DEFAULTS, options));
}
