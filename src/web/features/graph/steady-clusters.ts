import { matchClusters } from "../../../analysis/cluster-identity.js";
import type { NodeMapping } from "../../../analysis/graph.js";
import { MESSAGE_PARAMS, type Message } from "../../../analysis/index.js";
import type { AnalysisResponse } from "../../api/types.js";
import { CLUSTER_PALETTE } from "./palette.js";

/**
 * The figures on screen with the cluster numbers this page gave them, and the first number it has
 * not given yet. A cluster's colour follows its number (`clusterColour`), so a steady number is a
 * steady colour, name and legend label.
 */
export interface SteadyClusters {
  readonly analysis: AnalysisResponse;
  readonly nextNumber: number;
}

/**
 * New figures numbered like the ones on screen: a cluster mostly made of the members of a cluster
 * on screen keeps its number (greatest Jaccard index first, `matchClusters`), so the room's picture
 * does not change colour with every edit. When two merge, the larger keeps its number; when one
 * splits, the larger part does. A new cluster gets a number never given on this page whose colour
 * no cluster uses, as long as the palette has one left. Without figures on screen, the server's
 * numbers stand.
 */
export function keepClusterNumbers(shown: SteadyClusters | undefined, incoming: AnalysisResponse): SteadyClusters {
  const current = partitionOf(incoming);
  if (shown === undefined) return { analysis: incoming, nextNumber: largestNumber(current) + 1 };
  const { numberOf, nextNumber } = steadyNumbers(partitionOf(shown.analysis), current, shown.nextNumber);
  return { analysis: renumberAnalysis(incoming, numberOf), nextNumber };
}

/**
 * Each cluster number of `current` mapped to its steady number, and the next number to give (see
 * `keepClusterNumbers`). `nextNumber` must exceed every number in `previous`.
 */
export function steadyNumbers(
  previous: Readonly<NodeMapping>,
  current: Readonly<NodeMapping>,
  nextNumber: number,
  paletteSize: number = CLUSTER_PALETTE.length,
): { numberOf: Map<number, number>; nextNumber: number } {
  const first = Math.max(nextNumber, largestNumber(previous) + 1);
  const matched = matchClusters(previous, current, { nextNumber: first });
  const numberOf = new Map<number, number>();
  for (const [id, cluster] of Object.entries(current)) {
    if (!numberOf.has(cluster)) numberOf.set(cluster, matched.communities[id] as number);
  }
  const colourOf = (number: number) => number % paletteSize;
  const inUse = new Set([...numberOf.values()].filter((number) => number < first).map(colourOf));
  let next = first;
  // New clusters in the order `matchClusters` numbered them (their numbers in `current`, ascending).
  const born = [...numberOf.entries()].filter(([, number]) => number >= first).sort(([, a], [, b]) => a - b);
  for (const [cluster] of born) {
    let number = next;
    while (inUse.has(colourOf(number)) && number < next + paletteSize) number += 1;
    if (inUse.has(colourOf(number))) number = next;
    numberOf.set(cluster, number);
    inUse.add(colourOf(number));
    next = number + 1;
  }
  return { numberOf, nextNumber: next };
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
