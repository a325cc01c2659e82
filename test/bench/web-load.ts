/**
 * How the explorer copes with a big neighbourhood: a generated 5,000-actor / 20,000-tie network is
 * imported into a fresh store, served by `weave serve`, and opened in headless Chromium.
 * Run: npx tsx test/bench/web-load.ts [actors] [ties]   (default 5000 20000)
 *
 * Measured (one run each, wall clock, this machine, software WebGL):
 * - the API's answers, cold (first request computes) and warm (cached until the next write);
 * - time to interactive: navigation start to the map and panels drawn, in the page's own clock;
 * - responsiveness during layout: a 16 ms timer on the page's main thread while ForceAtlas2 runs
 *   in its worker, reporting the longest gap between ticks and the long tasks (> 50 ms) seen.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { mulberry32 } from "../../src/analysis/rng.js";
import { writeNetworkCsv } from "../../src/io/index.js";
import { type Network, type Tie, tieId } from "../../src/model/index.js";
import { launchChromium } from "../e2e/browser.js";
import { generateNetwork } from "./generate-network.js";

const ROOT = resolve(import.meta.dirname, "../..");
const ACTORS = Number(process.argv[2] ?? 5000);
const TIES = Number(process.argv[3] ?? 20000);
const PORT = 18000 + Math.floor(Math.random() * 2000);
const BASE = `http://127.0.0.1:${PORT}`;

/** The shared generator's network, topped up with `knows` ties between residents to `ties`. */
function benchNetwork(actors: number, ties: number): Network {
  const network = generateNetwork(actors);
  const random = mulberry32(7);
  const residents = network.actors.filter((actor) => actor.kind === "resident").map((actor) => actor.id);
  const extra: Tie[] = [];
  const seen = new Set(network.ties.map((tie) => tie.id));
  while (network.ties.length + extra.length < ties) {
    const [a, b] = [
      residents[Math.floor(random() * residents.length)],
      residents[Math.floor(random() * residents.length)],
    ];
    if (a === undefined || b === undefined || a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    const since = 2019 + Math.floor(random() * 5);
    const id = tieId("knows", source, target, since);
    if (seen.has(id)) continue;
    seen.add(id);
    extra.push({ id, source, target, type: "knows", since, weight: 1, custom: {} });
  }
  return { actors: network.actors, ties: [...network.ties, ...extra] };
}

async function timed<T>(what: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await what();
  return [result, performance.now() - start];
}

async function waitForHealth(server: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error("weave serve exited");
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error("weave serve did not start");
}

const rows: [string, string][] = [];
const work = mkdtempSync(join(tmpdir(), "weave-web-bench-"));
let server: ChildProcess | undefined;
try {
  const network = benchNetwork(ACTORS, TIES);
  rows.push(["network", `${network.actors.length} actors, ${network.ties.length} ties`]);
  const csv = writeNetworkCsv(network);
  writeFileSync(join(work, "nodes.csv"), csv.nodes);
  writeFileSync(join(work, "ties.csv"), csv.ties);
  const env = { ...process.env, WEAVE_DATA_DIR: join(work, "data"), NEO4J_URI: "", LOG_LEVEL: "warn" };
  execFileSync(
    join(ROOT, "node_modules/.bin/vite"),
    ["build", "--outDir", join(work, "web"), "--emptyOutDir", "--logLevel", "warn"],
    { cwd: ROOT },
  );
  execFileSync(
    process.execPath,
    [join(ROOT, "bin/weave.js"), "import", join(work, "nodes.csv"), join(work, "ties.csv")],
    { cwd: ROOT, env, stdio: "ignore" },
  );
  server = spawn(process.execPath, [join(ROOT, "bin/weave.js"), "serve"], {
    cwd: ROOT,
    env: { ...env, PORT: String(PORT), HOST: "127.0.0.1", WEAVE_WEB_DIR: join(work, "web") },
    stdio: "ignore",
  });
  await waitForHealth(server);

  const [, graphCold] = await timed(() => fetch(`${BASE}/api/graph`).then((r) => r.arrayBuffer()));
  const [, analysisCold] = await timed(() => fetch(`${BASE}/api/analysis`).then((r) => r.arrayBuffer()));
  const [body, analysisWarm] = await timed(() => fetch(`${BASE}/api/analysis`).then((r) => r.arrayBuffer()));
  rows.push(["GET /api/graph", `${graphCold.toFixed(0)} ms`]);
  rows.push(["GET /api/analysis (cold: computed)", `${analysisCold.toFixed(0)} ms`]);
  rows.push([
    "GET /api/analysis (warm: cached)",
    `${analysisWarm.toFixed(0)} ms, ${(body.byteLength / 1e6).toFixed(1)} MB`,
  ]);

  const { context, close } = await launchChromium();
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const probe = { ticks: 0, maxGap: 0, last: performance.now(), longTasks: [] as number[] };
      (globalThis as unknown as { weaveProbe: typeof probe }).weaveProbe = probe;
      setInterval(() => {
        const now = performance.now();
        probe.maxGap = Math.max(probe.maxGap, now - probe.last);
        probe.last = now;
        probe.ticks++;
      }, 16);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(BASE);
    await page.getByTestId("count-actors").waitFor({ timeout: 120_000 });
    await page.locator(".sigma-container canvas").first().waitFor();
    const interactive = await page.evaluate(() => performance.now());
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => entry.name.includes("/api/graph") || entry.name.includes("/api/analysis"))
        .map((entry) => (entry as PerformanceResourceTiming).responseEnd),
    );
    rows.push(["API answers in the page (graph + analysis, warm)", `${Math.max(0, ...fetched).toFixed(0)} ms`]);
    rows.push(["time to interactive (map and panels drawn)", `${interactive.toFixed(0)} ms`]);
    // The layout starts by itself once the data is in: watch the main thread while it runs.
    await page.evaluate(() => {
      const probe = (
        globalThis as unknown as { weaveProbe: { maxGap: number; longTasks: number[]; ticks: number; last: number } }
      ).weaveProbe;
      probe.maxGap = 0;
      probe.longTasks = [];
      probe.ticks = 0;
      probe.last = performance.now();
    });
    await page.waitForTimeout(5000);
    const during = await page.evaluate(() => {
      const probe = (globalThis as unknown as { weaveProbe: { maxGap: number; longTasks: number[]; ticks: number } })
        .weaveProbe;
      return { ...probe, running: document.querySelector("[data-testid=layout-toggle]")?.getAttribute("aria-pressed") };
    });
    rows.push(["layout still running at the end of the 5 s window", String(during.running === "true")]);
    rows.push(["main-thread 16 ms timer ticks in 5 s (ideal ≈ 310)", String(during.ticks)]);
    rows.push(["longest gap between ticks", `${during.maxGap.toFixed(0)} ms`]);
    rows.push([
      "long tasks (> 50 ms) during layout",
      `${during.longTasks.length}, longest ${Math.max(0, ...during.longTasks).toFixed(0)} ms`,
    ]);
    const [, clickDelay] = await timed(async () => {
      await page.getByTestId("connectors-panel").locator("tbody tr").first().getByRole("button").click();
      await page.getByTestId("actor-card").waitFor();
    });
    rows.push(["click in a panel until the actor card shows", `${clickDelay.toFixed(0)} ms`]);
  } finally {
    await close();
  }
} finally {
  server?.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
}

const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\nweave web-load benchmark (${new Date().toISOString().slice(0, 10)})\n`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
