import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor, Network } from "../../src/model/index.js";
import en from "../../src/web/locales/en.json" with { type: "json" };
import nl from "../../src/web/locales/nl.json" with { type: "json" };
import { seriousViolations } from "./axe.js";
import { launchChromium, screenshot } from "./browser.js";
import { ROOT, type RunningServer, startWeaveServer, weaveEnv } from "./server.js";

const PASSWORD = "correct horse battery staple";
const PHONE = { width: 390, height: 844 };
const MIRA = "Mira Workshopgast";
const BO = "Bo Nachtegaal";

/** What the facilitator's own session reads from the API: the truth the map is compared with. */
async function graphOf(page: Page): Promise<Network> {
  return page.evaluate(async () => (await fetch("/api/graph")).json());
}

/** The status of a GET the page itself sends, with whatever cookie it holds. */
function statusOf(page: Page, path: string): Promise<number> {
  return page.evaluate(async (url) => (await fetch(url)).status, path);
}

const saved = (path: string) => (response: Response) =>
  response.request().method() === "PUT" && new URL(response.url()).pathname.endsWith(path);

describe("a workshop: a facilitator and two phones", () => {
  let dataDir: string;
  let server: RunningServer;
  const closes: (() => Promise<void>)[] = [];
  let facilitator: Page;
  let mira: Page;
  let bo: Page;
  let code: string;
  let group: Actor;
  let place: Actor;
  let boId: string;
  /** How many `/api/events` streams the facilitator's page has opened since the map went live. */
  let facilitatorStreams = 0;

  /** Bo as the facilitator's map names them. */
  async function boOnMap(): Promise<string> {
    const name = (await graphOf(facilitator)).actors.find((actor) => actor.id === boId)?.name;
    expect(name).toBeDefined();
    expect(name).not.toBe(BO);
    return name as string;
  }

  async function newPage(): Promise<Page> {
    const browser = await launchChromium();
    closes.push(browser.close);
    return browser.context.newPage();
  }

  /** The facilitator's map says it has just drawn `text` (the highlight's words), within 1 s. */
  async function facilitatorShows(text: string): Promise<void> {
    await expect.poll(() => facilitator.getByTestId("fresh-notice").textContent(), { timeout: 1000 }).toContain(text);
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "weave-e2e-workshop-"));
    execFileSync(process.execPath, [join(ROOT, "bin/weave.js"), "user", "add", "fay", "--role", "editor"], {
      cwd: ROOT,
      env: weaveEnv(dataDir, { WEAVE_PASSWORD: PASSWORD }),
      stdio: "ignore",
    });
    server = await startWeaveServer(dataDir, inject("webDir"));
    facilitator = await newPage();
    mira = await newPage();
    bo = await newPage();
    await mira.setViewportSize(PHONE);
    await bo.setViewportSize(PHONE);
    facilitator.on("request", (request) => {
      if (new URL(request.url()).pathname === "/api/events") facilitatorStreams += 1;
    });
    await facilitator.goto(server.baseUrl);
    await facilitator.getByLabel(en.login.username).fill("fay");
    await facilitator.getByLabel(en.login.password).fill(PASSWORD);
    await facilitator.getByRole("button", { name: en.login.submit }).click();
    await facilitator.getByTestId("count-actors").waitFor();
    await facilitator.locator(".live-live").waitFor();
    facilitatorStreams = 0;
    const sample = await graphOf(facilitator);
    const first = (kind: string) => sample.actors.find((actor) => actor.kind === kind);
    group = first("group") as Actor;
    place = first("place") as Actor;
  });

  afterAll(async () => {
    for (const close of closes) await close();
    await server?.stop();
    if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
  });

  it("opens a workshop and shows its code and QR code big enough for the back of the room", async () => {
    await facilitator.getByTestId("open-workshops").click();
    const panel = facilitator.getByTestId("workshop-panel");
    await panel.getByLabel(en.workshop.open.name).fill("Spring evening at the Weversplein");
    await panel.getByLabel(en.workshop.open.date).fill("2026-12-01");
    await panel.getByTestId("workshop-open").click();
    code = (await panel.locator(".workshop-code").textContent()) ?? "";
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    // The panel follows the live changes on the map's stream: a browser allows few connections per server.
    expect(facilitatorStreams).toBe(0);
    expect(await seriousViolations(facilitator)).toEqual([]);
    await facilitator.setViewportSize({ width: 1920, height: 1080 });
    await panel.getByTestId("show-join").click();
    const display = facilitator.getByTestId("join-display");
    await display.waitFor();
    expect(await display.getByTestId("join-url").textContent()).toBe(`${server.baseUrl}/join/${code}`);
    expect((await display.getByTestId("join-code").textContent())?.replace(" ", "")).toBe(code);
    const qr = await display.getByTestId("join-qr").boundingBox();
    const letters = await display.getByTestId("join-code").boundingBox();
    expect(qr?.height).toBeGreaterThan(600);
    expect(letters?.height).toBeGreaterThan(120);
    expect(await seriousViolations(facilitator)).toEqual([]);
    await screenshot(facilitator, "workshop-01-join-display-1920");
    await facilitator.keyboard.press("Escape");
    await display.waitFor({ state: "detached" });
    await facilitator.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    await facilitator.setViewportSize({ width: 1280, height: 720 });
  });

  it("lets two phones join by the code and add themselves; the facilitator's map shows each within 1 s", async () => {
    const scripts: Promise<string>[] = [];
    const collect = (response: Response) => {
      if (response.url().endsWith(".js")) scripts.push(response.text());
    };
    mira.on("response", collect);
    // Typed in lower case, as people do.
    await mira.goto(`${server.baseUrl}/join/${code.toLowerCase()}`);
    await mira.getByTestId("join-now").waitFor();
    mira.off("response", collect);
    // The phone page is its own small chunk: the map (sigma) is never downloaded.
    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((text) => text.includes("sigmaDefaultPrevented"))).toEqual([]);
    expect(await seriousViolations(mira)).toEqual([]);
    await screenshot(mira, "workshop-02-phone-welcome");
    await mira.getByTestId("join-now").click();
    const form = mira.getByTestId("profile-form");
    await form.getByLabel(en.join.profile.name).fill(MIRA);
    await form.getByLabel(en.join.profile.area).fill("Weversplein");
    await form.getByLabel(en.join.profile.gifts).fill("Cooking, repairs");
    await form.getByLabel(en.join.profile.interests).fill("gardening");
    await form.getByLabel(en.join.profile.consent_yes).check();
    await screenshot(mira, "workshop-03-phone-form-en");
    const miraSaved = mira.waitForResponse(saved("/me"));
    await form.getByTestId("profile-save").click();
    expect((await miraSaved).status()).toBe(200);
    await facilitatorShows(MIRA);

    await bo.goto(`${server.baseUrl}/join/${code}`);
    await bo.getByTestId("language").selectOption("nl");
    await bo.getByTestId("join-now").click();
    const boForm = bo.getByTestId("profile-form");
    await boForm.getByLabel(nl.join.profile.name).fill(BO);
    await boForm.getByLabel(nl.join.profile.consent_no).check();
    const boSaved = bo.waitForResponse(saved("/me"));
    await boForm.getByTestId("profile-save").click();
    expect((await boSaved).status()).toBe(200);
    boId = ((await (await boSaved).json()) as { actor: Actor }).actor.id;
    // Bo said no: even the facilitator (an editor, not an admin) sees Bo under a pseudonym.
    await facilitatorShows(await boOnMap());
  });

  it("shows a server validation error beside its field", async () => {
    const form = bo.getByTestId("profile-form");
    await form.getByLabel(nl.join.profile.gifts).fill("x".repeat(61));
    await form.getByTestId("profile-save").click();
    await form.locator("#join-gifts-problem").waitFor();
    expect(await form.getByLabel(nl.join.profile.gifts).getAttribute("aria-invalid")).toBe("true");
    await form.getByLabel(nl.join.profile.gifts).fill("");
    await form.getByTestId("profile-save").click();
    await form.locator("#join-gifts-problem").waitFor({ state: "detached" });
  });

  it("adds their ties: a group, a place and each other, each on the facilitator's map within 1 s", async () => {
    const links = mira.getByTestId("links-form");
    await links.getByLabel(group.name).check();
    await links.getByLabel(place.name).check();
    const miraLinked = mira.waitForResponse(saved("/me/links"));
    await links.getByTestId("links-save").click();
    expect((await miraLinked).status()).toBe(200);
    await facilitatorShows(`${MIRA} ${en.tie.member_of} ${group.name}`);
    await facilitatorShows(`${MIRA} visits ${place.name}`);

    const boLinks = bo.getByTestId("links-form");
    await boLinks.getByTestId("choices-refresh").click();
    // Mira said yes: Bo sees her name.
    await boLinks.getByLabel(MIRA).check();
    await boLinks.getByLabel(group.name).check();
    expect(await seriousViolations(bo)).toEqual([]);
    await screenshot(bo, "workshop-04-phone-links-nl");
    const boLinked = bo.waitForResponse(saved("/me/links"));
    await boLinks.getByTestId("links-save").click();
    expect((await boLinked).status()).toBe(200);
    await facilitatorShows(`${await boOnMap()} ${en.tie.knows} ${MIRA}`);
    await facilitatorShows(`${await boOnMap()} ${en.tie.member_of} ${group.name}`);

    // Bo said no: on Mira's phone Bo is "Participant 2", never by name.
    await links.getByTestId("choices-refresh").click();
    const knows = links.getByTestId("checklist-knows");
    await expect.poll(() => knows.textContent()).toContain(en.join.participantN.replace("{{number}}", "2"));
    expect(await knows.textContent()).not.toContain(BO);
    expect(await seriousViolations(mira)).toEqual([]);
    await screenshot(mira, "workshop-05-phone-links-en");
  });

  it("refuses a participant the network's graph and another participant's entry", async () => {
    expect(await statusOf(mira, "/api/graph")).toBe(401);
    expect(await statusOf(mira, `/api/actors/${encodeURIComponent(boId)}`)).toBe(401);
    expect(await statusOf(mira, "/api/workshops")).toBe(401);
    const me = await mira.evaluate(async (path) => (await fetch(path)).json(), `/api/join/${code}/me`);
    expect(me.actor.name).toBe(MIRA);
    expect(JSON.stringify(me)).not.toContain(BO);
  });

  it("comes back to a participant's own entries after a reload", async () => {
    await mira.reload();
    await expect.poll(() => mira.getByTestId("profile-form").getByLabel(en.join.profile.name).inputValue()).toBe(MIRA);
    expect(await mira.getByTestId("links-form").getByLabel(group.name).isChecked()).toBe(true);
  });

  it("refuses the code once the facilitator closes the workshop, with a clear page in the phone's language", async () => {
    await facilitator.getByTestId("open-workshops").click();
    const panel = facilitator.getByTestId("workshop-panel");
    await expect.poll(() => panel.getByTestId("workshop-participants").textContent()).toContain("2");
    await panel.getByTestId("workshop-close").click();
    await panel.getByTestId("workshop-close-confirm").click();
    await expect.poll(() => panel.getByTestId("workshop-status").textContent()).toContain(en.workshop.status.closed);
    await bo.reload();
    const refused = bo.getByTestId("join-refused");
    await refused.waitFor();
    expect(await refused.getAttribute("data-refusal")).toBe("closed");
    expect(await refused.locator("h1").textContent()).toBe(nl.join.refused.closed.title);
    expect(await seriousViolations(bo)).toEqual([]);
    await screenshot(bo, "workshop-06-phone-closed-nl");
    const joined = await bo.evaluate(
      async (path) => (await fetch(path, { method: "POST" })).status,
      `/api/join/${code}`,
    );
    expect(joined).toBe(410);
  });

  it("merges a participant into an existing actor, keeping their ties", async () => {
    const before = await graphOf(facilitator);
    const miraActor = before.actors.find((actor) => actor.name === MIRA) as Actor;
    const existing = before.actors.find(
      (actor) =>
        actor.kind === "resident" &&
        before.actors.every((other) => other.id === actor.id || !other.name.includes(actor.name)) &&
        !before.ties.some(
          (tie) =>
            [tie.source, tie.target].includes(actor.id) &&
            [group.id, place.id].includes(tie.target === actor.id ? tie.source : tie.target),
        ),
    ) as Actor;
    const panel = facilitator.getByTestId("workshop-panel");
    const entry = panel.getByTestId("workshop-entry").filter({ hasText: MIRA });
    await entry.getByTestId("merge-start").click();
    await entry.getByRole("searchbox").fill(existing.name);
    await entry.getByRole("button", { name: existing.name, exact: true }).click();
    expect(await seriousViolations(facilitator)).toEqual([]);
    await screenshot(facilitator, "workshop-07-facilitator-merge");
    await entry.getByTestId("merge-confirm").click();
    await panel.getByTestId("merge-done").waitFor();
    await screenshot(facilitator, "workshop-08-facilitator-review");
    const after = await graphOf(facilitator);
    expect(after.actors.some((actor) => actor.id === miraActor.id)).toBe(false);
    const around = (id: string) =>
      after.ties
        .filter((tie) => tie.source === id || tie.target === id)
        .map((tie) => `${tie.type}:${tie.source === id ? tie.target : tie.source}`);
    expect(around(existing.id)).toEqual(
      expect.arrayContaining([`member_of:${group.id}`, `visits:${place.id}`, `knows:${boId}`]),
    );
  });

  it("speaks Dutch in the facilitator's panel too, without serious axe violations", async () => {
    await facilitator.keyboard.press("Escape");
    await facilitator.getByTestId("workshop-panel").waitFor({ state: "detached" });
    await facilitator.getByTestId("language").selectOption("nl");
    await facilitator.getByTestId("open-workshops").click();
    const panel = facilitator.getByTestId("workshop-panel");
    await panel.getByTestId("workshop-entries").waitFor();
    expect(await panel.locator("h2").textContent()).toBe(nl.workshop.title);
    expect(await seriousViolations(facilitator)).toEqual([]);
    await screenshot(facilitator, "workshop-09-facilitator-review-nl");
  });
});

describe("a code that does not work", () => {
  it("says so plainly on the phone, for a code that never existed", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.setViewportSize(PHONE);
      await page.goto(`${inject("baseUrl")}/join/ZZZZZZ`);
      const refused = page.getByTestId("join-refused");
      await refused.waitFor();
      expect(await refused.locator("h1").textContent()).toBe(en.join.refused.unknown.title);
      await page.goto(`${inject("baseUrl")}/join/not-a-code`);
      await refused.waitFor();
      expect(await refused.getAttribute("data-refusal")).toBe("unknown");
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
