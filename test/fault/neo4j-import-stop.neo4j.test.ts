import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { exportNetwork } from "../../src/io/index.js";
import { type RunningNeo4j, startNeo4j } from "../../src/store/neo4j/launcher.js";
import { openNeo4jStore } from "../../src/store/neo4j/open.js";
import { generateNetwork } from "../bench/generate-network.js";
import { multipart } from "../server/fixtures.js";
import { openModeToken, scratchDir, startTestApp } from "../server/harness.js";
import { resident } from "../store/contract.js";

/** Polls until `check` passes or the time is up. */
async function eventually(check: () => Promise<boolean>, timeoutMs: number, everyMs = 250): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return false;
}

/** True while Neo4j is running a transaction that writes actors in UNWIND batches (the import). */
async function importIsWriting(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri);
  try {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'UNWIND' RETURN count(*) AS n",
      {},
      { database: "system" },
    );
    return Number(records[0]?.get("n")) > 0;
  } finally {
    await driver.close();
  }
}

/** Big enough that the import is still writing when Neo4j is killed (seen through SHOW TRANSACTIONS). */
const IMPORTED = 8000;

// Its own Neo4j (not the shared one), killed and started again under a running server.
const home = scratchDir("weave-neo4j-import-stop-");
let neo4jProcess: RunningNeo4j | undefined;
afterAll(async () => {
  await neo4jProcess?.stop();
  home.remove();
});

describe("Neo4j killed in the middle of an import", () => {
  it("stores nothing of it, answers 503, and recovers without a server restart", { timeout: 600_000 }, async () => {
    neo4jProcess = await startNeo4j({ home: home.dir, port: 0 });
    const uri = neo4jProcess.uri;
    const port = Number(new URL(uri).port);
    const store = await openNeo4jStore({ NEO4J_URI: uri });
    const t = await startTestApp(store);
    try {
      await store.upsertActors([resident("kept")]);
      const token = await openModeToken(t.app);
      const files = exportNetwork(generateNetwork(IMPORTED), "csv");
      const form = multipart({ nodes: files["nodes.csv"] ?? "", ties: files["ties.csv"] ?? "" });
      const importing = t.app.inject({
        method: "POST",
        url: "/api/import",
        headers: { ...form.headers, "x-csrf-token": token },
        payload: form.payload,
      });

      expect(await eventually(() => importIsWriting(uri), 120_000, 50)).toBe(true);
      process.kill(neo4jProcess.pid, "SIGKILL");
      await neo4jProcess.exited;

      const refused = await importing;
      expect(refused.statusCode).toBe(503);
      expect(refused.json().error.code).toBe("store_unavailable");

      neo4jProcess = await startNeo4j({ home: home.dir, port });
      const health = () => t.app.inject({ method: "GET", url: "/api/health" });
      expect(await eventually(async () => (await health()).statusCode === 200, 120_000)).toBe(true);
      expect(await store.counts()).toEqual({ actors: 1, ties: 0 });
      expect((await t.app.inject({ method: "GET", url: "/api/actors/kept" })).statusCode).toBe(200);

      const again = await t.app.inject({
        method: "POST",
        url: "/api/import",
        headers: { ...form.headers, "x-csrf-token": await openModeToken(t.app) },
        payload: form.payload,
      });
      expect(again.statusCode).toBe(200);
      expect(again.json().actorsCreated).toBe(IMPORTED);
    } finally {
      await t.close();
      await store.close();
    }
  });
});
