import { int, type ManagedTransaction } from "neo4j-driver";
import { StoreUnavailableError, type TieType } from "../../model/index.js";
import { TIE_ID_SPECIAL_CHARACTERS, type TieIdRename, tieIdRenames } from "../legacy-tie-ids.js";
import * as CYPHER from "./cypher.js";
import { propertiesToTie, toNumber } from "./properties.js";

/**
 * The layout this code reads and writes, kept as `schema` on the meta node (absent: 0).
 * 1: tie ids encode `%` and `:` in their ends (see tieId).
 */
export const SCHEMA = 1;

/**
 * Brings a graph written by an older Weave up to SCHEMA. Runs inside a write transaction that holds
 * the meta node's lock, so two stores opening at once migrate one after the other. Returns whether
 * any tie changed.
 */
export async function migrate(tx: ManagedTransaction): Promise<boolean> {
  const schema = toNumber((await tx.run(CYPHER.READ_SCHEMA)).records[0]?.get("schema") ?? 0);
  if (schema > SCHEMA) {
    throw new StoreUnavailableError(
      `this Neo4j database was written by a newer Weave (schema ${schema}; this one knows ${SCHEMA})`,
    );
  }
  if (schema === SCHEMA) return false;
  const changed = await encodeTieIds(tx);
  await tx.run(CYPHER.SET_SCHEMA, { schema: int(SCHEMA) });
  return changed;
}

/**
 * Schema 1. A new id may be held by a tie that moves later, so rounds repeat until nothing moves; a
 * tie whose new id the data gave to another tie keeps its old, still unique, id.
 */
async function encodeTieIds(tx: ManagedTransaction): Promise<boolean> {
  const found = await tx.run(CYPHER.TIES_WITH_ENDS_HOLDING, {
    characters: TIE_ID_SPECIAL_CHARACTERS,
    relationshipTypes: CYPHER.ALL_RELATIONSHIP_TYPES,
  });
  let pending = tieIdRenames(
    found.records.map((record) =>
      propertiesToTie(
        record.get("tie"),
        CYPHER.TIE_TYPE_OF_RELATIONSHIP.get(record.get("relationshipType") as string) as TieType,
        record.get("source") as string,
        record.get("target") as string,
      ),
    ),
  );
  const total = pending.length;
  for (let moved = true; moved; ) {
    const held = await heldTieIds(
      tx,
      pending.map((rename) => rename.to),
    );
    const free = pending.filter((rename) => !held.has(rename.to));
    for (const [type, rows] of byType(free)) await tx.run(CYPHER.RENAME_TIES[type], { rows });
    moved = free.length > 0;
    pending = pending.filter((rename) => held.has(rename.to));
  }
  return pending.length < total;
}

async function heldTieIds(tx: ManagedTransaction, ids: readonly string[]): Promise<Set<string>> {
  const held = new Set<string>();
  if (ids.length === 0) return held;
  for (const statement of Object.values(CYPHER.TIES_BY_ID)) {
    for (const record of (await tx.run(statement, { ids })).records) held.add((record.get("tie") as { id: string }).id);
  }
  return held;
}

function byType(renames: readonly TieIdRename[]): Map<TieType, { from: string; to: string }[]> {
  const grouped = new Map<TieType, { from: string; to: string }[]>();
  for (const { type, from, to } of renames) {
    const rows = grouped.get(type) ?? [];
    rows.push({ from, to });
    grouped.set(type, rows);
  }
  return grouped;
}
