import { matchClusters } from "../../../analysis/cluster-identity.js";
import type { NodeMapping } from "../../../analysis/graph.js";
import { MESSAGE_PARAMS, type Message } from "../../../analysis/index.js";
import type { AnalysisResponse, Community } from "../../api/types.js";
import { CLUSTER_PALETTE, type ClusterColours, clusterColour } from "./palette.js";

/**
 * The figures on screen with the cluster numbers and colours this page gave them, and the first
 * number it has not given yet.
 */
export interface SteadyClusters {
  readonly analysis: AnalysisResponse;
  readonly nextNumber: number;
  readonly colours: ClusterColours;
}

/**
 * New figures numbered and coloured like the ones on screen: a cluster mostly made of the members of
 * a cluster on screen keeps its number, name and colour (greatest Jaccard index first,
 * `matchClusters`), so the room's picture does not change with every edit. When two merge, the
 * larger keeps its number; when one splits, the larger part does. A new cluster gets a number never
 * given on this page and a colour no cluster on screen has. The first figures keep the server's
 * numbers.
 */
export function keepClusterNumbers(shown: SteadyClusters | undefined, incoming: AnalysisResponse): SteadyClusters {
  if (shown === undefined) {
    const nextNumber = largestNumber(partitionOf(incoming)) + 1;
    return { analysis: incoming, nextNumber, colours: colourClusters(incoming.communities, new Map()) };
  }
  const { numberOf, nextNumber } = steadyNumbers(partitionOf(shown.analysis), partitionOf(incoming), shown.nextNumber);
  const analysis = renumberAnalysis(incoming, numberOf);
  return { analysis, nextNumber, colours: colourClusters(analysis.communities, shown.colours) };
}

/**
 * Each cluster number of `current` mapped to its steady number (see `keepClusterNumbers`), and the
 * next number to give. `nextNumber` is raised above every number in `previous` if need be.
 */
export function steadyNumbers(
  previous: Readonly<NodeMapping>,
  current: Readonly<NodeMapping>,
  nextNumber: number,
): { numberOf: Map<number, number>; nextNumber: number } {
  const first = Math.max(nextNumber, largestNumber(previous) + 1);
  const matched = matchClusters(previous, current, { nextNumber: first });
  const numberOf = new Map<number, number>();
  for (const [id, cluster] of Object.entries(current)) {
    if (!numberOf.has(cluster)) numberOf.set(cluster, matched.communities[id] as number);
  }
  return { numberOf, nextNumber: matched.nextNumber };
}

/**
 * A colour per cluster: the one it had (`before`, by number), else, largest first, its palette colour
 * by number when no other cluster has it, else the first palette colour nobody has (the palette's
 * own when all are taken).
 */
export function colourClusters(
  clusters: readonly Pick<Community, "community" | "size">[],
  before: ClusterColours,
): ClusterColours {
  const colours = new Map<number, string>();
  for (const { community } of clusters) {
    const kept = before.get(community);
    if (kept !== undefined) colours.set(community, kept);
  }
  const inUse = new Set(colours.values());
  const uncoloured = clusters
    .filter(({ community }) => !colours.has(community))
    .sort((a, b) => b.size - a.size || a.community - b.community);
  for (const { community } of uncoloured) {
    const own = clusterColour(community);
    const colour = inUse.has(own) ? (CLUSTER_PALETTE.find((free) => !inUse.has(free)) ?? own) : own;
    colours.set(community, colour);
    inUse.add(colour);
  }
  return colours;
}

/** The analysis with every cluster number it holds renumbered: actors, clusters and their names, findings. */
export function renumberAnalysis(analysis: AnalysisResponse, numberOf: ReadonlyMap<number, number>): AnalysisResponse {
  const renumber = (cluster: number) => numberOf.get(cluster) ?? cluster;
  const inMessage = (text: Message): Message => renumberMessage(text, renumber);
  return {
    ...analysis,
    actors: analysis.actors.map((actor) => ({ ...actor, community: renumber(actor.community) })),
    communities: analysis.communities
      .map((community) => ({ ...community, community: renumber(community.community), name: inMessage(community.name) }))
      .sort((a, b) => a.community - b.community),
    gaps: analysis.gaps.map((gap) => ({ ...gap, message: inMessage(gap.message) })),
    suggestions: analysis.suggestions.map((suggestion) => ({ ...suggestion, message: inMessage(suggestion.message) })),
  };
}

/** Cluster parameters renumbered; a cluster's own name carries its number shown (number + 1). */
function renumberMessage(text: Message, renumber: (cluster: number) => number): Message {
  if (text.code === "cluster_named" || text.code === "cluster_numbered") {
    return { ...text, params: { ...text.params, number: renumber(text.params.number - 1) + 1 } } as Message;
  }
  const kinds: Readonly<Record<string, string>> = MESSAGE_PARAMS[text.code];
  const params: Record<string, unknown> = { ...text.params };
  for (const [name, kind] of Object.entries(kinds)) {
    if (kind === "cluster" && typeof params[name] === "number") params[name] = renumber(params[name]);
  }
  return { ...text, params } as Message;
}

function partitionOf(analysis: AnalysisResponse): NodeMapping {
  return Object.fromEntries(analysis.actors.map((actor) => [actor.id, actor.community]));
}

function largestNumber(partition: Readonly<NodeMapping>): number {
  let largest = -1;
  for (const cluster of Object.values(partition)) largest = Math.max(largest, cluster);
  return largest;
}
