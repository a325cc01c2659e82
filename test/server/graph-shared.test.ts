import { afterEach, describe, expect, it } from "vitest";
import type { LoadOptions } from "../../src/store/graph-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { generateNetwork } from "../bench/generate-network.js";
import { openModeToken, startTestApp, type TestApp } from "./harness.js";

/** A store that counts its loads. */
class CountingStore extends SqliteStore {
  loads = 0;
  override async load(options?: LoadOptions) {
    this.loads++;
    return super.load(options);
  }
}

describe("GET /api/graph shares one answer per store version", () => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  async function start(): Promise<{ app: TestApp; store: CountingStore }> {
    const store = new CountingStore(":memory:");
    await store.init();
    await store.importNetwork(generateNetwork(200));
    t = await startTestApp(store, { config: { warmAnalysisAfterMs: false } });
    return { app: t, store };
  }

  it("reads and serialises once for many requests of one version, and again after a write", async () => {
    const { app, store } = await start();
    const answers = await Promise.all(Array.from({ length: 5 }, () => app.app.inject({ url: "/api/graph" })));
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    expect(answers[0]?.json().actors).toHaveLength(200);
    const loads = store.loads;
    expect(loads).toBe(1);
    expect((await app.app.inject({ url: "/api/graph?year=2020" })).json().year).toBe(2020);
    expect(store.loads).toBe(loads + 1);

    const headers = { "x-csrf-token": await openModeToken(app.app) };
    const created = await app.app.inject({
      method: "POST",
      url: "/api/actors",
      headers,
      payload: { id: "newcomer", name: "Newcomer", kind: "resident" },
    });
    expect(created.statusCode).toBe(201);
    const after = (await app.app.inject({ url: "/api/graph" })).json();
    expect(after.version).toBe(answers[0]?.json().version + 1);
    expect(after.actors.map((actor: { id: string }) => actor.id)).toContain("newcomer");

    const erased = await app.app.inject({ method: "DELETE", url: "/api/actors/newcomer", headers });
    expect(erased.statusCode).toBe(204);
    const ids = (await app.app.inject({ url: "/api/graph" })).json().actors.map((actor: { id: string }) => actor.id);
    expect(ids).not.toContain("newcomer");
  });
});
