import { type Driver, isRetryableError, type ManagedTransaction, type Result, type Transaction } from "neo4j-driver";
import {
  type Actor,
  checkActor,
  checkNetwork,
  type FollowUp,
  type FollowUpChange,
  type FollowUpFilter,
  type Network,
  type RecordIssue,
  recordIssuesToError,
  StoreUnavailableError,
  type Tie,
  type TieEnds,
} from "../../model/index.js";
import type {
  GraphStore,
  ImportOptions,
  ImportSource,
  ImportSummary,
  LoadOptions,
  StoreCounts,
} from "../graph-store.js";
import { networkImportSource } from "../import-plan.js";
import type { MergeResult } from "../merge-plan.js";
import * as CYPHER from "./cypher.js";
import { toWeaveError } from "./errors.js";
import * as FOLLOW_UPS from "./follow-ups.js";
import { mergeActorInNeo4j } from "./merge.js";
import { migrate } from "./migrate.js";
import { actorToProperties, tieToProperties, toNumber } from "./properties.js";
import {
  actorsById,
  allKinds,
  allTieTypes,
  batches,
  byType,
  isStoredActor,
  isStoredTie,
  kindsById,
  readActor,
  readTie,
  tiesById,
} from "./reads.js";
import { type ImportTools, settleImports, stagedImport } from "./staged-import.js";

export interface Neo4jStoreOptions {
  /** The database to use; the server's default database when absent. */
  readonly database?: string;
  /** Rows per UNWIND statement and per staging transaction of an import (IMPORT_BATCH_SIZE). */
  readonly importBatchSize?: number;
}

/** Rows per staging transaction of an import, and per UNWIND in it; chosen by measurement (README). */
const IMPORT_BATCH_SIZE = 5_000;
/**
 * Every statement's records are read whole, so they are fetched in one go (-1, the driver's FETCH_ALL)
 * rather than 1,000 at a time: loading 8,000 records cost 8 round trips, each waiting for a busy loop.
 */
const FETCH_ALL = -1;
/** Reads tried without holding the writers' lock; see #readConsistently. */
const LOAD_ATTEMPTS = 3;
/** Tries of one transaction holding the writers' lock that Neo4j ended with a transient error. */
const LOCK_ATTEMPTS = 5;

/**
 * The GraphStore on Neo4j. The driver is handed in and stays the caller's: close() ends this store's
 * use of it, and whoever created the driver closes it (openNeo4jStore does, for the one it creates).
 * Every write takes the graph's meta node first, so writes are serialised and each committed write
 * that changes something increases the graph version by one.
 */
export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j";
  readonly #driver: Driver;
  readonly #database: string | undefined;
  readonly #importBatchSize: number;
  /** Imports of this store run one after the other: each settles what the one before left. */
  #importing: Promise<unknown> = Promise.resolve();
  /** The loads under way, by graph version and year: callers that ask at the same version share one. */
  readonly #loads = new Map<string, Promise<Network>>();
  #closed = false;

  constructor(driver: Driver, options: Neo4jStoreOptions = {}) {
    this.#driver = driver;
    this.#database = options.database;
    this.#importBatchSize = options.importBatchSize ?? IMPORT_BATCH_SIZE;
  }

  async init(): Promise<void> {
    // One transaction each: schema changes cannot share a transaction with each other or with data.
    for (const statement of [...CYPHER.CREATE_CONSTRAINTS, CYPHER.ENSURE_META]) {
      await this.#transaction("WRITE", (tx) => tx.run(statement));
    }
    // Before the migration reads ties: what an interrupted import left is settled first.
    await settleImports(this.#tools());
    await this.#write(async (tx) => ({ changed: await migrate(tx), result: undefined }));
  }

  /**
   * Many readers asking at once (every page's graph, the analysis, the pseudonyms) share one read:
   * a caller that finds the version it read being loaded already gets that load, which began after
   * the version was read, so it holds every write the caller could have seen.
   */
  async load(options: LoadOptions = {}): Promise<Network> {
    const key = `${await this.version()}:${options.year ?? "all"}`;
    const running = this.#loads.get(key);
    if (running !== undefined) return running;
    const load = this.#loadNow(options);
    this.#loads.set(key, load);
    const done = () => this.#loads.delete(key);
    load.then(done, done);
    return load;
  }

  async #loadNow(options: LoadOptions): Promise<Network> {
    return this.#readConsistently((tx) => readNetwork(tx, options));
  }

  /**
   * `read` as of one moment between writes. Neo4j reads what is committed as each row is read, so a
   * write committing meanwhile (an import going live, an edit) could give the actors of before with
   * the ties of after, or ties naming an actor not loaded. Every write changing the network bumps the
   * version (a batch settling an import bumps `tidied`) while it holds the meta node's lock, until it
   * is applied whole; a read between two equal pairs read under that lock therefore saw no write at
   * all. After LOAD_ATTEMPTS reads that each saw one, the last holds the lock while it reads (writers
   * wait for it).
   */
  async #readConsistently<T>(read: (tx: ManagedTransaction | Transaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; attempt < LOAD_ATTEMPTS; attempt++) {
      const before = await this.#lockingWritersOut(readWritesSeen);
      const result = await this.#read(read);
      if ((await this.#lockingWritersOut(readWritesSeen)) === before) return result;
    }
    return this.#lockingWritersOut(read);
  }

  /**
   * A transaction holding the writers' lock while `work` runs, then rolled back: it writes nothing.
   * Tried again, as the driver's managed transactions are, when Neo4j answers with a transient error
   * (a deadlock it detected, among readers and writers queueing for the lock).
   */
  async #lockingWritersOut<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#lockingWritersOutOnce(work);
      } catch (error) {
        if (attempt >= LOCK_ATTEMPTS || !isRetryableError(error)) throw toWeaveError(error);
        await new Promise((resolve) => setTimeout(resolve, attempt * 20 * (1 + Math.random())));
      }
    }
  }

  async #lockingWritersOutOnce<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    this.#assertOpen();
    const session = this.#driver.session({
      database: this.#database,
      defaultAccessMode: "WRITE",
      fetchSize: FETCH_ALL,
    });
    try {
      const tx = session.beginTransaction();
      try {
        const locked = tx.run(CYPHER.LOCK_WRITERS_OUT);
        const result = await work(tx);
        await locked;
        return result;
      } finally {
        if (tx.isOpen()) await tx.rollback();
      }
    } finally {
      await session.close();
    }
  }

  async getActor(id: string): Promise<Actor | undefined> {
    return this.#read(async (tx) => (await actorsById(tx, [id])).get(id));
  }

  async getTie(id: string): Promise<Tie | undefined> {
    return this.#read(async (tx) => {
      // All sent at once (one round trip, not one per type); the first type that holds the id answers.
      const results = Object.values(CYPHER.TIES_BY_ID).map((statement) => tx.run(statement, { ids: [id] }));
      for (const result of results) {
        const [found] = (await result).records.map(readTie);
        if (found !== undefined) return found;
      }
      return undefined;
    });
  }

  async upsertActors(actors: readonly Actor[]): Promise<void> {
    const issues: RecordIssue[] = actors.flatMap((actor, index) =>
      checkActor(actor).map((issue) => ({ collection: "actors" as const, index, ...issue })),
    );
    if (issues.length > 0) throw recordIssuesToError(issues);
    await this.#write(async (tx) => {
      // The lookup and the writes go out together: the lookup runs first, and a refusal rolls both back.
      const [stored] = await Promise.all([
        actorsById(
          tx,
          actors.map((actor) => actor.id),
        ),
        this.#putActors(tx, actors),
      ]);
      await this.#assertStoredTiesFit(tx, actors, stored, new Set());
      return { changed: actors.length > 0, result: undefined };
    });
  }

  async upsertTies(ties: readonly Tie[]): Promise<void> {
    await this.#write(async (tx) => {
      // The lookup and the writes go out together (one round trip while the meta node is locked);
      // invalid ties are refused once the lookup answers, and the transaction rolls the writes back.
      const [kinds, put] = await Promise.allSettled([kindsById(tx, endpointIds(ties)), this.#putTies(tx, ties)]);
      if (kinds.status === "rejected") throw kinds.reason;
      const issues = checkNetwork({ actors: [], ties }, kinds.value);
      if (issues.length > 0) throw recordIssuesToError(issues);
      if (put.status === "rejected") throw put.reason;
      await FOLLOW_UPS.closeFollowUpsBy(tx, ties);
      return { changed: ties.length > 0, result: undefined };
    });
  }

  async deleteActor(id: string): Promise<boolean> {
    return this.#write(async (tx) => {
      const [, result] = await Promise.all([
        FOLLOW_UPS.deleteFollowUpsAbout(tx, id),
        tx.run(CYPHER.DELETE_ACTOR, { id }),
      ]);
      const deleted = toNumber(result.records[0]?.get("deleted")) > 0;
      return { changed: deleted, result: deleted };
    });
  }

  async mergeActor(from: string, into: string): Promise<MergeResult> {
    return this.#write((tx) => mergeActorInNeo4j(tx, from, into));
  }

  async deleteTie(id: string): Promise<boolean> {
    return this.#write(async (tx) => {
      const deleted = (await this.#deleteTiesById(tx, [id])) > 0;
      return { changed: deleted, result: deleted };
    });
  }

  async importNetwork(network: Network): Promise<ImportSummary> {
    return this.importStream(networkImportSource(network));
  }

  /** A staged import (staged-import.ts): readers see all of it or none of it. */
  async importStream(source: ImportSource, options: ImportOptions = {}): Promise<ImportSummary> {
    const run = this.#importing.then(() => stagedImport(this.#tools(), source, options));
    this.#importing = run.catch(() => undefined);
    return run;
  }

  #tools(): ImportTools {
    return {
      batchSize: this.#importBatchSize,
      read: (work) => this.#read(work),
      stage: (work) => this.#transaction("WRITE", work),
      write: (work) => this.#write(work),
      tidy: (statement) => this.#tidy(statement),
      actorsById,
      tiesById,
      putActors: (tx, actors) => this.#putActors(tx, actors),
      putTies: (tx, ties, stored) => this.#putTies(tx, ties, stored),
      allKinds,
      allTieTypes,
      storedTiesTouching: (tx, ids) => this.#storedTiesTouching(tx, ids),
    };
  }

  #tidy(statement: string): Promise<number> {
    return this.#transaction("WRITE", async (tx) => {
      const live = (await tx.run(CYPHER.BEGIN_TIDYING)).records[0]?.get("live") ?? null;
      const changed = toNumber((await tx.run(statement, { live })).records[0]?.get("n"));
      if (changed === 0) await tx.run(CYPHER.UNDO_TIDYING);
      return changed;
    });
  }

  async listFollowUps(filter?: FollowUpFilter): Promise<FollowUp[]> {
    return this.#read((tx) => FOLLOW_UPS.listFollowUps(tx, filter));
  }

  async getFollowUp(id: string): Promise<FollowUp | undefined> {
    return this.#read((tx) => FOLLOW_UPS.getFollowUp(tx, id));
  }

  // Follow-up writes take the meta node's lock like every write (so the actors they checked stay),
  // but leave the graph version alone: the network did not change.
  async createFollowUp(followUp: FollowUp): Promise<void> {
    await this.#write(async (tx) => ({ changed: false, result: await FOLLOW_UPS.createFollowUp(tx, followUp) }));
  }

  async updateFollowUp(id: string, change: FollowUpChange, at: string): Promise<FollowUp | undefined> {
    return this.#write(async (tx) => ({ changed: false, result: await FOLLOW_UPS.updateFollowUp(tx, id, change, at) }));
  }

  async deleteFollowUpsAbout(actorId: string): Promise<number> {
    return this.#write(async (tx) => ({ changed: false, result: await FOLLOW_UPS.deleteFollowUpsAbout(tx, actorId) }));
  }

  async counts(): Promise<StoreCounts> {
    return this.#readConsistently(async (tx) => {
      const counts = (await tx.run(CYPHER.COUNTS, { relationshipTypes: CYPHER.ALL_RELATIONSHIP_TYPES })).records[0];
      return { actors: toNumber(counts?.get("actors")), ties: toNumber(counts?.get("ties")) };
    });
  }

  async version(): Promise<number> {
    return this.#read(async (tx) => toNumber((await tx.run(CYPHER.READ_VERSION)).records[0]?.get("version")));
  }

  async ping(): Promise<void> {
    this.#assertOpen();
    // An auto-commit query: a managed transaction would retry for half a minute before giving up.
    const session = this.#driver.session({ database: this.#database, defaultAccessMode: "READ" });
    try {
      await session.run(CYPHER.PING);
    } catch (error) {
      const mapped = toWeaveError(error);
      throw mapped instanceof StoreUnavailableError
        ? mapped
        : new StoreUnavailableError(`Neo4j does not answer: ${(error as Error).message}`, { cause: error });
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreUnavailableError("this Neo4j store has been closed");
  }

  #read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.#transaction("READ", work);
  }

  /** One write transaction; the graph version goes up by one when `work` reports a change. */
  #write<T>(work: (tx: ManagedTransaction) => Promise<{ changed: boolean; result: T }>): Promise<T> {
    return this.#transaction("WRITE", async (tx) => {
      // Not awaited: `work`'s statements follow it on the same connection and run after it, so taking
      // the lock costs no round trip of its own (a failure here fails them too, and so the work).
      const bump = tx.run(CYPHER.BEGIN_WRITE);
      const { changed, result } = await work(tx);
      await bump;
      if (!changed) await tx.run(CYPHER.UNDO_VERSION_BUMP);
      return result;
    });
  }

  /** A managed transaction (retried by the driver on transient errors) in a session of its own. */
  async #transaction<T>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.#assertOpen();
    const session = this.#driver.session({ database: this.#database, defaultAccessMode: mode, fetchSize: FETCH_ALL });
    try {
      return await (mode === "READ" ? session.executeRead(work) : session.executeWrite(work));
    } catch (error) {
      throw toWeaveError(error);
    } finally {
      await session.close();
    }
  }

  async #putActors(tx: ManagedTransaction, actors: readonly Actor[]): Promise<void> {
    for (const batch of batches(actors)) {
      await tx.run(CYPHER.UPSERT_ACTORS, { rows: batch.map(actorToProperties) });
    }
  }

  /**
   * Replaces each tie whole: its old relationship (of whatever type, between whichever ends) goes
   * first. `stored`, when the caller has read it, limits that deletion to the ties that exist.
   * Every statement is sent before any answer is awaited: they run in order, in one round trip.
   */
  async #putTies(tx: ManagedTransaction, ties: readonly Tie[], stored?: ReadonlyMap<string, Tie>): Promise<void> {
    const deletions =
      stored === undefined
        ? batches(ties).flatMap((batch) =>
            this.#sendDeleteTiesById(
              tx,
              batch.map((tie) => tie.id),
            ),
          )
        : // The stored tie's type is known: one statement per type instead of one for every type.
          [...byType(ties.flatMap((tie) => stored.get(tie.id) ?? []))].flatMap(([type, ofType]) =>
            batches(ofType).map((batch) => tx.run(CYPHER.DELETE_TIES_BY_ID[type], { ids: batch.map((tie) => tie.id) })),
          );
    const creations = [...byType(ties)].flatMap(([type, ofType]) =>
      batches(ofType).map((batch) => {
        const rows = batch.map((tie) => ({ source: tie.source, target: tie.target, properties: tieToProperties(tie) }));
        return { count: batch.length, result: tx.run(CYPHER.CREATE_TIES[type], { rows }) };
      }),
    );
    await Promise.all(deletions);
    for (const { count, result } of creations) {
      // Validation guarantees both ends; a shortfall means they vanished, and the transaction must fail.
      if (toNumber((await result).records[0]?.get("created")) !== count) {
        throw new StoreUnavailableError("some ties lost an end while being written; nothing was saved");
      }
    }
  }

  /**
   * An actor whose kind changes must still fit the stored ties that touch it (those not being
   * replaced in the same call); otherwise the whole write is refused.
   */
  async #assertStoredTiesFit(
    tx: ManagedTransaction,
    written: readonly Actor[],
    before: ReadonlyMap<string, Actor>,
    replacedTieIds: ReadonlySet<string>,
  ): Promise<void> {
    const changedKind = written.filter((actor) => {
      const stored = before.get(actor.id);
      return stored !== undefined && stored.kind !== actor.kind;
    });
    if (changedKind.length === 0) return;
    const touching = await tx.run(CYPHER.TIES_TOUCHING, {
      ids: changedKind.map((actor) => actor.id),
      relationshipTypes: CYPHER.ALL_RELATIONSHIP_TYPES,
    });
    const ties = touching.records.map(readTie).filter((tie) => !replacedTieIds.has(tie.id));
    if (ties.length === 0) return;
    const kinds = await kindsById(tx, endpointIds(ties));
    const issues = checkNetwork({ actors: [], ties }, kinds);
    if (issues.length > 0) throw recordIssuesToError(issues);
  }

  async #storedTiesTouching(tx: ManagedTransaction, ids: readonly string[]): Promise<TieEnds[]> {
    const result = await tx.run(CYPHER.TIES_TOUCHING, { ids, relationshipTypes: CYPHER.ALL_RELATIONSHIP_TYPES });
    return result.records.map(readTie).map(({ id, type, source, target }) => ({ id, type, source, target }));
  }

  /** Deletes the ties with these ids, whatever their type; returns how many there were. */
  async #deleteTiesById(tx: ManagedTransaction, ids: readonly string[]): Promise<number> {
    let deleted = 0;
    for (const result of this.#sendDeleteTiesById(tx, ids))
      deleted += toNumber((await result).records[0]?.get("deleted"));
    return deleted;
  }

  /** The deletion of these ids from every relationship type, sent at once: one statement per type. */
  #sendDeleteTiesById(tx: ManagedTransaction, ids: readonly string[]): Result[] {
    return Object.values(CYPHER.DELETE_TIES_BY_ID).map((statement) => tx.run(statement, { ids }));
  }
}

/** The writes a read made under the lock has seen so far, as one comparable string. */
async function readWritesSeen(tx: Transaction): Promise<string> {
  // The statement LOCK_WRITERS_OUT sent first answers once it holds the lock; this one runs after it.
  const [record] = (await tx.run(CYPHER.READ_WRITES_SEEN)).records;
  return `${toNumber(record?.get("version"))}/${toNumber(record?.get("tidied"))}`;
}

async function readNetwork(tx: ManagedTransaction | Transaction, options: LoadOptions): Promise<Network> {
  const relationshipTypes = CYPHER.ALL_RELATIONSHIP_TYPES;
  const [actors, ties] = await Promise.all(
    options.year === undefined
      ? [tx.run(CYPHER.ALL_ACTORS), tx.run(CYPHER.ALL_TIES, { relationshipTypes })]
      : [
          tx.run(CYPHER.ACTORS_ACTIVE_IN, { year: options.year }),
          tx.run(CYPHER.TIES_ACTIVE_IN, { year: options.year, relationshipTypes }),
        ],
  );
  return {
    actors: actors.records.filter(isStoredActor).map(readActor),
    ties: ties.records.filter(isStoredTie).map(readTie),
  };
}

function endpointIds(ties: readonly Tie[]): string[] {
  return [...new Set(ties.flatMap((tie) => [tie.source, tie.target]))];
}
