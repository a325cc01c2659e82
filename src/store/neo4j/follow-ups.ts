import type { ManagedTransaction } from "neo4j-driver";
import {
  applyFollowUpChange,
  assertFollowUp,
  assertFollowUpChange,
  ConflictError,
  closeFollowUps,
  type FollowUp,
  type FollowUpChange,
  type FollowUpFilter,
  type FollowUpNote,
  type FollowUpStatus,
  followUpActorIds,
  NotFoundError,
  StoreUnavailableError,
  type Tie,
  type TieType,
  withoutUndefined,
} from "../../model/index.js";
import * as CYPHER from "./cypher.js";
import { toNumber } from "./properties.js";

type Properties = Record<string, unknown>;

/** Notes travel as one JSON text: Neo4j properties cannot hold a list of maps. */
function toProperties(followUp: FollowUp): Properties {
  return withoutUndefined({
    id: followUp.id,
    about: [...followUp.about],
    assignee: followUp.assignee,
    status: followUp.status,
    due: followUp.due,
    tieType: followUp.tie?.type,
    tieSource: followUp.tie?.source,
    tieTarget: followUp.tie?.target,
    notes: JSON.stringify(followUp.notes),
    createdAt: followUp.createdAt,
    createdBy: followUp.createdBy,
    updatedAt: followUp.updatedAt,
    closedByTie: followUp.closedByTie,
  });
}

function fromProperties(properties: Properties): FollowUp {
  return withoutUndefined({
    id: properties.id as string,
    about: properties.about as string[],
    assignee: properties.assignee as string,
    status: properties.status as FollowUpStatus,
    due: properties.due as string | undefined,
    tie:
      typeof properties.tieType === "string"
        ? {
            type: properties.tieType as TieType,
            source: properties.tieSource as string,
            target: properties.tieTarget as string,
          }
        : undefined,
    notes: JSON.parse(properties.notes as string) as FollowUpNote[],
    createdAt: properties.createdAt as string,
    createdBy: properties.createdBy as string,
    updatedAt: properties.updatedAt as string,
    closedByTie: properties.closedByTie as string | undefined,
  });
}

/** Follow-ups in Neo4j; each function runs inside the caller's transaction. */
export async function listFollowUps(tx: ManagedTransaction, filter: FollowUpFilter = {}): Promise<FollowUp[]> {
  const result = await tx.run(CYPHER.LIST_FOLLOW_UPS, {
    assignee: filter.assignee ?? null,
    status: filter.status ?? null,
    about: filter.about ?? null,
  });
  return result.records.map((record) => fromProperties(record.get("followUp")));
}

export async function getFollowUp(tx: ManagedTransaction, id: string): Promise<FollowUp | undefined> {
  const record = (await tx.run(CYPHER.FOLLOW_UP_BY_ID, { id })).records[0];
  return record === undefined ? undefined : fromProperties(record.get("followUp"));
}

export async function createFollowUp(tx: ManagedTransaction, followUp: FollowUp): Promise<void> {
  assertFollowUp(followUp);
  const actorIds = followUpActorIds(followUp);
  const found = await tx.run(CYPHER.ACTOR_KINDS_BY_ID, { ids: actorIds });
  const known = new Set(found.records.map((record) => record.get("id") as string));
  const missing = actorIds.find((id) => !known.has(id));
  if (missing !== undefined) throw new NotFoundError("actor", missing);
  if ((await getFollowUp(tx, followUp.id)) !== undefined) {
    throw new ConflictError(`a follow-up "${followUp.id}" already exists`);
  }
  const created = await tx.run(CYPHER.CREATE_FOLLOW_UP, { properties: toProperties(followUp), actorIds });
  if (toNumber(created.records[0]?.get("linked")) !== actorIds.length) {
    throw new StoreUnavailableError("an actor vanished while the follow-up was written; nothing was saved");
  }
}

export async function updateFollowUp(
  tx: ManagedTransaction,
  id: string,
  change: FollowUpChange,
  at: string,
): Promise<FollowUp | undefined> {
  assertFollowUpChange(change);
  const stored = await getFollowUp(tx, id);
  if (stored === undefined) return undefined;
  const updated = applyFollowUpChange(stored, change, at);
  await tx.run(CYPHER.SET_FOLLOW_UP, { id, properties: toProperties(updated) });
  return updated;
}

export async function deleteFollowUpsAbout(tx: ManagedTransaction, actorId: string): Promise<number> {
  return toNumber((await tx.run(CYPHER.DELETE_FOLLOW_UPS_ABOUT, { id: actorId })).records[0]?.get("deleted") ?? 0);
}

/** The open follow-ups that propose a tie, of any type (few: people write them one by one). */
export async function openFollowUpsProposing(tx: ManagedTransaction): Promise<FollowUp[]> {
  const types = [...CYPHER.TIE_TYPE_OF_RELATIONSHIP.values()];
  return (await tx.run(CYPHER.OPEN_FOLLOW_UPS_PROPOSING, { types })).records.map((record) =>
    fromProperties(record.get("followUp")),
  );
}

/** Closes the open follow-ups these ties fulfil (see closeFollowUps). */
export async function closeFollowUpsBy(tx: ManagedTransaction, ties: readonly Tie[]): Promise<void> {
  if (ties.length === 0) return;
  const types = [...new Set(ties.map((tie) => tie.type))];
  const open = (await tx.run(CYPHER.OPEN_FOLLOW_UPS_PROPOSING, { types })).records.map((record) =>
    fromProperties(record.get("followUp")),
  );
  for (const closed of closeFollowUps(open, ties, new Date().toISOString())) {
    await tx.run(CYPHER.SET_FOLLOW_UP, { id: closed.id, properties: toProperties(closed) });
  }
}
