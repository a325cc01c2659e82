import type { Network } from "../model/index.js";
import type { ClusterChanges } from "./cluster-identity.js";
import type { ClusterYear } from "./cluster-timeline.js";
import { density } from "./clustering.js";
import { components } from "./components.js";
import type { WeaveGraph } from "./graph.js";
import { type IndependenceYear, independenceYear } from "./professionals.js";
import { topBrokers } from "./roles.js";
import { status } from "./status.js";
import { changesOverYears, type Pair } from "./year-changes.js";
import { type BrokerageOptions, type YearGraphs, yearGraphs } from "./year-graphs.js";

export interface YearFigures {
  year: number;
  actors: number;
  /** Distinct pairs tied that year (parallel ties merged). */
  ties: number;
  density: number;
  components: number;
  /** Actors with no tie at all that year. */
  isolates: string[];
  /** Residents with no tie to a resident or group that year (DESIGN.md's "isolated"). */
  isolatedResidents: string[];
  /** Of that year's clusters in the cluster timeline (cluster-timeline.ts). */
  modularity: number;
  /** Clusters that year. */
  clusters: number;
  /** Clusters continued, born, ended, merged and split since the year before (stable numbers). */
  clusterChanges: ClusterChanges;
  /** Pairs of groups tied to each other (any tie type; partner_of by the tie rules). */
  groupLinks: number;
  /** Pairs of a group and an institution tied to each other (partner_of or supports). */
  groupInstitutionLinks: number;
  /** Institutions' share of the total betweenness that year; 0 when nobody brokers anything. */
  institutionBrokerageShare: number;
  /** True when that share was estimated from sampled sources (unweighted networks above exactBrokerageUpTo). */
  institutionBrokerageEstimated: boolean;
  /**
   * Pairs tied this year but not the year before, and the reverse; null in the first year (the
   * baseline). tiesAdded − tiesRemoved is the change in `ties`.
   */
  tiesAdded: number | null;
  tiesRemoved: number | null;
  /** Group–group and group–institution pairs tied this year and never before, each once. */
  groupsLinked: Pair[];
  /** That year's top tenth by betweenness (see roles.ts `topBrokers`), highest first. */
  connectors: string[];
  /** How far the network stands without institutions and professionals (src/analysis/professionals.ts). */
  independence: IndependenceYear;
}

export type YearOptions = BrokerageOptions;

export const YEAR_DEFAULTS: Omit<YearOptions, "weighted" | "seed"> = {
  exactBrokerageUpTo: 2000,
  brokeragePivots: 256,
};

/**
 * The network as of every year in the data, with its figures and what changed from the year before;
 * the clusters come from `timeline` (clusterTimeline over the same network).
 */
export function yearFigures(
  network: Network,
  timeline: readonly ClusterYear[],
  options: YearOptions,
  shared: YearGraphs = yearGraphs(network),
): YearFigures[] {
  const result: YearFigures[] = [];
  const clustersOf = new Map(timeline.map((entry) => [entry.year, entry]));
  for (const changes of changesOverYears(network)) {
    const { year } = changes;
    const graph = shared.graphOf(year);
    const communities = clustersOf.get(year);
    if (communities === undefined) throw new Error(`the cluster timeline has no year ${year}`);
    const { values: between, estimated } = shared.brokerageOf(year, options);
    const statuses = status(graph);
    let total = 0;
    let institutions = 0;
    for (const [id, value] of Object.entries(between)) {
      total += value;
      if (graph.getNodeAttribute(id, "kind") === "institution") institutions += value;
    }
    const links = associationLinks(graph);
    const baseline = changes.previous === null;
    result.push({
      year,
      actors: graph.order,
      ties: graph.size,
      density: density(graph),
      components: components(graph).length,
      isolates: graph.filterNodes((id) => graph.degree(id) === 0),
      isolatedResidents: Object.keys(statuses).filter((id) => statuses[id] === "isolated"),
      modularity: communities.modularity,
      clusters: communities.count,
      clusterChanges: communities.changes,
      groupLinks: links["group-group"],
      groupInstitutionLinks: links["group-institution"],
      institutionBrokerageShare: total > 0 ? institutions / total : 0,
      institutionBrokerageEstimated: estimated,
      tiesAdded: baseline ? null : changes.tiesMade.length,
      tiesRemoved: baseline ? null : changes.tiesLost.length,
      groupsLinked: changes.groupsLinked,
      connectors: topBrokers(between, graph.order),
      independence: independenceYear(graph, between, year, result.at(-1)),
    });
  }
  return result;
}

/** Pairs of groups, and of a group and an institution, tied to each other. */
function associationLinks(graph: WeaveGraph): Record<"group-group" | "group-institution", number> {
  const counts = { "group-group": 0, "group-institution": 0 };
  graph.forEachEdge((_edge, _attributes, _source, _target, sourceAttributes, targetAttributes) => {
    const kinds = [sourceAttributes.kind, targetAttributes.kind].sort().join("-");
    if (kinds === "group-group" || kinds === "group-institution") counts[kinds] += 1;
  });
  return counts;
}
