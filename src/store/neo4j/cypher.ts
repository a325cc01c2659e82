/**
 * Every Cypher statement the Neo4j store runs. All input travels as parameters; the only text put
 * together here comes from the fixed tables below (relationship types keyed by the model's TieType),
 * never from data.
 *
 * Graph shape: (:Actor {id, name, kind, …})-[:KNOWS|MEMBER_OF|… {id, since, until, weight, note, …}]->(:Actor)
 * and one (:WeaveMeta {key: "graph", version, schema, live, tidied}) node whose version counts committed
 * writes, whose schema says which layout the data follows (see migrate.ts) and whose tidied counts the
 * batches that settled imports (see SETTLE).
 *
 * A large import is staged (staged-import.ts): its new actors and ties are written first, batch by
 * batch, each marked `weaveImport: <import id>`, and become visible all at once when the meta node's
 * `live` is set to that id. Every read below therefore sees a marked record only when its mark is
 * `live` (VISIBLE), so readers never see half an import. A staged tie with a new actor at an end is
 * not marked: it is hidden by that end, as every read of ties sees a tie only with both ends
 * (VISIBLE_TIE).
 */
import { TIE_TYPES, type TieType } from "../../model/index.js";

/** One relationship type per tie type, so the graph reads naturally in Neo4j Browser and Cypher. */
export const RELATIONSHIP_TYPES: Readonly<Record<TieType, string>> = {
  knows: "KNOWS",
  member_of: "MEMBER_OF",
  leads: "LEADS",
  volunteers_at: "VOLUNTEERS_AT",
  works_at: "WORKS_AT",
  client_of: "CLIENT_OF",
  partner_of: "PARTNER_OF",
  supports: "SUPPORTS",
  meets_at: "MEETS_AT",
  visits: "VISITS",
};

export const TIE_TYPE_OF_RELATIONSHIP: ReadonlyMap<string, TieType> = new Map(
  TIE_TYPES.map((type) => [RELATIONSHIP_TYPES[type], type]),
);

/** Passed as $relationshipTypes wherever a statement must see only Weave's ties. */
export const ALL_RELATIONSHIP_TYPES: readonly string[] = TIE_TYPES.map((type) => RELATIONSHIP_TYPES[type]);

/** Run one by one (schema and data cannot share a transaction); each is a no-op when present. */
export const CREATE_CONSTRAINTS: readonly string[] = [
  "CREATE CONSTRAINT weave_actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
  "CREATE CONSTRAINT weave_meta_key IF NOT EXISTS FOR (m:WeaveMeta) REQUIRE m.key IS UNIQUE",
  "CREATE CONSTRAINT weave_follow_up_id IF NOT EXISTS FOR (f:FollowUp) REQUIRE f.id IS UNIQUE",
  // Finds the actors an import staged (few or none outside an import), for settling them.
  "CREATE INDEX weave_actor_import IF NOT EXISTS FOR (a:Actor) ON (a.weaveImport)",
  // Neo4j has no constraint across relationship types: the store keeps ids unique overall by
  // deleting a tie's stored relationship, whatever its type, before writing the tie again.
  ...TIE_TYPES.map(
    (type) =>
      `CREATE CONSTRAINT weave_tie_${type}_id IF NOT EXISTS FOR ()-[r:${RELATIONSHIP_TYPES[type]}]-() REQUIRE r.id IS UNIQUE`,
  ),
];

export const ENSURE_META = "MERGE (m:WeaveMeta {key: 'graph'}) ON CREATE SET m.version = 0";

export const READ_VERSION = "OPTIONAL MATCH (m:WeaveMeta {key: 'graph'}) RETURN coalesce(m.version, 0) AS version";

/** The version and the count of tidying batches (see SETTLE): a read between two equal ones saw no write. */
export const READ_WRITES_SEEN = `OPTIONAL MATCH (m:WeaveMeta {key: 'graph'})
RETURN coalesce(m.version, 0) AS version, coalesce(m.tidied, 0) AS tidied`;

/**
 * Run first in every write transaction: the write lock it takes on the meta node makes writers wait
 * for one another, so what a transaction validated is still true when it commits.
 */
export const BEGIN_WRITE =
  "MERGE (m:WeaveMeta {key: 'graph'}) ON CREATE SET m.version = 0 SET m.version = m.version + 1";

/** Run last in a write transaction that turned out to change nothing, so the version stays put. */
export const UNDO_VERSION_BUMP = "MATCH (m:WeaveMeta {key: 'graph'}) SET m.version = m.version - 1";

export const PING = "RETURN 1 AS ok";

/**
 * Takes the writers' lock on the meta node (a transaction that runs it is rolled back: it changes
 * nothing), so it waits until the write holding the lock has committed and been applied whole.
 */
export const LOCK_WRITERS_OUT = "OPTIONAL MATCH (m:WeaveMeta {key: 'graph'}) SET m.version = m.version";

/** Binds `live`, the import whose staged records are visible; put before any statement using VISIBLE. */
const LIVE = "OPTIONAL MATCH (liveMeta:WeaveMeta {key: 'graph'}) WITH liveMeta.live AS live";

/** Whether a node or relationship is visible: unmarked, or marked by the import that went live. */
const VISIBLE = (name: string) => `(${name}.weaveImport IS NULL OR ${name}.weaveImport = live)`;

/** Whether a tie is visible: the relationship and both its ends. */
const VISIBLE_TIE = (source: string, tie: string, target: string) =>
  `${VISIBLE(tie)} AND ${VISIBLE(source)} AND ${VISIBLE(target)}`;

export const READ_SCHEMA = "MATCH (m:WeaveMeta {key: 'graph'}) RETURN coalesce(m.schema, 0) AS schema";

export const SET_SCHEMA = "MATCH (m:WeaveMeta {key: 'graph'}) SET m.schema = $schema";

const ACTIVE = (name: string) =>
  `(${name}.since IS NULL OR ${name}.since <= $year) AND (${name}.until IS NULL OR ${name}.until >= $year)`;

export const ALL_ACTORS = `${LIVE} MATCH (a:Actor) WHERE ${VISIBLE("a")} RETURN properties(a) AS actor ORDER BY a.id`;

export const ACTORS_ACTIVE_IN = `${LIVE} MATCH (a:Actor) WHERE ${VISIBLE("a")} AND ${ACTIVE("a")}
RETURN properties(a) AS actor ORDER BY a.id`;

// Lookups by id carry index hints, so a plan made while the database was nearly empty still seeks
// the index once it is large.
const ACTOR_WITH_ID = (name: string, id: string) => `MATCH (${name}:Actor {id: ${id}}) USING INDEX ${name}:Actor(id)`;
const VISIBLE_ACTOR_WITH_ID = (name: string, id: string) => `${ACTOR_WITH_ID(name, id)} WHERE ${VISIBLE(name)}`;

export const ACTORS_BY_ID = `${LIVE} UNWIND $ids AS id ${VISIBLE_ACTOR_WITH_ID("a", "id")} RETURN properties(a) AS actor`;

export const ALL_ACTOR_KINDS = `${LIVE} MATCH (a:Actor) WHERE ${VISIBLE("a")} RETURN a.id AS id, a.kind AS kind`;

/** Every stored tie's id and relationship type: which ties an import must look up, and where. */
export const ALL_TIE_TYPES = `${LIVE} MATCH (s:Actor)-[r]->(t:Actor)
WHERE type(r) IN $relationshipTypes AND ${VISIBLE_TIE("s", "r", "t")}
RETURN r.id AS id, type(r) AS relationshipType`;

export const ACTOR_KINDS_BY_ID = `${LIVE} UNWIND $ids AS id ${VISIBLE_ACTOR_WITH_ID("a", "id")}
RETURN a.id AS id, a.kind AS kind`;

/** Replaces every property of each actor (fields no longer given disappear); creates it when new. */
export const UPSERT_ACTORS = "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a = row";

export const DELETE_ACTOR = `${LIVE} ${VISIBLE_ACTOR_WITH_ID("a", "$id")} DETACH DELETE a RETURN count(*) AS deleted`;

const TIE_COLUMNS =
  "properties(r) AS tie, type(r) AS relationshipType, startNode(r).id AS source, endNode(r).id AS target";

export const ALL_TIES = `${LIVE} MATCH (s:Actor)-[r]->(t:Actor)
WHERE type(r) IN $relationshipTypes AND ${VISIBLE_TIE("s", "r", "t")}
RETURN ${TIE_COLUMNS} ORDER BY r.id`;

export const TIES_ACTIVE_IN = `${LIVE} MATCH (s:Actor)-[r]->(t:Actor)
WHERE type(r) IN $relationshipTypes AND ${VISIBLE_TIE("s", "r", "t")} AND ${ACTIVE("r")} AND ${ACTIVE("s")} AND ${ACTIVE("t")}
RETURN ${TIE_COLUMNS} ORDER BY r.id`;

export const TIES_TOUCHING = `${LIVE} UNWIND $ids AS id ${VISIBLE_ACTOR_WITH_ID("a", "id")} MATCH (a)-[r]-(other:Actor)
WHERE type(r) IN $relationshipTypes AND ${VISIBLE("r")} AND ${VISIBLE("other")}
WITH DISTINCT r RETURN ${TIE_COLUMNS}`;

// Ties by id, one statement per relationship type (a pattern without a type could not use the id
// constraints); callers run all of them. Flat per-type statements are an order of magnitude faster
// than one statement with a nine-way UNION subquery per id.
const perType = (statement: (relationshipType: string) => string): Readonly<Record<TieType, string>> =>
  Object.fromEntries(TIE_TYPES.map((type) => [type, statement(RELATIONSHIP_TYPES[type])])) as Record<TieType, string>;

const TIE_WITH_ID = (relationshipType: string) =>
  `${LIVE} UNWIND $ids AS id MATCH (s)-[r:${relationshipType} {id: id}]->(t) USING INDEX r:${relationshipType}(id)
WHERE ${VISIBLE_TIE("s", "r", "t")}`;

export const TIES_BY_ID = perType((relationshipType) => `${TIE_WITH_ID(relationshipType)} RETURN ${TIE_COLUMNS}`);

export const DELETE_TIES_BY_ID = perType(
  (relationshipType) => `${TIE_WITH_ID(relationshipType)} DELETE r RETURN count(r) AS deleted`,
);

/**
 * Creating ties, by type: the statement is picked from this table by the tie's validated type. An
 * import stages with it the ties that have a staged end (hidden by that end, see VISIBLE_TIE).
 */
export const CREATE_TIES = perType(
  (relationshipType) => `UNWIND $rows AS row
${ACTOR_WITH_ID("s", "row.source")} ${ACTOR_WITH_ID("t", "row.target")}
CREATE (s)-[r:${relationshipType}]->(t) SET r = row.properties
RETURN count(r) AS created`,
);

/** Ties with an end whose id holds one of $characters (the ties whose id a migration may change). */
export const TIES_WITH_ENDS_HOLDING = `MATCH (a:Actor) WHERE any(character IN $characters WHERE a.id CONTAINS character)
MATCH (a)-[r]-(:Actor) WHERE type(r) IN $relationshipTypes
WITH DISTINCT r RETURN ${TIE_COLUMNS}`;

export const RENAME_TIES = perType(
  (relationshipType) => `UNWIND $rows AS row
MATCH ()-[r:${relationshipType} {id: row.from}]->() USING INDEX r:${relationshipType}(id)
SET r.id = row.to RETURN count(r) AS renamed`,
);

/** Both counts, over one binding of `live`; read between writes (Neo4jStore's #readConsistently). */
export const COUNTS = `${LIVE}
CALL (live) { MATCH (a:Actor) WHERE ${VISIBLE("a")} RETURN count(a) AS actors }
CALL (live) {
  MATCH (s:Actor)-[r]->(t:Actor)
  WHERE type(r) IN $relationshipTypes AND ${VISIBLE_TIE("s", "r", "t")}
  RETURN count(r) AS ties
}
RETURN actors, ties`;

// Staged imports (staged-import.ts). Staging writes carry `weaveImport: $importId`; they look ends up
// without VISIBLE, as a staged tie may join actors of its own import.

/** Creates new actors, marked: only ids that no actor has, so CREATE (the constraint would refuse a twin). */
export const STAGE_ACTORS = "UNWIND $rows AS row CREATE (a:Actor) SET a = row, a.weaveImport = $importId";

/** Ties between stored actors, which nothing else would hide. */
export const STAGE_TIES = perType(
  (relationshipType) => `UNWIND $rows AS row
${ACTOR_WITH_ID("s", "row.source")} ${ACTOR_WITH_ID("t", "row.target")}
CREATE (s)-[r:${relationshipType}]->(t) SET r = row.properties, r.weaveImport = $importId
RETURN count(r) AS created`,
);

export const COUNT_STAGED_ACTORS = "MATCH (a:Actor) WHERE a.weaveImport = $importId RETURN count(a) AS n";

export const COUNT_STAGED_TIES = `MATCH (:Actor)-[r]->(:Actor) WHERE type(r) IN $relationshipTypes AND r.weaveImport = $importId
RETURN count(r) AS n`;

/** The switch-over: one property on one node makes every record of the import visible at once. */
export const GO_LIVE = "MATCH (m:WeaveMeta {key: 'graph'}) SET m.live = $importId";

// Tidying, in batches of SETTLE_ROWS rows, each a write transaction of its own (so none holds much
// memory) that holds the writers' lock and counts itself in `tidied`, as a write counts itself in
// `version`: Neo4j reads what is committed as each row is read, and a count scanning actors while a
// batch removed their marks missed some (19,808 of 20,002 actors seen once), so a consistent read
// must see no batch commit meanwhile (Neo4jStore's #readConsistently compares both counters).
// After GO_LIVE, marks equal to `live` only need removing (readers see those records either way);
// any other mark is a staging that never went live (failed, or its process died) and is deleted.
// Each statement takes `$live` (read by BEGIN_TIDYING) and returns how many records it changed; the
// batches go on until one changes none.
const SETTLE_ROWS = 10_000;

export const SETTLE = [
  `MATCH ()-[r]->() WHERE r.weaveImport = $live
WITH r LIMIT ${SETTLE_ROWS} REMOVE r.weaveImport RETURN count(r) AS n`,
  `MATCH (a:Actor) WHERE a.weaveImport = $live
WITH a LIMIT ${SETTLE_ROWS} REMOVE a.weaveImport RETURN count(a) AS n`,
  `MATCH ()-[r]->() WHERE r.weaveImport IS NOT NULL AND ($live IS NULL OR r.weaveImport <> $live)
WITH r LIMIT ${SETTLE_ROWS} DELETE r RETURN count(r) AS n`,
  `MATCH (a:Actor) WHERE a.weaveImport IS NOT NULL AND ($live IS NULL OR a.weaveImport <> $live)
WITH a LIMIT ${SETTLE_ROWS} DETACH DELETE a RETURN count(a) AS n`,
];

/** Run first in a tidying batch: takes the writers' lock, counts the batch and reads `live`. */
export const BEGIN_TIDYING = `MATCH (m:WeaveMeta {key: 'graph'}) SET m.tidied = coalesce(m.tidied, 0) + 1
RETURN m.live AS live`;

/** Run last in a tidying batch that changed nothing, so the count stays put. */
export const UNDO_TIDYING = "MATCH (m:WeaveMeta {key: 'graph'}) SET m.tidied = m.tidied - 1";

// Follow-ups: (:FollowUp {id, about, assignee, status, due, tieType, tieSource, tieTarget, notes,
// createdAt, createdBy, updatedAt, closedByTie})-[:ABOUT]->(:Actor) for every actor it names.
// ABOUT joins a follow-up to an actor, never two actors, so no tie statement above ever sees it.

const FOLLOW_UP_COLUMNS = "properties(f) AS followUp";

/** Each condition holds when its parameter is null, so one statement serves every filter. */
export const LIST_FOLLOW_UPS = `MATCH (f:FollowUp)
WHERE ($assignee IS NULL OR f.assignee = $assignee) AND ($status IS NULL OR f.status = $status)
  AND ($about IS NULL OR EXISTS { (f)-[:ABOUT]->(:Actor {id: $about}) })
RETURN ${FOLLOW_UP_COLUMNS} ORDER BY f.createdAt DESC, f.id DESC`;

export const FOLLOW_UP_BY_ID = `MATCH (f:FollowUp {id: $id}) RETURN ${FOLLOW_UP_COLUMNS}`;

export const CREATE_FOLLOW_UP = `CREATE (f:FollowUp) SET f = $properties
WITH f UNWIND $actorIds AS actorId ${ACTOR_WITH_ID("a", "actorId")}
CREATE (f)-[:ABOUT]->(a) RETURN count(a) AS linked`;

/** Replaces every property (fields no longer given disappear); the ABOUT links stay. */
export const SET_FOLLOW_UP = "MATCH (f:FollowUp {id: $id}) SET f = $properties";

export const DELETE_FOLLOW_UPS_ABOUT = `${ACTOR_WITH_ID("a", "$id")} MATCH (a)<-[:ABOUT]-(f:FollowUp)
DETACH DELETE f RETURN count(f) AS deleted`;

export const OPEN_FOLLOW_UPS_PROPOSING = `MATCH (f:FollowUp) WHERE f.status <> 'connected' AND f.tieType IN $types
RETURN ${FOLLOW_UP_COLUMNS}`;
