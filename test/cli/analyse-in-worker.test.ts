import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeNetworkCsv } from "../../src/io/index.js";
import { generateNetwork } from "../bench/generate-network.js";

const WEAVE = new URL("../../bin/weave.js", import.meta.url).pathname;

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** `weave analyse` with these arguments; `workerFromBytes` is the input size from which it runs on a worker. */
async function analyse(args: readonly string[], workerFromBytes: number): Promise<Run> {
  const child = spawn(process.execPath, [WEAVE, "analyse", ...args], {
    env: { ...process.env, NEO4J_URI: "", WEAVE_ANALYSE_WORKER_BYTES: String(workerFromBytes) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stdout: Buffer[] = [];
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stdout: Buffer.concat(stdout), stderr };
}

const ALWAYS = 0;
const NEVER = Number.MAX_SAFE_INTEGER;

describe("weave analyse on a worker thread (large inputs)", { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "weave-cli-worker-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const nodes = join(dir, "nodes.csv");
  const ties = join(dir, "ties.csv");
  // 3,000 actors with two threads: the worker starts a path helper thread of its own.
  const files = writeNetworkCsv(generateNetwork(3_000));
  writeFileSync(nodes, files.nodes);
  writeFileSync(ties, files.ties);

  it("prints the same JSON as in the process's main thread", async () => {
    const args = [nodes, ties, "--json", "--threads", "2"];
    const [inProcess, onWorker] = [await analyse(args, NEVER), await analyse(args, ALWAYS)];
    expect(onWorker.stderr).toBe("");
    expect(onWorker.code).toBe(0);
    expect(onWorker.stdout.toString()).toContain('"actors":[{"id":"A0"');
    expect(onWorker.stdout.equals(inProcess.stdout)).toBe(true);
  });

  it("prints the same tables", async () => {
    const args = [nodes, ties, "--lang", "en"];
    const [inProcess, onWorker] = [await analyse(args, NEVER), await analyse(args, ALWAYS)];
    expect(onWorker.code).toBe(0);
    expect(onWorker.stdout.equals(inProcess.stdout)).toBe(true);
  });

  it("reports bad input as in the main thread, with exit code 1", async () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "id,name\nx");
    const [inProcess, onWorker] = [
      await analyse([bad, ties, "--json"], NEVER),
      await analyse([bad, ties, "--json"], ALWAYS),
    ];
    expect(onWorker.code).toBe(1);
    expect(onWorker.stderr).toContain('the header has no "kind" column');
    expect(onWorker.stderr).toBe(inProcess.stderr);
    expect(onWorker.stdout.length).toBe(0);
  });
});
