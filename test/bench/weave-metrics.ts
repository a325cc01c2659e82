/**
 * Weave's side of test/bench/versus-igraph.ts: the same metric set on a CSV pair, one process per
 * network so that the peak memory is this work's own. Prints one JSON line (CPU seconds per metric,
 * Leiden's modularity, peak resident memory).
 * Run: npx tsx test/bench/weave-metrics.ts DIR
 */
import { readFileSync } from "node:fs";
import { betweenness } from "../../src/analysis/betweenness.js";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { closeness } from "../../src/analysis/closeness.js";
import { averageClustering } from "../../src/analysis/clustering.js";
import { eigenvector } from "../../src/analysis/eigenvector.js";
import { harmonic } from "../../src/analysis/harmonic.js";
import { leiden } from "../../src/analysis/leiden.js";
import { pagerank } from "../../src/analysis/pagerank.js";
import { readNetworkCsv } from "../../src/io/index.js";

const directory = process.argv[2] ?? "/tmp/weave-gen-1000";
const file = (name: string) => ({ name, bytes: readFileSync(`${directory}/${name}`) });
const graph = buildGraph(readNetworkCsv(file("nodes.csv"), file("ties.csv")));
const seconds: Record<string, number> = {};
function timed<T>(name: string, work: () => T): T {
  const start = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(start);
  seconds[name] = (used.user + used.system) / 1e6;
  return result;
}
timed("betweenness", () => betweenness(graph));
timed("closeness", () => closeness(graph));
timed("harmonic", () => harmonic(graph));
timed("pagerank", () => pagerank(graph));
timed("eigenvector", () => eigenvector(graph));
timed("clustering", () => averageClustering(graph));
const { modularity } = timed("leiden", () => leiden(graph));
console.log(JSON.stringify({ seconds, modularity, peakBytes: process.resourceUsage().maxRSS * 1024 }));
