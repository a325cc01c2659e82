/**
 * Large imports through `weave import` and through POST /api/import on a running `weave serve`:
 * wall time, CPU time (user + system), peak memory, and /api/health while the server imports
 * (asked every 50 ms from this process: how often it answered, and its longest wait).
 *
 * Data, written once to the system's temporary folder and reused:
 * - `10mb`, `50mb`: a nodes.csv of that size (actors with a note of about 190 characters each, so
 *   50 MB is about 200,000 actors) and its ties (about 2.9 per actor);
 * - `100k`: the generated 100,000 actors / 289,000 ties of test/bench/write-generated.ts.
 *
 * Each size is imported by the CLI into an empty store, then again (the re-import, which changes
 * nothing), then by a server into an empty store of its own. "Over idle / start-up" is the server's
 * peak over its resident memory before the upload, and the CLI's peak over that of `weave import`
 * of two files holding only their headers.
 *
 * Run: npx tsx test/bench/big-import.ts [--neo4j] [10mb 50mb 100k]   (default: all three; SQLite,
 * or a throw-away Neo4j started here with --neo4j). About 3 minutes on SQLite on a quiet 2-core
 * machine and several times that on Neo4j, so it is not part of `npm run bench`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import neo4j from "neo4j-driver";
import { writeNetworkCsv } from "../../src/io/index.js";
import type { Network } from "../../src/model/index.js";
import { startNeo4j } from "../../src/store/neo4j/launcher.js";
import { generateNetwork } from "./generate-network.js";

const WEAVE = process.env.WEAVE_BIN ?? resolve(import.meta.dirname, "../../bin/weave.js");
const onNeo4j = process.argv.includes("--neo4j");
const asked = process.argv.slice(2).filter((arg) => arg !== "--neo4j");
const SIZES = asked.length > 0 ? asked : ["10mb", "50mb", "100k"];
const PORT = 18_000 + Math.floor(Math.random() * 1_000);
const NOTE = "Met at the summer fair; runs the repair café on Saturdays, knows everyone on the street, ".repeat(3);
/** Bytes of nodes.csv per actor with NOTE: the generated columns (about 62) and the note. */
const BYTES_PER_ACTOR = 62 + NOTE.trim().length + 1;

function withNotes(network: Network): Network {
  return { ...network, actors: network.actors.map((actor) => ({ ...actor, notes: NOTE.trim() })) };
}

function networkFiles(size: string): { dir: string; megabytes: string } {
  const dir = join(tmpdir(), `weave-big-import-v2-${size}`);
  if (!existsSync(join(dir, "ties.csv"))) {
    const megabytes = /^(\d+)mb$/.exec(size)?.[1];
    const network =
      megabytes === undefined
        ? generateNetwork(Number(size.replace(/k$/, "000")))
        : withNotes(generateNetwork(Math.floor((Number(megabytes) * 1e6) / BYTES_PER_ACTOR)));
    const files = writeNetworkCsv(network);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "nodes.csv"), files.nodes);
    writeFileSync(join(dir, "ties.csv"), files.ties);
  }
  const mb = (name: string) => (statSync(join(dir, name)).size / 1e6).toFixed(1);
  return { dir, megabytes: `${mb("nodes.csv")} + ${mb("ties.csv")}` };
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((done) => child.once("exit", (code) => done(code ?? 1)));
}

interface Row {
  route: string;
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  extraMb?: number;
  health?: { answers: number; longestMs: number };
  summary: string;
  /** CPU seconds (user + system) the Neo4j JVM spent during the run. */
  neo4jCpuSeconds?: number;
}

async function cli(files: string, dataDir: string, env: NodeJS.ProcessEnv, route: string): Promise<Row> {
  const started = performance.now();
  const args = ["-v", "node", WEAVE, "import", join(files, "nodes.csv"), join(files, "ties.csv")];
  const child = spawn("/usr/bin/time", args, {
    env: { ...process.env, ...env, WEAVE_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await exited(child);
  if (code !== 0) throw new Error(`weave import failed: ${stderr.slice(-2000)}`);
  const figure = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(stderr)?.[1] ?? 0);
  return {
    route,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: figure("User time \\(seconds\\)") + figure("System time \\(seconds\\)"),
    peakMb: figure("Maximum resident set size \\(kbytes\\)") / 1024,
    summary: /actors .*/.exec(stdout)?.[0] ?? stdout.trim(),
  };
}

/** From /proc: VmRSS now or VmHWM (the peak so far) in MB, and CPU seconds so far. */
function memoryMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const match = new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? 0) / 1024;
}

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function server(files: string, dataDir: string, env: NodeJS.ProcessEnv): Promise<Row> {
  const child = spawn("node", [WEAVE, "serve"], {
    env: { ...process.env, ...env, WEAVE_DATA_DIR: dataDir, PORT: String(PORT) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${PORT}`;
  try {
    for (let i = 0; ; i++) {
      const up = await fetch(`${base}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) break;
      if (i > 600) throw new Error("the server did not start");
      await new Promise((done) => setTimeout(done, 100));
    }
    // Let start-up work settle before taking the baseline.
    await new Promise((done) => setTimeout(done, 3_000));
    const pid = child.pid as number;
    const idleMb = memoryMb(pid, "VmRSS");
    const cpuBefore = cpuSeconds(pid);
    const session = (await (await fetch(`${base}/api/session`)).json()) as { csrfToken: string };
    const form = new FormData();
    for (const name of ["nodes", "ties"]) {
      form.append(name, new Blob([readFileSync(join(files, `${name}.csv`))]), `${name}.csv`);
    }
    let importing = true;
    const health = { answers: 0, longestMs: 0 };
    const polling = (async () => {
      while (importing) {
        const sent = performance.now();
        const response = await fetch(`${base}/api/health`);
        await response.arrayBuffer();
        health.answers++;
        health.longestMs = Math.max(health.longestMs, performance.now() - sent);
        await new Promise((done) => setTimeout(done, 50));
      }
    })();
    const started = performance.now();
    const response = await fetch(`${base}/api/import`, {
      method: "POST",
      headers: { "x-csrf-token": session.csrfToken },
      body: form,
    });
    const answer = await response.text();
    const seconds = (performance.now() - started) / 1000;
    importing = false;
    await polling;
    if (!response.ok) throw new Error(`POST /api/import answered ${response.status}: ${answer.slice(0, 500)}`);
    const peakMb = memoryMb(pid, "VmHWM");
    const s = JSON.parse(answer) as Record<string, number>;
    return {
      route: "server",
      seconds,
      cpuSeconds: cpuSeconds(pid) - cpuBefore,
      peakMb,
      extraMb: peakMb - idleMb,
      health,
      summary: `actors ${s.actorsCreated} new, ${s.actorsUnchanged} unchanged; ties ${s.tiesCreated} new, ${s.tiesUnchanged} unchanged`,
    };
  } finally {
    child.kill("SIGTERM");
    await exited(child);
  }
}

const neo4jHome = mkdtempSync(join(tmpdir(), "weave-big-import-neo4j-"));
const server4j = onNeo4j ? await startNeo4j({ home: neo4jHome, port: 0 }) : undefined;
const env: NodeJS.ProcessEnv = server4j === undefined ? { NEO4J_URI: "" } : { NEO4J_URI: server4j.uri };
const driver = server4j === undefined ? undefined : neo4j.driver(server4j.uri);

/** Empties the throw-away Neo4j between runs, in transactions small enough for its memory. */
async function emptyNeo4j(): Promise<void> {
  const session = driver?.session();
  try {
    await session?.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session?.close();
  }
}

/** Runs one import, adding Neo4j's CPU time; a failed import becomes a row saying why. */
async function measured(run: () => Promise<Row>): Promise<Row> {
  const before = server4j === undefined ? 0 : cpuSeconds(server4j.pid);
  try {
    const row = await run();
    return server4j === undefined ? row : { ...row, neo4jCpuSeconds: cpuSeconds(server4j.pid) - before };
  } catch (error) {
    return { route: "failed", seconds: 0, cpuSeconds: 0, peakMb: 0, summary: (error as Error).message.slice(-300) };
  }
}

/** nodes.csv and ties.csv with their headers only: `weave import` of these is the CLI's start-up. */
const headerOnly = mkdtempSync(join(tmpdir(), "weave-big-import-empty-"));
writeFileSync(join(headerOnly, "nodes.csv"), "id,name,kind\n");
writeFileSync(join(headerOnly, "ties.csv"), "source,target,type\n");

const table: string[][] = [];
try {
  for (const size of SIZES) {
    const { dir, megabytes } = networkFiles(size);
    const scratch = mkdtempSync(join(tmpdir(), "weave-big-import-data-"));
    try {
      await emptyNeo4j();
      const startUp = await cli(headerOnly, join(scratch, "start-up"), env, "start-up");
      await emptyNeo4j();
      const overStartUp = (row: Row): Row =>
        row.peakMb === 0 ? row : { ...row, extraMb: row.peakMb - startUp.peakMb };
      const rows = [
        overStartUp(await measured(() => cli(dir, join(scratch, "cli"), env, "cli"))),
        overStartUp(await measured(() => cli(dir, join(scratch, "cli"), env, "cli again"))),
      ];
      await emptyNeo4j();
      rows.push(await measured(() => server(dir, join(scratch, "server"), env)));
      for (const row of rows) {
        table.push([
          size,
          megabytes,
          row.route,
          row.seconds.toFixed(1),
          row.cpuSeconds.toFixed(1),
          row.neo4jCpuSeconds === undefined ? "" : row.neo4jCpuSeconds.toFixed(1),
          row.peakMb.toFixed(0),
          row.extraMb === undefined ? "" : row.extraMb.toFixed(0),
          row.health === undefined ? "" : `${row.health.answers} / ${row.health.longestMs.toFixed(0)}`,
          row.summary,
        ]);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
} finally {
  await driver?.close();
  await server4j?.stop();
  rmSync(neo4jHome, { recursive: true, force: true });
  rmSync(headerOnly, { recursive: true, force: true });
}

console.log(`\n${onNeo4j ? "Neo4j" : "SQLite"}: "cli again" re-imports the same files (nothing changes)`);
const header = [
  "data",
  "MB nodes + ties",
  "import",
  "wall s",
  "CPU s",
  "Neo4j CPU s",
  "peak RSS MB",
  "over idle / start-up MB",
  "health answers / longest ms",
  "summary",
];
const widths = header.map((name, i) => Math.max(name.length, ...table.map((row) => (row[i] ?? "").length)));
const line = (cells: string[]) =>
  cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padStart(widths[i] ?? 0))).join("  ");
console.log(line(header));
for (const row of table) console.log(line(row));
