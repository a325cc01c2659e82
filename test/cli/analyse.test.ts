import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { register } from "../../src/cli/commands/analyse.js";
import { ValidationError } from "../../src/model/index.js";
import { fixturePath } from "../fixtures/read-fixture.js";

const NODES = fixturePath("s50", "s50.nodes.csv");
const TIES = fixturePath("s50", "s50.ties.csv");

/** Runs `weave analyse …` in-process and returns what it printed. */
async function analyse(...args: string[]): Promise<string> {
  const program = new Command("weave").exitOverride();
  register(program);
  let printed = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
  await program.parseAsync(["analyse", ...args], { from: "user" });
  return printed;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("weave analyse", () => {
  it("prints one JSON object with the figures of the chosen year", async () => {
    const result = JSON.parse(await analyse(NODES, TIES, "--year", "2020", "--json"));
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining(["graph", "actors", "communities", "gaps", "suggestions", "years"]),
    );
    expect(result.graph.ties).toBe(81);
    expect(result.years).toHaveLength(3);
    expect(Object.keys(result.actors[0])).toEqual(
      expect.arrayContaining(["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "role"]),
    );
  });
  it("prints readable tables without --json", async () => {
    const text = await analyse(NODES, TIES);
    for (const title of [
      "Top connectors",
      "Residents not yet woven in",
      "Gaps",
      "Suggested introductions",
      "Year by year",
    ]) {
      expect(text).toContain(title);
    }
  });
  it("reports a broken file as the reader's ValidationError", async () => {
    await expect(analyse(TIES, NODES)).rejects.toBeInstanceOf(ValidationError);
  });
});
