import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { type Actor, StoreUnavailableError, tieId, ValidationError } from "../../src/model/index.js";
import { startNeo4j } from "../../src/store/neo4j/launcher.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { openNeo4jStore } from "../../src/store/neo4j/open.js";
import { clearTestDatabase, openTestDriver, testDatabase } from "../setup/neo4j-test-database.js";
import { resident, tie } from "./contract.js";

const group = (id: string): Actor => ({ ...resident(id), name: `Group ${id}`, kind: "group" });

describe("Neo4j store, what only Neo4j shows", () => {
  const driver: Driver = openTestDriver(inject("neo4jUri"));
  const database = testDatabase();
  let store: Neo4jStore;
  const cypher = async (query: string) => (await driver.executeQuery(query, {}, { database })).records;

  beforeEach(async () => {
    await clearTestDatabase(driver);
    store = new Neo4jStore(driver, { database });
    await store.init();
  });
  afterAll(async () => {
    await driver.close();
  });

  it("stores actors as :Actor nodes and ties as typed relationships with integer years", async () => {
    await store.importNetwork({
      actors: [resident("r1", { custom: { household: 3, street: "Spinnersstraat" } }), group("g1")],
      ties: [tie("r1", "g1", { type: "member_of", since: 2019, weight: 2 })],
    });
    const [row] = await cypher(
      `MATCH (a:Actor {id: 'r1'})-[r:MEMBER_OF]->(g:Actor {id: 'g1'})
       RETURN valueType(r.since) AS since, valueType(r.weight) AS weight, a.\`custom.household\` AS household,
              valueType(a.gifts) AS gifts`,
    );
    expect(row?.toObject()).toEqual({
      since: "INTEGER NOT NULL",
      weight: "INTEGER NOT NULL",
      household: 3,
      gifts: "LIST<NOTHING> NOT NULL",
    });
  });

  it("keeps Cypher in ids, text and custom attribute names as plain data", async () => {
    const hostile = resident("a'}) MATCH (n) DETACH DELETE n //", {
      name: "`) DETACH DELETE n",
      custom: { "x` = 1 WITH a MATCH (n) DETACH DELETE n //": "$id" },
    });
    await store.upsertActors([hostile, resident("r1")]);
    await store.upsertTies([tie(hostile.id, "r1")]);
    expect(await store.getActor(hostile.id)).toEqual(hostile);
    expect(await store.counts()).toEqual({ actors: 2, ties: 1 });
  });

  it("replaces a tie whose type or ends change, keeping one tie per id", async () => {
    await store.upsertActors([resident("r1"), resident("r2"), resident("r3"), group("g1")]);
    const first = tie("r1", "r2");
    await store.upsertTies([first]);
    await store.upsertTies([{ ...first, target: "r3" }]);
    await store.upsertTies([{ ...first, type: "member_of", target: "g1" }]);
    expect(await store.getTie(first.id)).toEqual({ ...first, type: "member_of", target: "g1" });
    expect(await store.counts()).toEqual({ actors: 4, ties: 1 });
    const types = await cypher("MATCH ()-[r]->() RETURN collect(type(r)) AS types");
    expect(types[0]?.get("types")).toEqual(["MEMBER_OF"]);
  });

  it("imports thousands of records in one transaction: one version step, batches all committed", async () => {
    const actors = Array.from({ length: 2_500 }, (_, i) => resident(`r${i}`));
    const ties = actors.slice(1).map((actor, i) => tie(`r${i}`, actor.id, { since: 2000 + (i % 20) }));
    const before = await store.version();
    const summary = await store.importNetwork({ actors, ties });
    expect(summary).toMatchObject({ actorsCreated: 2_500, tiesCreated: 2_499 });
    expect(await store.counts()).toEqual({ actors: 2_500, ties: 2_499 });
    expect(await store.version()).toBe(before + 1);
  });

  it("rolls back a refused import even after some of its batches were written", async () => {
    await store.importNetwork({ actors: [resident("r1"), resident("r2")], ties: [tie("r1", "r2")] });
    const before = await store.load();
    const version = await store.version();
    // Valid on its own, but r2 becoming a group breaks the stored knows tie: found only after writing actors.
    const many = Array.from({ length: 1_500 }, (_, i) => resident(`new${i}`));
    await expect(store.importNetwork({ actors: [...many, group("r2")], ties: [] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await store.load()).toEqual(before);
    expect(await store.version()).toBe(version);
  });

  it("leaves out of a load what another transaction deletes while it reads, never a record without an id", async () => {
    // Neo4j reads committed data: a node deleted while a load's statement runs comes back without
    // properties. The soak (100 readers, 10 writers) met it as a 500 from GET /api/graph.
    const actors = Array.from({ length: 400 }, (_, i) => resident(`r${i}`));
    await store.upsertActors(actors);
    await store.upsertTies(actors.slice(1).map((actor, i) => tie(`r${i}`, actor.id)));
    let writing = true;
    const churn = (async () => {
      for (let round = 0; writing; round++) {
        const id = `r${1 + (round % 398)}`;
        await store.deleteActor(id);
        await store.upsertActors([resident(id)]);
        await store.upsertTies([tie(`r${round % 398}`, id)]);
      }
    })();
    try {
      for (let read = 0; read < 60; read++) {
        for (const network of await Promise.all([store.load(), store.load({ year: 2024 })])) {
          for (const actor of network.actors) expect(actor.id).toEqual(expect.any(String));
          for (const { id, source, target } of network.ties) {
            expect([id, source, target]).toEqual([expect.any(String), expect.any(String), expect.any(String)]);
          }
        }
      }
    } finally {
      writing = false;
      await churn;
    }
  }, 60_000);

  it("refuses to change an actor's kind under ties that would no longer fit", async () => {
    await store.upsertActors([resident("r1"), resident("r2")]);
    await store.upsertTies([tie("r1", "r2")]);
    await expect(store.upsertActors([group("r2")])).rejects.toThrow(/a knows tie goes from resident to resident/);
    expect((await store.getActor("r2"))?.kind).toBe("resident");
  });

  it("moves tie ids written before ends were encoded to their encoded form when opened, once", async () => {
    await store.upsertActors(["a:b", "c", "r1", "r2", "x:y", "x%3Ay", "z"].map((id) => resident(id)));
    // What an older Weave wrote: ids unencoded, and no schema on the meta node.
    const old = [
      { id: "knows:a:b:c:2020", source: "c", target: "a:b", since: 2020 },
      { id: "knows:r1:r2:", source: "r1", target: "r2" },
      { id: "given by the data", source: "a:b", target: "r1" },
      // The first one's new id is the second one's old id: it can only move once the second has.
      { id: "knows:x:y:z:", source: "x:y", target: "z" },
      { id: "knows:x%3Ay:z:", source: "x%3Ay", target: "z" },
    ];
    await driver.executeQuery(
      `UNWIND $old AS row MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
       CREATE (s)-[r:KNOWS]->(t) SET r.id = row.id, r.since = row.since, r.weight = 1
       WITH count(r) AS created MATCH (m:WeaveMeta) REMOVE m.schema`,
      { old },
      { database },
    );
    const version = await store.version();
    const reopened = new Neo4jStore(driver, { database });
    await reopened.init();
    const ids = new Set((await reopened.load()).ties.map((stored) => stored.id));
    expect(ids).toEqual(
      new Set([
        "knows:a%3Ab:c:2020",
        "knows:r1:r2:",
        "given by the data",
        tieId("knows", "x:y", "z"),
        tieId("knows", "x%3Ay", "z"),
      ]),
    );
    expect(await reopened.version()).toBe(version + 1);
    await reopened.init();
    expect(await reopened.version()).toBe(version + 1);
    await reopened.upsertActors([resident("a"), resident("b:c")]);
    await reopened.upsertTies([tie("a", "b:c", { since: 2020 })]);
    expect(await reopened.counts()).toEqual({ actors: 9, ties: 6 });
  });

  it("refuses a graph written by a newer Weave instead of changing it", async () => {
    await driver.executeQuery(
      "MATCH (m:WeaveMeta {key: 'graph'}) SET m.schema = $schema",
      { schema: 99 },
      { database },
    );
    await expect(new Neo4jStore(driver, { database }).init()).rejects.toThrow(/newer Weave \(schema 99/);
  });

  it("reports an unreachable server as StoreUnavailableError", async () => {
    await expect(openNeo4jStore({ NEO4J_URI: "bolt://127.0.0.1:1" })).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(openNeo4jStore({})).rejects.toThrow(/NEO4J_URI is not set/);
  });

  it("opens from the environment and closes the driver it created", async () => {
    const opened = await openNeo4jStore({ NEO4J_URI: inject("neo4jUri"), NEO4J_DATABASE: database });
    await opened.ping();
    expect(await opened.counts()).toEqual({ actors: 0, ties: 0 });
    await opened.close();
    await expect(opened.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

describe("the local Neo4j launcher", () => {
  const home = mkdtempSync(join(tmpdir(), "weave-neo4j-restart-"));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it("prints a loopback Bolt URI, and keeps the data of its home across a restart", { timeout: 300_000 }, async () => {
    const first = await startNeo4j({ home, port: 0 });
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const writer = await openNeo4jStore({ NEO4J_URI: first.uri });
    await writer.upsertActors([resident("kept", { custom: { since_restart: 1 } })]);
    await writer.close();
    await first.stop();
    expect(await first.exited).not.toBeNull();

    const second = await startNeo4j({ home, port: 0 });
    try {
      const reader = await openNeo4jStore({ NEO4J_URI: second.uri });
      expect(await reader.getActor("kept")).toEqual(resident("kept", { custom: { since_restart: 1 } }));
      expect(await reader.version()).toBe(1);
      await reader.close();
    } finally {
      await second.stop();
    }
  });
});
