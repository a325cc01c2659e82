import { afterEach, describe, expect, it } from "vitest";
import type { Analyse } from "../../src/server/analysis/analysis-options.js";
import { buildApp } from "../../src/server/app.js";
import { AccountStore } from "../../src/store/accounts/account-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { SEED_ACTORS, seed } from "./fixtures.js";
import { openModeToken, scratchDir } from "./harness.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A stand-in analysis that holds every computation until released, counting them. */
function heldAnalysis(): { analyse: Analyse; calls: () => number; release: () => void } {
  let calls = 0;
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    analyse: async (network) => {
      calls++;
      await gate;
      return { actors: network.actors.length };
    },
    calls: () => calls,
    release: () => release(),
  };
}

// The soak (test/bench/soak.ts) found it: with writes arriving faster than the whole network can be
// analysed, every request queued one more computation, and waited for all before it (60 s and more).
describe("/api/analysis under a stream of writes", () => {
  it("joins the computation requests already wait for, instead of queueing one per write", async () => {
    const store = new SqliteStore(":memory:");
    await store.init();
    await seed(store);
    const scratch = scratchDir("weave-analysis-writes-");
    const accounts = AccountStore.inDataDir(scratch.dir);
    const held = heldAnalysis();
    const app = await buildApp({
      store,
      accounts,
      analyse: held.analyse,
      config: { host: "127.0.0.1", warmAnalysisAfterMs: false },
      logLevel: false,
    });
    cleanups.push(
      () => store.close(),
      scratch.remove,
      () => accounts.close(),
      () => app.close(),
    );

    const first = app.inject({ method: "GET", url: "/api/analysis" });
    await expect.poll(held.calls).toBe(1);
    const csrf = await openModeToken(app);
    const created = await app.inject({
      method: "POST",
      url: "/api/actors",
      headers: { "x-csrf-token": csrf },
      payload: { id: "new", name: "New", kind: "resident" },
    });
    expect(created.statusCode).toBe(201);
    const second = app.inject({ method: "GET", url: "/api/analysis" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(held.calls()).toBe(1);
    held.release();
    const [a, b] = await Promise.all([first, second]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(b.headers.etag).toBe(a.headers.etag);
    expect(b.json()).toEqual({ actors: SEED_ACTORS.length });

    // Nothing in flight any more: the next request computes the network as it is now.
    const third = await app.inject({ method: "GET", url: "/api/analysis" });
    expect(third.json()).toEqual({ actors: SEED_ACTORS.length + 1 });
    expect(third.headers.etag).not.toBe(a.headers.etag);
    expect(held.calls()).toBe(2);
  });
});
