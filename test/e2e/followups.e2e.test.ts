import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { FollowUp } from "../../src/model/index.js";
import en from "../../src/web/locales/en.json" with { type: "json" };
import { launchChromium, screenshot } from "./browser.js";
import { type RunningServer, startWeaveServer } from "./server.js";

/** A server of its own on a fresh copy of the sample: this test records a tie. */
describe("a follow-up from a suggestion, closed when the tie is recorded", () => {
  let dataDir: string;
  let server: RunningServer;
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${server.baseUrl}${path}`, init);
    if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "weave-e2e-followups-"));
    server = await startWeaveServer(dataDir, inject("webDir"));
    ({ context, close } = await launchChromium());
    page = await context.newPage();
    await page.goto(`${server.baseUrl}/?panel=unconnected`);
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("opens an isolated resident and follows up the introduction suggested for them", async () => {
    const isolated = page
      .getByTestId("status-isolated")
      .locator("li")
      .filter({ has: page.locator(".suggestion") });
    await isolated.first().waitFor();
    const name = (await isolated.first().getByRole("button").first().textContent()) ?? "";
    await isolated.first().getByRole("button").first().click();
    const card = page.getByTestId("actor-card");
    await expect.poll(() => card.getByRole("heading", { level: 2 }).textContent()).toBe(name);
    await card.getByRole("button", { name: en.followups.followUpSuggestion }).click();
    await expect.poll(() => card.getByTestId("follow-up-made").textContent()).toBe(en.followups.made);
    await screenshot(page, "30-follow-up-made");
  });

  it("sees it connected in the Follow-ups panel once the suggested tie is recorded", async () => {
    const { followUps } = await api<{ followUps: FollowUp[] }>("/api/follow-ups");
    expect(followUps).toHaveLength(1);
    const [made] = followUps as [FollowUp];
    expect(made).toMatchObject({ status: "to_contact", assignee: "local" });
    expect(made.tie).toBeDefined();

    await page.getByTestId("tab-followups").click();
    const item = page.getByTestId("followups-panel").getByTestId("followup-item");
    await expect.poll(() => item.getAttribute("data-status")).toBe("to_contact");

    const { csrfToken } = await api<{ csrfToken: string }>("/api/session");
    await api("/api/ties", {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
      body: JSON.stringify(made.tie),
    });
    await expect.poll(() => item.getAttribute("data-status"), { timeout: 15_000 }).toBe("connected");
    expect(await item.textContent()).toContain(en.followups.closedByTie);
    await screenshot(page, "31-follow-up-connected");
  });
});
