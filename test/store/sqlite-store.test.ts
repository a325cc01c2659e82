import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/store/sqlite/schema.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { describeStoreContract, resident } from "./contract.js";

const dir = mkdtempSync(join(tmpdir(), "weave-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

async function openEmpty(): Promise<SqliteStore> {
  const store = new SqliteStore(join(dir, `contract-${++count}.db`));
  await store.init();
  return store;
}

describeStoreContract("SQLite", openEmpty);

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

  it("moves a file of the first schema to weights of any size, keeping its ties and their order", async () => {
    const path = join(dir, "schema-1.db");
    const Database = (await import("better-sqlite3")).default;
    const raw = new Database(path);
    raw.exec(MIGRATIONS[0] ?? "");
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
    const tie = { id: "knows:r1:r3:", source: "r1", target: "r3", type: "knows" as const, weight: 31.5, custom: {} };
    await store.upsertTies([tie]);
    expect(await store.getTie(tie.id)).toEqual(tie);
    await store.close();
  });
});
