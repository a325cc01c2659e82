/**
 * Wall times of the analysis on the sample neighbourhood and on generated networks.
 * Run: npx tsx test/bench/analysis-bench.ts [sizes…]   (default: sample and 10000)
 * Single run per figure, single-threaded; speed is measured here, never asserted in tests.
 * `… analysis-bench.ts paths [runs]`: the shortest-path figures (betweenness, closeness, harmonic) at
 * 10k exact on 1 and 2 threads and 100k sampled, CPU time (all threads) and wall, best of `runs` (3).
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { adjacencyOf } from "../../src/analysis/adjacency.js";
import { betweenness } from "../../src/analysis/betweenness.js";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { closeness } from "../../src/analysis/closeness.js";
import { clusterGraph } from "../../src/analysis/clusters.js";
import { cutPoints } from "../../src/analysis/cut-points.js";
import { eigenvector } from "../../src/analysis/eigenvector.js";
import { harmonic } from "../../src/analysis/harmonic.js";
import { pagerank } from "../../src/analysis/pagerank.js";
import { analyseNetwork, pathSamplingFor } from "../../src/analysis/report.js";
import { roles } from "../../src/analysis/roles.js";
import { status } from "../../src/analysis/status.js";
import { structuralHoles } from "../../src/analysis/structural-holes.js";
import { readNetworkCsv } from "../../src/io/index.js";
import type { Network } from "../../src/model/index.js";
import { shortestPathFiguresThreaded } from "../../src/server/analysis/path-threads.js";
import { generateNetwork } from "./generate-network.js";

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

function bench(label: string, network: Network): void {
  const rows: [string, number][] = [];
  const [graph, build] = time(() => buildGraph(network));
  rows.push(["build graph", build]);
  const [between, betweennessTime] = time(() => betweenness(graph));
  rows.push(["betweenness", betweennessTime]);
  rows.push(["closeness", time(() => closeness(graph))[1]]);
  rows.push(["harmonic", time(() => harmonic(graph))[1]]);
  rows.push(["eigenvector", time(() => eigenvector(graph))[1]]);
  rows.push(["pagerank", time(() => pagerank(graph))[1]]);
  const clustering = { weighted: false, runs: undefined, seed: 1 };
  const [communities, leidenTime] = time(() => clusterGraph(graph, { ...clustering, clustering: "leiden" }));
  rows.push(["leiden (the default clustering)", leidenTime]);
  const [louvainClusters, louvainTime] = time(() => clusterGraph(graph, { ...clustering, clustering: "louvain" }));
  rows.push(["louvain (best of 10)", louvainTime]);
  rows.push(["roles", time(() => roles(graph, communities.communities, between))[1]]);
  rows.push(["structural holes", time(() => structuralHoles(graph))[1]]);
  rows.push(["cut points", time(() => cutPoints(graph))[1]]);
  rows.push(["status", time(() => status(graph))[1]]);
  rows.push(["analyseNetwork without years", time(() => analyseNetwork(network, { years: false }))[1]]);
  const [full, fullTime] = time(() => analyseNetwork(network));
  rows.push([`analyseNetwork with ${full.years.length} years`, fullTime]);
  rows.push(["JSON.stringify", time(() => JSON.stringify(full))[1]]);
  console.log(
    `\n${label}: ${graph.order} actors, ${graph.size} merged ties (${network.ties.length} tie rows), modularity ${communities.modularity.toFixed(3)} (Leiden; Louvain ${louvainClusters.modularity.toFixed(3)})`,
  );
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(34)} ${ms.toFixed(0).padStart(8)} ms`);
}

/** Best of `runs`: CPU time of every thread of the process (user + system) and wall time, in ms. */
async function pathBench(runs: number): Promise<void> {
  const cases = [
    { size: 10_000, exact: true, threads: 1 },
    { size: 10_000, exact: true, threads: 2 },
    { size: 100_000, exact: false, threads: 1 },
    { size: 100_000, exact: false, threads: 2 },
  ];
  const rows: string[][] = [];
  for (const { size, exact, threads } of cases) {
    const graph = buildGraph(generateNetwork(size));
    const adjacency = adjacencyOf(graph, false);
    const sampling = pathSamplingFor(graph.order, { exact, pivots: undefined, exactUpTo: 20_000, seed: 1 });
    let cpu = Number.POSITIVE_INFINITY;
    let wall = Number.POSITIVE_INFINITY;
    for (let run = 0; run < runs; run++) {
      const cpuStart = process.cpuUsage();
      const wallStart = performance.now();
      await shortestPathFiguresThreaded(adjacency, { threads, sampling });
      const used = process.cpuUsage(cpuStart);
      wall = Math.min(wall, performance.now() - wallStart);
      cpu = Math.min(cpu, (used.user + used.system) / 1000);
    }
    const sources = sampling?.pivots ?? size;
    rows.push([
      String(size),
      sampling === null ? "exact" : `${sampling.pivots} pivots, ±${sampling.epsilon.toFixed(3)}`,
      String(threads),
      cpu.toFixed(0),
      wall.toFixed(0),
      ((cpu * 1000) / sources).toFixed(0),
    ]);
  }
  const header = ["actors", "figures", "threads", "CPU ms", "wall ms", "CPU µs/source"];
  console.log(
    `\nshortest-path figures (betweenness, closeness, harmonic), best of ${runs}, load ${loadavg()[0]?.toFixed(1)}`,
  );
  for (const row of [header, ...rows])
    console.log(`  ${row.map((cell, i) => (i === 1 ? cell.padEnd(22) : cell.padStart(8))).join(" ")}`);
}

if (process.argv[2] === "paths") {
  await pathBench(Number(process.argv[3] ?? 3));
  process.exit(0);
}
const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) {
  const file = (name: string) => ({ name, bytes: readFileSync(`data/sample/${name}`) });
  bench("data/sample", readNetworkCsv(file("nodes.csv"), file("ties.csv")));
  sizes.push(10_000);
}
for (const size of sizes) bench(`generated ${size}`, generateNetwork(size));
