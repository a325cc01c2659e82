/**
 * How the explorer copes with a big neighbourhood: a generated 5,000-actor / 20,000-tie network is
 * imported into a fresh store, served by `weave serve`, and opened in headless Chromium.
 * Run: npx tsx test/bench/web-load.ts [actors] [ties]   (default 5000 20000)
 * WEAVE_PROFILE=1 adds where the page's main thread spends its time (a CPU profile); WEAVE_TRACE=file
 * writes Chromium traces (file.software.json, file.gpu.json) of the load and the layout window, for Perfetto.
 *
 * Measured (one run each, wall clock, this machine, software WebGL):
 * - the API's answers: the graph, and the analysis of the latest year (what the page opens on),
 *   on the first request (computed, unless the server warmed it) and the next (cached);
 * - time to interactive, in the page's own clock from navigation start: the map drawn (the first
 *   frame showing actors: pan, zoom, search and clicks work from then), and the panels filled (the
 *   analysis shown), with the main thread's long tasks until then;
 * - responsiveness during layout: a 16 ms timer on the page's main thread while ForceAtlas2 runs
 *   in its worker, reporting the longest gap between ticks and the long tasks (> 50 ms) seen.
 *
 * Figures on 2026-11-25 (2 cores, load average 4–5 from other work, one or two runs each):
 *   before (f89f42f, its own bench: map and panels together, whole-network analysis warm):
 *     software compositing 3.5–5.0 s, 152–176 ticks, longest gap 577–580 ms;
 *     GPU compositing 2.0 s, 304 ticks, longest gap 73 ms.
 *   after: software compositing map 1.4–1.5 s, panels 2.3–2.6 s, 238–246 ticks, gap 533–599 ms;
 *     GPU compositing map 1.2–1.4 s, panels 1.4–1.8 s, 298–304 ticks, gap 64–95 ms.
 *   In software compositing each frame waits for its three WebGL canvases to be read back
 *   (GLES2::ReadPixels, 0.4–0.6 s each at 5,000 actors): no frame can take less, whatever is drawn.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { writeNetworkCsv } from "../../src/io/index.js";
import { yearsInData } from "../../src/model/index.js";
import { MAP_DRAWN_MARK } from "../../src/web/features/graph/marks.js";
import { launchChromium } from "../e2e/browser.js";
import { generateNetworkWithTies } from "./generate-network.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SCREENSHOTS = join(ROOT, "test-results/bench");
const ACTORS = Number(process.argv[2] ?? 5000);
const TIES = Number(process.argv[3] ?? 20000);
const PORT = 18000 + Math.floor(Math.random() * 2000);
const BASE = `http://127.0.0.1:${PORT}`;

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

/** A CPU profile of the page's main thread; the stop function returns its heaviest functions by self time. */
async function startProfile(page: Page): Promise<() => Promise<string[]>> {
  const session = await page.context().newCDPSession(page);
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 200 });
  await session.send("Profiler.start");
  return async () => {
    const { profile } = await session.send("Profiler.stop");
    const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
    const selfTime = new Map<string, number>();
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, index) => {
      const frame = byNode.get(id)?.callFrame;
      if (frame === undefined) return;
      const where = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").at(-1) ?? ""}:${frame.lineNumber}`;
      selfTime.set(where, (selfTime.get(where) ?? 0) + (deltas[index] ?? 0) / 1000);
    });
    return [...selfTime]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([where, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${where}`);
  };
}

/** A Chromium trace (renderer, GPU and compositor) written to `path` when the stop function is called. */
async function startTrace(page: Page, path: string): Promise<() => Promise<void>> {
  const session = await page.context().newCDPSession(page);
  const categories = ["devtools.timeline", "disabled-by-default-devtools.timeline", "gpu", "cc", "blink", "v8"];
  await session.send("Tracing.start", {
    traceConfig: { includedCategories: categories },
    transferMode: "ReturnAsStream",
  });
  return async () => {
    const done = new Promise<string>((resolve) =>
      session.once("Tracing.tracingComplete", (event) => resolve(event.stream ?? "")),
    );
    await session.send("Tracing.end");
    const handle = await done;
    const chunks: string[] = [];
    for (let eof = false; !eof; ) {
      const chunk = await session.send("IO.read", { handle, size: 1 << 20 });
      chunks.push(chunk.base64Encoded === true ? Buffer.from(chunk.data, "base64").toString() : chunk.data);
      eof = chunk.eof;
    }
    await session.send("IO.close", { handle });
    writeFileSync(path, chunks.join(""));
  };
}

/** Opens the explorer in a fresh Chromium and measures loading, the layout window and a click. */
async function measurePage(gpuCompositing: boolean): Promise<[string, string][]> {
  const pageRows: [string, string][] = [];
  const { context, close } = await launchChromium({ gpuCompositing });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const probe = {
        ticks: 0,
        maxGap: 0,
        last: performance.now(),
        longTasks: [] as number[],
        panelsFilled: undefined as number | undefined,
      };
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
      // The moment the first ranked connector is in the page, not when the test gets round to seeing it.
      const panels = new MutationObserver(() => {
        if (document.querySelector("[data-testid=connectors-panel] tbody tr") === null) return;
        probe.panelsFilled = performance.now();
        panels.disconnect();
      });
      panels.observe(document, { childList: true, subtree: true });
    });
    const loadProfile = process.env.WEAVE_PROFILE === "1" ? await startProfile(page) : undefined;
    const trace =
      process.env.WEAVE_TRACE === undefined
        ? undefined
        : await startTrace(page, `${process.env.WEAVE_TRACE}.${gpuCompositing ? "gpu" : "software"}.json`);
    await page.goto(BASE);
    const mapDrawn = await page
      .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, MAP_DRAWN_MARK, {
        timeout: 120_000,
      })
      .then((handle) => handle.jsonValue() as Promise<number>);
    await page.getByTestId("connectors-panel").locator("tbody tr").first().waitFor({ timeout: 120_000 });
    const panelsFilled = await page.evaluate(
      () => (globalThis as unknown as { weaveProbe: { panelsFilled: number } }).weaveProbe.panelsFilled,
    );
    if (loadProfile !== undefined) hotspots.push("loading, until the panels are filled:", ...(await loadProfile()));
    const answered = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType("resource")
          .filter((entry) => entry.name.includes("/api/"))
          .map((entry) => [new URL(entry.name).pathname, (entry as PerformanceResourceTiming).responseEnd]),
      ),
    );
    const loadTasks = await page.evaluate(
      () => (globalThis as unknown as { weaveProbe: { longTasks: number[] } }).weaveProbe.longTasks,
    );
    pageRows.push(["/api/graph answered", `${(answered["/api/graph"] ?? 0).toFixed(0)} ms`]);
    pageRows.push(["map drawn (interactive)", `${mapDrawn.toFixed(0)} ms`]);
    pageRows.push(["/api/analysis answered (cached)", `${(answered["/api/analysis"] ?? 0).toFixed(0)} ms`]);
    pageRows.push(["panels filled (analysis shown)", `${panelsFilled.toFixed(0)} ms`]);
    pageRows.push([
      "long tasks until then",
      `${loadTasks.length}, ${loadTasks.reduce((sum, task) => sum + task, 0).toFixed(0)} ms in all, longest ${Math.max(0, ...loadTasks).toFixed(0)} ms`,
    ]);
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
    const profile = process.env.WEAVE_PROFILE === "1" ? await startProfile(page) : undefined;
    await page.waitForTimeout(5000);
    if (profile !== undefined) hotspots.push("the layout window:", ...(await profile()));
    await trace?.();
    const during = await page.evaluate(() => {
      const probe = (globalThis as unknown as { weaveProbe: { maxGap: number; longTasks: number[]; ticks: number } })
        .weaveProbe;
      return { ...probe, running: document.querySelector("[data-testid=layout-toggle]")?.getAttribute("aria-pressed") };
    });
    pageRows.push(["layout still running at the end of the 5 s window", String(during.running === "true")]);
    pageRows.push(["main-thread 16 ms timer ticks in 5 s (ideal ≈ 310)", String(during.ticks)]);
    pageRows.push(["longest gap between ticks", `${during.maxGap.toFixed(0)} ms`]);
    pageRows.push([
      "long tasks (> 50 ms) during layout",
      `${during.longTasks.length}, longest ${Math.max(0, ...during.longTasks).toFixed(0)} ms`,
    ]);
    // In the page's clock: from the click to the next frame after the card is in the page.
    const clickDelay = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          const shown = new MutationObserver(() => {
            if (document.querySelector("[data-testid=actor-card]") === null) return;
            shown.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          });
          shown.observe(document, { childList: true, subtree: true });
          document.querySelector<HTMLButtonElement>("[data-testid=connectors-panel] tbody tr button")?.click();
        }),
    );
    pageRows.push(["click in a panel until the actor card is drawn", `${clickDelay.toFixed(0)} ms`]);
    await page.waitForTimeout(1000);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `web-load-${gpuCompositing ? "gpu" : "software"}.png`) });
  } finally {
    await close();
  }
  return pageRows;
}

const hotspots: string[] = [];
const pageTable = new Map<string, string[]>();
const pageColumns: string[] = [];
const rows: [string, string][] = [];
const work = mkdtempSync(join(tmpdir(), "weave-web-bench-"));
let server: ChildProcess | undefined;
try {
  const network = generateNetworkWithTies(ACTORS, TIES);
  rows.push(["network", `${network.actors.length} actors, ${network.ties.length} ties`]);
  const csv = writeNetworkCsv(network);
  writeFileSync(join(work, "nodes.csv"), csv.nodes);
  writeFileSync(join(work, "ties.csv"), csv.ties);
  const env = { ...process.env, WEAVE_DATA_DIR: join(work, "data"), NEO4J_URI: "", LOG_LEVEL: "warn" };
  execFileSync(
    join(ROOT, "node_modules/.bin/vite"),
    [
      ...["build", "--outDir", join(work, "web"), "--emptyOutDir", "--logLevel", "warn"],
      // Readable function names in the profile.
      ...(process.env.WEAVE_PROFILE === "1" ? ["--minify", "false"] : []),
    ],
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
  const latest = yearsInData(network).at(-1);
  const analysisUrl = `${BASE}/api/analysis${latest === undefined ? "" : `?year=${latest}`}`;
  const [, analysisCold] = await timed(() => fetch(analysisUrl).then((r) => r.arrayBuffer()));
  const [body, analysisWarm] = await timed(() => fetch(analysisUrl).then((r) => r.arrayBuffer()));
  rows.push(["GET /api/graph", `${graphCold.toFixed(0)} ms`]);
  rows.push([`GET /api/analysis?year=${latest} (first request)`, `${analysisCold.toFixed(0)} ms`]);
  rows.push([
    `GET /api/analysis?year=${latest} (next: cached)`,
    `${analysisWarm.toFixed(0)} ms, ${(body.byteLength / 1e6).toFixed(1)} MB`,
  ]);

  // Software compositing is how the e2e tests run; GPU compositing (still on SwiftShader, so still on
  // this machine's CPU) is closer to a real browser with a graphics card, which composites WebGL
  // canvases without copying them back to the page's thread after every frame.
  const modes = [
    { name: "software compositing", gpu: false },
    { name: "GPU compositing", gpu: true },
  ];
  for (const mode of modes) {
    for (const [label, value] of await measurePage(mode.gpu)) {
      const row = pageTable.get(label) ?? [];
      row.push(value);
      pageTable.set(label, row);
    }
  }
  pageColumns.push(...modes.map((mode) => mode.name));
} finally {
  server?.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
}

const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\nweave web-load benchmark (${new Date().toISOString().slice(0, 10)})\n`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
const pageWidth = Math.max(...[...pageTable.keys()].map((label) => label.length));
const columnWidth = Math.max(24, ...pageColumns.map((column) => column.length));
console.log(
  `\n${"in the page (its own clock)".padEnd(pageWidth)}  ${pageColumns.map((column) => column.padEnd(columnWidth)).join("  ")}`,
);
for (const [label, values] of pageTable) {
  console.log(`${label.padEnd(pageWidth)}  ${values.map((value) => value.padEnd(columnWidth)).join("  ")}`);
}
if (hotspots.length > 0) console.log(`\nthe page's main thread by self time\n${hotspots.join("\n")}`);
