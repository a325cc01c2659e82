import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeNetworkCsv } from "../../src/io/index.js";
import { generateNetwork } from "../bench/generate-network.js";

const WEAVE = new URL("../../bin/weave.js", import.meta.url).pathname;

describe("weave analyse under Node flags", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "weave-cli-flags-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // 3,000 actors are past MIN_THREADED_WORK, so with two threads a path helper thread starts. A V8 flag
  // given to a Worker's execArgv stops it from starting; --trace-gc also shows the helper ran with it.
  it("runs its path helper thread when node was given a V8 flag (--trace-gc)", async () => {
    const files = writeNetworkCsv(generateNetwork(3_000));
    writeFileSync(join(dir, "nodes.csv"), files.nodes);
    writeFileSync(join(dir, "ties.csv"), files.ties);
    const child = spawn(
      process.execPath,
      ["--trace-gc", WEAVE, "analyse", join(dir, "nodes.csv"), join(dir, "ties.csv"), "--json", "--threads", "2"],
      { env: { ...process.env, NEO4J_URI: "" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain('"actors":[{"id":"A0"');
    // Each line of V8's GC trace starts with [pid:isolate]: the main thread's isolate and the helper's.
    const isolates = new Set([...stdout.matchAll(/^\[\d+:(0x[0-9a-f]+)\]/gm)].map((match) => match[1]));
    expect(isolates.size).toBeGreaterThanOrEqual(2);
  });
});
