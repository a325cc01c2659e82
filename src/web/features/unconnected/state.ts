import type { ActorStatus, AnalysedActor, Suggestion } from "../../api/types.js";

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
 * The suggestion to show beside each actor, in one pass: the first (in the analysis' order) that
 * names a person to make the introduction, else the first naming the actor at all.
 */
export function firstSuggestionFor<T extends Suggestion>(suggestions: readonly T[]): Map<string, T> {
  const first = new Map<string, T>();
  for (const suggestion of suggestions) {
    for (const id of suggestion.actors) {
      const known = first.get(id);
      if (known === undefined || (known.introducer === null && suggestion.introducer !== null))
        first.set(id, suggestion);
    }
  }
  return first;
}
