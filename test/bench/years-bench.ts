/**
 * The years part of the analysis (analyseYears) on a network's CSVs: CPU time of its parts, each
 * year's modularity and, from the second year on, the share of the actors in both years who kept their
 * cluster number (how stable the numbering is), over several seeds. The whole network's clusters (where the timeline starts) are
 * measured apart: the analysis of all years computes them anyway.
 * Run: npx tsx test/bench/years-bench.ts <folder with nodes.csv and ties.csv> [seeds]
 */
import { readFileSync } from "node:fs";
import { clusterTimeline, wholeClusters } from "../../src/analysis/cluster-timeline.js";
import { yearGraphs } from "../../src/analysis/year-graphs.js";
import { analyseYears } from "../../src/analysis/years-analysis.js";
import { readNetworkCsv } from "../../src/io/index.js";

const [directory, seedCount = "3"] = process.argv.slice(2);
if (directory === undefined) throw new Error("usage: years-bench.ts <folder> [seeds]");
const file = (name: string) => ({ name, bytes: readFileSync(`${directory}/${name}`) });
const network = readNetworkCsv(file("nodes.csv"), file("ties.csv"));

const cpu = <T>(run: () => T): [T, number] => {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return [result, (used.user + used.system) / 1e6];
};

/** Of the actors clustered in both years, the share whose cluster number is the same. */
function keptShare(before: Readonly<Record<string, number>>, after: Readonly<Record<string, number>>): number {
  let both = 0;
  let same = 0;
  for (const [id, number] of Object.entries(after)) {
    if (!Object.hasOwn(before, id)) continue;
    both += 1;
    if (before[id] === number) same += 1;
  }
  return both === 0 ? 1 : same / both;
}

for (let seed = 1; seed <= Number(seedCount); seed++) {
  const options = { clustering: "leiden" as const, weighted: false, runs: undefined, seed };
  const shared = yearGraphs(network);
  const [, whole] = cpu(() => wholeClusters(shared, options));
  const [, build] = cpu(() => shared.years.map((year) => shared.networkOf(year)));
  const [timeline, clusters] = cpu(() => clusterTimeline(network, options, undefined, shared));
  const brokerage = { weighted: false, seed, exactBrokerageUpTo: 512, brokeragePivots: 64 };
  const [, broker] = cpu(() => shared.years.map((year) => shared.brokerageOf(year, brokerage)));
  const [, rest] = cpu(() =>
    analyseYears(network, { weighted: false, clustering: "leiden", clusteringRuns: undefined, seed }, shared, timeline),
  );
  const q = timeline.map((year) => year.modularity.toFixed(4)).join(" ");
  const kept = timeline
    .slice(1)
    .map((year, k) => keptShare(timeline[k]?.communities ?? {}, year.communities).toFixed(3));
  console.log(
    `seed ${seed}: whole ${whole.toFixed(2)} s | years: build ${build.toFixed(2)} s, timeline ${clusters.toFixed(2)} s, brokerage ${broker.toFixed(2)} s, rest ${rest.toFixed(2)} s | Q ${q} | kept ${kept.join(" ")}`,
  );
}
