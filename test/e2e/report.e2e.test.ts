import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bridgingIn, type NetworkAnalysis } from "../../src/analysis/index.js";
import type { Network } from "../../src/model/index.js";
import en from "../../src/web/locales/en.json" with { type: "json" };
import nl from "../../src/web/locales/nl.json" with { type: "json" };
import { launchChromium, SCREENSHOT_DIR, screenshot } from "./browser.js";

const baseUrl = inject("baseUrl");

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Prints the page as the browser's "Save as PDF" does, keeping a copy to look at. */
async function printToPdf(page: Page, name: string): Promise<Buffer> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, `${name}.pdf`), pdf);
  return pdf;
}

/** The PDF's pages, counted from its page objects (Chromium writes them uncompressed). */
function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

describe("the printable report on the sample neighbourhood", () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  let analysis: NetworkAnalysis;
  let network: Network;

  beforeAll(async () => {
    ({ context, close } = await launchChromium());
    page = await context.newPage();
    analysis = await api<NetworkAnalysis>("/api/analysis");
    network = await api<Network>("/api/graph");
  });

  afterAll(async () => {
    await close();
  });

  it("prints the map, two chosen years side by side, the glossary and every cut list counted", async () => {
    const years = analysis.years.map((entry) => entry.year);
    expect(years.length).toBeGreaterThan(2);
    const [from, to] = [years[1] ?? 0, years.at(-2) ?? 0];
    await page.goto(`${baseUrl}/?report=1&lang=en`);
    const report = page.getByTestId("report");
    await report.getByTestId("compare-from").selectOption(String(from));
    await report.getByTestId("compare-to").selectOption(String(to));
    // The choice is part of the view, so a link reopens the same comparison.
    await expect.poll(() => page.url()).toContain(`from=${from}`);
    expect(page.url()).toContain(`to=${to}`);

    const comparison = report.getByTestId("year-comparison");
    expect(await comparison.getByTestId("compare-head-from").textContent()).toBe(String(from));
    expect(await comparison.getByTestId("compare-head-to").textContent()).toBe(String(to));
    const figuresOf = (year: number) => analysis.years.find((entry) => entry.year === year);
    const actorsRow = comparison.locator('tr[data-measure="actors"] td');
    expect(await actorsRow.allTextContents()).toEqual([
      String(figuresOf(from)?.actors),
      String(figuresOf(to)?.actors),
      expect.stringMatching(/^[+−]?\d+$/),
    ]);
    const clustersRow = comparison.locator('tr[data-measure="clusters"] td');
    expect((await clustersRow.allTextContents()).slice(0, 2)).toEqual([
      String(figuresOf(from)?.clusters),
      String(figuresOf(to)?.clusters),
    ]);

    // The map is a picture (sigma's WebGL canvas does not print), its legend beside it.
    const map = report.getByTestId("report-map-image");
    await map.waitFor({ timeout: 60_000 });
    expect(await map.getAttribute("src")).toMatch(/^data:image\/png;base64,/);
    expect(await map.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(300);
    const mapBox = await map.boundingBox();
    const legendBox = await report.getByTestId("report-map").locator(".legend").boundingBox();
    expect(mapBox).not.toBeNull();
    expect(legendBox).not.toBeNull();
    if (mapBox !== null && legendBox !== null) expect(legendBox.x).toBeGreaterThanOrEqual(mapBox.x + mapBox.width);

    // Trend charts carry their years on the time axis.
    const firstChart = report.locator(".axis-trend svg").first();
    expect(await firstChart.textContent()).toContain(String(years[0]));
    expect(await firstChart.textContent()).toContain(en.years.year);

    // "… and N more": every cut list says how many it leaves out, and the appendix has them all.
    const more = report.getByTestId("report-more");
    expect(await more.count()).toBeGreaterThan(0);
    for (const section of await report.getByTestId("report-gaps").locator("section").all()) {
      const total = Number((await section.locator(".count").textContent())?.match(/\d+/)?.[0]);
      const shown = await section.locator("li:not(.more)").count();
      const cut = await section.getByTestId("report-more").count();
      const left = cut === 0 ? 0 : Number((await section.getByTestId("report-more").textContent())?.match(/\d+/)?.[0]);
      expect(shown + left).toBe(total);
    }
    const appendix = report.getByTestId("report-appendix");
    const isolated = analysis.actors.filter((actor) => actor.status === "isolated");
    if (isolated.length > 10) {
      const listed = await appendix
        .locator('[aria-labelledby="appendix-status-isolated"] .appendix-names')
        .textContent();
      expect(listed?.split(", ").length).toBe(isolated.length);
    }

    const glossary = report.getByTestId("report-glossary");
    expect(await glossary.textContent()).toContain(en.glossary.connector.term);
    expect(await glossary.textContent()).toContain(en.glossary.thinBridge.explain);

    // What is printed: the map stays (no-print hides only the controls), the comparison shows.
    await page.emulateMedia({ media: "print" });
    expect(await map.isVisible()).toBe(true);
    expect(await comparison.locator("table").isVisible()).toBe(true);
    expect(await report.locator(".report-controls").isVisible()).toBe(false);
    const pdf = await printToPdf(page, "report-en");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pageCount(pdf)).toBeGreaterThan(2);
    // The map's PNG is embedded as an image.
    expect(pdf.toString("latin1")).toMatch(/\/Subtype\s*\/Image/);
    expect(pdf.length).toBeGreaterThan(100_000);
  });

  it("with names hidden, prints no resident's name, in the text or on the map", async () => {
    const report = page.getByTestId("report");
    await report.getByLabel(en.report.hideNames).check();
    await expect.poll(() => page.url()).toContain("anonymous=1");
    // The map is copied again, its labels drawn by the same reducers as the explorer's (pseudonyms).
    await report.getByTestId("report-map-image").waitFor();
    const text = (await report.textContent()) ?? "";
    const residents = network.actors.filter((actor) => actor.kind === "resident").map((actor) => actor.name);
    expect(residents.length).toBeGreaterThan(50);
    expect(residents.filter((name) => text.includes(name))).toEqual([]);
    await printToPdf(page, "report-en-anonymous");
  });

  it("prints in Dutch, glossary and comparison included", async () => {
    await page.goto(`${baseUrl}/?report=1&lang=nl`);
    const report = page.getByTestId("report");
    await report.getByTestId("report-map-image").waitFor({ timeout: 60_000 });
    expect(await report.getByTestId("report-glossary").textContent()).toContain(nl.glossary.connector.term);
    expect(await report.locator("#report-compare").textContent()).toBe(nl.compare.title);
    expect(await report.getByTestId("report-more").first().textContent()).toContain("en nog");
    const pdf = await printToPdf(page, "report-nl");
    expect(pdf.toString("latin1")).toMatch(/\/Subtype\s*\/Image/);
  });

  it("gives the explorer the same comparison as a tab, kept in the link", async () => {
    const years = analysis.years.map((entry) => entry.year);
    const [from, to] = [years[0] ?? 0, years[2] ?? 0];
    await page.goto(`${baseUrl}/?panel=compare&from=${from}&to=${to}&lang=en`);
    const panel = page.getByTestId("compare-panel");
    await panel.getByTestId("year-comparison").waitFor();
    expect(await page.getByTestId("tab-compare").getAttribute("aria-selected")).toBe("true");
    expect(await panel.getByTestId("compare-head-from").textContent()).toBe(String(from));
    expect(await panel.getByTestId("compare-head-to").textContent()).toBe(String(to));
    await panel.getByTestId("compare-to").selectOption(String(years.at(-1)));
    await expect.poll(() => page.url()).toContain(`to=${years.at(-1)}`);
    await screenshot(page, "report-compare-tab");
  });

  it("shows on an actor's card how their bridging moved over the years", async () => {
    const top = [...analysis.actors].sort((a, b) => b.betweenness - a.betweenness)[0];
    const years = analysis.bridging.years;
    await page.goto(`${baseUrl}/?actor=${encodeURIComponent(top?.id ?? "")}&lang=en`);
    const line = page.getByTestId("actor-card").getByTestId("bridging-sparkline");
    await line.waitFor();
    const drawn = line.locator("svg");
    expect(await drawn.textContent()).toBe(`${years[0]}${years.at(-1)}`);
    expect(await drawn.locator("circle").count()).toBe(
      analysis.bridging.actors[top?.id ?? ""]?.filter((value) => value !== null).length,
    );
    // The map opens on the latest year: the caption gives that year's value.
    const latest = analysis.bridging.actors[top?.id ?? ""]?.at(-1);
    expect(await line.locator("figcaption").textContent()).toContain(
      `${bridgingIn("en", latest ?? 0)} (${years.at(-1)})`,
    );
    await screenshot(page, "report-actor-bridging");
  });
});
