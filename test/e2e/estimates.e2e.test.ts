import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bridgingIn, type NetworkAnalysis, percentIn } from "../../src/analysis/index.js";
import { writeGeneratedCsv } from "../bench/generated-csv.js";
import { launchChromium, screenshot } from "./browser.js";
import { ROOT, type RunningServer, startWeaveServer, weaveEnv } from "./server.js";

type Sampling = NonNullable<NetworkAnalysis["sampling"]>;

// Above 20,000 actors bridging, closeness and reach are estimated from pivots (src/analysis/pivots.ts):
// 20,500 generated actors on a server of their own, about 10 s for the first analysis.
describe("estimated figures on a large network", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "weave-e2e-estimates-"));
  let server: RunningServer;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    const csv = join(dataDir, "csv");
    writeGeneratedCsv(20_500, csv);
    execFileSync(
      process.execPath,
      [join(ROOT, "bin/weave.js"), "import", join(csv, "nodes.csv"), join(csv, "ties.csv")],
      {
        cwd: ROOT,
        env: weaveEnv(dataDir),
        stdio: "ignore",
      },
    );
    server = await startWeaveServer(dataDir, inject("webDir"));
    const browser = await launchChromium();
    close = browser.close;
    page = await browser.context.newPage();
  }, 60_000);

  afterAll(async () => {
    await close?.();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Opens `path` and returns the analysis the page was given (the year it opens on). */
  async function open(path: string): Promise<NetworkAnalysis> {
    const answered = page.waitForResponse((response) => /\/api\/analysis\b/.test(response.url()) && response.ok(), {
      timeout: 90_000,
    });
    await page.goto(`${server.baseUrl}${path}`);
    return (await (await answered).json()) as NetworkAnalysis;
  }

  const highest = (analysis: NetworkAnalysis) =>
    analysis.actors.reduce((most, actor) => Math.max(most, actor.betweenness), 0);

  it("say they are estimates, how many starting points, the bound, and the highest figure beside it", async () => {
    const analysis = await open("/?lang=en");
    const sampling = analysis.sampling as Sampling;
    expect(sampling.pivots).toBeLessThan(20_500);
    const note = page.getByTestId("connectors-panel").getByTestId("estimate-note");
    await note.waitFor({ timeout: 30_000 });
    const text = (await note.textContent()) ?? "";
    expect(text).toContain("are estimates here");
    expect(text).toContain(`${sampling.pivots.toLocaleString("en")} randomly chosen starting points (seed 1)`);
    expect(text).toContain(
      `Guaranteed with 90% certainty: every actor's bridging within ±${sampling.epsilon.toLocaleString("en", { maximumFractionDigits: 3 })}`,
    );
    expect(text).toContain(`the highest figure here (${bridgingIn("en", highest(analysis))})`);
    // Then the error measured between two halves of the pivots: a few percent.
    const typical = sampling.typicalError;
    expect(typical?.actors).toBe(50);
    expect(typical?.relative).toBeLessThan(0.1);
    expect(text).toContain(
      `the bridging of the 50 strongest brokers is typically within ±${percentIn("en", typical?.relative ?? Number.NaN)} of its exact value`,
    );
    // The strongest brokers of 20,000 lie on well under 1 % of the routes: shown with two significant digits.
    const first = page.getByTestId("connectors-panel").locator("tbody tr").first().locator("td").nth(2);
    expect(await first.textContent()).toBe(bridgingIn("en", highest(analysis)));
    expect(await first.textContent()).not.toBe("0.00");
    await screenshot(page, "estimates-connectors-en");
  }, 120_000);

  it("say so in Dutch, with Dutch numbers", async () => {
    const analysis = await open("/?lang=nl");
    const note = page.getByTestId("connectors-panel").getByTestId("estimate-note");
    await note.waitFor({ timeout: 30_000 });
    const text = (await note.textContent()) ?? "";
    expect(text).toContain("zijn hier schattingen");
    expect(text).toContain(`het hoogste cijfer hier (${bridgingIn("nl", highest(analysis))})`);
    expect(text).toContain(
      `doorgaans binnen ±${percentIn("nl", analysis.sampling?.typicalError?.relative ?? Number.NaN)} van de exacte waarde`,
    );
    expect(bridgingIn("nl", highest(analysis))).toMatch(/^0,00\d\d$/);
  }, 120_000);

  it("say so in the printable report", async () => {
    const analysis = await open("/?report=1&lang=en");
    const note = page.getByTestId("report-connectors").getByTestId("estimate-note");
    await note.waitFor({ timeout: 30_000 });
    expect(await note.textContent()).toContain(`the highest figure here (${bridgingIn("en", highest(analysis))})`);
    const first = page.getByTestId("report-connectors").locator("tbody tr").first().locator("td").nth(3);
    expect(await first.textContent()).toBe(bridgingIn("en", highest(analysis)));
    await screenshot(page, "estimates-report-en");
  }, 120_000);
});
