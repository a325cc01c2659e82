import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { NetworkAnalysis } from "../../src/analysis/index.js";
import en from "../../src/web/locales/en.json" with { type: "json" };
import { launchChromium, screenshot } from "./browser.js";

const baseUrl = inject("baseUrl");

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, init);
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** How much of a screenshot is not the map's background: a blank canvas gives 0. */
async function drawnShare(page: Page): Promise<number> {
  const png = await page.getByTestId("sigma-container").screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    if (context === null) return 0;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4 * 7) {
      if (Math.abs((data[i] ?? 0) - 252) + Math.abs((data[i + 1] ?? 0) - 252) + Math.abs((data[i + 2] ?? 0) - 253) > 40)
        drawn++;
    }
    return drawn / (data.length / (4 * 7));
  }, png.toString("base64"));
}

async function latestYear(): Promise<NetworkAnalysis["years"][number]> {
  const latest = (await api<NetworkAnalysis>("/api/analysis")).years.at(-1);
  if (latest === undefined) throw new Error("the sample has no years");
  return latest;
}

describe("the explorer on the sample neighbourhood", () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchChromium());
    page = await context.newPage();
    await page.goto(baseUrl);
  });

  afterAll(async () => {
    await close();
  });

  it("opens at now: the counts are those of the latest year in the data", async () => {
    const latest = await latestYear();
    await page.getByTestId("count-actors").waitFor();
    expect(await page.getByTestId("count-actors").textContent()).toContain(String(latest.actors));
    expect(await page.getByTestId("counts").textContent()).toContain(String(latest.year));
    expect(page.url()).not.toContain("year=");
  });

  it("draws the graph: the canvas is not blank", async () => {
    await page.getByTestId("count-actors").waitFor();
    await expect.poll(() => drawnShare(page), { timeout: 15_000 }).toBeGreaterThan(0.01);
    await screenshot(page, "01-graph");
  });

  it("opens a connector's card from the 'Who connects us?' panel", async () => {
    const first = page.getByTestId("connectors-panel").locator("tbody tr").first().getByRole("button");
    const name = (await first.textContent()) ?? "";
    await first.click();
    const card = page.getByTestId("actor-card");
    await expect.poll(() => card.getByRole("heading", { level: 2 }).textContent()).toBe(name);
    expect(await card.getByTestId("role-sentence").textContent()).toMatch(/connector|pillar|last link/i);
    await screenshot(page, "02-connector-card");
  });

  it("lists exactly the isolated residents the API reports for the latest year", async () => {
    const latest = await latestYear();
    const analysis = await api<NetworkAnalysis>(`/api/analysis?year=${latest.year}`);
    const expected = analysis.actors.filter((actor) => actor.status === "isolated").map((actor) => actor.id);
    expect(expected.length).toBeGreaterThan(0);
    await page.getByTestId("tab-unconnected").click();
    await page.getByTestId("status-isolated").waitFor();
    const more = page.getByTestId("status-isolated-more");
    while ((await more.count()) > 0) await more.click();
    const listed = await page
      .getByTestId("status-isolated")
      .locator("li[data-actor-id]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-actor-id")));
    expect(listed.sort()).toEqual(expected.sort());
    await screenshot(page, "03-isolated");
  });

  it("opens an isolated resident and names who could introduce them, whose card reads the right way round", async () => {
    const latest = await latestYear();
    const analysis = await api<NetworkAnalysis>(`/api/analysis?year=${latest.year}`);
    const nameOf = (id: string) => analysis.actors.find((actor) => actor.id === id)?.name ?? id;
    const suggestion = analysis.suggestions.find(
      (entry) =>
        entry.type === "join-group" &&
        entry.introducer !== null &&
        analysis.actors.find((actor) => actor.id === entry.actors[0])?.status === "isolated",
    );
    if (suggestion?.introducer == null) throw new Error("no isolated resident of the sample has a named introducer");
    const [resident, group] = suggestion.actors;
    const introducer = suggestion.introducer;
    const row = page.getByTestId("status-isolated").locator(`li[data-actor-id="${resident}"]`);
    expect(await row.getByTestId("introducer").textContent()).toBe(nameOf(introducer));
    await row.getByRole("button", { name: nameOf(resident) }).click();
    const card = page.getByTestId("actor-card");
    await expect.poll(() => card.getByRole("heading", { level: 2 }).textContent()).toBe(nameOf(resident));
    const named = card
      .getByTestId("introducer")
      .filter({ hasText: nameOf(introducer) })
      .first();
    await named.waitFor();
    expect(await card.locator("#actor-suggestions-title + ul").textContent()).toContain(`Ask ${nameOf(introducer)}, `);
    await screenshot(page, "03b-introducer");
    // The introducer's card says what they do with the group, from their side.
    await named.click();
    await expect.poll(() => card.getByRole("heading", { level: 2 }).textContent()).toBe(nameOf(introducer));
    const ties = await card.getByTestId("actor-ties").textContent();
    const escaped = nameOf(group).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    expect(ties).toMatch(new RegExp(`(leads|member of)[^:]*${escaped}`));
    await card
      .getByRole("button", { name: nameOf(group) })
      .first()
      .click();
    await expect.poll(() => card.getByRole("heading", { level: 2 }).textContent()).toBe(nameOf(group));
    expect(await card.getByTestId("actor-ties").textContent()).toMatch(/led by|members:/);
  });

  it("maps the gifts: the one most wanted nearby first, with who gives it", async () => {
    const latest = await latestYear();
    const { gifts } = await api<NetworkAnalysis>(`/api/analysis?year=${latest.year}`);
    const first = gifts[0];
    if (first === undefined) throw new Error("the sample has no gifts");
    await page.getByTestId("tab-gifts").click();
    const entry = page.getByTestId("gift-list").locator("li[data-gift]").first();
    expect(await entry.getAttribute("data-gift")).toBe(first.gift);
    expect(await entry.locator("summary").textContent()).toContain(`wanted nearby: ${first.nearby.length}`);
    await entry.locator("summary").click();
    expect(await entry.locator(".chip").count()).toBe(
      first.holders.length + first.nearby.length + first.unmet.length + first.groups.length,
    );
    await screenshot(page, "03c-gifts");
  });

  it("changes the counts when the year slider moves", async () => {
    const analysis = await api<NetworkAnalysis>("/api/analysis");
    const firstYear = analysis.years[0];
    if (firstYear === undefined) throw new Error("the sample has no years");
    await page.getByTestId("tab-years").click();
    const before = await page.getByTestId("count-actors").textContent();
    await page.getByTestId("year-slider").fill("0");
    await expect.poll(() => page.getByTestId("count-actors").textContent(), { timeout: 15_000 }).not.toBe(before);
    expect(await page.getByTestId("count-actors").textContent()).toContain(String(firstYear.actors));
    expect(page.url()).toContain(`year=${firstYear.year}`);
    await screenshot(page, "04-year");
  });

  it("piles every year together only when 'all years' is chosen", async () => {
    const whole = await api<NetworkAnalysis>("/api/analysis");
    await page.getByTestId("year-all").check();
    await expect.poll(() => page.getByTestId("count-actors").textContent()).toContain(String(whole.graph.actors));
    expect(page.url()).toContain("year=all");
    await page.getByTestId("year-all").uncheck();
    expect(page.url()).not.toContain("year=all");
  });

  it("tells whether the network goes it alone, and shows a professional as a professional", async () => {
    const latest = await latestYear();
    const panel = page.getByTestId("going-alone");
    await expect
      .poll(() => panel.getByTestId("independence-year").textContent(), { timeout: 15_000 })
      .toMatch(new RegExp(`^In ${latest.year} institutions and professionals hold \\d+\\.\\d% of the bridging`));
    expect(await panel.getByTestId("independence-span").textContent()).toMatch(/^From \d{4} to \d{4} /);
    await panel.getByRole("button", { name: "Marloes Verhoeven" }).click();
    const card = page.getByTestId("actor-card");
    await expect
      .poll(() => card.getByTestId("actor-kind").textContent())
      .toBe("Professional at Stichting Buurtwerk (community work)");
    expect(await page.locator(".legend").first().textContent()).toContain("Professionals");
    await screenshot(page, "04b-going-alone");
  });

  it("speaks Dutch when Dutch is chosen", async () => {
    await page.getByTestId("language").selectOption("nl");
    await expect.poll(() => page.getByTestId("tab-connectors").textContent()).toBe("Verbinders");
    expect(await page.getByTestId("tab-unconnected").textContent()).toBe("Nog niet verbonden");
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    // The analysis's sentences too, with the explorer's words: a cluster is a "kring".
    await page.getByTestId("tab-gaps").click();
    const gaps = page.getByTestId("gaps-panel");
    await expect.poll(() => gaps.textContent()).toMatch(/Dunne bruggen tussen kringen.*“Kring \d/);
    expect(await gaps.textContent()).not.toMatch(/Cluster|has no tie/);
    await screenshot(page, "05-dutch");
    await page.getByTestId("language").selectOption("en");
  });

  it("moves between the panels' tabs with the arrow keys, Home and End", async () => {
    await page.getByTestId("tab-connectors").click();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByTestId("tab-unconnected").getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-unconnected");
    expect(await page.getByTestId("tab-connectors").getAttribute("tabindex")).toBe("-1");
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-filters");
    await page.keyboard.press("Home");
    expect(await page.getByTestId("tab-connectors").getAttribute("aria-selected")).toBe("true");
    await page.getByTestId("tab-years").click();
  });

  it("shows a change posted through the API without reloading", async () => {
    await page.getByTestId("year-slider").fill(String(await page.getByTestId("year-slider").getAttribute("max")));
    const marker = await page.evaluate(() => {
      (window as unknown as { weaveMarker: number }).weaveMarker = 42;
      return 42;
    });
    const before = Number.parseInt((await page.getByTestId("count-actors").textContent()) ?? "", 10);
    const session = await api<{ csrfToken?: string }>("/api/session");
    await api("/api/actors", {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken ?? "" },
      body: JSON.stringify({ id: "e2e-newcomer", name: "Zoë Newcomer", kind: "resident", interests: ["chess"] }),
    });
    await expect
      .poll(async () => Number.parseInt((await page.getByTestId("count-actors").textContent()) ?? "", 10), {
        timeout: 15_000,
      })
      .toBe(before + 1);
    expect(await page.evaluate(() => (window as unknown as { weaveMarker?: number }).weaveMarker)).toBe(marker);
    await page.getByTestId("search").fill("zoe newcomer");
    await expect.poll(() => page.locator(".search-results").textContent()).toContain("Zoë Newcomer");
    await screenshot(page, "06-live");
    await page.getByTestId("search").fill("");
  });

  it("exports the view as a non-empty PNG", async () => {
    const downloading = page.waitForEvent("download");
    await page.getByTestId("export-png").click();
    const download = await downloading;
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(bytes.length).toBeGreaterThan(10_000);
    await screenshot(page, "07-export");
  });

  it("opens the printable report on the year on screen, and comes back to the map", async () => {
    const latest = await latestYear();
    await page.getByTestId("header-menu").locator("summary").click();
    await page.getByTestId("open-report").click();
    const title = page.getByTestId("report").getByRole("heading", { level: 1 });
    expect(await title.textContent()).toBe(en.report.titleYear.replace("{{year}}", String(latest.year)));
    await screenshot(page, "09-report");
    // Hiding names is a different nameOf: no resident's name is left anywhere in the report.
    const analysis = await api<NetworkAnalysis>(`/api/analysis?year=${latest.year}`);
    const isolated = analysis.gaps.find((gap) => gap.message.code === "isolated_resident")?.actors[0];
    const name = analysis.actors.find((actor) => actor.id === isolated)?.name ?? "an isolated resident";
    const report = page.getByTestId("report");
    expect(await report.getByTestId("report-gaps").textContent()).toContain(`${name} has no tie`);
    await report.getByLabel(en.report.hideNames).check();
    await expect.poll(() => report.textContent()).not.toContain(name);
    const shown = (await report.textContent()) ?? "";
    const residents = analysis.actors.filter((actor) => actor.kind === "resident").map((actor) => actor.name);
    expect(residents.filter((resident) => shown.includes(resident))).toEqual([]);
    await report.getByLabel(en.report.hideNames).uncheck();
    await page.getByRole("button", { name: en.report.back }).click();
    await page.getByTestId("sigma-container").waitFor();
  });

  it("exports the view as an SVG drawing with its legend", async () => {
    const downloading = page.waitForEvent("download");
    await page.getByTestId("export-svg").click();
    const download = await downloading;
    const svg = readFileSync(await download.path(), "utf8");
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    expect(svg).toContain("<svg");
    expect(svg).toContain("<circle");
    const legend = await page.locator(".legend").first().textContent();
    for (const label of ["Residents", "Groups", "Institutions", "Places"]) {
      expect(legend).toContain(label);
      expect(svg).toContain(`>${label}</text>`);
    }
    await screenshot(page, "08-export-svg");
  });
});

describe("the explorer before its analysis arrives", () => {
  it("draws the map from the graph alone and says the analysis is being computed", async () => {
    const { context, close } = await launchChromium();
    try {
      const page = await context.newPage();
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route("**/api/analysis**", async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(baseUrl);
      await page.getByTestId("analysis-pending").waitFor();
      expect(await page.getByTestId("analysis-pending").textContent()).toBe(en.analysis.computing);
      expect(await page.getByTestId("analysis-status").count()).toBe(1);
      await expect.poll(() => drawnShare(page), { timeout: 15_000 }).toBeGreaterThan(0.01);
      await screenshot(page, "00-before-analysis");
      release();
      await page.getByTestId("connectors-panel").locator("tbody tr").first().waitFor();
      expect(await page.getByTestId("analysis-status").count()).toBe(0);
    } finally {
      await close();
    }
  });
});
