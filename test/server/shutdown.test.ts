import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { startWeaveServer } from "../e2e/server.js";
import { errorCode, openModeToken, scratchDir, startTestApp, type TestApp } from "./harness.js";
import { collectEvents } from "./sse-client.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("weave serve shutting down", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`stops within 5 s on ${signal} while a page follows /api/events`, async () => {
      const { dir, remove } = scratchDir("weave-shutdown-");
      cleanups.push(remove);
      // No built app is needed: the API alone is what stops.
      const weave = await startWeaveServer(dir, join(dir, "no-web"));
      const server = weave.process;
      cleanups.push(() => server.exitCode === null && server.kill("SIGKILL"));
      const url = weave.baseUrl;
      const events = await collectEvents(`${url}/api/events`, {});
      cleanups.push(() => events.close());
      await events.next("hello");

      const exited = new Promise<number | null>((done) => server.once("exit", (code) => done(code)));
      const sent = Date.now();
      server.kill(signal);
      const code = await Promise.race([exited, new Promise<"hung">((done) => setTimeout(() => done("hung"), 5000))]);
      expect(code, `still running 5 s after ${signal}:\n${weave.output()}`).toBe(0);
      expect(Date.now() - sent).toBeLessThan(5000);
    });
  }
});

describe("DELETE as curl sends it", () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it("accepts content-type: application/json with no body, and still refuses bad JSON", async () => {
    const store = new SqliteStore(":memory:");
    await store.init();
    cleanups.push(() => store.close());
    t = await startTestApp(store);
    const csrf = await openModeToken(t.app);
    const headers = { "content-type": "application/json", "x-csrf-token": csrf };
    await t.app.inject({
      method: "POST",
      url: "/api/actors",
      headers,
      payload: { id: "r1", name: "Ria", kind: "resident" },
    });
    const erased = await t.app.inject({ method: "DELETE", url: "/api/actors/r1", headers, payload: "" });
    expect(erased.statusCode, erased.body).toBe(204);
    expect((await t.app.inject({ method: "GET", url: "/api/actors/r1" })).statusCode).toBe(404);
    const bad = await t.app.inject({ method: "DELETE", url: "/api/actors/r1", headers, payload: "{not json" });
    expect(bad.statusCode).toBe(400);
    expect(errorCode(bad)).toBe("invalid_json");
  });
});
