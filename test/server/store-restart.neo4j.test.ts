import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningNeo4j, startNeo4j } from "../../src/store/neo4j/launcher.js";
import { openNeo4jStore } from "../../src/store/neo4j/open.js";
import { openModeToken, scratchDir, startTestApp } from "./harness.js";

/** Polls until `check` passes or the time is up. */
async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

// Its own Neo4j (not the shared one), since it is stopped and started under a running server.
const home = scratchDir("weave-neo4j-restart-");
let neo4j: RunningNeo4j | undefined;
afterAll(async () => {
  await neo4j?.stop();
  rmSync(home.dir, { recursive: true, force: true });
});

describe("a store restart under a running server", () => {
  it("answers 503 while Neo4j is down and 200 once it is back, without losing a committed write", {
    timeout: 600_000,
  }, async () => {
    neo4j = await startNeo4j({ home: home.dir, port: 0 });
    const port = Number(new URL(neo4j.uri).port);
    const store = await openNeo4jStore({ NEO4J_URI: neo4j.uri });
    const t = await startTestApp(store);
    try {
      const token = await openModeToken(t.app);
      const health = () => t.app.inject({ method: "GET", url: "/api/health" });
      const created = await t.app.inject({
        method: "POST",
        url: "/api/actors",
        headers: { "x-csrf-token": token },
        payload: { id: "kept", name: "Kept", kind: "resident" },
      });
      expect(created.statusCode).toBe(201);
      expect((await health()).statusCode).toBe(200);

      await neo4j.stop();
      expect(await eventually(async () => (await health()).statusCode === 503, 30_000)).toBe(true);
      expect((await health()).json().error.code).toBe("store_unavailable");
      expect((await t.app.inject({ method: "GET", url: "/api/graph" })).statusCode).toBe(503);

      neo4j = await startNeo4j({ home: home.dir, port });
      expect(await eventually(async () => (await health()).statusCode === 200, 120_000)).toBe(true);
      const kept = await t.app.inject({ method: "GET", url: "/api/actors/kept" });
      expect(kept.statusCode).toBe(200);
      expect(kept.json().name).toBe("Kept");
    } finally {
      await t.close();
      await store.close();
    }
  });
});
