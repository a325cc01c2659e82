import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MESSAGE_CODES } from "../../src/analysis/index.js";
import { register } from "../../src/cli/commands/analyse.js";
import { languageFromEnvironment } from "../../src/cli/i18n.js";
import { ValidationError } from "../../src/model/index.js";
import { fixturePath } from "../fixtures/read-fixture.js";
import { SAMPLE_FOLDER } from "../sample/read-sample.js";

const NODES = fixturePath("s50", "s50.nodes.csv");
const TIES = fixturePath("s50", "s50.ties.csv");

/** Runs `weave analyse …` in-process and returns what it printed. */
async function analyse(...args: string[]): Promise<string> {
  const program = new Command("weave").exitOverride();
  register(program, {
    core: () => import("../../src/cli/analyse-core.js"),
    tables: () => import("../../src/cli/analyse-tables.js"),
  });
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
  vi.unstubAllEnvs();
});

describe("weave analyse", () => {
  it("estimates the shortest-path figures from --pivots, says so, and computes them exactly with --exact", async () => {
    const sampled = JSON.parse(await analyse(NODES, TIES, "--year", "2020", "--json", "--pivots", "10", "--seed", "4"));
    expect(sampled.sampling).toMatchObject({ pivots: 10, seed: 4, delta: 0.1 });
    expect(sampled.conventions.sampling).toMatch(/Brandes-Pich/);
    const exact = JSON.parse(await analyse(NODES, TIES, "--year", "2020", "--json", "--exact", "--threads", "2"));
    expect(exact.sampling).toBeNull();
    const table = await analyse(NODES, TIES, "--year", "2020", "--pivots", "10", "--lang", "en");
    expect(table).toMatch(/estimates from 10 seeded pivots \(seed 1\)/);
    // 10 pivots fill one block: no halves to measure the error by. 130 of the sample's fill three.
    expect(table).not.toMatch(/two halves/);
    const measured = await analyse(`${SAMPLE_FOLDER}nodes.csv`, `${SAMPLE_FOLDER}ties.csv`, "--pivots", "130");
    const { typicalError } = JSON.parse(
      await analyse(`${SAMPLE_FOLDER}nodes.csv`, `${SAMPLE_FOLDER}ties.csv`, "--pivots", "130", "--json"),
    ).sampling;
    expect(typicalError.actors).toBe(50);
    expect(measured).toContain(
      `between two halves of the pivots, the 50 highest betweenness figures are typically within ±${(100 * typicalError.relative).toFixed(1)}% of exact`,
    );
  });

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
  it("clusters with Leiden, or with Louvain when asked, and refuses another method", async () => {
    const sample = [`${SAMPLE_FOLDER}nodes.csv`, `${SAMPLE_FOLDER}ties.csv`];
    const modularities = (json: string) =>
      JSON.parse(json).years.map((year: { modularity: number }) => Number(year.modularity.toFixed(4)));
    // The sample's first years, where Louvain's best of 10 stays below Leiden's warm-started run.
    expect(modularities(await analyse(...sample, "--json")).slice(0, 2)).toEqual([0.6758, 0.6875]);
    expect(modularities(await analyse(...sample, "--json", "--clustering", "louvain")).slice(0, 2)).toEqual([
      0.6643, 0.6728,
    ]);
    await expect(analyse(NODES, TIES, "--clustering", "kmeans")).rejects.toThrow(/leiden, louvain/);
  });
  it("prints sentences as codes with parameters in JSON, in any language", async () => {
    const json = await analyse(NODES, TIES, "--year", "2020", "--json", "--lang", "nl");
    const result = JSON.parse(json);
    for (const finding of [...result.gaps, ...result.suggestions]) {
      expect(MESSAGE_CODES).toContain(finding.message.code);
      expect(typeof finding.message.params).toBe("object");
    }
    expect(json).not.toMatch(/ heeft | has /);
  });
  it("prints how many each last link cuts off", async () => {
    const files = [`${SAMPLE_FOLDER}nodes.csv`, `${SAMPLE_FOLDER}ties.csv`];
    const { actors } = JSON.parse(await analyse(...files, "--json")) as {
      actors: { name: string; articulationPoint: boolean; cutOff: number }[];
    };
    const text = await analyse(...files, "--lang", "en");
    const connectors = text.slice(text.indexOf("Top connectors")).split("\n\n")[0] ?? "";
    expect(connectors).toContain("last link: cuts off");
    const lastLinks = actors.filter((actor) => actor.articulationPoint && connectors.includes(actor.name));
    expect(lastLinks.length).toBeGreaterThan(0);
    for (const actor of lastLinks) {
      expect(actor.cutOff).toBeGreaterThan(0);
      expect(connectors).toMatch(new RegExp(`${actor.name.replace(/[()]/g, "\\$&")} .* ${actor.cutOff}\\s*$`, "m"));
    }
  });

  it("prints readable tables without --json", async () => {
    const text = await analyse(NODES, TIES, "--lang", "en");
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
  it("prints the tables in Dutch with --lang nl, and in the locale's language without it", async () => {
    const dutch = await analyse(NODES, TIES, "--year", "2020", "--lang", "nl");
    for (const title of [
      "Belangrijkste verbinders",
      "Kringen",
      "Gaten (",
      "Voorgestelde kennismakingen",
      "Jaar voor jaar",
    ]) {
      expect(dutch).toContain(title);
    }
    expect(dutch).toMatch(/Kring \d/);
    expect(dutch).not.toMatch(/Cluster \d|undefined|\{\{/);
    vi.stubEnv("LC_ALL", "");
    vi.stubEnv("LC_MESSAGES", "nl_NL.UTF-8");
    vi.stubEnv("LANG", "en_GB.UTF-8");
    expect(await analyse(NODES, TIES, "--year", "2020")).toBe(dutch);
  });
  it("takes the language from LC_ALL, then LC_MESSAGES, then LANG", () => {
    expect(languageFromEnvironment({ LC_ALL: "nl_BE.UTF-8", LANG: "en_US.UTF-8" })).toBe("nl");
    expect(languageFromEnvironment({ LC_ALL: "C", LC_MESSAGES: "nl_NL" })).toBe("en");
    expect(languageFromEnvironment({ LC_ALL: "", LC_MESSAGES: "", LANG: "nl_NL.UTF-8" })).toBe("nl");
    expect(languageFromEnvironment({})).toBe("en");
  });
  it("refuses a language it does not speak", async () => {
    await expect(analyse(NODES, TIES, "--lang", "fr")).rejects.toThrow(/fr/);
  });
  it("reports a broken file as the reader's ValidationError", async () => {
    await expect(analyse(TIES, NODES)).rejects.toBeInstanceOf(ValidationError);
  });
});
