import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { analyseNetwork } from "../../src/analysis/report.js";
import { structuralHoles } from "../../src/analysis/structural-holes.js";
import { fixturePath, readFixtureNetwork } from "../fixtures/read-fixture.js";

/** lesmis.reference.json: NetworkX 3.6.1, written by fixtures/weighted-reference.py. */
const FIGURES = ["strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank"] as const;
type Figure = (typeof FIGURES)[number] | "effectiveSize" | "constraint";
const reference = JSON.parse(readFileSync(fixturePath("lesmis", "lesmis.reference.json"), "utf8")) as {
  nodes: number;
  ties: number;
  maxWeight: number;
  figures: Record<string, Record<Figure, number>>;
};

/** Les Misérables co-occurrences, imported with Weave's own CSV reader: weights up to 31 as given. */
const network = readFixtureNetwork("lesmis");

function maxDifference(ours: ReadonlyMap<string, Partial<Record<Figure, number | null>>>, figure: Figure): number {
  let max = 0;
  for (const [id, expected] of Object.entries(reference.figures)) {
    const value = ours.get(id)?.[figure];
    if (typeof value !== "number") throw new Error(`${figure} of ${id} is missing`);
    max = Math.max(max, Math.abs(value - expected[figure]));
  }
  return max;
}

describe("a weighted public network: Les Misérables co-occurrences against NetworkX", () => {
  it("imports every character and tie with its weight as given", () => {
    expect(network.actors).toHaveLength(reference.nodes);
    expect(network.ties).toHaveLength(reference.ties);
    expect(Math.max(...network.ties.map((tie) => tie.weight))).toBe(31);
    expect(reference.maxWeight).toBe(31);
  });

  const analysis = analyseNetwork(network, { weighted: true, years: false });
  const actors = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  it.each(FIGURES)("weighted %s equals NetworkX's to 1e-9", (figure) => {
    expect(maxDifference(actors, figure)).toBeLessThan(1e-9);
  });

  it("Burt's weighted effective size and constraint equal NetworkX's to 1e-9", () => {
    const holes = new Map(Object.entries(structuralHoles(buildGraph(network), { weighted: true })));
    expect(maxDifference(holes, "effectiveSize")).toBeLessThan(1e-9);
    expect(maxDifference(holes, "constraint")).toBeLessThan(1e-9);
  });

  it("weights change the answer: Valjean bridges most either way, 0.795 weighted against 0.570", () => {
    const top = (list: typeof analysis.actors) => [...list].sort((a, b) => b.betweenness - a.betweenness)[0];
    const unweighted = top(analyseNetwork(network, { years: false }).actors);
    const weighted = top(analysis.actors);
    expect([weighted?.id, unweighted?.id]).toEqual(["Valjean", "Valjean"]);
    expect(weighted?.betweenness).toBeCloseTo(0.795, 3);
    expect(unweighted?.betweenness).toBeCloseTo(0.57, 3);
  });
});
