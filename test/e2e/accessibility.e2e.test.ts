import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { NetworkAnalysis } from "../../src/analysis/index.js";
import { PANELS } from "../../src/web/features/view/state.js";
import { seriousViolations } from "./axe.js";
import { launchChromium, SCREENSHOT_DIR, screenshot } from "./browser.js";
import { ROOT, type RunningServer, startWeaveServer, weaveEnv } from "./server.js";

const baseUrl = inject("baseUrl");

async function analysis(): Promise<NetworkAnalysis> {
  const response = await fetch(`${baseUrl}/api/analysis`);
  return (await response.json()) as NetworkAnalysis;
}

const boxesOverlap = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("the explorer for everyone", () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchChromium());
    page = await context.newPage();
  });

  afterAll(async () => {
    await close();
  });

  for (const language of ["en", "nl"] as const) {
    it(`has no serious or critical axe violation on any panel, the card, the forms or the report (${language})`, async () => {
      await page.goto(`${baseUrl}/?lang=${language}`);
      await page.getByTestId("count-actors").waitFor();
      const found: Record<string, string[]> = {};
      for (const panel of PANELS) {
        await page.getByTestId(`tab-${panel}`).click();
        await page.locator(`#tab-${panel}[aria-selected="true"]`).waitFor();
        // Each panel as it is once the analysis is in, not its "computing" line.
        await page.getByTestId("analysis-pending").waitFor({ state: "detached" });
        found[`panel ${panel}`] = await seriousViolations(page);
      }
      await page.getByTestId("search").fill("a");
      found["search list"] = await seriousViolations(page);
      await page.getByTestId("actor-list").locator("summary").click();
      found["actor list"] = await seriousViolations(page);
      await page.getByTestId("actor-list").locator("summary").click();
      await page.getByTestId("search").press("Enter");
      await page.getByTestId("actor-card").waitFor();
      found["actor card"] = await seriousViolations(page);
      for (const form of ["actor", "tie"]) {
        const opener = page.getByTestId(`add-${form}`);
        if ((await opener.count()) === 0) continue;
        await opener.click();
        await page.getByTestId(`${form}-form`).waitFor();
        found[`${form} form`] = await seriousViolations(page);
        await page.keyboard.press("Escape");
        await page.getByTestId(`${form}-form`).waitFor({ state: "hidden" });
      }
      await page.getByTestId("header-menu").locator("summary").click();
      found["header menu"] = await seriousViolations(page);
      await page.getByTestId("open-report").click();
      await page.getByTestId("report").waitFor();
      await page.getByTestId("report-map").locator("img").first().waitFor();
      found.report = await seriousViolations(page);
      await screenshot(page, `a11y-report-${language}`);
      for (const [where, violations] of Object.entries(found)) expect(violations, where).toEqual([]);
    });
  }

  it("Escape closes the search list, then the card; Enter in search opens the best match", async () => {
    await page.goto(baseUrl);
    await page.getByTestId("count-actors").waitFor();
    const { actors } = await analysis();
    const target = actors.find((actor) => actors.filter((other) => other.name.includes(actor.name)).length > 1);
    const name = target?.name ?? actors[0]?.name ?? "";
    const search = page.getByTestId("search");
    await search.fill(name);
    // The whole name first, before longer names that contain it.
    expect(await page.locator(".search-results li button").first().textContent()).toBe(name);
    await search.press("Escape");
    expect(await page.locator(".search-results").count()).toBe(0);
    await search.press("ArrowLeft");
    await search.fill(name);
    await search.press("Enter");
    const card = page.getByTestId("actor-card");
    await expect.poll(() => card.locator("h2").textContent()).toBe(name);
    expect(await page.locator(".search-results").count()).toBe(0);
    await page.keyboard.press("Escape");
    await expect.poll(() => card.count()).toBe(0);
  });

  it("walks the map by keyboard: the arrow keys move through who is drawn, Enter opens the card", async () => {
    const list = page.getByTestId("actor-list");
    await list.locator("summary").click();
    const listbox = list.getByRole("listbox");
    await listbox.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const active = list.locator('[role="option"][aria-selected="true"]');
    const name = await active.textContent();
    expect(await listbox.getAttribute("aria-activedescendant")).toBe(await active.getAttribute("id"));
    expect(await list.getByRole("option").nth(2).textContent()).toBe(name);
    await screenshot(page, "a11y-keyboard-focus");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("actor-card").locator("h2").textContent()).toBe(name);
    await page.keyboard.press("Escape");
    await list.locator("summary").click();
  });

  it("opens a link to an actor with their card, whatever the layout is doing", async () => {
    const { actors } = await analysis();
    const linked = [...actors].sort((a, b) => b.betweenness - a.betweenness)[3];
    if (linked === undefined) throw new Error("the sample has too few actors");
    await page.goto(`${baseUrl}/?actor=${encodeURIComponent(linked.id)}`);
    await expect.poll(() => page.getByTestId("actor-card").locator("h2").textContent()).toBe(linked.name);
    await screenshot(page, "a11y-linked-actor");
  });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    it(`keeps the legend beside the map at ${size.width}×${size.height}`, async () => {
      await page.setViewportSize(size);
      await page.goto(baseUrl);
      await page.getByTestId("count-actors").waitFor();
      await page.locator(".sigma-container canvas").first().waitFor();
      const legend = await page.locator(".legend").boundingBox();
      const map = await page.getByTestId("sigma-container").boundingBox();
      expect(legend).not.toBeNull();
      expect(map).not.toBeNull();
      if (legend !== null && map !== null) {
        expect(boxesOverlap(legend, map)).toBe(false);
        expect(legend.width).toBeGreaterThan(0);
        expect(map.height).toBeGreaterThan(size.height / 4);
      }
      await screenshot(page, `a11y-legend-${size.width}x${size.height}`);
    });
  }

  it("saves a poster 4000 px wide, the legend in a column beside the map", async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId("export-poster").check();
    const downloading = page.waitForEvent("download");
    await page.getByTestId("export-png").click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/-poster\.png$/);
    const path = await download.path();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    copyFileSync(path, join(SCREENSHOT_DIR, "a11y-poster.png"));
    const width = await page.evaluate(
      async (url) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        return image.width;
      },
      `data:image/png;base64,${readFileSync(path).toString("base64")}`,
    );
    expect(width).toBe(4000);
    const svgDownload = page.waitForEvent("download");
    await page.getByTestId("export-svg").click();
    const svg = readFileSync(await (await svgDownload).path(), "utf8");
    expect(svg).toMatch(/<svg [^>]*width="4000"/);
    await page.getByTestId("export-poster").uncheck();
  });
});

describe("the login page for everyone", () => {
  const PASSWORD = "correct horse battery staple";
  let dataDir: string;
  let server: RunningServer;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "weave-e2e-a11y-login-"));
    execFileSync(process.execPath, [join(ROOT, "bin/weave.js"), "user", "add", "ada", "--role", "admin"], {
      cwd: ROOT,
      env: weaveEnv(dataDir, { WEAVE_PASSWORD: PASSWORD }),
      stdio: "ignore",
    });
    server = await startWeaveServer(dataDir, inject("webDir"));
    const browser = await launchChromium();
    close = browser.close;
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  for (const language of ["en", "nl"] as const) {
    it(`has no serious or critical axe violation (${language})`, async () => {
      await page.goto(`${server.baseUrl}/?lang=${language}`);
      await page.locator("main.login").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
