import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixturePath } from "../fixtures/read-fixture.js";
import { weave } from "./import-export-scenario.js";

const NODES = fixturePath("s50", "s50.nodes.csv");
const TIES = fixturePath("s50", "s50.ties.csv");
const WEAVE = new URL("../../bin/weave.js", import.meta.url).pathname;

/** One line on stderr, no stack trace, and a failing exit status. */
function expectOneLineError(result: { code: number; stderr: string }, line: string): void {
  expect(result.stderr).toBe(`${line}\n`);
  expect(result.code).not.toBe(0);
}

// Each case starts the real CLI in a new process: seconds on a busy 2-core machine.
describe("weave on ordinary mistakes", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "weave-cli-errors-"));
  const env = { WEAVE_DATA_DIR: join(dir, "data"), NEO4J_URI: "" };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names a missing input file in one line", async () => {
    const missing = join(dir, "missing.csv");
    expectOneLineError(await weave(["import", NODES, missing], env), `error: no such file or folder: ${missing}`);
  });

  it("stops quietly when the reader of its output goes away (weave analyse … | head)", async () => {
    const child = spawn(process.execPath, [WEAVE, "analyse", NODES, TIES, "--json"], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("prints control characters from a refused file visibly, never raw", async () => {
    const nodes = join(dir, "escape.nodes.csv");
    const ties = join(dir, "escape.ties.csv");
    writeFileSync(nodes, "id,name,kind\nr1,Ann,\u001b[2Jresident\n");
    writeFileSync(ties, "source,target,type\n");
    const result = await weave(["analyse", nodes, ties], env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toBe(
      'error: 1 problem:\nescape.nodes.csv:2:3: kind "<U+001B>[2jresident" is not one of resident, group, institution, place\n',
    );
    expect(result.stderr).not.toContain("\u001b");
  });

  it("refuses an --out that cannot hold the export in one line", async () => {
    const out = join(dir, "x.csv");
    expectOneLineError(
      await weave(["export", "--format", "csv", "--out", out], env),
      `error: --out ${out}: csv writes two files (nodes.csv and ties.csv); give a folder to put them in`,
    );
  });
});
