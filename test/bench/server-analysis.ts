/**
 * /api/analysis as a user meets it: time from start to the first answer, and how long the event loop
 * stalls meanwhile, with the analysis on the event loop (before) and in a worker thread with the cache
 * warmed at start (after). Real HTTP on an in-memory SQLite store; one run per figure.
 * Run: npx tsx test/bench/server-analysis.ts [actors] [ties]   (default: the sample, then 5000 20000)
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { readNetworkCsv } from "../../src/io/index.js";
import type { Network } from "../../src/model/index.js";
import { analyseForApi } from "../../src/server/analysis/analyse-for-api.js";
import type { Analyse } from "../../src/server/analysis/analysis-options.js";
import { AnalysisPool } from "../../src/server/analysis/analysis-pool.js";
import { buildApp } from "../../src/server/app.js";
import { AccountStore } from "../../src/store/accounts/account-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { scratchDir } from "../server/harness.js";
import { generateNetworkWithTies } from "./generate-network.js";

interface Scenario {
  readonly name: string;
  readonly inWorker: boolean;
  /** When the page asks: right at start, or once the warmer's computation has finished. */
  readonly ask: "at start" | "once warm";
}

const SCENARIOS: readonly Scenario[] = [
  { name: "before: event loop, no warming", inWorker: false, ask: "at start" },
  { name: "after: worker + warming, asked at start", inWorker: true, ask: "at start" },
  { name: "after: worker + warming, asked once warm", inWorker: true, ask: "once warm" },
];
const HEADERS = ["scenario", "start → answer", "request", "warm ready at", "loop delay max", "loop delay p99"];

async function run(network: Network, scenario: Scenario): Promise<string[]> {
  const store = new SqliteStore(":memory:");
  await store.init();
  await store.upsertActors(network.actors);
  await store.upsertTies(network.ties);
  const scratch = scratchDir("weave-bench-");
  const accounts = AccountStore.inDataDir(scratch.dir);
  const pool = scenario.inWorker ? new AnalysisPool() : undefined;
  let firstComputation: Promise<unknown> | undefined;
  const inWorker: Analyse = (graph, options, signal) => {
    const result = (pool as AnalysisPool).analyse(graph, options, signal);
    firstComputation ??= result;
    return result;
  };
  const started = performance.now();
  const app = await buildApp({
    store,
    accounts,
    analyse: scenario.inWorker ? inWorker : analyseForApi,
    config: { host: "127.0.0.1", warmAnalysisAfterMs: scenario.inWorker ? 500 : false },
    logLevel: false,
  });
  // From here on: listening, loading the store, computing, answering (not building the app).
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  await app.listen({ port: 0, host: "127.0.0.1" });
  let warmAt = "";
  if (scenario.ask === "once warm") {
    await firstComputation;
    warmAt = ms(performance.now() - started);
  }
  const asked = performance.now();
  const response = await fetch(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/analysis`);
  await response.arrayBuffer();
  const answered = performance.now();
  delay.disable();
  await app.close();
  await pool?.close();
  await store.close();
  accounts.close();
  scratch.remove();
  if (response.status !== 200) throw new Error(`${scenario.name}: status ${response.status}`);
  const stall = (nanoseconds: number) => ms(nanoseconds / 1e6);
  return [
    scenario.name,
    ms(answered - started),
    ms(answered - asked),
    warmAt,
    stall(delay.max),
    stall(delay.percentile(99)),
  ];
}

const ms = (value: number) => `${Math.round(value)} ms`;

function printTable(title: string, rows: readonly string[][]): void {
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ");
  console.log(`\n${title}\n${line(HEADERS)}`);
  for (const row of rows) console.log(line(row));
}

const networks: [string, Network][] = [];
if (process.argv[2] === undefined) {
  const file = (name: string) => ({ name, bytes: readFileSync(`data/sample/${name}`) });
  networks.push(["data/sample", readNetworkCsv(file("nodes.csv"), file("ties.csv"))]);
}
const actors = Number(process.argv[2] ?? 5000);
networks.push([`generated`, generateNetworkWithTies(actors, Number(process.argv[3] ?? 20000))]);
for (const [label, network] of networks) {
  const rows: string[][] = [];
  for (const scenario of SCENARIOS) rows.push(await run(network, scenario));
  printTable(`${label}: ${network.actors.length} actors, ${network.ties.length} ties`, rows);
}
