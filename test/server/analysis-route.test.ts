import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyseNetwork, MESSAGE_CODES } from "../../src/analysis/index.js";
import type { Network } from "../../src/model/index.js";
import { analyseForApi } from "../../src/server/analysis/analyse-for-api.js";
import { loadSampleIntoNewStore } from "../../src/server/sample.js";
import { ANALYSIS_RESPONSE } from "../../src/server/schemas/analysis.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { startTestApp, type TestApp } from "./harness.js";

/** Checks a value against a schema with the validator settings of the app (nothing coerced or removed). */
async function schemaErrors(schema: object, value: unknown): Promise<string | undefined> {
  const app = Fastify({
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true, allowUnionTypes: true } },
    bodyLimit: 64 * 1024 * 1024,
  });
  app.post("/check", { schema: { body: schema } }, async () => "valid");
  const response = await app.inject({ method: "POST", url: "/check", payload: value as object });
  await app.close();
  return response.statusCode === 200 ? undefined : response.body;
}

// Two analyses of 295 actors and nine years, on a shared machine: seconds, not milliseconds.
describe("GET /api/analysis on the sample neighbourhood", { timeout: 60_000 }, () => {
  let store: SqliteStore;
  let t: TestApp;
  let network: Network;
  let body: string;

  beforeAll(async () => {
    store = new SqliteStore(":memory:");
    await store.init();
    await loadSampleIntoNewStore(store);
    network = await store.load();
    t = await startTestApp(store, { analyse: analyseForApi });
    const response = await t.app.inject({ method: "GET", url: "/api/analysis" });
    expect(response.statusCode).toBe(200);
    body = response.body;
  }, 60_000);
  afterAll(async () => {
    await t.close();
    store.close();
  });

  it("answers exactly what the analysis returns, message codes and all", async () => {
    const expected = JSON.parse(JSON.stringify(analyseNetwork(network)));
    const { freshness, ...figures } = JSON.parse(body);
    expect(figures).toEqual(expected);
    const version = await store.version();
    expect(freshness).toEqual({ state: "fresh", version, current: version });
    expect(expected.gaps.length).toBeGreaterThan(10);
    expect(expected.gaps[0].message).toEqual({ code: expect.any(String), params: expect.any(Object) });
  });

  it("clusters with Louvain on ?clustering=louvain, cached apart from Leiden's answer", async () => {
    const louvain = await t.app.inject({ method: "GET", url: "/api/analysis?year=2025&clustering=louvain" });
    expect(louvain.statusCode).toBe(200);
    const expected = JSON.parse(JSON.stringify(analyseNetwork(network, { year: 2025, clustering: "louvain" })));
    expect({ ...JSON.parse(louvain.body), freshness: undefined }).toEqual({ ...expected, freshness: undefined });
    const leiden = await t.app.inject({ method: "GET", url: "/api/analysis?year=2025" });
    expect(leiden.headers.etag).not.toBe(louvain.headers.etag);
    expect(JSON.parse(leiden.body).graph.modularity).not.toBe(expected.graph.modularity);
    const bad = await t.app.inject({ method: "GET", url: "/api/analysis?clustering=kmeans" });
    expect(bad.statusCode).toBe(400);
  });

  it("answers within its documented response schema", async () => {
    expect(await schemaErrors(ANALYSIS_RESPONSE, JSON.parse(body))).toBeUndefined();
  });

  it("has a schema that rejects a sentence where a message belongs", async () => {
    const answer = JSON.parse(body);
    answer.gaps[0].message = "Priya Vos has no tie to another resident or to a group yet";
    expect(await schemaErrors(ANALYSIS_RESPONSE, answer)).toMatch(/message/);
    answer.gaps[0].message = { code: "isolated_resident", params: { resident: "r088", name: "Priya Vos" } };
    expect(await schemaErrors(ANALYSIS_RESPONSE, answer)).toMatch(/message/);
  });

  it("documents that shape in the OpenAPI document", async () => {
    const spec = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const schema = spec.paths["/api/analysis"].get.responses["200"].content["application/json"].schema;
    expect(Object.keys(schema.properties)).toEqual(Object.keys(JSON.parse(body)));
    expect(schema.properties.gaps.items.properties.message.oneOf).toHaveLength(MESSAGE_CODES.length);
  });
});
