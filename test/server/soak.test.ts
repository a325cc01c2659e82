import { describe, expect, it } from "vitest";
import { runSoak } from "../bench/soak.js";

// The short version of `test/bench/soak.ts`: a few seconds of concurrent reads and writes against a
// real `weave serve` over loopback. It checks that nothing fails; it asserts no timings.
describe("soak, short", () => {
  it("answers concurrent readers and writers without one error (SQLite)", { timeout: 180_000 }, async () => {
    const result = await runSoak({ seconds: 3, actors: 300, readers: 10, writers: 2 });
    expect(result.errors).toEqual({});
    const routes = result.routes.map((route) => route.route);
    expect(routes).toEqual(expect.arrayContaining(["GET /api/graph", "POST /api/actors", "POST /api/ties"]));
    expect(result.requests).toBeGreaterThan(0);
  });
});
