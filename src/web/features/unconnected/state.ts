import type { ActorStatus, AnalysedActor, Finding } from "../../api/types.js";

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

/**
 * The first suggestion naming each actor, in the analysis' order: what `findingsAbout(…)[0]` gives,
 * found in one pass instead of one pass per listed resident.
 */
export function firstSuggestionFor<T extends Finding>(suggestions: readonly T[]): Map<string, T> {
  const first = new Map<string, T>();
  for (const suggestion of suggestions) {
    for (const id of suggestion.actors) if (!first.has(id)) first.set(id, suggestion);
  }
  return first;
}
