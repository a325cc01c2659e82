import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../src/model/index.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { errorCode, openModeToken, startTestApp, type TestApp } from "./harness.js";

/** A store whose every method fails with `error`, except close. */
function failingStore(real: GraphStore, error: () => Error): GraphStore {
  return new Proxy(real, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || property === "close") return value;
      return async () => {
        throw error();
      };
    },
  });
}

let real: SqliteStore;
let t: TestApp | undefined;
beforeEach(async () => {
  real = new SqliteStore(":memory:");
  await real.init();
});
afterEach(async () => {
  await t?.close();
  await real.close();
});

describe("errors", () => {
  it("never shows a 5xx's insides", async () => {
    t = await startTestApp(failingStore(real, () => new Error("SELECT secret FROM internals at /srv/weave.db")));
    const response = await t.app.inject({ method: "GET", url: "/api/graph" });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: "internal_error", message: "something went wrong on the server; it has been logged" },
    });
  });

  it("answers 503 store_unavailable when the store cannot be reached, on health and on data routes", async () => {
    t = await startTestApp(failingStore(real, () => new StoreUnavailableError("connect ECONNREFUSED 10.0.0.5:7687")));
    for (const url of ["/api/health", "/api/graph", "/api/analysis"]) {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(503);
      expect(errorCode(response)).toBe("store_unavailable");
      expect(response.body).not.toContain("10.0.0.5");
    }
  });

  it("answers JSON for unknown API routes and bad JSON, and the build page elsewhere", async () => {
    t = await startTestApp(real);
    const missing = await t.app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(missing.statusCode).toBe(404);
    expect(errorCode(missing)).toBe("route_not_found");
    const badJson = await t.app.inject({
      method: "POST",
      url: "/api/actors",
      headers: { "content-type": "application/json", "x-csrf-token": await openModeToken(t.app) },
      payload: "{not json",
    });
    expect(badJson.statusCode).toBe(400);
    expect(errorCode(badJson)).toBe("invalid_json");
    const page = await t.app.inject({ method: "GET", url: "/map/somewhere" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("npm run build");
  });
});

describe("headers and documentation", () => {
  it("sends security headers whose CSP lets the built app run", async () => {
    t = await startTestApp(real);
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    const csp = response.headers["content-security-policy"] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it("publishes the OpenAPI document from the route schemas, and the docs page with its own assets", async () => {
    t = await startTestApp(real);
    const spec = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(spec.openapi).toMatch(/^3\./);
    for (const path of [
      "/api/actors",
      "/api/actors/{id}",
      "/api/ties/{id}",
      "/api/analysis",
      "/api/import",
      "/api/events",
    ]) {
      expect(spec.paths, path).toHaveProperty([path]);
    }
    expect(spec.paths["/api/actors"].post.requestBody.content["application/json"].schema.additionalProperties).toBe(
      false,
    );
    const docs = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain("swagger-ui-bundle.js");
    const bundle = await t.app.inject({ method: "GET", url: "/api/docs/static/swagger-ui-bundle.js" });
    expect(bundle.statusCode).toBe(200);
  });

  it("answers a URL it cannot route in the usual shape, and reaches an id of any allowed length", async () => {
    t = await startTestApp(real);
    const broken = await t.app.inject({ method: "GET", url: "/api/actors/%ZZ" });
    expect(broken.statusCode).toBe(400);
    expect(errorCode(broken)).toBe("invalid_url");
    const token = await openModeToken(t.app);
    const id = "a".repeat(200);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/actors",
      headers: { "x-csrf-token": token },
      payload: { id, name: "Long id", kind: "resident" },
    });
    expect(created.statusCode).toBe(201);
    const found = await t.app.inject({ method: "GET", url: `/api/actors/${id}` });
    expect(found.statusCode).toBe(200);
    expect(found.json().name).toBe("Long id");
  });
});
