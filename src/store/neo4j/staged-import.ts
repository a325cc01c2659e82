import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import {
  type Actor,
  ConflictError,
  closeFollowUps,
  type Tie,
  type TieEnds,
  type TieType,
  ValidationError,
} from "../../model/index.js";
import type { ImportOptions, ImportSource, ImportSummary } from "../graph-store.js";
import { planBatch, SummaryTally } from "../import-plan.js";
import * as CYPHER from "./cypher.js";
import * as FOLLOW_UPS from "./follow-ups.js";
import { actorToProperties, tieToProperties, toNumber } from "./properties.js";
import { byType } from "./reads.js";

/** What the store lends a staged import: its transactions and its batched reads and writes. */
export interface ImportTools {
  /** Rows per staging transaction and per UNWIND statement. */
  readonly batchSize: number;
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** A write transaction without the meta node's lock: staged records are invisible to everyone. */
  stage<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** A write transaction holding the meta node's lock; the version goes up when `changed`. */
  write<T>(work: (tx: ManagedTransaction) => Promise<{ changed: boolean; result: T }>): Promise<T>;
  /**
   * One tidying batch (cypher.ts SETTLE) in a write transaction holding the meta node's lock, counted
   * in `tidied` when it changed something; returns how many records it changed.
   */
  tidy(statement: string): Promise<number>;
  actorsById(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, Actor>>;
  tiesById(tx: ManagedTransaction, ties: readonly Pick<Tie, "id" | "type">[]): Promise<Map<string, Tie>>;
  putActors(tx: ManagedTransaction, actors: readonly Actor[]): Promise<void>;
  putTies(tx: ManagedTransaction, ties: readonly Tie[], stored: ReadonlyMap<string, Tie>): Promise<void>;
  allKinds(tx: ManagedTransaction): Promise<Map<string, Pick<Actor, "kind">>>;
  allTieTypes(tx: ManagedTransaction): Promise<Map<string, TieType>>;
  storedTiesTouching(tx: ManagedTransaction, ids: readonly string[]): Promise<TieEnds[]>;
}

/** Removes the marks of the import that went live and deletes every staging that did not. */
export async function settleImports(tools: Pick<ImportTools, "tidy">): Promise<void> {
  for (const statement of CYPHER.SETTLE) while ((await tools.tidy(statement)) > 0);
}

/** Incoming records gathered into chunks of `size` rows, across the source's own batches. */
async function* chunks<T>(batches: AsyncIterable<readonly T[]>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const batch of batches) {
    for (const record of batch) {
      chunk.push(record);
      if (chunk.length >= size) {
        yield chunk;
        chunk = [];
      }
    }
  }
  if (chunk.length > 0) yield chunk;
}

function partition<T extends { readonly id: string }>(changed: readonly T[], stored: ReadonlyMap<string, unknown>) {
  return { created: changed.filter((r) => !stored.has(r.id)), updated: changed.filter((r) => stored.has(r.id)) };
}

/**
 * A staged import, atomic for readers and light on Neo4j's transaction memory:
 * 1. settle what earlier imports left (see cypher.ts SETTLE), then check the whole source;
 * 2. stage: each chunk of `batchSize` rows is compared with the stored records of its ids (those
 *    stored when the source was checked) in a transaction of its own, which creates the new actors
 *    marked with this import's id (invisible to every read), and the new ties, marked unless a new
 *    actor at an end hides them; records that replace stored ones are kept for step 3;
 * 3. switch over, in one transaction holding the meta node's lock: check that nothing was written
 *    in the meantime and the staging is whole, write the replacements, close the follow-ups the
 *    new ties fulfil, set `live` to this import and bump the version: everything appears at once;
 * 4. settle: remove the marks, in small batches that each hold the meta node's lock (see SETTLE).
 * A failure before the switch deletes the staging; whatever a dead process left is settled by the
 * next init() or import. Only the replacements (updated records) share one transaction.
 */
export async function stagedImport(
  tools: ImportTools,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  await settleImports(tools);
  options.progress?.("checking", 0);
  const { checkedAt, stored } = await tools.read(async (tx) => {
    const kinds = await tools.allKinds(tx);
    const issues = await source.check(kinds, (ids) => tools.storedTiesTouching(tx, ids));
    if (issues.length > 0) throw new ValidationError(issues);
    return {
      checkedAt: toNumber((await tx.run(CYPHER.READ_VERSION)).records[0]?.get("version")),
      stored: { actors: kinds, ties: await tools.allTieTypes(tx) },
    };
  });
  const importId = randomUUID();
  try {
    const staged = await stage(tools, source, options, importId, stored);
    const summary = await tools.write(async (tx) => {
      const version = toNumber((await tx.run(CYPHER.READ_VERSION)).records[0]?.get("version"));
      if (version !== checkedAt + 1) {
        throw new ConflictError("the network changed while it was being imported; nothing was saved, try again");
      }
      await assertStagingWhole(tx, importId, staged.actors, staged.ties);
      await tools.putActors(tx, staged.updatedActors);
      await tools.putTies(tx, staged.updatedTies, staged.replacedTies);
      await FOLLOW_UPS.closeFollowUpsBy(tx, staged.fulfilling);
      if (staged.actors + staged.ties > 0) await tx.run(CYPHER.GO_LIVE, { importId });
      return { changed: staged.tally.changed, result: staged.tally.summary };
    });
    await settleImports(tools).catch(() => undefined);
    return summary;
  } catch (error) {
    // Best effort: when Neo4j is gone, the next init() or import settles it.
    await settleImports(tools).catch(() => undefined);
    throw error;
  }
}

async function assertStagingWhole(tx: ManagedTransaction, importId: string, actors: number, ties: number) {
  const count = async (statement: string) =>
    toNumber(
      (await tx.run(statement, { importId, relationshipTypes: CYPHER.ALL_RELATIONSHIP_TYPES })).records[0]?.get("n"),
    );
  if ((await count(CYPHER.COUNT_STAGED_ACTORS)) !== actors || (await count(CYPHER.COUNT_STAGED_TIES)) !== ties) {
    throw new ConflictError("the network changed while it was being imported; nothing was saved, try again");
  }
}

/**
 * What was stored when the import was checked: every actor's id, and every tie's type by its id (a
 * tie keeps an id the data gave, which may be the one tieId gives other ends, or another type). Only
 * these are looked up, each tie under its stored type: a first import reads nothing back. A record
 * another writer adds meanwhile bumps the version, and the switch-over refuses the import.
 */
interface Stored {
  readonly actors: ReadonlyMap<string, unknown>;
  readonly ties: ReadonlyMap<string, TieType>;
}

async function stage(
  tools: ImportTools,
  source: ImportSource,
  options: ImportOptions,
  importId: string,
  stored: Stored,
) {
  /** Both ends were stored: the tie is visible unless marked. */
  const endsStored = (tie: Tie) => stored.actors.has(tie.source) && stored.actors.has(tie.target);
  const tally = new SummaryTally();
  const updatedActors: Actor[] = [];
  let actors = 0;
  for await (const chunk of chunks(source.actors(), tools.batchSize)) {
    await tools.stage(async (tx) => {
      const found = await tools.actorsById(
        tx,
        chunk.filter((actor) => stored.actors.has(actor.id)).map((actor) => actor.id),
      );
      options.vet?.actors(chunk, found);
      const plan = planBatch<Actor>(chunk, found);
      const { created, updated } = partition(plan.changed, found);
      if (created.length > 0) await tx.run(CYPHER.STAGE_ACTORS, { rows: created.map(actorToProperties), importId });
      actors += created.length;
      updatedActors.push(...updated);
      tally.add("actors", plan);
    });
    options.progress?.("actors", tally.done("actors"));
  }
  options.vet?.end();
  const openFollowUps = await tools.read((tx) => FOLLOW_UPS.openFollowUpsProposing(tx));
  const updatedTies: Tie[] = [];
  const replacedTies = new Map<string, Tie>();
  const fulfilling: Tie[] = [];
  let ties = 0;
  for await (const chunk of chunks(source.ties(), tools.batchSize)) {
    await tools.stage(async (tx) => {
      const found = await tools.tiesById(
        tx,
        chunk.flatMap(({ id }) => {
          const type = stored.ties.get(id);
          return type === undefined ? [] : [{ id, type }];
        }),
      );
      const plan = planBatch<Tie>(chunk, found);
      const { created, updated } = partition(plan.changed, found);
      // A tie with a staged end is hidden by it; only ties between stored actors need a mark.
      const marked = created.filter(endsStored);
      for (const [statements, ofMark] of [
        [CYPHER.STAGE_TIES, marked],
        [CYPHER.CREATE_TIES, created.filter((tie) => !endsStored(tie))],
      ] as const) {
        for (const [type, ofType] of byType(ofMark)) {
          const rows = ofType.map((tie) => ({
            source: tie.source,
            target: tie.target,
            properties: tieToProperties(tie),
          }));
          const result = await tx.run(statements[type], { rows, importId });
          // Validation guarantees both ends; a shortfall means they vanished, and the import must fail.
          if (toNumber(result.records[0]?.get("created")) !== rows.length) {
            throw new ConflictError("some ties lost an end while being imported; nothing was saved, try again");
          }
        }
      }
      ties += marked.length;
      updatedTies.push(...updated);
      for (const tie of updated) replacedTies.set(tie.id, found.get(tie.id) as Tie);
      const closedBy = new Set(closeFollowUps(openFollowUps, plan.changed, "").map((f) => f.closedByTie));
      fulfilling.push(...plan.changed.filter((tie) => closedBy.has(tie.id)));
      tally.add("ties", plan);
    });
    options.progress?.("ties", tally.done("ties"));
  }
  return { tally, actors, ties, updatedActors, updatedTies, replacedTies, fulfilling };
}
