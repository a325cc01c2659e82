import { afterEach, describe, expect, it } from "vitest";
import type { Network } from "../../src/model/index.js";
import {
  AnalysisFailedError,
  AnalysisPoolClosedError,
  AnalysisSupersededError,
} from "../../src/server/analysis/analysis-errors.js";
import { AnalysisPool } from "../../src/server/analysis/analysis-pool.js";
import { generateNetwork } from "../bench/generate-network.js";

const SMALL = generateNetwork(100);
const pools: AnalysisPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});
function pool(): AnalysisPool {
  const created = new AnalysisPool();
  pools.push(created);
  return created;
}

describe("the analysis worker pool", () => {
  it("answers the JSON of weave analyse --json, computed in a worker thread", async () => {
    const result = JSON.parse(await pool().analyse(SMALL, {}));
    expect(result.actors).toHaveLength(SMALL.actors.length);
  }, 30_000);

  it("turns an error thrown in the worker into analysis_failed and keeps working", async () => {
    const workers = pool();
    // Not what a store would ever hand over: an actor without its lists makes the analysis throw.
    const broken = { actors: [{ id: "a", name: "A", kind: "resident" }], ties: [] } as unknown as Network;
    const failure = await workers.analyse(broken, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AnalysisFailedError);
    expect((failure as AnalysisFailedError).code).toBe("analysis_failed");
    expect((failure as Error).cause).toBeInstanceOf(Error);
    expect(JSON.parse(await workers.analyse(SMALL, {})).actors).toHaveLength(SMALL.actors.length);
  }, 30_000);

  it("drops an aborted job from the queue, stops an aborted running one, and goes on with the next", async () => {
    const workers = pool();
    const running = new AbortController();
    const queued = new AbortController();
    const first = workers.analyse(generateNetwork(2000), {}, running.signal).catch((error: unknown) => error);
    const second = workers.analyse(generateNetwork(2000), {}, queued.signal).catch((error: unknown) => error);
    const third = workers.analyse(SMALL, {});
    queued.abort(new AnalysisSupersededError());
    await new Promise((resolve) => setTimeout(resolve, 200));
    running.abort(new AnalysisSupersededError());
    expect(await first).toBeInstanceOf(AnalysisSupersededError);
    expect(await second).toBeInstanceOf(AnalysisSupersededError);
    expect(JSON.parse(await third).actors).toHaveLength(SMALL.actors.length);
  }, 30_000);

  it("refuses work once closed, and fails the jobs it had", async () => {
    const workers = pool();
    const pending = workers.analyse(SMALL, {}).catch((error: unknown) => error);
    await workers.close();
    expect(await pending).toBeInstanceOf(AnalysisPoolClosedError);
    await expect(workers.analyse(SMALL, {})).rejects.toBeInstanceOf(AnalysisPoolClosedError);
  });
});
