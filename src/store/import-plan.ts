import type { Actor, Network, Tie } from "../model/index.js";
import type { ImportSummary } from "./graph-store.js";

/** A JSON text that is the same for two records exactly when every field is the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
    const entries = Object.entries(inner as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

export interface ImportPlan {
  /** The actors and ties that are new or differ from what is stored: the only ones to write. */
  readonly actors: readonly Actor[];
  readonly ties: readonly Tie[];
  readonly summary: ImportSummary;
}

/** Compares an incoming network with the stored records of the same ids. */
export function planImport(
  network: Network,
  storedActors: ReadonlyMap<string, Actor>,
  storedTies: ReadonlyMap<string, Tie>,
): ImportPlan {
  const actors: Actor[] = [];
  const ties: Tie[] = [];
  let actorsCreated = 0;
  let actorsUpdated = 0;
  let tiesCreated = 0;
  let tiesUpdated = 0;
  for (const actor of network.actors) {
    const stored = storedActors.get(actor.id);
    if (stored === undefined) actorsCreated++;
    else if (canonicalJson(stored) !== canonicalJson(actor)) actorsUpdated++;
    else continue;
    actors.push(actor);
  }
  for (const tie of network.ties) {
    const stored = storedTies.get(tie.id);
    if (stored === undefined) tiesCreated++;
    else if (canonicalJson(stored) !== canonicalJson(tie)) tiesUpdated++;
    else continue;
    ties.push(tie);
  }
  return {
    actors,
    ties,
    summary: {
      actorsCreated,
      actorsUpdated,
      actorsUnchanged: network.actors.length - actorsCreated - actorsUpdated,
      tiesCreated,
      tiesUpdated,
      tiesUnchanged: network.ties.length - tiesCreated - tiesUpdated,
    },
  };
}
