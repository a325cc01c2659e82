/**
 * Soak: a bounded load test over loopback. A `weave serve` process (127.0.0.1, a free port) holds a
 * generated network; 100 readers and 10 writers send requests back to back for 60 s; then the
 * requests per second, p50/p99 per route, every error, the server's memory (RSS) before and after and
 * its CPU time.
 * SQLite always; Neo4j too, on NEO4J_URI when set (it must be empty) or on a throw-away Neo4j started
 * here, unless --sqlite-only.
 * Run: npx tsx test/bench/soak.ts [--seconds 60] [--actors 2000] [--readers 100] [--writers 10] [--sqlite-only]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Network } from "../../src/model/index.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { type RunningNeo4j, startNeo4j } from "../../src/store/neo4j/launcher.js";
import { openNeo4jStore } from "../../src/store/neo4j/open.js";
import { SQLITE_FILE } from "../../src/store/open-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { openModeHeaders, startServe } from "../fault/weave-process.js";
import { scratchDir } from "../server/harness.js";
import { generateNetwork } from "./generate-network.js";

export interface SoakOptions {
  readonly seconds: number;
  readonly actors: number;
  readonly readers: number;
  readonly writers: number;
  /** Absent: SQLite in a scratch folder. Present: this (empty) Neo4j. */
  readonly neo4j?: { readonly uri: string; readonly user?: string; readonly password?: string };
}

export interface RouteFigures {
  readonly route: string;
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
}

export interface SoakResult {
  readonly store: "sqlite" | "neo4j";
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly routes: readonly RouteFigures[];
  /** What went wrong, by route and status (or by the client's error), with how often. */
  readonly errors: Readonly<Record<string, number>>;
  readonly rssBeforeMb: number;
  readonly rssAfterMb: number;
  /** The server process's CPU time (user + system) during the run: steadier than wall times on a shared machine. */
  readonly serverCpuSeconds: number;
}

/** The server process's resident memory, from /proc (Linux). */
function rssMb(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Math.round(Number(line) / 1024);
}

/** The process's CPU time so far (user + system), from /proc (Linux; clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] as number;
}

/** A small seeded generator, so two runs ask for the same things in the same order. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function fill(store: GraphStore, network: Network): Promise<void> {
  try {
    await store.init();
    if ((await store.counts()).actors > 0)
      throw new Error("the soak needs an empty store; it would mix in its own data");
    await store.importNetwork(network);
  } finally {
    await store.close();
  }
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const network = generateNetwork(options.actors);
  const scratch = scratchDir("weave-soak-");
  const env: Record<string, string> = { WEAVE_DATA_DIR: scratch.dir };
  if (options.neo4j === undefined) {
    await fill(new SqliteStore(join(scratch.dir, SQLITE_FILE)), network);
  } else {
    const neo4jEnv = {
      NEO4J_URI: options.neo4j.uri,
      ...(options.neo4j.user === undefined ? {} : { NEO4J_USER: options.neo4j.user }),
      ...(options.neo4j.password === undefined ? {} : { NEO4J_PASSWORD: options.neo4j.password }),
    };
    await fill(await openNeo4jStore(neo4jEnv), network);
    Object.assign(env, neo4jEnv);
  }
  const server = await startServe({ env });
  try {
    const pid = server.child.pid as number;
    const headers = await openModeHeaders(server.address);
    const residents = network.actors.filter((actor) => actor.kind === "resident").map((actor) => actor.id);
    const actorIds = network.actors.map((actor) => actor.id);
    const tieIds = network.ties.map((tie) => tie.id);
    const timings = new Map<string, number[]>();
    const errors: Record<string, number> = {};
    const failed = new Map<string, number>();
    const deadline = Date.now() + options.seconds * 1000;

    const call = async (route: string, path: string, init: RequestInit = {}, expected = [200]): Promise<unknown> => {
      const started = performance.now();
      let problem: string | undefined;
      let body: unknown;
      try {
        const response = await fetch(`${server.address}${path}`, { ...init, signal: AbortSignal.timeout(60_000) });
        const text = await response.text();
        if (!expected.includes(response.status)) problem = `${route} → ${response.status} ${text.slice(0, 120)}`;
        else if (text !== "") body = JSON.parse(text);
      } catch (error) {
        problem = `${route} → ${(error as Error).name}: ${(error as Error).message}`;
      }
      const list = timings.get(route) ?? [];
      list.push(performance.now() - started);
      timings.set(route, list);
      if (problem !== undefined) {
        errors[problem] = (errors[problem] ?? 0) + 1;
        failed.set(route, (failed.get(route) ?? 0) + 1);
      }
      return body;
    };

    const reader = async (seed: number) => {
      const next = random(seed);
      const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
      while (Date.now() < deadline) {
        const roll = next();
        if (roll < 0.4) await call("GET /api/actors/:id", `/api/actors/${encodeURIComponent(pick(actorIds))}`);
        else if (roll < 0.6) await call("GET /api/ties/:id", `/api/ties/${encodeURIComponent(pick(tieIds))}`);
        else if (roll < 0.75) await call("GET /api/health", "/api/health");
        else if (roll < 0.85) await call("GET /api/graph", "/api/graph");
        else if (roll < 0.92) await call("GET /api/graph?year", `/api/graph?year=${2019 + Math.floor(next() * 5)}`);
        else await call("GET /api/analysis", "/api/analysis");
      }
    };

    const writer = async (writerId: number) => {
      const next = random(1000 + writerId);
      const json = { ...headers, "content-type": "application/json" };
      for (let n = 0; Date.now() < deadline; n++) {
        const id = `soak-${writerId}-${n}`;
        const friend = residents[Math.floor(next() * residents.length)] as string;
        await call(
          "POST /api/actors",
          "/api/actors",
          {
            method: "POST",
            headers: json,
            body: JSON.stringify({ id, name: `Soak ${writerId} ${n}`, kind: "resident", interests: ["walking"] }),
          },
          [201],
        );
        await call("PATCH /api/actors/:id", `/api/actors/${id}`, {
          method: "PATCH",
          headers: json,
          body: JSON.stringify({ notes: `visit ${n}` }),
        });
        const tie = (await call(
          "POST /api/ties",
          "/api/ties",
          {
            method: "POST",
            headers: json,
            body: JSON.stringify({ source: id, target: friend, type: "knows", since: 2023 }),
          },
          [201],
        )) as { id?: string } | undefined;
        if (tie?.id !== undefined) {
          await call("PATCH /api/ties/:id", `/api/ties/${encodeURIComponent(tie.id)}`, {
            method: "PATCH",
            headers: json,
            body: JSON.stringify({ weight: 2 }),
          });
        }
        if (n % 2 === 1) {
          await call("DELETE /api/actors/:id", `/api/actors/${id}`, { method: "DELETE", headers }, [204]);
        }
      }
    };

    await call("GET /api/graph", "/api/graph");
    // One connection per client, opened before the clock starts: a server whose event loop is busy
    // accepts new connections slowly (a few a second here), so the writers, whose first request
    // comes last, would otherwise wait 20-40 s for a connection and the figures would time TCP
    // accepts instead of the routes.
    await Promise.all(Array.from({ length: options.readers + options.writers }, () => call("warm-up", "/api/health")));
    timings.clear();
    const rssBeforeMb = rssMb(pid);
    const cpuBefore = cpuSeconds(pid);
    const started = performance.now();
    await Promise.all([
      ...Array.from({ length: options.readers }, (_, i) => reader(i + 1)),
      ...Array.from({ length: options.writers }, (_, i) => writer(i)),
    ]);
    const elapsed = (performance.now() - started) / 1000;
    const rssAfterMb = rssMb(pid);
    const serverCpuSeconds = Math.round((cpuSeconds(pid) - cpuBefore) * 10) / 10;
    const routes = [...timings]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([route, list]) => {
        const sorted = [...list].sort((a, b) => a - b);
        return {
          route,
          requests: list.length,
          p50Ms: Math.round(percentile(sorted, 0.5)),
          p99Ms: Math.round(percentile(sorted, 0.99)),
          errors: failed.get(route) ?? 0,
        };
      });
    const requests = routes.reduce((sum, route) => sum + route.requests, 0);
    return {
      store: options.neo4j === undefined ? "sqlite" : "neo4j",
      seconds: Math.round(elapsed),
      requests,
      requestsPerSecond: Math.round(requests / elapsed),
      routes,
      errors,
      rssBeforeMb,
      rssAfterMb,
      serverCpuSeconds,
    };
  } finally {
    await server.stop();
    scratch.remove();
  }
}

function print(result: SoakResult): void {
  const width = Math.max(...result.routes.map((route) => route.route.length));
  const lines = [
    `\n${result.store}: ${result.requests} requests in ${result.seconds} s = ${result.requestsPerSecond} requests/s; ` +
      `server memory (RSS) ${result.rssBeforeMb} MB before, ${result.rssAfterMb} MB after; server CPU ` +
      `${result.serverCpuSeconds} s = ${Math.round((result.serverCpuSeconds * 1000) / Math.max(1, result.requests))} ms per request`,
    `${"route".padEnd(width)}  requests   p50 ms   p99 ms  errors`,
    ...result.routes.map(
      (route) =>
        `${route.route.padEnd(width)}  ${String(route.requests).padStart(8)} ${String(route.p50Ms).padStart(8)} ${String(route.p99Ms).padStart(8)} ${String(route.errors).padStart(7)}`,
    ),
    `errors: ${Object.keys(result.errors).length === 0 ? "none" : ""}`,
    ...Object.entries(result.errors).map(([what, count]) => `  ${count} × ${what}`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a whole number above 0`);
  return value;
}

async function main(): Promise<void> {
  const options = {
    seconds: option("seconds", 60),
    actors: option("actors", 2000),
    readers: option("readers", 100),
    writers: option("writers", 10),
  };
  process.stdout.write(
    `soak: ${options.readers} readers and ${options.writers} writers for ${options.seconds} s on ${options.actors} actors, over 127.0.0.1\n`,
  );
  print(await runSoak(options));
  if (process.argv.includes("--sqlite-only")) return;
  let throwAway: { neo4j: RunningNeo4j; remove: () => void } | undefined;
  const given = process.env.NEO4J_URI;
  if (given === undefined) {
    const home = scratchDir("weave-soak-neo4j-");
    throwAway = { neo4j: await startNeo4j({ home: home.dir }), remove: home.remove };
  }
  try {
    const uri = given ?? (throwAway as { neo4j: RunningNeo4j }).neo4j.uri;
    print(
      await runSoak({ ...options, neo4j: { uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD } }),
    );
  } finally {
    await throwAway?.neo4j.stop();
    throwAway?.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
