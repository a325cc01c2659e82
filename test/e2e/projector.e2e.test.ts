import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor, SavedView } from "../../src/model/index.js";
import { seriousViolations } from "./axe.js";
import { launchChromium, screenshot } from "./browser.js";
import { type RunningServer, startWeaveServer } from "./server.js";

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * What is drawn in two boxes of the page: pixels that are not the white background, counted in the
 * first box (where nothing may be) and bounded in the second (the map). Read from a screenshot, as
 * the eye sees it, with the legend hidden so anything drawn under it would show.
 */
async function inkIn(page: Page, legend: Box, map: Box): Promise<{ underLegend: number; drawn: Box | undefined }> {
  const png = await page.screenshot();
  return page.evaluate(
    async ({ base64, legend, map }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d");
      if (context === null) throw new Error("no 2D canvas");
      context.drawImage(image, 0, 0);
      const { data, width } = context.getImageData(0, 0, image.width, image.height);
      const ink = (x: number, y: number) => {
        const at = (y * width + x) * 4;
        return 765 - (data[at] ?? 0) - (data[at + 1] ?? 0) - (data[at + 2] ?? 0) > 60;
      };
      let underLegend = 0;
      for (let y = Math.ceil(legend.y); y < legend.y + legend.height; y++) {
        for (let x = Math.ceil(legend.x); x < legend.x + legend.width; x++) if (ink(x, y)) underLegend++;
      }
      let minX = Number.POSITIVE_INFINITY;
      let minY = Number.POSITIVE_INFINITY;
      let maxX = Number.NEGATIVE_INFINITY;
      let maxY = Number.NEGATIVE_INFINITY;
      // A few pixels in from the edges: the map's own border is not a node.
      for (let y = Math.ceil(map.y) + 3; y < map.y + map.height - 3; y++) {
        for (let x = Math.ceil(map.x) + 3; x < map.x + map.width - 3; x++) {
          if (!ink(x, y)) continue;
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
      const drawn =
        minX === Number.POSITIVE_INFINITY ? undefined : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
      return { underLegend, drawn };
    },
    { base64: png.toString("base64"), legend, map },
  );
}

describe("the projector view on the sample neighbourhood", () => {
  let dataDir: string;
  let server: RunningServer;
  let close: () => Promise<void>;
  let page: Page;
  let residents: string[];

  const api = async <T>(path: string): Promise<T> => (await fetch(`${server.baseUrl}${path}`)).json() as Promise<T>;
  const projector = () => page.getByTestId("projector");
  const openProjector = async (query = "") => {
    await page.goto(`${server.baseUrl}/?projector=1${query}`);
    await projector().waitFor();
    await page.locator(".sigma-container canvas").first().waitFor();
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "weave-e2e-projector-"));
    server = await startWeaveServer(dataDir, inject("webDir"));
    const browser = await launchChromium();
    close = browser.close;
    page = await browser.context.newPage();
    const { actors } = await api<{ actors: Actor[] }>("/api/graph");
    residents = actors.filter((actor) => actor.kind === "resident").map((actor) => actor.name);
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("is entered from the header, full screen, and left with Escape", async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(server.baseUrl);
    await page.getByTestId("open-projector").click();
    await projector().waitFor();
    expect(page.url()).toContain("projector=1");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    // No sidebar, and no workshop counter on a server without an open workshop.
    expect(await page.locator(".sidebar").count()).toBe(0);
    expect(await page.getByTestId("workshop-counter").count()).toBe(0);
    await page.getByTestId("projector-fullscreen").click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await page.keyboard.press("Escape");
    await expect.poll(() => projector().count()).toBe(0);
    expect(page.url()).not.toContain("projector=1");
  });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    it(`keeps every drawn node off the legend, the map fitted to the screen, at ${size.width}×${size.height}`, async () => {
      await page.setViewportSize(size);
      await openProjector();
      const legend = await page.locator(".legend").boundingBox();
      const map = await page.getByTestId("sigma-container").boundingBox();
      if (legend === null || map === null) throw new Error("no legend or no map on the projector");
      expect(legend.x + legend.width).toBeLessThanOrEqual(size.width);
      expect(legend.height).toBeGreaterThan(40);
      const measure = async () => {
        await page.locator(".legend").evaluate((element: HTMLElement) => {
          element.style.visibility = "hidden";
        });
        const found = await inkIn(page, legend, map);
        await page.locator(".legend").evaluate((element: HTMLElement) => {
          element.style.visibility = "";
        });
        return found;
      };
      // Everyone on screen, spread over the map rather than huddled in a corner, once the first layout spread them.
      const spread = async () => {
        const { drawn } = await measure();
        return drawn === undefined ? 0 : Math.max(drawn.width / map.width, drawn.height / map.height);
      };
      await expect.poll(spread, { timeout: 30_000 }).toBeGreaterThan(0.5);
      expect((await measure()).underLegend).toBe(0);
      await screenshot(page, `projector-${size.width}x${size.height}`);
    });
  }

  it("hides every name on the map's lists, in the card and in the downloaded data, pseudonyms alike", async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openProjector();
    await page.getByLabel("Hide names").check();
    await expect.poll(() => page.url()).toContain("anonymous=1");

    await page.locator(".data-exports summary").click();
    const downloading = page.waitForEvent("download");
    await page.locator('.data-exports a[href*="format=json"]').click();
    const exported = readFileSync(await (await downloading).path(), "utf8");
    await page.locator(".data-exports summary").click();
    const downloaded = (JSON.parse(exported) as { actors: Actor[] }).actors;
    expect(downloaded.length).toBeGreaterThan(residents.length);
    expect(residents.filter((name) => exported.includes(name))).toEqual([]);
    const pseudonyms = new Set(downloaded.filter((actor) => actor.kind === "resident").map((actor) => actor.name));

    await page.getByTestId("actor-list").locator("summary").click();
    const listbox = page.getByTestId("actor-list").getByRole("listbox");
    // The keyboard's list of who is drawn calls residents what the downloaded file calls them.
    const listed = async () => listbox.getByRole("option").allTextContents();
    await expect.poll(async () => (await listed()).filter((name) => pseudonyms.has(name)).length).toBeGreaterThan(50);
    const first = (await listed()).findIndex((name) => pseudonyms.has(name));
    await listbox.focus();
    for (let step = 0; step < first; step++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    // …and so does the card.
    const card = page.getByTestId("actor-card").locator("h2");
    await expect.poll(async () => pseudonyms.has((await card.textContent()) ?? "")).toBe(true);
    await screenshot(page, "projector-names-hidden");
    const text = (await page.locator("body").textContent()) ?? "";
    expect(residents.filter((name) => text.includes(name))).toEqual([]);
    await page.getByTestId("actor-list").locator("summary").click();
    await page.keyboard.press("Escape");
  });

  it("saves two views, opens one by its link, and steps through them with the keys", async () => {
    const { actors } = await api<{ actors: Actor[] }>("/api/graph");
    const focus = actors.find((actor) => actor.kind === "group");
    if (focus === undefined) throw new Error("the sample has no group");
    const save = async (query: string, name: string) => {
      await page.goto(`${server.baseUrl}/?${query}`);
      await page.getByTestId("count-actors").waitFor();
      await page.getByTestId("saved-views").locator("summary").click();
      await page.getByTestId("saved-view-name").fill(name);
      const stored = page.waitForResponse(
        (response) => response.url().includes("/api/views") && response.request().method() !== "GET",
      );
      await page.getByTestId("save-view").click();
      expect((await stored).ok()).toBe(true);
      await page.getByTestId("saved-view").filter({ hasText: name.trim() }).waitFor();
    };
    await save("year=2019&colour=kind", "Five years ago");
    await save("year=2018", "The busiest group");
    // Saved again under a name in use (any case): that view is replaced, in its place, not doubled.
    await save(`actor=${encodeURIComponent(focus.id)}`, "the busiest group ");
    const { views } = await api<{ views: SavedView[] }>("/api/views");
    expect(views.map((view) => view.name)).toEqual(["Five years ago", "The busiest group"]);
    expect(views[0]?.state).toEqual({ year: 2019, colourBy: "kind" });
    expect(views[1]?.state).toEqual({ actor: focus.id });
    const [first, second] = views as [SavedView, SavedView];

    await page.goto(`${server.baseUrl}/?view=${first.id}&projector=1`);
    const position = page.getByTestId("slide-position");
    await expect.poll(() => position.textContent()).toBe("1 / 2 — Five years ago");
    await expect.poll(() => page.url()).toContain("year=2019");
    expect(page.url()).toContain("colour=kind");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => position.textContent()).toBe("2 / 2 — The busiest group");
    await expect.poll(() => page.getByTestId("actor-card").locator("h2").textContent()).toBe(focus.name);
    expect(page.url()).not.toContain("year=2019");
    await page.keyboard.press("ArrowRight");
    expect(await position.textContent()).toBe("2 / 2 — The busiest group");
    await page.keyboard.press("PageUp");
    await expect.poll(() => position.textContent()).toBe("1 / 2 — Five years ago");
    await page.keyboard.press("PageDown");
    await expect.poll(() => page.url()).toContain(`view=${second.id}`);
    // Ticking "Hide names" leaves the focus on its checkbox: the arrows still step through the slides.
    await page.getByLabel("Hide names").check();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => position.textContent()).toBe("1 / 2 — Five years ago");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => position.textContent()).toBe("2 / 2 — The busiest group");
    await page.getByLabel("Hide names").uncheck();
    await screenshot(page, "projector-slide");
    // A reload keeps the place among the slides, and the page's own state.
    await page.reload();
    await expect.poll(() => position.textContent()).toBe("2 / 2 — The busiest group");
    await expect.poll(() => page.getByTestId("actor-card").locator("h2").textContent()).toBe(focus.name);
  });

  it("renames and deletes saved views from the explorer's menu, which axe finds no fault with", async () => {
    await page.goto(server.baseUrl);
    await page.getByTestId("count-actors").waitFor();
    const menu = page.getByTestId("saved-views");
    await menu.locator("summary").click();
    await menu.getByTestId("saved-view").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "saved-views-menu");

    await menu.getByRole("button", { name: "Rename The busiest group" }).click();
    await menu.getByLabel("New name for The busiest group").fill("Around the choir");
    await menu.getByRole("button", { name: "Save name" }).click();
    await menu.getByTestId("saved-view").filter({ hasText: "Around the choir" }).waitFor();
    page.once("dialog", (dialog) => void dialog.accept());
    await menu.getByRole("button", { name: "Delete Five years ago" }).click();
    await expect.poll(() => menu.getByTestId("saved-view").allTextContents()).toEqual(["Around the choir"]);
    const { views } = await api<{ views: SavedView[] }>("/api/views");
    expect(views.map((view) => view.name)).toEqual(["Around the choir"]);
  });

  for (const language of ["en", "nl"] as const) {
    it(`has no serious or critical axe violation, names hidden and a slide open (${language})`, async () => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await openProjector(`&lang=${language}&anonymous=1`);
      await page.keyboard.press("ArrowRight");
      await page.getByTestId("slide-position").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `projector-a11y-${language}`);
    });
  }
});
