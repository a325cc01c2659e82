import type { Driver } from "neo4j-driver";
import { afterAll, describe, expect, inject, it } from "vitest";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { clearTestDatabase, openTestDriver, testDatabase } from "../setup/neo4j-test-database.js";
import { fuzzApi } from "./fuzz/api-fuzz.js";

// The same fuzzing as api-fuzz.test.ts, fewer requests: every write is a Neo4j transaction.
const SEED = Number(process.env.WEAVE_FUZZ_SEED ?? 11);
const REQUESTS = Number(process.env.WEAVE_FUZZ_REQUESTS ?? 200);

let driver: Driver | undefined;
afterAll(async () => {
  await driver?.close();
});

describe("API fuzzing from the OpenAPI document (Neo4j)", () => {
  it(`answers ${REQUESTS} generated requests (seed ${SEED}) without a 5xx, each as documented`, {
    timeout: 300_000,
  }, async () => {
    driver = openTestDriver(inject("neo4jUri"));
    await clearTestDatabase(driver);
    const store = new Neo4jStore(driver, { database: testDatabase() });
    await store.init();
    try {
      const report = await fuzzApi(store, { requests: REQUESTS, seed: SEED });
      console.info(
        `api fuzz (neo4j, seed ${SEED}): ${report.requests} requests, ${report.accepted} valid ones accepted, by status ${JSON.stringify(report.byStatus)}; ` +
          `${report.serverErrors.length} × 5xx, ${report.mismatches.length} schema mismatches`,
      );
      expect(report.serverErrors).toEqual([]);
      expect(report.mismatches.slice(0, 20)).toEqual([]);
      expect(report.accepted).toBeGreaterThan(REQUESTS / 10);
    } finally {
      await store.close();
    }
  });
});
