import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import en from "../../src/web/locales/en.json" with { type: "json" };
import { launchChromium, screenshot } from "./browser.js";
import { ROOT, type RunningServer, startWeaveServer, weaveEnv } from "./server.js";

const PASSWORD = "correct horse battery staple";

describe("the login page, on a server with an account", () => {
  let dataDir: string;
  let server: RunningServer;
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "weave-e2e-login-"));
    execFileSync(process.execPath, [join(ROOT, "bin/weave.js"), "user", "add", "ada", "--role", "admin"], {
      cwd: ROOT,
      env: weaveEnv(dataDir, { WEAVE_PASSWORD: PASSWORD }),
      stdio: "ignore",
    });
    server = await startWeaveServer(dataDir, inject("webDir"));
    ({ context, close } = await launchChromium());
    page = await context.newPage();
    await page.goto(server.baseUrl);
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("shows the login form instead of the map", async () => {
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(en.login.title);
    expect(await page.getByTestId("sigma-container").count()).toBe(0);
    await screenshot(page, "10-login");
  });

  it("says so, in words, when the password is wrong", async () => {
    await page.getByLabel(en.login.username).fill("ada");
    await page.getByLabel(en.login.password).fill("not the password");
    await page.getByRole("button", { name: en.login.submit }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toBe(en.error.invalid_credentials);
    await screenshot(page, "11-login-wrong-password");
  });

  it("shows the map once the right password is given", async () => {
    await page.getByLabel(en.login.password).fill(PASSWORD);
    await page.getByRole("button", { name: en.login.submit }).click();
    await page.getByTestId("count-actors").waitFor();
    await page.locator(".sigma-container canvas").first().waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
    await screenshot(page, "12-logged-in");
  });

  it("says who is logged in, and logs out back to the form", async () => {
    expect(await page.getByTestId("session-user").textContent()).toBe(en.session.loggedInAs.replace("{{name}}", "ada"));
    await page.getByTestId("header-menu").locator("summary").click();
    await page.getByTestId("logout").click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(en.login.title);
    expect((await fetch(`${server.baseUrl}/api/graph`)).status).toBe(401);
    await screenshot(page, "13-logged-out");
  });
});
