import type { GraphStore } from "../graph-store.js";
import type { WorkshopStore } from "./workshop-store.js";

/**
 * After an erasure (or a merge): the workshop entries naming actors and ties the graph no longer
 * holds go too, so no workshop keeps the erased person's id. Returns how many went.
 */
export async function forgetErasedEntries(workshops: WorkshopStore, store: GraphStore): Promise<number> {
  const { actors, ties } = await store.load();
  const stored = { actor: new Set(actors.map((actor) => actor.id)), tie: new Set(ties.map((tie) => tie.id)) };
  return workshops.forgetMissing((item) => stored[item.kind].has(item.id));
}
