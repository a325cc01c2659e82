import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { analyseNetwork } from "../../src/analysis/index.js";
import { register } from "../../src/cli/commands/export.js";
import { openStore } from "../../src/store/open-store.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";

const dir = mkdtempSync(join(tmpdir(), "weave-cli-export-"));
const env = { WEAVE_DATA_DIR: join(dir, "data"), NEO4J_URI: "" };

/** Runs `weave export …` in-process against a SQLite store holding s50; returns what it printed. */
async function exportTo(...args: string[]): Promise<string> {
  const program = new Command("weave").exitOverride();
  register(program);
  let printed = "";
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(["export", ...args], { from: "user" });
  } finally {
    write.mockRestore();
  }
  return printed;
}

beforeAll(async () => {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const store = await openStore();
  await store.importNetwork(readFixtureNetwork("s50"));
  await store.close();
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe("weave export --out", () => {
  it("puts every format into the folder --out names, creating it, one export after another", async () => {
    const out = join(dir, "exports", "all");
    for (const format of ["json", "csv", "gexf", "graphml"]) await exportTo("--format", format, "--out", out);
    expect(readdirSync(out).sort()).toEqual(["nodes.csv", "ties.csv", "weave.gexf", "weave.graphml", "weave.json"]);
    expect(readFileSync(join(out, "nodes.csv"), "utf8").split("\n")).toHaveLength(52);
  });

  it("writes one file when --out ends in the format's extension, creating its folder", async () => {
    const file = join(dir, "single", "network.graphml");
    expect(await exportTo("--format", "graphml", "--out", file)).toBe(`wrote ${file}\n`);
    expect(readFileSync(file, "utf8")).toContain('<node id="S50">');
  });

  it("refuses csv to one file, a name of another format, and a folder that is a file", async () => {
    const plain = join(dir, "plain");
    writeFileSync(plain, "not a folder");
    const gexf = join(dir, "x.gexf");
    await expect(exportTo("--format", "csv", "--out", join(dir, "x.csv"))).rejects.toThrow(
      `--out ${join(dir, "x.csv")}: csv writes two files (nodes.csv and ties.csv); give a folder to put them in`,
    );
    await expect(exportTo("--format", "json", "--out", gexf)).rejects.toThrow(
      `--out ${gexf} ends in .gexf but the format is json; use a name ending in .json or a folder`,
    );
    await expect(exportTo("--format", "csv", "--out", plain)).rejects.toThrow(
      `--out ${plain} is a file; give a folder`,
    );
    await expect(exportTo("--format", "json", "--out", plain)).rejects.toThrow(
      `--out ${plain} is a file; give a folder, or a file name ending in .json`,
    );
    expect(existsSync(join(dir, "x.csv")) || existsSync(gexf)).toBe(false);
  });
});

describe("weave export --figures", () => {
  it("writes each actor's figures of the year into the GEXF, as the analysis has them", async () => {
    const file = join(dir, "figures", "s50-2020.gexf");
    await exportTo("--format", "gexf", "--year", "2020", "--figures", "--out", file);
    const graph = parseGexf(MultiGraph, readFileSync(file, "utf8"));
    const store = await openStore();
    const network = await store.load({ year: 2020 });
    await store.close();
    const expected = analyseNetwork(network, { year: 2020, years: false }).actors;
    const bridge = [...expected].sort((a, b) => b.betweenness - a.betweenness)[0];
    expect(bridge?.betweenness).toBeGreaterThan(0);
    expect(graph.getNodeAttribute(bridge?.id, "betweenness")).toBeCloseTo(bridge?.betweenness ?? -1, 10);
    expect(graph.getNodeAttribute(bridge?.id, "role")).toBe(bridge?.role);
  });
});
