import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { readNetworkJson, writeNetworkJson } from "../../src/io/index.js";
import { tieId } from "../../src/model/index.js";

import { MIGRATIONS } from "../../src/store/sqlite/schema.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { describeStoreContract, resident, tie } from "./contract.js";
import { describeFollowUpContract } from "./follow-up-contract.js";

const dir = mkdtempSync(join(tmpdir(), "weave-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

async function openEmpty(): Promise<SqliteStore> {
  const store = new SqliteStore(join(dir, `contract-${++count}.db`));
  await store.init();
  return store;
}

describeStoreContract("SQLite", openEmpty);
describeFollowUpContract("SQLite", openEmpty);

describe("SQLite store", () => {
  it("keeps its data in the file across reopening, and init is safe to repeat", async () => {
    const path = join(dir, "reopen.db");
    const first = new SqliteStore(path);
    await first.init();
    await first.upsertActors([resident("r1")]);
    await first.close();
    const second = new SqliteStore(path);
    await second.init();
    await second.init();
    expect(await second.getActor("r1")).toEqual(resident("r1"));
    await second.close();
  });

  it("refuses a file written by a newer schema instead of damaging it", async () => {
    const path = join(dir, "newer.db");
    const store = new SqliteStore(path);
    await store.init();
    await store.close();
    const Database = (await import("better-sqlite3")).default;
    const raw = new Database(path);
    raw.pragma("user_version = 99");
    raw.close();
    const again = new SqliteStore(path);
    await expect(again.init()).rejects.toThrow(/written by a newer Weave \(schema 99/);
    await again.close();
  });

  it("moves tie ids written before ends were encoded to their encoded form, once", async () => {
    const path = join(dir, "schema-1.db");
    const Database = (await import("better-sqlite3")).default;
    const raw = new Database(path);
    raw.exec(MIGRATIONS[0] as string);
    raw.pragma("user_version = 1");
    const addActor = raw.prepare("INSERT INTO actors (id, name, kind) VALUES (?, ?, ?)");
    for (const id of ["a:b", "c", "r1", "r2", "r%1", "x:y", "x%3Ay", "z"])
      addActor.run(id, `Resident ${id}`, "resident");
    addActor.run("g1", "Group g1", "group");
    const addTie = raw.prepare("INSERT INTO ties (id, source, target, type, since) VALUES (?, ?, ?, ?, ?)");
    addTie.run("knows:a:b:c:2020", "c", "a:b", "knows", 2020);
    addTie.run("member_of:r%1:g1:", "r%1", "g1", "member_of", null);
    addTie.run("knows:r1:r2:", "r1", "r2", "knows", null);
    addTie.run("given by the data", "a:b", "r1", "knows", null);
    // The first one's new id is the second one's old id: it can only move once the second has.
    addTie.run("knows:x:y:z:", "x:y", "z", "knows", null);
    addTie.run("knows:x%3Ay:z:", "x%3Ay", "z", "knows", null);
    raw.close();

    const store = new SqliteStore(path);
    await store.init();
    const ids = (await store.load()).ties.map((stored) => stored.id);
    expect(ids).toEqual([
      tieId("knows", "a:b", "c", 2020),
      tieId("member_of", "r%1", "g1"),
      "knows:r1:r2:",
      "given by the data",
      tieId("knows", "x:y", "z"),
      tieId("knows", "x%3Ay", "z"),
    ]);
    expect(ids.slice(0, 2)).toEqual(["knows:a%3Ab:c:2020", "member_of:r%251:g1:"]);
    expect(await store.version()).toBe(1);
    // A JSON dump written before the move carries the old ids: importing it again changes nothing.
    const { ties: migrated } = await store.load();
    const oldDump = writeNetworkJson({
      actors: (await store.load()).actors,
      ties: migrated.map((stored, i) => ({ ...stored, id: ["knows:a:b:c:2020", "member_of:r%1:g1:"][i] ?? stored.id })),
    });
    expect(await store.importNetwork(readNetworkJson(oldDump, "old.json"))).toMatchObject({
      tiesCreated: 0,
      tiesUpdated: 0,
    });
    await store.importNetwork({ actors: [resident("a"), resident("b:c")], ties: [tie("a", "b:c", { since: 2020 })] });
    expect(await store.counts()).toEqual({ actors: 11, ties: 7 });
    await store.close();

    const again = new SqliteStore(path);
    await again.init();
    expect((await again.load()).ties.map((stored) => stored.id)).toEqual([...ids, tie("a", "b:c", { since: 2020 }).id]);
    await again.close();
    const check = new Database(path, { readonly: true });
    expect(check.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    check.close();
  });

  it("moves a file of the first schema to weights of any size, keeping its ties and their order", async () => {
    const path = join(dir, "schema-1-weights.db");
    const Database = (await import("better-sqlite3")).default;
    const raw = new Database(path);
    raw.exec(MIGRATIONS[0] as string);
    raw.exec(`INSERT INTO actors (id, name, kind) VALUES ('r1', 'R1', 'resident'), ('r2', 'R2', 'resident'), ('r3', 'R3', 'resident');
      INSERT INTO ties (id, source, target, type, weight) VALUES ('knows:r2:r3:', 'r2', 'r3', 'knows', 3), ('knows:r1:r2:', 'r1', 'r2', 'knows', 2);`);
    raw.pragma("user_version = 1");
    raw.close();
    const store = new SqliteStore(path);
    await store.init();
    expect((await store.load()).ties.map((tie) => [tie.id, tie.weight])).toEqual([
      ["knows:r2:r3:", 3],
      ["knows:r1:r2:", 2],
    ]);
    const heavy = { id: "knows:r1:r3:", source: "r1", target: "r3", type: "knows" as const, weight: 31.5, custom: {} };
    await store.upsertTies([heavy]);
    expect(await store.getTie(heavy.id)).toEqual(heavy);
    await store.close();
  });
});
