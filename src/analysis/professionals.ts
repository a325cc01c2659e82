import { isActiveIn, type Network } from "../model/index.js";
import type { WeaveGraph } from "./graph.js";
import { type Message, message } from "./messages/codes.js";

/**
 * A professional is a resident with a paid tie (`works_at`) in the graph analysed: the stored kind
 * stays `resident`, the analysis reads the role from the ties (so someone who stops working at the
 * school is a neighbour again from that year on).
 */
export function isProfessional(graph: WeaveGraph, id: string): boolean {
  if (graph.getNodeAttribute(id, "kind") !== "resident") return false;
  return graph.someEdge(id, (_edge, tie) => tie.types.includes("works_at"));
}

export function professionals(graph: WeaveGraph): Set<string> {
  return new Set(graph.filterNodes((id) => isProfessional(graph, id)));
}

/** The same reading straight from the data: residents with a `works_at` tie active in `year` (any year without one). */
export function professionalsIn(network: Network, year?: number): Set<string> {
  const residents = new Set(network.actors.filter((actor) => actor.kind === "resident").map((actor) => actor.id));
  const result = new Set<string>();
  for (const tie of network.ties) {
    if (tie.type !== "works_at" || !residents.has(tie.source)) continue;
    if (year === undefined || isActiveIn(tie, year)) result.add(tie.source);
  }
  return result;
}

/** Paid: institutions and the professionals who work at them. */
function paidActors(graph: WeaveGraph): Set<string> {
  const paid = professionals(graph);
  graph.forEachNode((id, attributes) => {
    if (attributes.kind === "institution") paid.add(id);
  });
  return paid;
}

/** Does the year's network stand on its own, or still hang on institutions and professionals? */
export interface IndependenceYear {
  /** Residents with a paid tie that year. */
  professionals: string[];
  /** Institutions' and professionals' share of the total betweenness; 0 when nobody brokers anything. */
  paidBrokerageShare: number;
  /**
   * Residents and groups who reach the rest of the network (its largest part that stands without
   * paid actors) only through institutions or professionals: without them they would be cut off.
   */
  cutOffWithoutPaid: string[];
  /** Groups active that year. */
  groups: number;
  /**
   * Groups that reach another group by themselves: tied to it, or sharing an organiser with it (a
   * resident, not a professional, who leads or volunteers at one and takes part in the other).
   * Through an institution or a professional does not count; nor does a member of both alone, or a
   * chain of acquaintances, which in a neighbourhood reaches everyone.
   */
  groupsReachingAlone: string[];
  /** The sentence a commissioner can quote about that year. */
  message: Message;
}

/**
 * The year's independence figures. `betweenness` is the year's betweenness (weighted or sampled as
 * the year's other figures); `previous` is the year before, for the trend in the sentence.
 */
export function independenceYear(
  graph: WeaveGraph,
  betweenness: Readonly<Record<string, number>>,
  year: number,
  previous?: { year: number; independence: IndependenceYear },
): IndependenceYear {
  const paid = paidActors(graph);
  let total = 0;
  let held = 0;
  for (const [id, value] of Object.entries(betweenness)) {
    total += value;
    if (paid.has(id)) held += value;
  }
  const share = total > 0 ? held / total : 0;
  const own = ownPieces(graph, paid);
  const groupIds = graph.filterNodes((_id, attributes) => attributes.kind === "group");
  const reaching = groupIds.filter((id) => reachesAnotherGroupAlone(graph, id, paid));
  return {
    professionals: graph.filterNodes((id) => paid.has(id) && graph.getNodeAttribute(id, "kind") === "resident"),
    paidBrokerageShare: share,
    cutOffWithoutPaid: cutOff(graph, own),
    groups: groupIds.length,
    groupsReachingAlone: reaching,
    message: yearMessage(year, share, reaching.length, groupIds.length, previous),
  };
}

function reachesAnotherGroupAlone(graph: WeaveGraph, group: string, paid: ReadonlySet<string>): boolean {
  const organises = (resident: string, other: string) =>
    graph.getEdgeAttribute(resident, other, "types").some((type) => type === "leads" || type === "volunteers_at");
  return graph.someNeighbor(group, (neighbour, attributes) => {
    if (attributes.kind === "group") return true;
    if (attributes.kind !== "resident" || paid.has(neighbour)) return false;
    const organisesHere = organises(neighbour, group);
    return graph.someNeighbor(
      neighbour,
      (other, otherAttributes) =>
        other !== group && otherAttributes.kind === "group" && (organisesHere || organises(neighbour, other)),
    );
  });
}

interface Pieces {
  /** For every resident who is not a professional, and every group: the piece they are in. */
  pieceOf: Map<string, number>;
  /** The largest piece: the rest of the network that stands on its own. */
  largest: number;
}

const carriesPaths = (graph: WeaveGraph, id: string, paid: ReadonlySet<string>) => {
  const kind = graph.getNodeAttribute(id, "kind");
  return (kind === "resident" || kind === "group") && !paid.has(id);
};

/**
 * The pieces the community holds together by itself: residents (not professionals) and groups,
 * joined by their own ties. Places carry no path: sharing a room is not a tie between people.
 */
function ownPieces(graph: WeaveGraph, paid: ReadonlySet<string>): Pieces {
  const pieceOf = new Map<string, number>();
  const sizes: number[] = [];
  graph.forEachNode((start) => {
    if (pieceOf.has(start) || !carriesPaths(graph, start, paid)) return;
    const piece = sizes.length;
    const stack = [start];
    pieceOf.set(start, piece);
    let size = 0;
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      size += 1;
      graph.forEachNeighbor(next, (other) => {
        if (pieceOf.has(other) || !carriesPaths(graph, other, paid)) return;
        pieceOf.set(other, piece);
        stack.push(other);
      });
    }
    sizes.push(size);
  });
  const largest = sizes.reduce((best, size, piece) => (size > (sizes[best] ?? 0) ? piece : best), 0);
  return { pieceOf, largest };
}

/**
 * Residents and groups outside the largest piece who reach it through institutions or professionals
 * (places still carrying no path): everyone already apart from it is not cut off by the paid leaving.
 */
function cutOff(graph: WeaveGraph, own: Pieces): string[] {
  const start = [...own.pieceOf].find(([, piece]) => piece === own.largest)?.[0];
  if (start === undefined) return [];
  const reached = new Set([start]);
  const stack = [start];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    graph.forEachNeighbor(next, (other, attributes) => {
      if (reached.has(other) || attributes.kind === "place") return;
      reached.add(other);
      stack.push(other);
    });
  }
  return [...own.pieceOf].filter(([id, piece]) => piece !== own.largest && reached.has(id)).map(([id]) => id);
}

/** A share as the sentence shows it, in tenths of a percent: equal when they would read the same. */
const percent = (share: number) => Math.round(share * 1000);

function yearMessage(
  year: number,
  share: number,
  reaching: number,
  groups: number,
  previous: { year: number; independence: IndependenceYear } | undefined,
): Message {
  const now = { year, share, count: reaching, groups };
  if (previous === undefined) return message("paid_share_first_year", now);
  const before = previous.independence.paidBrokerageShare;
  const trend = { ...now, previousYear: previous.year, previousShare: before };
  if (percent(share) < percent(before)) return message("paid_share_fell", trend);
  if (percent(share) > percent(before)) return message("paid_share_rose", trend);
  return message("paid_share_steady", { ...now, previousYear: previous.year });
}

export interface WentAlone {
  group: string;
  /** The first year from which the group reaches another group without paid actors, every year it is active. */
  year: number;
}

/** Over the whole span: which group went it alone when, and one sentence for the commissioner. */
export interface Independence {
  wentAlone: WentAlone[];
  /** Null with fewer than two years to compare. */
  message: Message | null;
}

export function independenceOverYears(
  network: Network,
  years: readonly { year: number; independence: IndependenceYear }[],
): Independence {
  const wentAlone: WentAlone[] = [];
  for (const group of network.actors) {
    if (group.kind !== "group") continue;
    let since: number | undefined;
    for (const { year, independence } of years) {
      if (!isActiveIn(group, year)) continue;
      if (!independence.groupsReachingAlone.includes(group.id)) since = undefined;
      else since ??= year;
    }
    if (since !== undefined) wentAlone.push({ group: group.id, year: since });
  }
  wentAlone.sort((a, b) => a.year - b.year || (a.group < b.group ? -1 : 1));
  return { wentAlone, message: spanMessage(years) };
}

function spanMessage(years: readonly { year: number; independence: IndependenceYear }[]): Message | null {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined || first === last) return null;
  const share = (entry: { independence: IndependenceYear }) => entry.independence.paidBrokerageShare;
  const params = {
    firstYear: first.year,
    lastYear: last.year,
    firstShare: share(first),
    lastShare: share(last),
    firstReaching: first.independence.groupsReachingAlone.length,
    count: last.independence.groupsReachingAlone.length,
    groups: last.independence.groups,
  };
  // The first highest year: a share that rose and then fell is told as its peak, not as "steady".
  const peak = years.reduce((best, entry) => (share(entry) > share(best) ? entry : best), first);
  const [start, end, top] = [percent(share(first)), percent(share(last)), percent(share(peak))];
  if (top > start && top > end) {
    return message("paid_share_span_peaked", { ...params, peakYear: peak.year, peakShare: share(peak) });
  }
  if (end < start) return message("paid_share_span_fell", params);
  if (end > start) return message("paid_share_span_rose", params);
  return message("paid_share_span_steady", params);
}
