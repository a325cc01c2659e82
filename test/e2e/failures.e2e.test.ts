import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { NetworkAnalysis } from "../../src/analysis/index.js";
import en from "../../src/web/locales/en.json" with { type: "json" };
import { launchChromium, screenshot } from "./browser.js";

const baseUrl = inject("baseUrl");

describe("the explorer when one panel cannot render", () => {
  let close: () => Promise<void> = async () => undefined;
  let page: import("playwright-core").Page;

  beforeAll(async () => {
    const browser = await launchChromium();
    close = browser.close;
    page = await browser.context.newPage();
    // A server that answers an analysis without names, all connectors tied on bridging: ranking
    // them by name then throws inside the "Who connects us?" panel, and only there.
    await page.route("**/api/analysis**", async (route) => {
      const response = await route.fetch();
      const analysis = (await response.json()) as NetworkAnalysis;
      const broken = {
        ...analysis,
        actors: analysis.actors.map((actor) => ({ ...actor, name: null, betweenness: 0.5 })),
      };
      await route.fulfill({ response, json: broken });
    });
    await page.goto(baseUrl);
  });

  afterAll(async () => {
    await close();
  });

  it("shows a sentence and a reload button in that panel, and the rest of the page still works", async () => {
    const failed = page.getByTestId("failed-part");
    await failed.waitFor();
    expect(await failed.locator("p").textContent()).toBe(en.failure.part);
    expect(await page.getByTestId("failed-page").count()).toBe(0);
    expect(await page.getByTestId("count-actors").textContent()).toMatch(/\d/);
    await screenshot(page, "10-failed-panel");

    await page.getByTestId("tab-years").click();
    await page.getByTestId("year-slider").waitFor();
    expect(await failed.count()).toBe(0);

    await page.getByTestId("tab-connectors").click();
    await failed.waitFor();
    const reloaded = page.waitForEvent("load");
    await failed.getByRole("button", { name: en.failure.reload }).click();
    await reloaded;
    await failed.waitFor();
  });
});
