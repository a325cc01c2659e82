import type { Actor, FollowUp, FollowUpChange, FollowUpFilter, Issue, Network, Tie, TieEnds } from "../model/index.js";
import type { MergeResult } from "./merge-plan.js";

export interface ImportSummary {
  readonly actorsCreated: number;
  readonly actorsUpdated: number;
  readonly actorsUnchanged: number;
  readonly tiesCreated: number;
  readonly tiesUpdated: number;
  readonly tiesUnchanged: number;
}

/**
 * Records to import, never held whole: checked once against the stored actors' kinds, then handed
 * over a batch at a time (networkCsvSource in src/io, or one read on a worker thread). The batches
 * may be read more than once, when a transaction is retried.
 */
export interface ImportSource {
  /**
   * Every problem, located; none when the import may be written. `tiesTouching` gives the stored
   * ties of actors whose kind the import changes, so those are checked too.
   */
  check(
    stored: ReadonlyMap<string, Pick<Actor, "kind">>,
    tiesTouching: (actorIds: readonly string[]) => Promise<readonly TieEnds[]>,
  ): Promise<Issue[]>;
  actors(): AsyncIterable<readonly Actor[]>;
  ties(): AsyncIterable<readonly Tie[]>;
}

export interface ImportOptions {
  /**
   * Sees each batch of incoming actors beside the stored actors of the same ids before anything is
   * committed, and `end` after the last; either may throw to refuse the whole import.
   */
  readonly vet?: {
    actors(incoming: readonly Actor[], stored: ReadonlyMap<string, Actor>): void;
    end(): void;
  };
  /** Told what the import is doing: checking, or how many actors or ties it has compared so far. */
  readonly progress?: (step: "checking" | "actors" | "ties", done: number) => void;
}

export interface StoreCounts {
  readonly actors: number;
  readonly ties: number;
}

export interface LoadOptions {
  /** The network as of this year (see networkAsOf in the model); the whole network when absent. */
  readonly year?: number;
}

/**
 * The one storage interface. Every method is atomic: it either commits all it was asked to do or
 * throws and leaves the store as it was. Adapters map their own failures to the model's errors:
 * ValidationError (a tie to an unknown actor, a tie that does not fit its actors' kinds),
 * NotFoundError, StoreUnavailableError (the database cannot be reached).
 */
export interface GraphStore {
  readonly kind: "sqlite" | "neo4j";
  /** Creates schema, constraints and migrations; safe to call on every start. */
  init(): Promise<void>;
  load(options?: LoadOptions): Promise<Network>;
  getActor(id: string): Promise<Actor | undefined>;
  getTie(id: string): Promise<Tie | undefined>;
  /** Inserts or replaces actors by id (every field, custom attributes included). */
  upsertActors(actors: readonly Actor[]): Promise<void>;
  /**
   * Inserts or replaces ties by id; both ends must exist (stored, or in the same call). In the same
   * transaction, every open follow-up proposing one of these ties becomes connected.
   */
  upsertTies(ties: readonly Tie[]): Promise<void>;
  /**
   * Erases the actor and every tie that touches it, leaving no trace: an adapter that keeps more
   * about actors (follow-ups) deletes that here too, in the same transaction. False when there was
   * no such actor.
   */
  deleteActor(id: string): Promise<boolean>;
  /**
   * Merges actor `from` into actor `into` (same kind) in one transaction: every tie of `from` moves
   * to `into` under the id tieId gives its new ends, except one that would become a self-tie or
   * duplicate a tie `into` has (dropped); then `from` is erased as deleteActor erases, follow-ups
   * about it included. NotFoundError when either actor is missing.
   */
  mergeActor(from: string, into: string): Promise<MergeResult>;
  deleteTie(id: string): Promise<boolean>;
  /**
   * Validates against stored data, then upserts every actor and tie in one transaction. Like
   * upsertTies, it closes the follow-ups whose proposed tie it records (see closeFollowUps).
   */
  importNetwork(network: Network): Promise<ImportSummary>;
  /**
   * importNetwork for an import too large to hold: the same checks and the same one transaction,
   * written in batches with the event loop free in between. Nothing is visible to readers, and no
   * other write runs, until it commits.
   */
  importStream(source: ImportSource, options?: ImportOptions): Promise<ImportSummary>;
  /** Follow-ups, newest first; follow-up writes leave the graph version alone. */
  listFollowUps(filter?: FollowUpFilter): Promise<FollowUp[]>;
  getFollowUp(id: string): Promise<FollowUp | undefined>;
  /**
   * Stores a new follow-up. Refuses invalid fields (ValidationError), an actor it names that is not
   * stored (NotFoundError) and an id already used (ConflictError).
   */
  createFollowUp(followUp: FollowUp): Promise<void>;
  /** Applies a change (a note is appended); undefined when there is no such follow-up. */
  updateFollowUp(id: string, change: FollowUpChange, at: string): Promise<FollowUp | undefined>;
  /** Removes every follow-up naming the actor (deleteActor does this too); returns how many. */
  deleteFollowUpsAbout(actorId: string): Promise<number>;
  counts(): Promise<StoreCounts>;
  /** Increases with every committed write; lets callers cache what they derive from the graph. */
  version(): Promise<number>;
  /** Resolves when the database answers; throws StoreUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
