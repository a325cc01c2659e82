import { afterAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { fuzzApi } from "./fuzz/api-fuzz.js";

// A few thousand requests drawn from the app's own OpenAPI document, seeded so a failure repeats:
// WEAVE_FUZZ_SEED and WEAVE_FUZZ_REQUESTS change the run.
const SEED = Number(process.env.WEAVE_FUZZ_SEED ?? 11);
const REQUESTS = Number(process.env.WEAVE_FUZZ_REQUESTS ?? 3000);

const store = new SqliteStore(":memory:");
afterAll(async () => {
  await store.close();
});

describe("API fuzzing from the OpenAPI document (SQLite)", () => {
  it(`answers ${REQUESTS} generated requests (seed ${SEED}) without a 5xx, each as documented`, {
    timeout: 120_000,
  }, async () => {
    await store.init();
    const report = await fuzzApi(store, { requests: REQUESTS, seed: SEED });
    console.info(
      `api fuzz (sqlite, seed ${SEED}): ${report.requests} requests, ${report.accepted} valid ones accepted, by status ${JSON.stringify(report.byStatus)}; ` +
        `${report.serverErrors.length} × 5xx, ${report.mismatches.length} schema mismatches; body not checked for: ${report.unvalidated.join(", ") || "none"}; ` +
        `generated in ${Math.round(report.generatedMs)} ms, sent and checked in ${Math.round(report.sentMs)} ms`,
    );
    expect(report.serverErrors).toEqual([]);
    expect(report.mismatches.slice(0, 20)).toEqual([]);
    expect(report.requests).toBe(REQUESTS);
    // The generator must reach past validation: many requests succeed, many are refused.
    expect(report.accepted).toBeGreaterThan(REQUESTS / 10);
    expect(Object.keys(report.byStatus)).toContain("400");
  });
});
