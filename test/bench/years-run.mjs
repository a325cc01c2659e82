// Run by test/bench/goals.ts (`node years-run.mjs <folder with nodes.csv and ties.csv> <1|0>`): what
// `weave analyse --json` runs, from the compiled core in build/, with the years (1) or without them (0),
// the JSON written into nothing. Prints one JSON line: wall and CPU seconds (all threads) from before
// the core is loaded to after the JSON is made, and the peak resident memory. goals.ts runs it in
// interleaved pairs: the difference is what the years add to the analysis.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { setFlagsFromString } from "node:v8";

// As bin/weave.js sets it for `weave analyse`.
setFlagsFromString("--interrupt-budget=200000");
const [directory, years] = process.argv.slice(2);
if (directory === undefined || (years !== "1" && years !== "0")) throw new Error("usage: years-run.mjs <folder> <1|0>");
const start = performance.now();
const cpuStart = process.cpuUsage();
const { core } = createRequire(import.meta.url)("../../build/cli/analyse-cli.cjs");
const file = (name) => ({ name, bytes: readFileSync(`${directory}/${name}`) });
const analysis = core.analyseNetworkThreaded(
  core.readNetworkCsv(file("nodes.csv"), file("ties.csv")),
  { years: years === "1" },
  { threads: core.defaultPathThreads() },
);
let bytes = 0;
core.writeJsonChunks(await analysis, (chunk) => {
  bytes += chunk.length;
});
const cpu = process.cpuUsage(cpuStart);
console.log(
  JSON.stringify({
    wall: (performance.now() - start) / 1000,
    cpu: (cpu.user + cpu.system) / 1e6,
    peakBytes: process.resourceUsage().maxRSS * 1024,
    bytes,
  }),
);
