/**
 * /api/analysis as users meet it, over real HTTP on an in-memory SQLite store with the analysis in a
 * worker thread, on networks from generate-network.ts (those of write-generated.ts):
 * - cold: from starting the server to the first answer where the explorer opens (the latest year),
 *   asked at start, once the warm-up is done, and at a restart over the figures the last run kept;
 * - under writes: editors each adding an actor, waiting a second, and again; after every write the
 *   page's requests: the figures at once (marked updating) and then `fresh=true`, whose wait is the
 *   "write → fresh figures" time. Also how many analyses ran for how many writes.
 * Wall times and the CPU time of the whole process (all threads), which a loaded machine does not inflate;
 * the client reads only each answer's freshness, so that CPU is the server's.
 * Run: npx tsx test/bench/server-analysis.ts [cold actors (5000; 0 skips)] [written actors (2000)] [writers (5)]
 *   [seconds (30)] [edit: actor (default) or tie]
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { type Network, yearsInData } from "../../src/model/index.js";
import { AnalysisPool } from "../../src/server/analysis/analysis-pool.js";
import { buildApp } from "../../src/server/app.js";
import { AccountStore } from "../../src/store/accounts/account-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { scratchDir } from "../server/harness.js";
import { generateNetwork } from "./generate-network.js";

interface Started {
  readonly base: string;
  readonly pool: AnalysisPool;
  readonly store: SqliteStore;
  readonly warm: Promise<unknown>;
  readonly stop: () => Promise<void>;
}

/** The server over `network`, listening; `analysisCacheDir` keeps figures over restarts. */
async function start(network: Network, analysisCacheDir?: string): Promise<Started> {
  const store = new SqliteStore(":memory:");
  await store.init();
  await store.upsertActors(network.actors);
  await store.upsertTies(network.ties);
  const scratch = scratchDir("weave-bench-");
  const accounts = AccountStore.inDataDir(scratch.dir);
  const pool = new AnalysisPool();
  let warmed = () => {};
  // Settles when the first analysis does (stopped or not), so an unawaited one never goes unhandled.
  const warm = new Promise<void>((resolve) => {
    warmed = resolve;
  });
  const app = await buildApp({
    store,
    accounts,
    analyse: (graph, options, signal) => {
      const result = pool.analyse(graph, options, signal);
      result.then(warmed, warmed);
      return result;
    },
    config: { host: "127.0.0.1", analysisCacheDir },
    logLevel: false,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    pool,
    store,
    warm,
    stop: async () => {
      await app.close();
      await pool.close();
      await store.close();
      accounts.close();
      scratch.remove();
    },
  };
}

/**
 * The answer's freshness, which the route writes first: read from the body's first bytes, the rest let
 * go. A page parses the figures in the browser; parsed here, in the server's own process, they took
 * a third of its main thread and delayed the answers being measured.
 */
async function analysis(base: string, query = ""): Promise<{ freshness: { state: string; version: number } }> {
  const response = await fetch(`${base}/api/analysis${query}`);
  if (response.status !== 200 || response.body === null) throw new Error(`/api/analysis${query}: ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let head = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    head += decoder.decode(chunk.value, { stream: true });
    const end = head.indexOf("}");
    if (end >= 0) {
      await reader.cancel();
      return JSON.parse(`${head.slice(0, end + 1)}}`) as { freshness: { state: string; version: number } };
    }
  }
  throw new Error(`/api/analysis${query}: no freshness`);
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

type Ask = "at start" | "once warm" | "at a restart, figures kept";

async function cold(network: Network, ask: Ask): Promise<string[]> {
  const query = `?year=${yearsInData(network).at(-1)}`;
  const cacheDir = ask === "at a restart, figures kept" ? mkdtempSync(join(tmpdir(), "weave-bench-kept-")) : undefined;
  if (cacheDir !== undefined) {
    const before = await start(network, cacheDir);
    await analysis(before.base, `${query}&fresh=true`);
    await before.stop();
  }
  const cpu = process.cpuUsage();
  const started = performance.now();
  const server = await start(network, cacheDir);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  if (ask === "once warm") await server.warm;
  const asked = performance.now();
  const answer = await analysis(server.base, query);
  if (answer.freshness.state !== "fresh") throw new Error(`cold ${ask}: figures not fresh`);
  const answered = performance.now();
  const used = cpuMs(cpu);
  delay.disable();
  await server.stop();
  if (cacheDir !== undefined) rmSync(cacheDir, { recursive: true, force: true });
  return [ask, ms(answered - started), ms(answered - asked), ms(used), ms(delay.max / 1e6)];
}

/**
 * What each write adds: an actor without a year (so in every year, as the explorer's form adds one), or a
 * `knows` tie made in the latest year between two actors already there (an edit of this year's network).
 */
type Edit = "actor" | "tie";

async function underWrites(network: Network, writers: number, seconds: number, edit: Edit): Promise<string[][]> {
  const latest = yearsInData(network).at(-1);
  const residents = network.actors.filter((actor) => actor.kind === "resident");
  const newActor = (who: number, n: number) => ({
    id: `bench-${who}-${n}`,
    name: `Bench ${who} ${n}`,
    kind: "resident",
  });
  const newTie = (who: number, n: number) => {
    const ends = (offset: number) => residents[(who * 997 + n * 31 + offset) % residents.length]?.id;
    return { source: ends(0), target: ends(residents.length >> 1), type: "knows", since: latest };
  };
  const server = await start(network);
  await server.warm;
  const { csrfToken } = (await (await fetch(`${server.base}/api/session`)).json()) as { csrfToken: string };
  await analysis(server.base, "?fresh=true");
  const runsBefore = server.pool.started;
  const cpu = process.cpuUsage();
  const toFresh: number[] = [];
  const reads: number[] = [];
  const pending: Promise<void>[] = [];
  const until = performance.now() + seconds * 1000;
  let written = 0;
  const writer = async (who: number) => {
    for (let n = 0; performance.now() < until; n++) {
      const [path, body] = edit === "tie" ? ["ties", newTie(who, n)] : ["actors", newActor(who, n)];
      const response = await fetch(`${server.base}/api/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
        body: JSON.stringify(body),
      });
      if (response.status !== 201) throw new Error(`POST /api/${path}: ${response.status} ${await response.text()}`);
      written++;
      const wrote = performance.now();
      const version = await server.store.version();
      // What the page does on hearing of the write: the figures at once, then the fresh ones.
      pending.push(
        (async () => {
          await analysis(server.base);
          reads.push(performance.now() - wrote);
          const fresh = await analysis(server.base, "?fresh=true");
          if (fresh.freshness.version < version) throw new Error("fresh=true answered figures older than the write");
          toFresh.push(performance.now() - wrote);
        })(),
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: writers }, (_, who) => writer(who)));
  await Promise.all(pending);
  const wall = performance.now() - started;
  const used = cpuMs(cpu);
  const runs = server.pool.started - runsBefore;
  await server.stop();
  return [
    ["write → fresh figures", ms(percentile(toFresh, 50)), ms(percentile(toFresh, 99)), ms(Math.max(...toFresh))],
    ["write → figures (updating)", ms(percentile(reads, 50)), ms(percentile(reads, 99)), ms(Math.max(...reads))],
    [`${written} writes, ${runs} analyses`, `wall ${ms(wall)}`, `cpu ${ms(used)}`, `cpu/analysis ${ms(used / runs)}`],
  ];
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const ms = (value: number) => `${Math.round(value)} ms`;

function printTable(title: string, headers: readonly string[], rows: readonly string[][]): void {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ");
  console.log(`\n${title}\n${line(headers)}`);
  for (const row of rows) console.log(line(row));
}

const [coldActors = 5000, writtenActors = 2000, writers = 5, seconds = 30] = process.argv.slice(2, 6).map(Number);
const edit: Edit = process.argv[6] === "tie" ? "tie" : "actor";
if (coldActors > 0) {
  const coldNetwork = generateNetwork(coldActors);
  printTable(
    `cold: ${coldNetwork.actors.length} actors, ${coldNetwork.ties.length} ties`,
    ["asked", "start → answer", "request", "cpu (all threads)", "loop delay max"],
    [
      await cold(coldNetwork, "at start"),
      await cold(coldNetwork, "once warm"),
      await cold(coldNetwork, "at a restart, figures kept"),
    ],
  );
}
const written = generateNetwork(writtenActors);
printTable(
  `under writes: ${written.actors.length} actors, ${written.ties.length} ties, ${writers} editors each adding ${edit === "tie" ? "a tie of the latest year" : "an actor"} every second for ${seconds} s`,
  ["", "p50", "p99", "max"],
  await underWrites(written, writers, seconds, edit),
);
