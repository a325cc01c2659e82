import { readdirSync, readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { AccountStore } from "../../src/store/accounts/account-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { SEED_ACTORS, seed } from "./fixtures.js";
import { countingAnalysis, openModeToken, scratchDir } from "./harness.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("the analysis figures kept over a restart", () => {
  it("answers the kept figures of the same network at once, computes a changed one, and an erasure removes them", async () => {
    const store = new SqliteStore(":memory:");
    await store.init();
    await seed(store);
    const scratch = scratchDir("weave-analysis-disk-");
    const accounts = AccountStore.inDataDir(scratch.dir);
    cleanups.push(
      () => store.close(),
      scratch.remove,
      () => accounts.close(),
    );
    const cacheDir = `${scratch.dir}/analysis-cache`;
    const start = async (): Promise<[FastifyInstance, () => number]> => {
      const counted = countingAnalysis();
      const app = await buildApp({
        store,
        accounts,
        analyse: counted.analyse,
        config: { host: "127.0.0.1", warmAnalysisAfterMs: false, analysisCacheDir: cacheDir },
        logLevel: false,
      });
      return [app, counted.calls];
    };

    const [first, firstCalls] = await start();
    const computed = await first.inject({ method: "GET", url: "/api/analysis" });
    expect(firstCalls()).toBe(1);
    await first.close();

    const [second, secondCalls] = await start();
    cleanups.push(() => second.close());
    const restored = await second.inject({ method: "GET", url: "/api/analysis" });
    expect(secondCalls()).toBe(0);
    expect(restored.json()).toEqual(computed.json());
    expect(restored.json().freshness.state).toBe("fresh");

    const csrf = await openModeToken(second);
    const headers = { "x-csrf-token": csrf };
    const payload = { id: "kept", name: "Kept Figures", kind: "resident" };
    await second.inject({ method: "POST", url: "/api/actors", headers, payload });
    const changed = await second.inject({ method: "GET", url: "/api/analysis?fresh=true" });
    expect(changed.json().actors).toBe(SEED_ACTORS.length + 1);
    expect(secondCalls()).toBe(1);
    expect(
      readdirSync(cacheDir)
        .map((file) => readFileSync(`${cacheDir}/${file}`, "utf8"))
        .join(),
    ).toContain(String(SEED_ACTORS.length + 1));

    const erased = await second.inject({ method: "DELETE", url: "/api/actors/kept", headers });
    expect(erased.statusCode).toBe(204);
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});
