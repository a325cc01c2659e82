import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { AccountStore } from "../../src/store/accounts/account-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { scratchDir } from "./harness.js";

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function appServing(webDir: string) {
  const scratch = scratchDir("weave-web-app-");
  const store = new SqliteStore(":memory:");
  await store.init();
  const accounts = AccountStore.inDataDir(scratch.dir);
  const app = await buildApp({
    store,
    accounts,
    config: { host: "127.0.0.1", webDir, warmAnalysisAfterMs: false },
    logLevel: false,
  });
  cleanups.push(
    () => store.close(),
    () => {
      accounts.close();
      scratch.remove();
    },
    () => app.close(),
  );
  return app;
}

describe("the built web app", () => {
  it("serves its files, answers the app's own routes with index.html, and keeps /api 404s in JSON", async () => {
    const web = scratchDir("weave-dist-");
    cleanups.push(web.remove);
    mkdirSync(join(web.dir, "assets"));
    writeFileSync(join(web.dir, "index.html"), "<!doctype html><title>Weave</title>");
    writeFileSync(join(web.dir, "assets", "app-1.js"), "console.log(1)");
    const app = await appServing(web.dir);

    const home = await app.inject({ method: "GET", url: "/" });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain("<title>Weave</title>");
    expect((await app.inject({ method: "GET", url: "/assets/app-1.js" })).body).toBe("console.log(1)");
    const deepLink = await app.inject({ method: "GET", url: "/report?year=2024" });
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.body).toContain("<title>Weave</title>");
    const unknownApi = await app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(unknownApi.statusCode).toBe(404);
    expect(unknownApi.json().error.code).toBe("route_not_found");
  });

  it("serves files a rebuild wrote while the server was running", async () => {
    const web = scratchDir("weave-dist-");
    cleanups.push(web.remove);
    writeFileSync(join(web.dir, "index.html"), "<!doctype html><title>Weave</title>");
    const app = await appServing(web.dir);
    mkdirSync(join(web.dir, "assets"));
    writeFileSync(join(web.dir, "assets", "app-2.js"), "console.log(2)");
    const rebuilt = await app.inject({ method: "GET", url: "/assets/app-2.js" });
    expect(rebuilt.statusCode).toBe(200);
    expect(rebuilt.body).toBe("console.log(2)");
  });
});
