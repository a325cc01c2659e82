import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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
});
