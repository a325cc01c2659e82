import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/analysis/index.js";
import type { Network } from "../../src/model/index.js";
import { analyseForApi } from "../../src/server/analysis/analyse-for-api.js";
import { loadSampleIntoNewStore } from "../../src/server/sample.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { startTestApp, type TestApp } from "./harness.js";

describe("GET /api/export with the figures", { timeout: 60_000 }, () => {
  let store: SqliteStore;
  let t: TestApp;
  let network: Network;

  beforeAll(async () => {
    store = new SqliteStore(":memory:");
    await store.init();
    await loadSampleIntoNewStore(store);
    network = await store.load({ year: 2022 });
    t = await startTestApp(store, { analyse: analyseForApi });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    store.close();
  });

  it("gives each actor of the year its betweenness, cluster and role, as the analysis has them", async () => {
    const year = 2022;
    const response = await t.app.inject({ method: "GET", url: `/api/export?format=gexf&year=${year}&figures=true` });
    expect(response.statusCode).toBe(200);
    const graph = parseGexf(MultiGraph, response.body);
    const expected = analyseNetwork(await store.load({ year }), { year, years: false }).actors;
    const bridge = [...expected].sort((a, b) => b.betweenness - a.betweenness)[0];
    if (bridge === undefined) throw new Error("the sample has nobody in 2022");
    expect(graph.getNodeAttribute(bridge.id, "betweenness")).toBeCloseTo(bridge.betweenness, 10);
    expect(graph.getNodeAttribute(bridge.id, "cluster")).toBe(bridge.community + 1);
    expect(graph.getNodeAttribute(bridge.id, "role")).toBe(bridge.role);
    expect(graph.order).toBe(network.actors.length);
  });

  it("leaves them out unless asked", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/export?format=gexf&year=2022" });
    expect(response.body).not.toContain("betweenness");
  });
});
