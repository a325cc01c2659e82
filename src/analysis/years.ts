import type { ActorKind, Network } from "../model/index.js";
import type { ClusterChanges } from "./cluster-identity.js";
import type { ClusterYear } from "./cluster-timeline.js";
import { componentCount } from "./components.js";
import { type IndependenceYear, independenceYear } from "./professionals.js";
import { topBrokers } from "./roles.js";
import { countTie, emptyTally, statusOfTally } from "./status.js";
import { type Pair, tieCountsOverYears } from "./year-changes.js";
import { type BrokerageOptions, type YearGraphs, yearGraphs } from "./year-graphs.js";
import { isArrayIndex, type YearNetwork } from "./year-network.js";

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
  /** True when that share (and the year's betweenness) was estimated from pivots (years above exactBrokerageUpTo actors). */
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

/**
 * Each year's betweenness is exact up to 512 actors (8 × the pivots: a search from every actor costs
 * little more there) and estimated above from 64 seeded pivots with the analysis' linear scaling
 * (sampled-betweenness.ts). Measured against exact on generated networks of 2,000 and 10,000 actors,
 * every year: the institutions' and the paid share within 0.005, the top tenth "connectors" sharing
 * 71–81% of their members with the exact top tenth, each actor's betweenness within 0.013
 * (test/analysis/year-brokerage.test.ts checks 2,000 against 0.01, 65% and 0.02).
 */
export const YEAR_DEFAULTS: Omit<YearOptions, "weighted" | "seed"> = {
  exactBrokerageUpTo: 512,
  brokeragePivots: 64,
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
  for (const changes of tieCountsOverYears(network, shared.networkOf)) {
    const { year } = changes;
    const yearNet = shared.networkOf(year);
    const { ids, offsets } = yearNet.unweighted;
    const communities = clustersOf.get(year);
    if (communities === undefined) throw new Error(`the cluster timeline has no year ${year}`);
    const { byNode: between, estimated } = shared.brokerageOf(year, options);
    let total = 0;
    let institutions = 0;
    for (let v = 0; v < between.length; v++) {
      total += between[v] as number;
      if (yearNet.kinds[v] === "institution") institutions += between[v] as number;
    }
    const links = associationLinks(yearNet);
    const [n, ties] = [ids.length, yearNet.types.length];
    const baseline = changes.previous === null;
    result.push({
      year,
      actors: n,
      ties,
      // As clustering.ts `density` of the year's graph.
      density: n < 2 ? 0 : (2 * ties) / (n * (n - 1)),
      components: componentCount(yearNet.unweighted),
      isolates: ids.filter((_id, v) => offsets[v] === offsets[v + 1]),
      isolatedResidents: isolatedResidents(yearNet),
      modularity: communities.modularity,
      clusters: communities.count,
      clusterChanges: communities.changes,
      groupLinks: links["group-group"],
      groupInstitutionLinks: links["group-institution"],
      institutionBrokerageShare: total > 0 ? institutions / total : 0,
      institutionBrokerageEstimated: estimated,
      tiesAdded: baseline ? null : changes.tiesMade,
      tiesRemoved: baseline ? null : changes.tiesLost,
      groupsLinked: changes.groupsLinked,
      connectors: topBrokers(ids, between, n),
      independence: independenceYear(yearNet, between, result.at(-1)),
    });
  }
  return result;
}

/** Pairs of groups, and of a group and an institution, tied to each other. */
function associationLinks({ kinds, ends }: YearNetwork): Record<"group-group" | "group-institution", number> {
  const counts = { "group-group": 0, "group-institution": 0 };
  for (let e = 0; e < ends.length; e += 2) {
    const [a, b] = [kinds[ends[e] as number], kinds[ends[e + 1] as number]];
    if (a === "group" && b === "group") counts["group-group"] += 1;
    else if ((a === "group" && b === "institution") || (a === "institution" && b === "group")) {
      counts["group-institution"] += 1;
    }
  }
  return counts;
}

/**
 * The year's residents whose status (status.ts) is "isolated", in the order status()'s mapping keys
 * them: ids that are array indices first, in numeric order, then the others in the year's order.
 */
function isolatedResidents({ kinds, types, tieOf, unweighted }: YearNetwork): string[] {
  const { ids, offsets, neighbors } = unweighted;
  const isolated: string[] = [];
  ids.forEach((id, v) => {
    if (kinds[v] !== "resident") return;
    const tally = emptyTally();
    for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j++) {
      countTie(tally, kinds[neighbors[j] as number] as ActorKind, types[tieOf[j] as number] ?? []);
      // One tie to a resident or a group settles it: not isolated, whatever the other ties are.
      if (tally.community > 0) return;
    }
    if (statusOfTally(tally) === "isolated") isolated.push(id);
  });
  const indices = isolated.filter(isArrayIndex);
  if (indices.length === 0) return isolated;
  indices.sort((a, b) => Number(a) - Number(b));
  return [...indices, ...isolated.filter((id) => !isArrayIndex(id))];
}
