import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import en from "../../src/web/locales/en.json" with { type: "json" };
import { launchChromium, screenshot } from "./browser.js";
import { type RunningServer, startWeaveServer } from "./server.js";

// A server of its own: the write below must not change the sample the other e2e files count on.
describe("the explorer's figures after someone else's edit", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "weave-e2e-fresh-"));
  let server: RunningServer;

  beforeAll(async () => {
    server = await startWeaveServer(dataDir, inject("webDir"));
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("says the figures are updating while they are older than the graph, then shows the new ones", async () => {
    const { context, close } = await launchChromium();
    try {
      const page = await context.newPage();
      await page.goto(server.baseUrl);
      await page.getByTestId("connectors-panel").locator("tbody tr").first().waitFor({ timeout: 60_000 });
      expect(await page.getByTestId("analysis-updating").count()).toBe(0);

      // The new figures are held here, whichever request brings them: the page asks for them (fresh=true)
      // once it is shown older ones, but a request made again meanwhile (the network patched by a live
      // change) may find them computed already, the more likely the slower the page.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route("**/api/analysis?*", async (route) => {
        const response = await route.fetch();
        const { freshness } = (await response.json()) as { freshness: { state: string } };
        if (freshness.state === "fresh") await held;
        await route.fulfill({ response });
      });
      const { csrfToken } = (await (await fetch(`${server.baseUrl}/api/session`)).json()) as { csrfToken: string };
      const created = await fetch(`${server.baseUrl}/api/actors`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
        body: JSON.stringify({ id: "e2e-fresh", name: "Zoë Fresh", kind: "resident" }),
      });
      expect(created.status).toBe(201);

      await page.getByTestId("analysis-updating").waitFor({ timeout: 15_000 });
      expect(await page.getByTestId("analysis-updating").textContent()).toContain(en.analysis.updating);
      await page.getByTestId("search").fill("zoe fresh");
      await page.locator(".search-results button", { hasText: "Zoë Fresh" }).click();
      // On the map already, but not in the figures shown: her card waits for them.
      const role = page.getByTestId("actor-card").getByTestId("role-sentence");
      expect(await role.textContent()).toBe(en.analysis.computing);
      await screenshot(page, "fresh-01-updating");

      release();
      await expect.poll(() => page.getByTestId("analysis-updating").count(), { timeout: 60_000 }).toBe(0);
      expect(await role.textContent()).not.toBe(en.analysis.computing);
      expect(await page.getByTestId("actor-card").textContent()).toContain(en.centrality.degree);
      await screenshot(page, "fresh-02-fresh");
    } finally {
      await close();
    }
  }, 120_000);
});
