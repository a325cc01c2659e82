import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import type { Analyse } from "../../src/server/analysis/analysis-options.js";
import { AnalysisPool } from "../../src/server/analysis/analysis-pool.js";
import type { AppConfig } from "../../src/server/app.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { SEED_ACTORS, seed } from "./fixtures.js";
import { openModeToken, startTestApp } from "./harness.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A stand-in analysis that holds each computation until released, counting them. */
function heldAnalysis(): { analyse: Analyse; calls: () => number; release: () => void } {
  let calls = 0;
  let waiting: (() => void)[] = [];
  return {
    analyse: async (network) => {
      calls++;
      await new Promise<void>((resolve) => waiting.push(resolve));
      return { actors: network.actors.length };
    },
    calls: () => calls,
    release: () => {
      for (const resolve of waiting) resolve();
      waiting = [];
    },
  };
}

interface Freshness {
  state: "fresh" | "updating";
  version: number;
  current: number;
}

async function appWith(analyse: Analyse, config: Partial<AppConfig> = {}): Promise<[FastifyInstance, SqliteStore]> {
  const store = new SqliteStore(":memory:");
  await store.init();
  await seed(store);
  const t = await startTestApp(store, { analyse, config: { warmAnalysisAfterMs: false, ...config } });
  cleanups.push(
    () => store.close(),
    () => t.close(),
  );
  return [t.app, store];
}

async function addResident(app: FastifyInstance, id: string): Promise<void> {
  const created = await app.inject({
    method: "POST",
    url: "/api/actors",
    headers: { "x-csrf-token": await openModeToken(app) },
    payload: { id, name: `Resident ${id}`, kind: "resident" },
  });
  expect(created.statusCode).toBe(201);
}

const figures = async (app: FastifyInstance, query = "") => {
  const response = await app.inject({ method: "GET", url: `/api/analysis${query}` });
  expect(response.statusCode).toBe(200);
  return { ...(response.json() as { freshness: Freshness; actors: number }), etag: response.headers.etag };
};

// The soak (test/bench/soak.ts) found it: with writes arriving faster than the whole network can be
// analysed, every write threw the figures away and readers waited for full computations, one per write.
describe("/api/analysis under a stream of writes", () => {
  it("answers the last figures marked updating right after a write, then fresh ones of the new version", async () => {
    const held = heldAnalysis();
    const [app, store] = await appWith(held.analyse, { warmAnalysisAfterMs: 0 });
    await app.ready();
    await expect.poll(held.calls).toBe(1);
    held.release();
    const before = await figures(app, "?fresh=true");
    expect(before.freshness).toEqual({
      state: "fresh",
      version: await store.version(),
      current: await store.version(),
    });
    expect(before.actors).toBe(SEED_ACTORS.length);
    expect(before.etag).toBeDefined();

    await addResident(app, "new");
    const updating = await figures(app);
    expect(updating.freshness).toEqual({
      state: "updating",
      version: before.freshness.version,
      current: await store.version(),
    });
    expect(updating.actors).toBe(SEED_ACTORS.length);
    expect(updating.etag).toBeUndefined();

    // Computing again began at once: nobody has asked for fresh figures yet.
    await expect.poll(held.calls).toBe(2);
    held.release();
    const after = await figures(app, "?fresh=true");
    expect(after.freshness).toEqual({ state: "fresh", version: await store.version(), current: await store.version() });
    expect(after.actors).toBe(SEED_ACTORS.length + 1);
    expect(held.calls()).toBe(2);
  });

  it("serves a run that ends three writes late as updating, and one more run follows", async () => {
    const held = heldAnalysis();
    const [app, store] = await appWith(held.analyse);
    const first = figures(app);
    await expect.poll(held.calls).toBe(1);
    const started = await store.version();
    for (const id of ["w1", "w2", "w3"]) await addResident(app, id);
    // Nothing to show yet: this reader waits for the running computation instead of queueing its own.
    const second = figures(app);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(held.calls()).toBe(1);
    held.release();
    const [a, b] = await Promise.all([first, second]);
    for (const answer of [a, b]) {
      expect(answer.freshness).toEqual({ state: "updating", version: started, current: started + 3 });
      expect(answer.actors).toBe(SEED_ACTORS.length);
    }
    await expect.poll(held.calls).toBe(2);
    held.release();
    const latest = await figures(app, "?fresh=true");
    expect(latest.freshness).toEqual({ state: "fresh", version: started + 3, current: started + 3 });
    expect(latest.actors).toBe(SEED_ACTORS.length + 3);
    expect(held.calls()).toBe(2);
  });

  it("never labels figures fresh when the graph has changed since they were computed", async () => {
    const [app, store] = await appWith(
      async (network) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { actors: network.actors.length };
      },
      { warmAnalysisAfterMs: 0 },
    );
    const actorsAt = new Map([[await store.version(), SEED_ACTORS.length]]);
    const answers: Awaited<ReturnType<typeof figures>>[] = [];
    for (let round = 0; round < 15; round++) {
      const [fresh, stale] = await Promise.all([
        figures(app, "?fresh=true"),
        figures(app),
        addResident(app, `r-${round}`).then(async () =>
          actorsAt.set(await store.version(), SEED_ACTORS.length + round + 1),
        ),
      ]);
      answers.push(fresh, stale);
    }
    answers.push(await figures(app, "?fresh=true"));
    for (const { freshness, actors } of answers) {
      expect(freshness.version).toBeLessThanOrEqual(freshness.current);
      expect(freshness.state).toBe(freshness.version === freshness.current ? "fresh" : "updating");
      if (freshness.state === "fresh") expect(actors).toBe(actorsAt.get(freshness.version));
    }
    expect(answers.at(-1)?.actors).toBe(SEED_ACTORS.length + 15);
  });

  it("computes at most twice for five editors writing at once (counted by the pool)", async () => {
    const pool = new AnalysisPool();
    cleanups.push(() => pool.close());
    const [app, store] = await appWith(pool.analyse, { warmAnalysisAfterMs: 0 });
    await app.ready();
    const start = await figures(app, "?fresh=true");
    expect(start.freshness.state).toBe("fresh");
    const before = pool.started;

    await Promise.all(["e1", "e2", "e3", "e4", "e5"].map((id) => addResident(app, id)));
    const after = await figures(app, "?fresh=true");
    expect(after.freshness).toMatchObject({ state: "fresh", version: await store.version() });
    expect(pool.started - before).toBeGreaterThanOrEqual(1);
    expect(pool.started - before).toBeLessThanOrEqual(2);
  }, 60_000);
});
