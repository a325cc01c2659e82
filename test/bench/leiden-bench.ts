/**
 * Cluster quality and wall time: Weave's Leiden against igraph's Leiden and multilevel and Weave's
 * current Louvain (best of 10), on the same generated CSVs, unweighted, resolution 1.
 * Run: npx tsx test/bench/leiden-bench.ts [sizes…]   (default: 1000 10000)
 * The CSVs are written by test/bench/write-generated.ts into /tmp/weave-gen-<size> when missing.
 * igraph comes from a venv: python3 -m venv /tmp/igraph-venv && /tmp/igraph-venv/bin/pip install igraph
 * (or set IGRAPH_PYTHON to another interpreter); without it, the igraph columns stay empty.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { leiden } from "../../src/analysis/leiden.js";
import { louvain } from "../../src/analysis/louvain.js";
import { readNetworkCsv } from "../../src/io/index.js";
import { generatedCsvDirectory } from "./generated-csv.js";

const PYTHON = process.env.IGRAPH_PYTHON ?? "/tmp/igraph-venv/bin/python";
const IGRAPH_SEEDS = 5;
const WEAVE_SEEDS = 5;

interface Figure {
  modularity: number;
  /** Wall time and CPU time of one call (the median over seeds): the machine may be shared. */
  seconds: number;
  cpu: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Best modularity over `seeds` calls (seed 1…), median wall and CPU time of one call. */
function weave(seeds: number, run: (seed: number) => { modularity: number }): Figure {
  let best = Number.NEGATIVE_INFINITY;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const { modularity } = run(seed);
    times.push((performance.now() - start) / 1000);
    cpu.push(process.cpuUsage(startCpu).user / 1e6);
    best = Math.max(best, modularity);
  }
  return { modularity: best, seconds: median(times), cpu: median(cpu) };
}

function igraph(directory: string): { leiden: Figure; multilevel: Figure } | undefined {
  if (!existsSync(PYTHON)) return undefined;
  const script = fileURLToPath(new URL("./leiden-compare.py", import.meta.url));
  const result = spawnSync(PYTHON, [script, directory, String(IGRAPH_SEEDS)], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`igraph failed on ${directory}: ${result.stderr}`);
  return JSON.parse(result.stdout) as { leiden: Figure; multilevel: Figure };
}

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(1_000, 10_000);
const rows: string[][] = [];
for (const size of sizes) {
  const directory = generatedCsvDirectory(size);
  const file = (name: string) => ({ name, bytes: readFileSync(`${directory}/${name}`) });
  const graph = buildGraph(readNetworkCsv(file("nodes.csv"), file("ties.csv")));
  const label = `${graph.order} / ${graph.size}`;
  const cell = (figure: Figure | undefined) =>
    figure === undefined
      ? ["–", "–"]
      : [figure.modularity.toFixed(4), `${figure.seconds.toFixed(2)} s (${figure.cpu.toFixed(2)} s CPU)`];
  const reference = igraph(directory);
  const defaults = weave(WEAVE_SEEDS, (seed) => leiden(graph, { seed }));
  const single = weave(WEAVE_SEEDS, (seed) => leiden(graph, { seed, runs: 1 }));
  const current = weave(1, () => louvain(graph));
  rows.push([
    label,
    ...cell(defaults),
    ...cell(single),
    ...cell(reference?.leiden),
    ...cell(reference?.multilevel),
    ...cell(current),
  ]);
}
const header = [
  "actors / ties",
  "Weave Leiden Q (defaults: 4 runs + consensus)",
  "time (1 call)",
  "Weave Leiden Q (runs: 1)",
  "time (1 call)",
  `igraph Leiden Q (best of ${IGRAPH_SEEDS})`,
  "time (1 run)",
  "igraph multilevel Q",
  "time (1 run)",
  "Weave Louvain (best of 10) Q",
  "time",
];
console.log(
  `Modularity (unweighted, resolution 1) and wall time; Weave Leiden Q is the best of seeds 1…${WEAVE_SEEDS}.`,
);
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
