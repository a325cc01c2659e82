import { isActiveIn, type Network } from "../model/index.js";
import type { WeaveGraph } from "./graph.js";
import { type Message, message } from "./messages/codes.js";
import type { YearNetwork } from "./year-network.js";

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

/** Paid, per node of the year: institutions and the residents with a `works_at` tie (professionals). */
function paidOf({ kinds, types, ends }: YearNetwork): Uint8Array {
  const paid = new Uint8Array(kinds.length);
  for (let v = 0; v < kinds.length; v++) if (kinds[v] === "institution") paid[v] = 1;
  for (let e = 0; e < types.length; e++) {
    if (!types[e]?.includes("works_at")) continue;
    const [a, b] = [ends[2 * e] as number, ends[2 * e + 1] as number];
    if (kinds[a] === "resident") paid[a] = 1;
    if (kinds[b] === "resident") paid[b] = 1;
  }
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
 * The year's independence figures. `betweenness` is the year's betweenness per node (weighted or
 * sampled as the year's other figures); `previous` is the year before, for the trend in the sentence.
 */
export function independenceYear(
  year: YearNetwork,
  betweenness: Float64Array,
  previous?: { year: number; independence: IndependenceYear },
): IndependenceYear {
  const { ids } = year.unweighted;
  const paid = paidOf(year);
  let total = 0;
  let held = 0;
  for (let v = 0; v < betweenness.length; v++) {
    total += betweenness[v] as number;
    if (paid[v] === 1) held += betweenness[v] as number;
  }
  const share = total > 0 ? held / total : 0;
  const groups = indicesWhere(year.kinds, (kind) => kind === "group");
  const reaching = groups.filter((group) => reachesAnotherGroupAlone(year, group, paid)).map((v) => ids[v] as string);
  return {
    professionals: indicesWhere(year.kinds, (kind, v) => kind === "resident" && paid[v] === 1).map(
      (v) => ids[v] as string,
    ),
    paidBrokerageShare: share,
    cutOffWithoutPaid: cutOffWithoutPaid(year, paid).map((v) => ids[v] as string),
    groups: groups.length,
    groupsReachingAlone: reaching,
    message: yearMessage(year.year, share, reaching.length, groups.length, previous),
  };
}

function indicesWhere<T>(values: readonly T[], keep: (value: T, index: number) => boolean): number[] {
  const kept: number[] = [];
  values.forEach((value, i) => {
    if (keep(value, i)) kept.push(i);
  });
  return kept;
}

function reachesAnotherGroupAlone({ kinds, types, tieOf, unweighted }: YearNetwork, group: number, paid: Uint8Array) {
  const { offsets, neighbors } = unweighted;
  const organises = (entry: number) =>
    (types[tieOf[entry] as number] ?? []).some((type) => type === "leads" || type === "volunteers_at");
  for (let j = offsets[group] as number; j < (offsets[group + 1] as number); j++) {
    const neighbour = neighbors[j] as number;
    if (kinds[neighbour] === "group") return true;
    if (kinds[neighbour] !== "resident" || paid[neighbour] === 1) continue;
    const organisesHere = organises(j);
    for (let k = offsets[neighbour] as number; k < (offsets[neighbour + 1] as number); k++) {
      const other = neighbors[k] as number;
      if (other !== group && kinds[other] === "group" && (organisesHere || organises(k))) return true;
    }
  }
  return false;
}

/**
 * Residents and groups who reach the rest of the network only through institutions or professionals,
 * in the order they are found. The pieces the community holds together by itself: residents (not
 * professionals) and groups, joined by their own ties; places carry no path (sharing a room is not a
 * tie between people). Cut off: outside the largest piece and reaching it through paid actors (places
 * still carrying no path); everyone already apart from it is not cut off by the paid leaving.
 */
function cutOffWithoutPaid({ kinds, unweighted }: YearNetwork, paid: Uint8Array): number[] {
  const { offsets, neighbors } = unweighted;
  const n = kinds.length;
  const carries = new Uint8Array(n);
  for (let v = 0; v < n; v++) carries[v] = (kinds[v] === "resident" || kinds[v] === "group") && paid[v] === 0 ? 1 : 0;
  const pieceOf = new Int32Array(n).fill(-1);
  // Everyone who carries, in the order found; each piece's size.
  const found = new Int32Array(n);
  let foundCount = 0;
  const sizes: number[] = [];
  const stack = new Int32Array(n);
  for (let start = 0; start < n; start++) {
    if (pieceOf[start] !== -1 || carries[start] === 0) continue;
    const piece = sizes.length;
    pieceOf[start] = piece;
    found[foundCount++] = start;
    let top = 0;
    stack[top++] = start;
    let size = 0;
    while (top > 0) {
      const next = stack[--top] as number;
      size += 1;
      const end = offsets[next + 1] as number;
      for (let j = offsets[next] as number; j < end; j++) {
        const other = neighbors[j] as number;
        if (pieceOf[other] !== -1 || carries[other] === 0) continue;
        pieceOf[other] = piece;
        found[foundCount++] = other;
        stack[top++] = other;
      }
    }
    sizes.push(size);
  }
  if (foundCount === 0) return [];
  const largest = sizes.reduce((best, size, piece) => (size > (sizes[best] ?? 0) ? piece : best), 0);
  // A piece's first member is the first found of it.
  let start = 0;
  while (pieceOf[found[start] as number] !== largest) start++;
  const reached = new Uint8Array(n);
  reached[found[start] as number] = 1;
  let top = 0;
  stack[top++] = found[start] as number;
  while (top > 0) {
    const next = stack[--top] as number;
    const end = offsets[next + 1] as number;
    for (let j = offsets[next] as number; j < end; j++) {
      const other = neighbors[j] as number;
      if (reached[other] === 1 || kinds[other] === "place") continue;
      reached[other] = 1;
      stack[top++] = other;
    }
  }
  const cut: number[] = [];
  for (let k = 0; k < foundCount; k++) {
    const v = found[k] as number;
    if (pieceOf[v] !== largest && reached[v] === 1) cut.push(v);
  }
  return cut;
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
  const reaching = years.map(({ year, independence }) => ({ year, groups: new Set(independence.groupsReachingAlone) }));
  for (const group of network.actors) {
    if (group.kind !== "group") continue;
    let since: number | undefined;
    for (const { year, groups } of reaching) {
      if (!isActiveIn(group, year)) continue;
      if (!groups.has(group.id)) since = undefined;
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
