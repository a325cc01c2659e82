import type { Network } from "../../../model/index.js";
import { isActiveIn } from "../../../model/years.js";
import type { AnalysedActor, Finding } from "../../api/types.js";

export type Neighbours = (id: string) => Iterable<string>;

function reach(start: string, neighbours: Neighbours, without: string | undefined): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const other of neighbours(next)) {
      if (other === without || seen.has(other)) continue;
      seen.add(other);
      queue.push(other);
    }
  }
  return seen;
}

/**
 * How many people would lose their only way to the rest of the network if `id` left: everyone in
 * the pieces their leaving would split off, except the largest piece, which stays "the network".
 */
export function cutOffIfRemoved(id: string, neighbours: Neighbours): number {
  const pieces: number[] = [];
  const counted = new Set<string>();
  for (const start of neighbours(id)) {
    if (counted.has(start)) continue;
    const piece = reach(start, neighbours, id);
    for (const member of piece) counted.add(member);
    pieces.push(piece.size);
  }
  if (pieces.length < 2) return 0;
  const largest = Math.max(...pieces);
  return pieces.reduce((sum, size) => sum + size, 0) - largest;
}

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
