import type { ManagedTransaction } from "neo4j-driver";
import { StoreUnavailableError, type TieType } from "../../model/index.js";
import { type MergeResult, movedTie, planMerge } from "../merge-plan.js";
import * as CYPHER from "./cypher.js";
import * as FOLLOW_UPS from "./follow-ups.js";
import { propertiesToActor, propertiesToTie, tieToProperties, toNumber } from "./properties.js";

/**
 * GraphStore.mergeActor on Neo4j, as the work of one write transaction (the store's #write runs it
 * and bumps the version): the ties of `fromId` are recreated on `intoId` under their new ids (see
 * planMerge), then `fromId` and its follow-ups are erased as deleteActor erases them.
 */
export async function mergeActorInNeo4j(
  tx: ManagedTransaction,
  fromId: string,
  intoId: string,
): Promise<{ changed: boolean; result: MergeResult }> {
  const actors = new Map(
    (await tx.run(CYPHER.ACTORS_BY_ID, { ids: [fromId, intoId] })).records.map((record) => {
      const actor = propertiesToActor(record.get("actor"));
      return [actor.id, actor] as const;
    }),
  );
  const touching = (
    await tx.run(CYPHER.TIES_TOUCHING, { ids: [fromId], relationshipTypes: CYPHER.ALL_RELATIONSHIP_TYPES })
  ).records.map((record) =>
    propertiesToTie(
      record.get("tie"),
      CYPHER.TIE_TYPE_OF_RELATIONSHIP.get(record.get("relationshipType") as string) as TieType,
      record.get("source") as string,
      record.get("target") as string,
    ),
  );
  const candidates = touching.map((tie) => movedTie(tie, fromId, intoId).id);
  const stored = new Set<string>();
  for (const statement of Object.values(CYPHER.TIES_BY_ID)) {
    for (const record of (await tx.run(statement, { ids: candidates })).records) {
      stored.add((record.get("tie") as { id: string }).id);
    }
  }
  const plan = planMerge(actors.get(fromId), actors.get(intoId), touching, (id) => stored.has(id), {
    from: fromId,
    into: intoId,
  });
  for (const tie of plan.put) {
    const result = await tx.run(CYPHER.CREATE_TIES[tie.type], {
      rows: [{ source: tie.source, target: tie.target, properties: tieToProperties(tie) }],
    });
    if (toNumber(result.records[0]?.get("created")) !== 1) {
      throw new StoreUnavailableError("an actor vanished while its ties were being merged; nothing was saved");
    }
  }
  await FOLLOW_UPS.closeFollowUpsBy(tx, plan.put);
  await FOLLOW_UPS.deleteFollowUpsAbout(tx, fromId);
  // DETACH DELETE takes the old relationships (moved and dropped) with the actor.
  await tx.run(CYPHER.DELETE_ACTOR, { id: fromId });
  return {
    changed: true,
    result: { actor: actors.get(intoId) as MergeResult["actor"], moved: plan.moved, dropped: plan.dropped },
  };
}
