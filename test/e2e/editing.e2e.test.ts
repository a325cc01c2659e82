import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor, Network } from "../../src/model/index.js";
import { launchChromium, screenshot } from "./browser.js";
import { ROOT, startWeaveServer, weaveEnv } from "./server.js";

const baseUrl = inject("baseUrl");
const NEWCOMER = "Noor Workshopgast";

async function graph(): Promise<Network> {
  const response = await fetch(`${baseUrl}/api/graph`);
  if (!response.ok) throw new Error(`GET /api/graph: ${response.status}`);
  return (await response.json()) as Network;
}

/** A resident whose full name finds nobody else, so picking by search is unambiguous. */
function uniquelyNamedResident(network: Network): Actor {
  const found = network.actors.find(
    (actor) =>
      actor.kind === "resident" &&
      network.actors.every(
        (other) => other.id === actor.id || !other.name.toLowerCase().includes(actor.name.toLowerCase()),
      ),
  );
  if (found === undefined) throw new Error("the sample has no resident with a name of their own");
  return found;
}

async function openCard(page: Page, id: string): Promise<void> {
  await page.goto(`${baseUrl}/?actor=${encodeURIComponent(id)}`);
  await page.getByTestId("actor-card").waitFor();
}

const tiesHeading = (page: Page) => page.getByTestId("actor-card").locator("#actor-ties-title");

/** The legend's clusters as a viewer reads them: "Cluster 3" and its swatch's colour (not the interests, which may change). */
async function legendClusters(page: Page): Promise<string[]> {
  const entries = page.locator(".legend .legend-list li", { hasText: "Cluster" });
  await entries.first().waitFor({ timeout: 60_000 });
  const read = await entries.evaluateAll((items) =>
    items.map(
      (item) =>
        `${/Cluster \d+/.exec(item.textContent ?? "")?.[0]} ${item.querySelector("circle")?.getAttribute("fill")}`,
    ),
  );
  return read.sort();
}

describe("editing in the explorer, seen live on a second screen", () => {
  let editor: Page;
  let projector: Page;
  const closes: (() => Promise<void>)[] = [];
  let partner: Actor;
  let newcomerId: string;
  let clustersBefore: string[];

  beforeAll(async () => {
    for (const _ of [0, 1]) {
      const browser = await launchChromium();
      closes.push(browser.close);
      const page = await browser.context.newPage();
      await page.goto(baseUrl);
      await page.getByTestId("count-actors").waitFor();
      if (editor === undefined) editor = page;
      else projector = page;
    }
    await projector.getByTestId("count-actors").waitFor();
    await projector.locator(".live-live").waitFor();
    partner = uniquelyNamedResident(await graph());
    clustersBefore = await legendClusters(projector);
  });

  afterAll(async () => {
    for (const close of closes) await close();
  });

  it("adds an actor with every field through the form, and the other screen highlights it within 1 s", async () => {
    await editor.getByTestId("add-actor").click();
    const form = editor.getByTestId("actor-form");
    await form.getByLabel("Name", { exact: true }).fill(NEWCOMER);
    await form.getByLabel("Area (street or neighbourhood)").fill("Centrum");
    await form.getByLabel("Gifts").fill("Cooking, listening");
    await form.getByLabel("Interests").fill("gardening");
    await form.getByLabel("Yes", { exact: true }).check();
    await form.getByLabel("Date of the answer").fill("2024-05-02");
    await form.getByLabel("Notes").fill("joined at the spring workshop");
    await form.getByRole("button", { name: "Add an attribute" }).click();
    await form.getByLabel("Attribute name").fill("street");
    await form.getByLabel("Value", { exact: true }).fill("Kade");
    await screenshot(editor, "editing-01-actor-form-en");
    const created = editor.waitForResponse((response) => response.url().endsWith("/api/actors"));
    await form.getByTestId("actor-save").click();
    const actor = (await (await created).json()) as Actor;
    newcomerId = actor.id;
    await expect.poll(() => projector.getByTestId("fresh-notice").textContent(), { timeout: 1000 }).toContain(NEWCOMER);
    expect(actor).toMatchObject({
      name: NEWCOMER,
      kind: "resident",
      area: "Centrum",
      gifts: ["cooking", "listening"],
      interests: ["gardening"],
      consent: { given: true, date: "2024-05-02" },
      notes: "joined at the spring workshop",
      custom: { street: "Kade" },
    });
    await expect.poll(() => editor.getByTestId("actor-card").locator("h2").textContent()).toBe(NEWCOMER);
  });

  it("adds a tie by searching both actors, offering only the pair's types; the other screen highlights it within 1 s", async () => {
    await editor.getByTestId("add-tie").click();
    const form = editor.getByTestId("tie-form");
    await form.getByLabel("First actor").fill(NEWCOMER);
    await form.getByLabel("First actor").press("Enter");
    await form.getByLabel("Second actor").fill(partner.name);
    await form.getByLabel("Second actor").press("Enter");
    expect(await form.getByTestId("tie-second-chosen").textContent()).toBe(partner.name);
    // Two residents can only know each other.
    expect(await form.getByLabel("Type of tie").locator("option").allTextContents()).toEqual([
      `${NEWCOMER} knows ${partner.name}`,
    ]);
    await form.getByLabel("Strong", { exact: true }).check();
    await screenshot(editor, "editing-02-tie-form-en");
    const created = editor.waitForResponse((response) => response.url().endsWith("/api/ties"));
    await form.getByTestId("tie-save").click();
    expect((await created).status()).toBe(201);
    await expect
      .poll(() => projector.getByTestId("fresh-notice").textContent(), { timeout: 1000 })
      .toContain(`${NEWCOMER} knows ${partner.name}`);
    await screenshot(projector, "editing-03-projector-highlight");
  });

  it("keeps every cluster's number and colour on the other screen once the new figures arrive", async () => {
    // On the sample, a newcomer tied in makes the analysis number most clusters anew (31 → 32, …).
    await expect.poll(() => projector.getByTestId("analysis-updating").count(), { timeout: 60_000 }).toBe(0);
    expect(clustersBefore.length).toBeGreaterThan(3);
    expect(await legendClusters(projector)).toEqual(clustersBefore);
  });

  it("ends the tie in a year, which keeps it, and Ctrl-Z takes the ending back", async () => {
    const newcomerTie = async () =>
      (await graph()).ties.find((tie) => tie.source === newcomerId || tie.target === newcomerId);
    await editor.getByTestId("edit-ties").click();
    const form = editor.getByTestId("ties-form");
    await form.getByLabel("Ended in year").fill("2025");
    await form.getByTestId("tie-end").click();
    await expect.poll(async () => (await newcomerTie())?.until).toBe(2025);
    await expect.poll(() => form.getByTestId("edit-tie").textContent()).toContain("ended in 2025");
    await screenshot(editor, "editing-07-ties-form-en");
    await editor.keyboard.press("Escape");
    await editor.locator("body").click({ position: { x: 5, y: 5 } });
    await editor.keyboard.press("Control+z");
    await expect.poll(async () => (await newcomerTie())?.until).toBeUndefined();
    expect((await newcomerTie())?.weight).toBe(3);
  });

  it("undoes the tie with Ctrl-Z, through the API, on both screens", async () => {
    await openCard(projector, newcomerId);
    await expect.poll(() => tiesHeading(projector).textContent()).toBe("1 tie");
    await editor.locator("body").click({ position: { x: 5, y: 5 } });
    await editor.keyboard.press("Control+z");
    await expect.poll(() => tiesHeading(projector).textContent()).toBe("0 ties");
    await expect.poll(() => tiesHeading(editor).textContent()).toBe("0 ties");
    expect((await graph()).ties.some((tie) => tie.source === newcomerId || tie.target === newcomerId)).toBe(false);
    expect(await editor.getByTestId("redo").isEnabled()).toBe(true);
  });

  it("shows a server validation error beside its field", async () => {
    await editor.getByTestId("edit-actor").click();
    const form = editor.getByTestId("actor-form");
    await form.getByLabel("Since (year)").fill("2024");
    await form.getByLabel("Until (year)").fill("2020");
    await form.getByTestId("actor-save").click();
    const problem = form.getByTestId("problem-actor-until");
    await expect.poll(() => problem.textContent()).toContain("before since 2024");
    expect(await form.getByLabel("Until (year)").getAttribute("aria-invalid")).toBe("true");
    await screenshot(editor, "editing-04-validation");
    await form.getByLabel("Until (year)").fill("");
    await form.getByLabel("Since (year)").fill("");
    await form.getByLabel("Gifts").fill("cooking, baking");
    await form.getByTestId("actor-save").click();
    await form.waitFor({ state: "detached" });
  });

  it("shows an actor edit made through the form on the card, on both screens", async () => {
    for (const page of [editor, projector]) {
      await expect.poll(() => page.getByTestId("actor-card").locator(".actor-facts").textContent()).toContain("baking");
    }
  });

  it("speaks Dutch in the forms", async () => {
    await editor.getByTestId("language").selectOption("nl");
    await editor.getByTestId("edit-actor").click();
    await expect.poll(() => editor.getByTestId("actor-form").locator("h2").textContent()).toBe(`${NEWCOMER} bewerken`);
    await screenshot(editor, "editing-05-actor-form-nl");
    await editor.keyboard.press("Escape");
    await editor.getByTestId("add-tie").click();
    await editor.getByTestId("tie-form").getByLabel("Eerste deelnemer").fill(NEWCOMER);
    await editor.getByTestId("tie-form").getByLabel("Eerste deelnemer").press("Enter");
    await screenshot(editor, "editing-06-tie-form-nl");
    await editor.keyboard.press("Escape");
    await editor.getByTestId("language").selectOption("en");
  });

  it("undoes everything back to the sample, each undo a write", async () => {
    const newcomer = async () => (await graph()).actors.find((actor) => actor.id === newcomerId);
    await editor.getByTestId("undo").click();
    await expect.poll(async () => (await newcomer())?.gifts).toEqual(["cooking", "listening"]);
    await editor.getByTestId("undo").click();
    await expect.poll(newcomer).toBeUndefined();
    expect(await editor.getByTestId("undo").isDisabled()).toBe(true);
    await expect.poll(() => projector.getByTestId("actor-card").count()).toBe(0);
  });

  it("erases an actor only after a confirmation that says so, and undo brings them back with their ties", async () => {
    const { csrfToken } = (await (await fetch(`${baseUrl}/api/session`)).json()) as { csrfToken: string };
    const post = (path: string, body: object) =>
      fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
        body: JSON.stringify(body),
      });
    expect((await post("/api/actors", { id: "e2e-leaving", name: "Lotte Vertrekt", kind: "resident" })).status).toBe(
      201,
    );
    expect((await post("/api/ties", { source: "e2e-leaving", target: partner.id, type: "knows" })).status).toBe(201);
    await openCard(editor, "e2e-leaving");
    await editor.getByTestId("edit-actor").click();
    await editor.getByTestId("actor-erase").click();
    expect(await editor.getByRole("alertdialog").textContent()).toContain("erases Lotte Vertrekt and their 1 tie");
    await screenshot(editor, "editing-08-erase-confirm");
    await editor.getByTestId("actor-erase-confirm").click();
    const leaving = async () => (await graph()).actors.some((actor) => actor.id === "e2e-leaving");
    await expect.poll(leaving).toBe(false);
    await editor.getByTestId("undo").click();
    await expect.poll(leaving).toBe(true);
    await expect
      .poll(async () => (await graph()).ties.filter((tie) => [tie.source, tie.target].includes("e2e-leaving")).length)
      .toBe(1);
    const erased = await fetch(`${baseUrl}/api/actors/e2e-leaving`, {
      method: "DELETE",
      headers: { "x-csrf-token": csrfToken },
    });
    expect(erased.status).toBe(204);
  });
});

describe("an editor (not an admin) undoing the actor they added", () => {
  it("takes the new actor back with Ctrl-Z, through the API, and redo adds it again", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "weave-editor-undo-"));
    const password = "correct horse battery staple";
    execFileSync(process.execPath, [join(ROOT, "bin/weave.js"), "user", "add", "edda", "--role", "editor"], {
      cwd: ROOT,
      env: weaveEnv(dataDir, { WEAVE_PASSWORD: password }),
      stdio: "ignore",
    });
    const server = await startWeaveServer(dataDir, inject("webDir"));
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(server.baseUrl);
      await page.getByLabel("Name").fill("edda");
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Log in" }).click();
      await page.getByTestId("count-actors").waitFor();
      await page.getByTestId("add-actor").click();
      await page.getByTestId("actor-form").getByLabel("Name", { exact: true }).fill("Eddie Erbij");
      const created = page.waitForResponse((response) => response.url().endsWith("/api/actors"));
      await page.getByTestId("actor-save").click();
      const { id } = (await (await created).json()) as Actor;
      const stored = () => page.evaluate(async (url) => (await fetch(url)).status, `/api/actors/${id}`);
      expect(await stored()).toBe(200);
      await page.keyboard.press("Escape");
      const erased = page.waitForResponse((response) => response.request().method() === "DELETE");
      await page.keyboard.press("Control+z");
      expect((await erased).status()).toBe(204);
      await expect.poll(stored).toBe(404);
      expect(await page.getByTestId("edit-toolbar").getByRole("alert").count()).toBe(0);
      await page.getByTestId("redo").click();
      await expect.poll(stored).toBe(200);
      await page.getByTestId("undo").click();
      await expect.poll(stored).toBe(404);
    } finally {
      await browser.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("a page when the server goes away and comes back", () => {
  it("says offline within a few seconds, and is live again by itself", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "weave-offline-"));
    let server = await startWeaveServer(dataDir, inject("webDir"));
    const port = Number(new URL(server.baseUrl).port);
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(server.baseUrl);
      await page.locator(".live-live").waitFor();
      // With the page's stream open: before, this waited for the stream and hung for minutes.
      await server.stop();
      await page.locator(".live-offline").waitFor({ timeout: 5000 });
      expect(await page.locator(".live-offline").textContent()).toBe("Offline");
      server = await startWeaveServer(dataDir, inject("webDir"), port);
      await page.locator(".live-live").waitFor({ timeout: 15_000 });
    } finally {
      await browser.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
