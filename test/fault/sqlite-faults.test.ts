import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { SQLITE_FILE } from "../../src/store/open-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { scratchDir } from "../server/harness.js";
import { resident } from "../store/contract.js";
import { openModeHeaders, runWeave, type ServeProcess, startServe } from "./weave-process.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function dataDir(): string {
  const scratch = scratchDir("weave-fault-");
  cleanups.push(scratch.remove);
  return scratch.dir;
}

/** A store that has been written to once, so `serve` loads no sample into it. */
async function usedStore(dir: string): Promise<void> {
  const store = new SqliteStore(join(dir, SQLITE_FILE));
  await store.init();
  await store.upsertActors([resident("first")]);
  await store.close();
}

/** What the file holds, read after the server is gone: the actor ids, and SQLite's own check. */
function inspect(dir: string): { ids: Set<string>; integrity: string } {
  const db = new Database(join(dir, SQLITE_FILE));
  try {
    const ids = new Set((db.prepare("SELECT id FROM actors").all() as { id: string }[]).map((row) => row.id));
    return { ids, integrity: db.pragma("integrity_check", { simple: true }) as string };
  } finally {
    db.close();
  }
}

async function post(server: ServeProcess, headers: Record<string, string>, id: string, notes = ""): Promise<Response> {
  return fetch(`${server.address}/api/actors`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ id, name: `Person ${id}`, kind: "resident", ...(notes === "" ? {} : { notes }) }),
  });
}

/** Each round starts a server (a few seconds), writes through four clients, and kills it. */
const ROUNDS = 2;

describe("kill -9 during a stream of writes (SQLite)", () => {
  it("loses no acknowledged write, and the file passes integrity_check", { timeout: 120_000 }, async () => {
    const dir = dataDir();
    const acknowledged = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const server = await startServe({ env: { WEAVE_DATA_DIR: dir } });
      cleanups.push(() => server.stop("SIGKILL"));
      const headers = await openModeHeaders(server.address);
      let killed = false;
      const writer = async (writerId: number) => {
        for (let n = 0; !killed; n++) {
          const id = `r${round}-w${writerId}-${n}`;
          const response = await post(server, headers, id).catch(() => undefined);
          if (response?.status === 201) acknowledged.add(id);
          else if (response !== undefined && !killed) throw new Error(`write answered ${response.status}`);
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      while (acknowledged.size < (round + 1) * 60) await new Promise((resolve) => setTimeout(resolve, 20));
      server.child.kill("SIGKILL");
      killed = true;
      await Promise.all(writers);
      await server.stop("SIGKILL");
    }
    const { ids, integrity } = inspect(dir);
    expect(integrity).toBe("ok");
    expect([...acknowledged].filter((id) => !ids.has(id))).toEqual([]);
    expect(acknowledged.size).toBeGreaterThanOrEqual(ROUNDS * 60);
  });
});

describe("a full disk (a 256 KiB file-size limit on the server process)", () => {
  it("answers 507 storage_full, keeps serving reads, and loses no acknowledged write", {
    timeout: 90_000,
  }, async () => {
    const dir = dataDir();
    await usedStore(dir);
    const server = await startServe({ env: { WEAVE_DATA_DIR: dir }, fileSizeLimitKb: 256 });
    cleanups.push(() => server.stop("SIGKILL"));
    const headers = await openModeHeaders(server.address);
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let codeWhenFull: string | undefined;
    for (let n = 0; n < 60; n++) {
      const response = await post(server, headers, `big${n}`, "x".repeat(10_000));
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 201) acknowledged.push(`big${n}`);
      if (response.status === 507) codeWhenFull = ((await response.json()) as { error: { code: string } }).error.code;
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(statuses.get(507) ?? 0).toBeGreaterThan(0);
    expect([...statuses.keys()].sort()).toEqual([201, 507]);
    expect(codeWhenFull).toBe("storage_full");
    expect((await fetch(`${server.address}/api/health`)).status).toBe(200);
    expect((await fetch(`${server.address}/api/graph`)).status).toBe(200);
    expect(server.output()).not.toMatch(/SqliteError/);
    await server.stop();
    const { ids, integrity } = inspect(dir);
    expect(integrity).toBe("ok");
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("refuses a CLI import in one plain line, and stores nothing of it", { timeout: 60_000 }, async () => {
    const dir = dataDir();
    await usedStore(dir);
    const rows = Array.from({ length: 2000 }, (_, n) => `p${n},Person ${n},resident,${"y".repeat(300)}`);
    writeFileSync(join(dir, "nodes.csv"), `id,name,kind,notes\n${rows.join("\n")}\n`);
    writeFileSync(join(dir, "ties.csv"), "source,target,type\n");
    const result = await runWeave(["import", join(dir, "nodes.csv"), join(dir, "ties.csv")], {
      env: { WEAVE_DATA_DIR: dir },
      fileSizeLimitKb: 256,
    });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/the disk is full or a size limit was reached; nothing was written/);
    const { ids, integrity } = inspect(dir);
    expect(integrity).toBe("ok");
    expect([...ids]).toEqual(["first"]);
  });
});
