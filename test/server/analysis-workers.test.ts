import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import type { Network } from "../../src/model/index.js";
import type { Analyse } from "../../src/server/analysis/analysis-options.js";
import { AnalysisPool } from "../../src/server/analysis/analysis-pool.js";
import type { AppConfig } from "../../src/server/app.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { generateNetwork } from "../bench/generate-network.js";
import { seed } from "./fixtures.js";
import { openModeToken, startTestApp } from "./harness.js";

// These run the real analysis in real worker threads: a few seconds each on a small machine.
const BIG = 3000;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function storeWith(network?: Network): Promise<SqliteStore> {
  const store = new SqliteStore(":memory:");
  await store.init();
  if (network === undefined) await seed(store);
  else {
    await store.upsertActors(network.actors);
    await store.upsertTies(network.ties);
  }
  cleanups.push(() => store.close());
  return store;
}

/** The app over `store`, analysing in its own worker pool unless `analyse` is given. */
async function appOn(store: SqliteStore, config: Partial<AppConfig> = {}, analyse?: Analyse): Promise<FastifyInstance> {
  const t = await startTestApp(store, {
    analyse: analyse ?? "pool",
    config: { warmAnalysisAfterMs: false, ...config },
  });
  cleanups.push(() => t.close());
  return t.app;
}

/** The app's pool, shared with the test, counting the computations it is asked for. */
function countedPool(): {
  analyse: Analyse;
  calls: () => number;
  settled: () => Promise<unknown>;
  outcomes: Promise<unknown>[];
} {
  const pool = new AnalysisPool();
  cleanups.push(() => pool.close());
  const outcomes: Promise<unknown>[] = [];
  return {
    analyse: (network, options, signal) => {
      const result = pool.analyse(network, options, signal);
      outcomes.push(
        result.then(
          () => "computed",
          (error: unknown) => error,
        ),
      );
      return result;
    },
    calls: () => outcomes.length,
    settled: () => outcomes.at(-1) ?? Promise.resolve(),
    outcomes,
  };
}

describe("the analysis in worker threads", () => {
  it("leaves the server answering health checks while a big analysis computes", async () => {
    const app = await appOn(await storeWith(generateNetwork(BIG)));
    await app.listen({ port: 0, host: "127.0.0.1" });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    let analysisArrived = false;
    const analysis = fetch(`${base}/api/analysis`).then(async (response) => {
      analysisArrived = true;
      return { status: response.status, body: await response.json() };
    });
    const healthTimes: number[] = [];
    while (!analysisArrived) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = performance.now();
      const health = await fetch(`${base}/api/health`);
      expect(health.status).toBe(200);
      if (!analysisArrived) healthTimes.push(performance.now() - started);
    }
    const { status, body } = await analysis;
    expect(status).toBe(200);
    expect(body.actors).toHaveLength(BIG);
    // The analysis takes seconds: many health checks answered meanwhile, each in a small fraction of that.
    expect(healthTimes.length).toBeGreaterThan(5);
    expect(Math.max(...healthTimes)).toBeLessThan(500);
  }, 120_000);

  it("computes once for concurrent identical requests, and gives them the same answer", async () => {
    const counted = countedPool();
    const app = await appOn(await storeWith(generateNetwork(300)), {}, counted.analyse);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => app.inject({ method: "GET", url: "/api/analysis" })),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((answer) => answer.headers.etag)).size).toBe(1);
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    expect(answers[0]?.headers["content-type"]).toContain("application/json");
    expect(counted.calls()).toBe(1);
  }, 60_000);

  it("warms the cache at start and once after a burst of writes, so the next request is a hit", async () => {
    const counted = countedPool();
    const app = await appOn(await storeWith(), { warmAnalysisAfterMs: 300 }, counted.analyse);
    await app.ready();
    await expect.poll(counted.calls).toBe(1);
    await counted.settled();

    const csrf = await openModeToken(app);
    for (const id of ["w1", "w2", "w3"]) {
      const created = await app.inject({
        method: "POST",
        url: "/api/actors",
        headers: { "x-csrf-token": csrf },
        payload: { id, name: `Warm ${id}`, kind: "resident" },
      });
      expect(created.statusCode).toBe(201);
    }
    await expect.poll(counted.calls, { timeout: 5000 }).toBe(2);
    await counted.settled();
    const next = await app.inject({ method: "GET", url: "/api/analysis" });
    expect(next.statusCode).toBe(200);
    expect(counted.calls()).toBe(2);
  }, 60_000);

  it("warms the latest year first, where the explorer opens, then the whole network", async () => {
    const counted = countedPool();
    const network = generateNetwork(200);
    const app = await appOn(await storeWith(network), { warmAnalysisAfterMs: 100 }, counted.analyse);
    await app.ready();
    await expect.poll(counted.calls, { timeout: 30_000 }).toBe(2);
    await counted.settled();
    const latest = Math.max(...network.ties.flatMap((tie) => [tie.since ?? 0, tie.until ?? 0]));
    const atLatest = await app.inject({ method: "GET", url: `/api/analysis?year=${latest}` });
    const whole = await app.inject({ method: "GET", url: "/api/analysis" });
    expect([atLatest.statusCode, whole.statusCode]).toEqual([200, 200]);
    expect(atLatest.json().asOf).toBe(latest);
    expect(counted.calls()).toBe(2);
  }, 60_000);

  it("answers a worker that died with analysis_failed, and the next request gets a new worker", async () => {
    // Too little heap for this network, with room to spare (the analysis of BIG actors came near to
    // fitting in 24 MB): the worker dies of it, as it would on a far bigger one.
    const store = await storeWith(generateNetwork(2 * BIG));
    const app = await appOn(store, { analysisMemoryMb: 16 });
    const crashed = await app.inject({ method: "GET", url: "/api/analysis" });
    expect(crashed.statusCode).toBe(500);
    expect(crashed.json()).toEqual({
      error: {
        code: "analysis_failed",
        message: "the analysis could not be computed; the details are in the server log",
      },
    });

    for (const { id } of await store.load().then((network) => network.actors)) await store.deleteActor(id);
    await seed(store);
    const next = await app.inject({ method: "GET", url: "/api/analysis" });
    expect(next.statusCode).toBe(200);
    expect(next.json()).toHaveProperty("actors");
  }, 120_000);
});
