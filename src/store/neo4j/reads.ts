import type { ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";
import type { Actor, ActorKind, Tie, TieType } from "../../model/index.js";
import * as CYPHER from "./cypher.js";
import { propertiesToActor, propertiesToTie } from "./properties.js";

/** Rows per UNWIND statement in the bulk writes of one transaction. */
const BATCH_SIZE = 1_000;
/** Ids per lookup statement: reads are cheap per row, so fewer, larger statements win. */
const LOOKUP_BATCH_SIZE = 10_000;

type Kinds = Map<string, Pick<Actor, "kind">>;

export function batches<T>(items: readonly T[], size = BATCH_SIZE): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

export function readTie(record: Neo4jRecord): Tie {
  const type = CYPHER.TIE_TYPE_OF_RELATIONSHIP.get(record.get("relationshipType") as string) as TieType;
  return propertiesToTie(record.get("tie"), type, record.get("source") as string, record.get("target") as string);
}

/*
 * A row whose node or relationship another transaction deleted while the statement ran comes back
 * without properties (Neo4j reads committed data), and a deleted end without its id: it was deleted,
 * and a load leaves it out.
 */
export const isStoredActor = (record: Neo4jRecord): boolean =>
  (record.get("actor") as { id?: unknown } | null)?.id != null;

export const isStoredTie = (record: Neo4jRecord): boolean =>
  (record.get("tie") as { id?: unknown } | null)?.id != null &&
  record.get("source") != null &&
  record.get("target") != null;

export function readActor(record: Neo4jRecord): Actor {
  return propertiesToActor(record.get("actor"));
}

export function byType<T extends Pick<Tie, "type">>(ties: readonly T[]): Map<TieType, T[]> {
  const grouped = new Map<TieType, T[]>();
  for (const tie of ties) {
    const ofType = grouped.get(tie.type);
    if (ofType === undefined) grouped.set(tie.type, [tie]);
    else ofType.push(tie);
  }
  return grouped;
}

export async function kindsById(tx: ManagedTransaction, ids: readonly string[]): Promise<Kinds> {
  const kinds: Kinds = new Map();
  for (const batch of batches(ids, LOOKUP_BATCH_SIZE)) {
    const result = await tx.run(CYPHER.ACTOR_KINDS_BY_ID, { ids: batch });
    for (const record of result.records) {
      kinds.set(record.get("id") as string, { kind: record.get("kind") as ActorKind });
    }
  }
  return kinds;
}

export async function actorsById(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, Actor>> {
  const found = new Map<string, Actor>();
  for (const batch of batches(ids, LOOKUP_BATCH_SIZE)) {
    for (const actor of (await tx.run(CYPHER.ACTORS_BY_ID, { ids: batch })).records.map(readActor)) {
      found.set(actor.id, actor);
    }
  }
  return found;
}

/** The stored ties with these ids, each looked up under the type given with it: one lookup per type. */
export async function tiesById(
  tx: ManagedTransaction,
  ties: readonly Pick<Tie, "id" | "type">[],
): Promise<Map<string, Tie>> {
  const found = new Map<string, Tie>();
  for (const [type, ofType] of byType(ties)) {
    for (const batch of batches(ofType, LOOKUP_BATCH_SIZE)) {
      const ids = batch.map((tie) => tie.id);
      for (const tie of (await tx.run(CYPHER.TIES_BY_ID[type], { ids })).records.map(readTie)) found.set(tie.id, tie);
    }
  }
  return found;
}

/** Every stored actor's kind, one shared `{kind}` per kind. */
export async function allKinds(tx: ManagedTransaction): Promise<Kinds> {
  const shared = new Map<string, Pick<Actor, "kind">>();
  const kinds: Kinds = new Map();
  for (const record of (await tx.run(CYPHER.ALL_ACTOR_KINDS)).records) {
    const kind = record.get("kind") as ActorKind;
    let entry = shared.get(kind);
    if (entry === undefined) {
      entry = { kind };
      shared.set(kind, entry);
    }
    kinds.set(record.get("id") as string, entry);
  }
  return kinds;
}

/**
 * Every stored tie's type, by its id. Taken record by record as they come: held whole, the records
 * of 289,000 ties raised the peak RSS of re-importing 100,000 actors from 211 to 294 MB (221 so).
 */
export function allTieTypes(tx: ManagedTransaction): Promise<Map<string, TieType>> {
  const types = new Map<string, TieType>();
  return new Promise((resolve, reject) => {
    tx.run(CYPHER.ALL_TIE_TYPES, { relationshipTypes: CYPHER.ALL_RELATIONSHIP_TYPES }).subscribe({
      onNext: (record) => {
        const type = CYPHER.TIE_TYPE_OF_RELATIONSHIP.get(record.get("relationshipType") as string) as TieType;
        types.set(record.get("id") as string, type);
      },
      onCompleted: () => resolve(types),
      onError: reject,
    });
  });
}
