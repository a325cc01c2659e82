import type { Actor, Tie } from "../../model/index.js";
import type { GraphResponse } from "./types.js";

/** One committed write as `/api/events` sends it (`event: change`). */
export type LiveChange =
  | { readonly type: "actor.created" | "actor.updated"; readonly version: number; readonly actor: Actor }
  | { readonly type: "actor.deleted"; readonly version: number; readonly id: string }
  | { readonly type: "tie.created" | "tie.updated"; readonly version: number; readonly tie: Tie }
  | { readonly type: "tie.deleted"; readonly version: number; readonly id: string }
  | { readonly type: "import.finished"; readonly version: number }
  | { readonly type: "workshop.changed"; readonly version: number; readonly id: string };

function upsert<T extends { readonly id: string }>(records: readonly T[], record: T): T[] {
  const index = records.findIndex((existing) => existing.id === record.id);
  if (index < 0) return [...records, record];
  return records.map((existing, at) => (at === index ? record : existing));
}

/**
 * The network with one change applied, or undefined when only a reload can tell (an import). A change
 * the loaded graph already held (its version is not past the graph's) leaves it as it is; others are
 * applied as they come, whatever their order: two writes at once may be announced in either order.
 * `version` stays the loaded graph's.
 */
export function applyChange(network: GraphResponse, change: LiveChange): GraphResponse | undefined {
  if (change.type === "import.finished") return undefined;
  if (change.type === "workshop.changed") return network;
  if (network.version !== undefined && change.version <= network.version) return network;
  const { actors, ties, version } = network;
  switch (change.type) {
    case "actor.created":
    case "actor.updated":
      return { version, actors: upsert(actors, change.actor), ties };
    case "actor.deleted":
      return {
        version,
        actors: actors.filter((actor) => actor.id !== change.id),
        ties: ties.filter((tie) => tie.source !== change.id && tie.target !== change.id),
      };
    case "tie.created":
    case "tie.updated":
      return { version, actors, ties: upsert(ties, change.tie) };
    case "tie.deleted":
      return { version, actors, ties: ties.filter((tie) => tie.id !== change.id) };
  }
}

/** What was just added, shown highlighted for a few seconds on every screen. */
export interface FreshRecords {
  readonly actors: ReadonlyMap<string, number>;
  readonly ties: ReadonlyMap<string, number>;
}

export const NO_FRESH: FreshRecords = { actors: new Map(), ties: new Map() };

export const FRESH_MS = 5000;

/** Adds what a change created, marked with the time it stops being fresh. */
export function freshAfter(fresh: FreshRecords, change: LiveChange, now: number): FreshRecords {
  if (change.type === "actor.created") {
    return { ...fresh, actors: new Map(fresh.actors).set(change.actor.id, now + FRESH_MS) };
  }
  if (change.type === "tie.created") return { ...fresh, ties: new Map(fresh.ties).set(change.tie.id, now + FRESH_MS) };
  return fresh;
}

/** Drops what is no longer fresh at `now`; the same object when nothing expired. */
export function freshAt(fresh: FreshRecords, now: number): FreshRecords {
  const keep = (records: ReadonlyMap<string, number>) => new Map([...records].filter(([, until]) => until > now));
  const actors = keep(fresh.actors);
  const ties = keep(fresh.ties);
  if (actors.size === fresh.actors.size && ties.size === fresh.ties.size) return fresh;
  return { actors, ties };
}
