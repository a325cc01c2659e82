/**
 * Weave against python-igraph on the same generated networks and the same metric set (betweenness,
 * closeness, harmonic, PageRank, eigenvector, average clustering, Leiden): CPU seconds per metric
 * and in all, peak memory, the ratio, and Leiden's modularity. Each side runs in its own process,
 * interleaved per network (Weave, then igraph), `ROUNDS` times; the table shows medians.
 *
 * Run: npx tsx test/bench/versus-igraph.ts [sizes…]   (default: 1000 10000; 100000 takes long:
 * exact betweenness). The CSVs are written by test/bench/write-generated.ts's generator into
 * /tmp/weave-gen-<size> when missing.
 * igraph: python3 -m venv /tmp/igraph-venv && /tmp/igraph-venv/bin/pip install igraph
 * (or set IGRAPH_PYTHON to an interpreter that imports igraph). Without it the igraph columns stay
 * empty and one line says how to install it; the bench does not fail.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generatedCsvDirectory } from "./generated-csv.js";

const PYTHON = process.env.IGRAPH_PYTHON ?? "/tmp/igraph-venv/bin/python";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const METRICS = ["betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "clustering", "leiden"] as const;

interface Measured {
  seconds: Record<string, number>;
  modularity: number;
  peakBytes: number;
}

function run(command: string, args: string[]): Measured {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "") as Measured;
}

function igraphAvailable(): boolean {
  return existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import igraph"]).status === 0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The median of each figure over rounds; the total is the median of the rounds' totals. */
function summarise(rounds: Measured[]): { seconds: Record<string, number>; total: number; peak: number; q: number } {
  const seconds: Record<string, number> = {};
  for (const metric of METRICS) seconds[metric] = median(rounds.map((round) => round.seconds[metric] ?? Number.NaN));
  const total = median(rounds.map((round) => METRICS.reduce((sum, metric) => sum + (round.seconds[metric] ?? 0), 0)));
  return {
    seconds,
    total,
    peak: median(rounds.map((round) => round.peakBytes)),
    q: Math.max(...rounds.map((round) => round.modularity)),
  };
}

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(1_000, 10_000);
const withIgraph = igraphAvailable();
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
const weaveScript = fileURLToPath(new URL("./weave-metrics.ts", import.meta.url));
const igraphScript = fileURLToPath(new URL("./igraph-metrics.py", import.meta.url));
const seconds = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(2));
const megabytes = (bytes: number | undefined) => (bytes === undefined ? "–" : `${Math.round(bytes / 2 ** 20)} MB`);

console.log(`\nWeave vs python-igraph: CPU seconds (user + sys), median of ${ROUNDS} round(s); peak resident memory`);
const header = ["actors", "side", ...METRICS, "total", "peak", "Leiden Q"];
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
for (const size of sizes) {
  const directory = generatedCsvDirectory(size);
  const weaveRounds: Measured[] = [];
  const igraphRounds: Measured[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    weaveRounds.push(run(tsx, [weaveScript, directory]));
    if (withIgraph) igraphRounds.push(run(PYTHON, [igraphScript, directory]));
  }
  const weave = summarise(weaveRounds);
  const igraph = withIgraph ? summarise(igraphRounds) : undefined;
  const row = (side: string, figures: ReturnType<typeof summarise> | undefined) =>
    `| ${size} | ${side} | ${METRICS.map((metric) => seconds(figures?.seconds[metric])).join(" | ")} | ${seconds(
      figures?.total,
    )} | ${megabytes(figures?.peak)} | ${figures === undefined ? "–" : figures.q.toFixed(4)} |`;
  console.log(row("Weave", weave));
  console.log(row("igraph", igraph));
  if (igraph !== undefined) {
    const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");
    console.log(
      `| ${size} | Weave ÷ igraph | ${METRICS.map((metric) => ratio(weave.seconds[metric] ?? 0, igraph.seconds[metric] ?? 0)).join(" | ")} | ${ratio(weave.total, igraph.total)} | ${ratio(weave.peak, igraph.peak)} | ${(weave.q - igraph.q).toFixed(4)} |`,
    );
  }
}
if (!withIgraph) {
  console.log(
    `python-igraph not found at ${PYTHON}: python3 -m venv /tmp/igraph-venv && /tmp/igraph-venv/bin/pip install igraph (or set IGRAPH_PYTHON)`,
  );
}
