import type { ActorStatus, AnalysedActor } from "../../api/types.js";

export type UnconnectedStatus = Exclude<ActorStatus, "none">;
export const UNCONNECTED_STATUSES: readonly UnconnectedStatus[] = ["isolated", "peripheral", "service-dependent"];

/** Residents by how they are (not yet) connected, in the order the statuses are listed. */
export function groupUnconnected(actors: readonly AnalysedActor[]): Map<UnconnectedStatus, AnalysedActor[]> {
  const groups = new Map<UnconnectedStatus, AnalysedActor[]>(UNCONNECTED_STATUSES.map((status) => [status, []]));
  for (const actor of actors) {
    if (actor.status === "none") continue;
    groups.get(actor.status)?.push(actor);
  }
  for (const list of groups.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return groups;
}
