import { type Network, TIE_RULES, TIE_TYPES, type Tie, type TieType } from "../../../model/index.js";
import { isActiveIn } from "../../../model/years.js";
import type { AnalysedActor, Finding } from "../../api/types.js";

export type Neighbours = (id: string) => Iterable<string>;

/** The clusters a person's ties reach, their own first, so a sentence can say what they link. */
export function clustersReached(
  id: string,
  neighbours: Neighbours,
  communityOf: (id: string) => number | null | undefined,
): number[] {
  const own = communityOf(id);
  const reached = new Set<number>();
  for (const other of neighbours(id)) {
    const community = communityOf(other);
    if (community !== null && community !== undefined && community !== own) reached.add(community);
  }
  return [...(own === null || own === undefined ? [] : [own]), ...[...reached].sort((a, b) => a - b)];
}

/** The role to put first in words: the status of the unconnected before brokerage roles. */
export function headlineRole(actor: AnalysedActor): string {
  if (actor.status !== "none") return actor.status;
  if (actor.role === "connector-hub" || actor.role === "kinless-hub") return "connector-hub";
  if (actor.role === "provincial-hub") return "hub";
  if (actor.role === "connector" || actor.role === "kinless") return "connector";
  if (actor.articulationPoint) return "articulation";
  return "member";
}

/**
 * Where a resident has a paid role (`works_at`) in `year` (any year when undefined): empty for
 * everyone who is not a professional then.
 */
export function employersOf(network: Network, id: string, year: number | undefined): string[] {
  return network.ties
    .filter((tie) => tie.type === "works_at" && tie.source === id && (year === undefined || isActiveIn(tie, year)))
    .map((tie) => tie.target);
}

export function findingsAbout<T extends Finding>(findings: readonly T[], id: string): T[] {
  return findings.filter((finding) => finding.actors.includes(id));
}

/** How a tie reads from one end: `out` from its source, `in` from its target, `both` when undirected. */
export type TieDirection = "out" | "in" | "both";

/** One line of the card's ties: "leads Weverskoor", "members: …", in the tie's true direction. */
export interface TieReading {
  readonly type: TieType;
  readonly direction: TieDirection;
  /** The actors at the other end, in the order of the ties. */
  readonly others: readonly string[];
}

export function tieDirection(id: string, tie: Pick<Tie, "source" | "type">): TieDirection {
  if (TIE_RULES[tie.type].undirected) return "both";
  return tie.source === id ? "out" : "in";
}

/** The i18n key of a reading: `tieReading.<type>.<out|in|both>`. */
export function tieReadingKey(reading: Pick<TieReading, "type" | "direction">): string {
  return `tieReading.${reading.type}.${reading.direction}`;
}

const DIRECTION_ORDER: readonly TieDirection[] = ["out", "both", "in"];

/**
 * The ties of `id` active in `year` (every year when undefined), one line per type and direction,
 * in the order of TIE_TYPES, what the actor does first ("leads …") and what others do with it after
 * ("members: …").
 */
export function tieReadings(id: string, ties: readonly Tie[], year: number | undefined): TieReading[] {
  const lines = new Map<string, { type: TieType; direction: TieDirection; others: string[] }>();
  for (const tie of ties) {
    if (tie.source !== id && tie.target !== id) continue;
    if (tie.source === tie.target || (year !== undefined && !isActiveIn(tie, year))) continue;
    const direction = tieDirection(id, tie);
    const other = tie.source === id ? tie.target : tie.source;
    const key = `${tie.type}:${direction}`;
    const line = lines.get(key) ?? { type: tie.type, direction, others: [] };
    if (!line.others.includes(other)) line.others.push(other);
    lines.set(key, line);
  }
  return [...lines.values()].sort(
    (a, b) =>
      TIE_TYPES.indexOf(a.type) - TIE_TYPES.indexOf(b.type) ||
      DIRECTION_ORDER.indexOf(a.direction) - DIRECTION_ORDER.indexOf(b.direction),
  );
}
