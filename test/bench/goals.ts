/**
 * The performance goals of the analysis in one table: the full `weave analyse --json` (compiled CLI,
 * every figure, the years included) against python-igraph's metric set (betweenness, closeness,
 * harmonic, PageRank, eigenvector, clustering, Leiden to convergence) on the same generated CSVs,
 * run interleaved (Weave, then igraph) `BENCH_ROUNDS` times (3; once at 100k); medians of wall time,
 * CPU time (all threads) and peak resident memory, the wall-time ratio, and Leiden's modularity
 * (Weave's default clustering against igraph's `community_leiden(n_iterations=-1)`, seed 1).
 * At 100k igraph runs Leiden only: its exact path figures would take it about half an hour.
 * Then what the years add: the compiled core run with and without them (years-run.mjs), in
 * `BENCH_ROUNDS` interleaved pairs per size; medians of the pairs' differences in wall and CPU time,
 * the goal (< 1 s) judged on the wall time at 10k. Skipped above 20,000 actors, where one pair would
 * take two more minutes.
 *
 * Run: npx tsx test/bench/goals.ts [sizes…]   (default 1000 10000 100000)
 * igraph: python3 -m venv /tmp/igraph-venv && /tmp/igraph-venv/bin/pip install igraph (or IGRAPH_PYTHON).
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedCsvDirectory } from "./generated-csv.js";

const PYTHON = process.env.IGRAPH_PYTHON ?? "/tmp/igraph-venv/bin/python";
const weave = fileURLToPath(new URL("../../bin/weave.js", import.meta.url));
const usageHook = fileURLToPath(new URL("./usage-at-exit.mjs", import.meta.url));
const yearsScript = fileURLToPath(new URL("./years-run.mjs", import.meta.url));
const igraphScript = fileURLToPath(new URL("./igraph-metrics.py", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "weave-goals-"));

interface Run {
  wall: number;
  cpu: number;
  peakBytes: number;
  modularity: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function runWeave(args: string[]): Run {
  const output = join(scratch, "analysis.json");
  const usage = join(scratch, "usage.json");
  const out = openSync(output, "w");
  const start = performance.now();
  const result = spawnSync(process.execPath, ["--import", usageHook, weave, ...args], {
    stdio: ["ignore", out, "pipe"],
    env: { ...process.env, WEAVE_USAGE_FILE: usage },
  });
  const wall = (performance.now() - start) / 1000;
  closeSync(out);
  if (result.status !== 0) throw new Error(`weave ${args.join(" ")} failed: ${result.stderr}`);
  const { cpu, peakBytes } = JSON.parse(readFileSync(usage, "utf8")) as { cpu: number; peakBytes: number };
  const text = readFileSync(output, "utf8");
  const modularity = text.startsWith("{")
    ? (JSON.parse(text) as { graph: { modularity: number } }).graph.modularity
    : 0;
  return { wall, cpu, peakBytes, modularity };
}

function runIgraph(directory: string, leidenOnly: boolean): Run {
  const start = performance.now();
  const result = spawnSync(PYTHON, [igraphScript, directory, ...(leidenOnly ? ["--leiden-only"] : [])], {
    encoding: "utf8",
  });
  const wall = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`igraph failed: ${result.stderr}`);
  const figures = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "") as {
    seconds: Record<string, number>;
    modularity: number;
    peakBytes: number;
  };
  const cpu = Object.values(figures.seconds).reduce((sum, value) => sum + value, 0);
  return { wall, cpu, peakBytes: figures.peakBytes, modularity: figures.modularity };
}

/** The compiled core with (years) or without the years; build/ is fresh once `weave --help` has run. */
function runYears(directory: string, years: boolean): Run {
  const result = spawnSync(process.execPath, [yearsScript, directory, years ? "1" : "0"], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`years-run.mjs ${directory} failed: ${result.stderr}`);
  return { ...(JSON.parse(result.stdout) as Omit<Run, "modularity">), modularity: Number.NaN };
}

const igraphAvailable = existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import igraph"]).status === 0;
const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(1_000, 10_000, 100_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const seconds = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)} s` : "–");
const megabytes = (bytes: number) => (Number.isFinite(bytes) ? `${Math.round(bytes / 2 ** 20)} MB` : "–");
const check = (met: boolean) => (met ? "met" : "NOT met");

console.log(`\nWeave's analysis against its goals (load average ${loadavg()[0]?.toFixed(2)} at start)`);
const help = Array.from({ length: 5 }, () => runWeave(["--help"]));
console.log(
  `\n\`weave --help\`: ${seconds(median(help.map((run) => run.wall)))} wall (goal < 0.3 s: ${check(median(help.map((run) => run.wall)) < 0.3)})`,
);
console.log(
  "\n| actors | Weave wall | Weave CPU | Weave peak | igraph wall | igraph peak | wall ratio | Q Weave | Q igraph Leiden | goals |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const size of sizes) {
  const directory = generatedCsvDirectory(size);
  const leidenOnly = size > 20_000;
  const weaveRuns: Run[] = [];
  const igraphRuns: Run[] = [];
  for (let round = 0; round < (size > 20_000 ? 1 : rounds); round++) {
    weaveRuns.push(runWeave(["analyse", join(directory, "nodes.csv"), join(directory, "ties.csv"), "--json"]));
    if (igraphAvailable) igraphRuns.push(runIgraph(directory, leidenOnly));
  }
  const ours = {
    wall: median(weaveRuns.map((run) => run.wall)),
    cpu: median(weaveRuns.map((run) => run.cpu)),
    peak: median(weaveRuns.map((run) => run.peakBytes)),
    q: weaveRuns[0]?.modularity ?? Number.NaN,
  };
  const theirs = {
    wall: igraphRuns.length > 0 ? median(igraphRuns.map((run) => run.wall)) : Number.NaN,
    peak: igraphRuns.length > 0 ? median(igraphRuns.map((run) => run.peakBytes)) : Number.NaN,
    q: igraphRuns[0]?.modularity ?? Number.NaN,
  };
  const goals: string[] = [];
  if (size <= 1_000) goals.push(`< 0.5 s: ${check(ours.wall < 0.5)}`);
  if (size === 10_000 && !leidenOnly) {
    if (Number.isFinite(theirs.wall)) goals.push(`≤ 0.5× igraph: ${check(ours.wall <= 0.5 * theirs.wall)}`);
    goals.push(`≤ 150 MB: ${check(ours.peak <= 150 * 2 ** 20)}`);
  }
  if (size >= 100_000) goals.push(`< 60 s: ${check(ours.wall < 60)}`, `< 2 GiB: ${check(ours.peak < 2 ** 31)}`);
  if (Number.isFinite(theirs.q)) goals.push(`Q ≥ igraph: ${check(ours.q >= theirs.q)}`);
  const ratio = leidenOnly || !Number.isFinite(theirs.wall) ? "–" : `${(ours.wall / theirs.wall).toFixed(2)}×`;
  console.log(
    `| ${size} | ${seconds(ours.wall)} | ${seconds(ours.cpu)} | ${megabytes(ours.peak)} | ${
      leidenOnly ? `${seconds(theirs.wall)} (Leiden only)` : seconds(theirs.wall)
    } | ${megabytes(theirs.peak)} | ${ratio} | ${ours.q.toFixed(4)} | ${
      Number.isFinite(theirs.q) ? theirs.q.toFixed(4) : "–"
    } | ${goals.join("; ")} |`,
  );
}

console.log("\n| actors | the years add: wall | CPU | pairs | goal |");
console.log("|---|---|---|---|---|");
for (const size of sizes) {
  if (size > 20_000) {
    console.log(`| ${size} | – | – | skipped above 20,000 actors | |`);
    continue;
  }
  const directory = generatedCsvDirectory(size);
  const added: { wall: number; cpu: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternating which goes first, so that neither always runs on a machine the other warmed or loaded.
    const withoutFirst = round % 2 === 1 ? runYears(directory, false) : undefined;
    const withYears = runYears(directory, true);
    const without = withoutFirst ?? runYears(directory, false);
    added.push({ wall: withYears.wall - without.wall, cpu: withYears.cpu - without.cpu });
  }
  const range = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
  const walls = added.map((pair) => pair.wall);
  const cpus = added.map((pair) => pair.cpu);
  const goal = size === 10_000 ? `< 1 s: ${check(median(walls) < 1)}` : "";
  console.log(
    `| ${size} | ${seconds(median(walls))} (${range(walls)}) | ${seconds(median(cpus))} (${range(cpus)}) | ${rounds} | ${goal} |`,
  );
}
if (!igraphAvailable) {
  console.log(
    `python-igraph not found at ${PYTHON}: python3 -m venv /tmp/igraph-venv && /tmp/igraph-venv/bin/pip install igraph (or set IGRAPH_PYTHON)`,
  );
}
rmSync(scratch, { recursive: true, force: true });
