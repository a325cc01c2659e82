/**
 * Wall times of the analysis on the sample neighbourhood and on generated networks.
 * Run: npx tsx test/bench/analysis-bench.ts [sizes…]   (default: sample and 10000)
 * Single run per figure, single-threaded; speed is measured here, never asserted in tests.
 */
import { readFileSync } from "node:fs";
import { betweenness } from "../../src/analysis/betweenness.js";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { closeness } from "../../src/analysis/closeness.js";
import { cutPoints } from "../../src/analysis/cut-points.js";
import { eigenvector } from "../../src/analysis/eigenvector.js";
import { harmonic } from "../../src/analysis/harmonic.js";
import { louvain } from "../../src/analysis/louvain.js";
import { pagerank } from "../../src/analysis/pagerank.js";
import { analyseNetwork } from "../../src/analysis/report.js";
import { roles } from "../../src/analysis/roles.js";
import { status } from "../../src/analysis/status.js";
import { structuralHoles } from "../../src/analysis/structural-holes.js";
import { readNetworkCsv } from "../../src/io/index.js";
import type { Network } from "../../src/model/index.js";
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
  const [communities, louvainTime] = time(() => louvain(graph));
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
    `\n${label}: ${graph.order} actors, ${graph.size} merged ties (${network.ties.length} tie rows), modularity ${communities.modularity.toFixed(3)}`,
  );
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(34)} ${ms.toFixed(0).padStart(8)} ms`);
}

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) {
  const file = (name: string) => ({ name, bytes: readFileSync(`data/sample/${name}`) });
  bench("data/sample", readNetworkCsv(file("nodes.csv"), file("ties.csv")));
  sizes.push(10_000);
}
for (const size of sizes) bench(`generated ${size}`, generateNetwork(size));
