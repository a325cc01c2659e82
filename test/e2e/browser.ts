import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const SCREENSHOT_DIR = resolve(import.meta.dirname, "../../test-results/e2e");

/**
 * Debian's chromium with a fresh profile, kept off the network (this machine has none), with
 * WebGL on the software renderer since there is no GPU: a projector-sized window.
 */
export async function launchChromium(
  options: { readonly gpuCompositing?: boolean } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "weave-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 720 },
    acceptDownloads: true,
    args: [
      "--no-sandbox",
      // Without a GPU process, every WebGL frame is copied back to the page's thread to be composited.
      ...(options.gpuCompositing === true ? ["--ignore-gpu-blocklist"] : ["--disable-gpu"]),
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}
