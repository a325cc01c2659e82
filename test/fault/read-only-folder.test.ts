import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readNetworkCsv } from "../../src/io/index.js";
import { SQLITE_FILE } from "../../src/store/open-store.js";
import { SavedViewStore } from "../../src/store/saved-views/saved-view-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { StorageReadOnlyError } from "../../src/store/storage-errors.js";
import { WORKSHOPS_FILE, WorkshopStore } from "../../src/store/workshops/workshop-store.js";
import { NODES_CSV, TIES_CSV } from "../server/fixtures.js";
import { scratchDir } from "../server/harness.js";
import { resident } from "../store/contract.js";
import { NOBODY, openModeHeaders, othersCanRunFromRoot, runWeave, startServe } from "./weave-process.js";

// Fault 6 of issue 11: on a read-only data folder `serve`, `import` and even `export` died with
// "SqliteError: attempt to write a readonly database" and a stack trace.
//
// Root writes through any permission bits, so when the tests run as root, Weave runs as `nobody`
// (spawn's uid option): the folder is read-only to that process exactly as it is to a user's.
const asUser = process.getuid?.() === 0 ? NOBODY : undefined;
const runnable = asUser === undefined || othersCanRunFromRoot();
const scratch = scratchDir("weave-read-only-");
const dataDir = join(scratch.dir, "data");
const outDir = join(scratch.dir, "out");
const env = { WEAVE_DATA_DIR: dataDir };
let workshopCode = "";
afterAll(() => {
  if (existsSync(dataDir)) chmodSync(dataDir, 0o755);
  scratch.remove();
});

// As root in a checkout nobody else may enter, there is no user for whom the folder is read-only.
describe.skipIf(!runnable)("a read-only data folder", () => {
  beforeAll(async () => {
    const store = new SqliteStore(join(dataDir, SQLITE_FILE));
    await store.init();
    await store.importNetwork(
      readNetworkCsv(
        { name: "nodes.csv", bytes: Buffer.from(NODES_CSV) },
        { name: "ties.csv", bytes: Buffer.from(TIES_CSV) },
      ),
    );
    await store.close();
    const workshops = WorkshopStore.inDataDir(dataDir);
    workshopCode = workshops.open("Evening", "2026-03-12").code;
    workshops.close();
    const views = SavedViewStore.inDataDir(dataDir);
    views.add("Tonight", { year: 2021 });
    views.close();
    mkdirSync(outDir);
    writeFileSync(join(outDir, "nodes.csv"), NODES_CSV.replace("Noor", "Noor B"));
    writeFileSync(join(outDir, "ties.csv"), TIES_CSV);
    chmodSync(scratch.dir, 0o755);
    chmodSync(outDir, 0o777);
    chmodSync(join(dataDir, SQLITE_FILE), 0o444);
    chmodSync(join(dataDir, WORKSHOPS_FILE), 0o444);
    chmodSync(dataDir, 0o555);
  });

  it("exports: reading needs no write", { timeout: 60_000 }, async () => {
    const out = join(outDir, "network.json");
    const result = await runWeave(["export", "--format", "json", "--out", out], { env, uid: asUser });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const exported = JSON.parse(readFileSync(out, "utf8")) as { actors: { id: string }[] };
    expect(exported.actors.map((actor) => actor.id).sort()).toEqual(["n1", "n2", "ng"]);
  });

  it("refuses an import in one plain line, without a stack trace", { timeout: 60_000 }, async () => {
    const result = await runWeave(["import", join(outDir, "nodes.csv"), join(outDir, "ties.csv")], {
      env,
      uid: asUser,
    });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/cannot write to .*weave\.db: the data folder is read-only/);
    expect(result.stderr).not.toMatch(/SqliteError|\n\s+at /);
  });

  it("serves reads, and refuses writes with 503 storage_read_only", { timeout: 90_000 }, async () => {
    const server = await startServe({ env, uid: asUser });
    try {
      const graph = await fetch(`${server.address}/api/graph`);
      expect(graph.status).toBe(200);
      const { actors } = (await graph.json()) as { actors: { id: string; name: string }[] };
      expect(actors.find((actor) => actor.id === "n1")?.name).toBe("Noor");
      const created = await fetch(`${server.address}/api/actors`, {
        method: "POST",
        headers: { ...(await openModeHeaders(server.address)), "content-type": "application/json" },
        body: JSON.stringify({ id: "new", name: "New", kind: "resident" }),
      });
      expect(created.status).toBe(503);
      const body = (await created.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("storage_read_only");
      expect(body.error.message).toMatch(/read-only/);
      // Workshops too: a code can be looked up, but nobody can join.
      expect((await fetch(`${server.address}/api/join/${workshopCode}`)).status).toBe(200);
      const joined = await fetch(`${server.address}/api/join/${workshopCode}`, { method: "POST" });
      expect(joined.status).toBe(503);
      expect(((await joined.json()) as { error: { code: string } }).error.code).toBe("storage_read_only");
      expect(server.output()).not.toMatch(/SqliteError/);

      // The saved views beside the accounts: listed from the read-only folder, never written.
      const views = await fetch(`${server.address}/api/views`);
      expect(((await views.json()) as { views: { name: string }[] }).views.map((view) => view.name)).toEqual([
        "Tonight",
      ]);
      const saved = await fetch(`${server.address}/api/views`, {
        method: "POST",
        headers: { ...(await openModeHeaders(server.address)), "content-type": "application/json" },
        body: JSON.stringify({ name: "Later", state: {} }),
      });
      expect(saved.status).toBe(503);
      expect(((await saved.json()) as { error: { code: string } }).error.code).toBe("storage_read_only");
    } finally {
      await server.stop();
    }
  });

  it("opened read-only in process, refuses every write with StorageReadOnlyError", async () => {
    const store = new SqliteStore(join(dataDir, SQLITE_FILE), { readOnly: true });
    try {
      await store.init();
      expect((await store.counts()).actors).toBe(3);
      await expect(store.deleteActor("n1")).rejects.toBeInstanceOf(StorageReadOnlyError);
      await expect(store.upsertActors([resident("x")])).rejects.toThrow(/read-only/);
      expect((await store.counts()).actors).toBe(3);
    } finally {
      await store.close();
    }
  });
});
