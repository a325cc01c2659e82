/**
 * Cluster quality and time: Weave's Leiden (its defaults) against igraph's Leiden at its default
 * two iterations and run to convergence, on the same generated CSVs, unweighted, resolution 1;
 * each the best modularity of 5 seeds, with the median wall and CPU time of one call.
 * Run: npx tsx test/bench/leiden-bench.ts [sizes…]   (default: 1000 10000)
 * Above 20,000 actors igraph's converged Leiden runs one seed (at 100,000 it takes minutes).
 * The CSVs are written by test/bench/write-generated.ts into /tmp/weave-gen-<size> when missing.
 * igraph comes from a venv: python3 -m venv /tmp/igraph-venv && /tmp/igraph-venv/bin/pip install igraph
 * (or set IGRAPH_PYTHON to another interpreter); without it, the igraph columns stay empty.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { clusterGraph } from "../../src/analysis/clusters.js";
import { readNetworkCsv } from "../../src/io/index.js";
import { generatedCsvDirectory } from "./generated-csv.js";

const PYTHON = process.env.IGRAPH_PYTHON ?? "/tmp/igraph-venv/bin/python";
const SEEDS = 5;
const CONVERGED_ONE_SEED_ABOVE = 20_000;

interface Figure {
  modularity: number;
  /** Wall time and CPU time of one call (the median over seeds): the machine may be shared. */
  seconds: number;
  cpu: number;
  seeds: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Best modularity over seeds 1…`seeds`, median wall and CPU time of one call. */
function weave(seeds: number, run: (seed: number) => { modularity: number }): Figure {
  let best = Number.NEGATIVE_INFINITY;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const { modularity } = run(seed);
    const used = process.cpuUsage(startCpu);
    times.push((performance.now() - start) / 1000);
    cpu.push((used.user + used.system) / 1e6);
    best = Math.max(best, modularity);
  }
  return { modularity: best, seconds: median(times), cpu: median(cpu), seeds };
}

function igraph(directory: string, convergedSeeds: number): { default: Figure; converged: Figure | null } | undefined {
  if (!existsSync(PYTHON)) return undefined;
  const script = fileURLToPath(new URL("./leiden-compare.py", import.meta.url));
  const result = spawnSync(PYTHON, [script, directory, String(SEEDS), String(convergedSeeds)], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`igraph failed on ${directory}: ${result.stderr}`);
  return JSON.parse(result.stdout) as { default: Figure; converged: Figure | null };
}

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(1_000, 10_000);
const rows: string[][] = [];
for (const size of sizes) {
  const directory = generatedCsvDirectory(size);
  const file = (name: string) => ({ name, bytes: readFileSync(`${directory}/${name}`) });
  const graph = buildGraph(readNetworkCsv(file("nodes.csv"), file("ties.csv")));
  const cell = (figure: Figure | null | undefined) =>
    figure === undefined || figure === null
      ? ["–", "–"]
      : [
          `${figure.modularity.toFixed(4)} (${figure.seeds})`,
          `${figure.cpu.toFixed(2)} s (${figure.seconds.toFixed(2)} s)`,
        ];
  const reference = igraph(directory, size > CONVERGED_ONE_SEED_ABOVE ? 1 : SEEDS);
  const defaults = weave(SEEDS, (seed) =>
    clusterGraph(graph, { clustering: "leiden", weighted: false, runs: undefined, seed }),
  );
  rows.push([
    `${graph.order} / ${graph.size}`,
    ...cell(defaults),
    ...cell(reference?.default),
    ...cell(reference?.converged),
  ]);
}
const header = [
  "actors / ties",
  "Weave Leiden Q (defaults)",
  "CPU (wall)",
  "igraph Leiden Q (n_iterations=2)",
  "CPU (wall)",
  "igraph Leiden Q (n_iterations=-1)",
  "CPU (wall)",
];
console.log(
  "Modularity (unweighted, resolution 1), best of (seeds); CPU and wall time of one call, median over seeds.",
);
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
