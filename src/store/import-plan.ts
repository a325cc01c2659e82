import { setImmediate as nextTurn } from "node:timers/promises";
import type { NetworkSource } from "../io/network-source.js";
import { type Actor, checkNetwork, type Network, recordIssuesToError, type Tie } from "../model/index.js";
import type { ImportSource, ImportSummary } from "./graph-store.js";

/** A JSON text that is the same for two records exactly when every field is the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
    const entries = Object.entries(inner as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

export interface BatchPlan<T> {
  /** The records that are new or differ from what is stored: the only ones to write. */
  readonly changed: readonly T[];
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

const sameRecord = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * Compares one batch of incoming records with the stored ones of the same ids, as records or in the
 * store's own form (`same` then says whether an incoming record equals a stored one).
 */
export function planBatch<T extends Actor | Tie, S = T>(
  records: readonly T[],
  stored: ReadonlyMap<string, S>,
  same: (incoming: T, stored: S) => boolean = sameRecord,
): BatchPlan<T> {
  const changed: T[] = [];
  let created = 0;
  let updated = 0;
  for (const record of records) {
    const before = stored.get(record.id);
    if (before === undefined) created++;
    else if (!same(record, before)) updated++;
    else continue;
    changed.push(record);
  }
  return { changed, created, updated, unchanged: records.length - created - updated };
}

/** The summary of an import, added up batch by batch. */
export class SummaryTally {
  readonly #counts = {
    actorsCreated: 0,
    actorsUpdated: 0,
    actorsUnchanged: 0,
    tiesCreated: 0,
    tiesUpdated: 0,
    tiesUnchanged: 0,
  };

  add(collection: "actors" | "ties", plan: BatchPlan<unknown>): void {
    this.#counts[`${collection}Created`] += plan.created;
    this.#counts[`${collection}Updated`] += plan.updated;
    this.#counts[`${collection}Unchanged`] += plan.unchanged;
  }

  /** Records compared so far in a collection. */
  done(collection: "actors" | "ties"): number {
    const c = this.#counts;
    return collection === "actors"
      ? c.actorsCreated + c.actorsUpdated + c.actorsUnchanged
      : c.tiesCreated + c.tiesUpdated + c.tiesUnchanged;
  }

  get changed(): boolean {
    const c = this.#counts;
    return c.actorsCreated + c.actorsUpdated + c.tiesCreated + c.tiesUpdated > 0;
  }

  get summary(): ImportSummary {
    return { ...this.#counts };
  }
}

/** Runs a generator to its end, letting the event loop run at each of its yields. */
export async function drainPausing<R>(generator: Generator<unknown, R>): Promise<R> {
  for (;;) {
    const step = generator.next();
    if (step.done === true) return step.value;
    await nextTurn();
  }
}

async function* pausing<T>(batches: Iterable<T>): AsyncGenerator<T> {
  for (const batch of batches) {
    yield batch;
    await nextTurn();
  }
}

/** A NetworkSource (src/io) read on this thread, pausing between steps so other requests are answered. */
export function importSourceOf(source: NetworkSource): ImportSource {
  return {
    async check(stored, tiesTouching) {
      const check = await drainPausing(source.check(stored));
      if (check.issues.length > 0) return check.issues;
      if (check.kindChanged.length === 0) return [];
      return check.kindIssues(await tiesTouching(check.kindChanged));
    },
    actors: () => pausing(source.actors()),
    ties: () => pausing(source.ties()),
  };
}

/** A network already in memory (importNetwork): checked in one go, one batch of each. */
export function networkImportSource(network: Network): ImportSource {
  return {
    async check(stored, tiesTouching) {
      const changedKind = network.actors.filter((actor) => {
        const before = stored.get(actor.id)?.kind;
        return before !== undefined && before !== actor.kind;
      });
      const storedTies = changedKind.length === 0 ? [] : await tiesTouching(changedKind.map((actor) => actor.id));
      const issues = checkNetwork(network, stored, { storedTies });
      return issues.length === 0 ? [] : [...recordIssuesToError(issues).issues];
    },
    actors: () => pausing([network.actors]),
    ties: () => pausing([network.ties]),
  };
}
