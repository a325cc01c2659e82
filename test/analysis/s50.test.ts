import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { betweenness } from "../../src/analysis/betweenness.js";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { closeness } from "../../src/analysis/closeness.js";
import { components } from "../../src/analysis/components.js";
import { degree } from "../../src/analysis/degree.js";
import { eigenvector } from "../../src/analysis/eigenvector.js";
import { louvain } from "../../src/analysis/louvain.js";
import { pagerank } from "../../src/analysis/pagerank.js";
import { analyseNetwork } from "../../src/analysis/report.js";
import { fixturePath, readFixtureNetwork } from "../fixtures/read-fixture.js";

/** s50.reference.json: NetworkX 2.8.8 / igraph 0.10.2 values per wave (see test/fixtures/s50/README.md). */
interface Wave {
  graph: {
    nodes: number;
    edges: number;
    connected_components: number;
    largest_component_size: number;
    isolates: number;
    isolate_ids: string[];
    density: number;
  };
  nodes: Record<string, Record<"degree" | "betweenness" | "closeness" | "eigenvector" | "pagerank", number>>;
  louvain_unweighted: { igraph: { best_modularity: number }; networkx: { best_modularity: number } };
}
const reference = JSON.parse(readFileSync(fixturePath("s50", "s50.reference.json"), "utf8")) as {
  waves: Record<string, Wave>;
  changes: { to: number; ties_added: number; ties_removed: number }[];
};
const network = readFixtureNetwork("s50");

function maxDifference(ours: Record<string, number>, wave: Wave, key: keyof Wave["nodes"][string]): number {
  return Math.max(
    ...Object.entries(wave.nodes).map(([id, values]) => Math.abs((ours[id] ?? Number.NaN) - values[key])),
  );
}

describe.each(["2019", "2020", "2021"])("s50 wave %s agrees with the NetworkX reference", (year) => {
  const wave = reference.waves[year] as Wave;
  const graph = buildGraph(network, { year: Number(year) });
  it("has the reference's ties, components and isolates", () => {
    expect(graph.order).toBe(wave.graph.nodes);
    expect(graph.size).toBe(wave.graph.edges);
    const parts = components(graph);
    expect(parts).toHaveLength(wave.graph.connected_components);
    expect(parts[0]).toHaveLength(wave.graph.largest_component_size);
    const isolates = parts.filter((part) => part.length === 1).flat();
    expect(isolates).toHaveLength(wave.graph.isolates);
    expect(isolates.sort()).toEqual(wave.graph.isolate_ids);
  });
  it("degree, betweenness, closeness, PageRank to 1e-6 and eigenvector to 1e-4", () => {
    expect(maxDifference(degree(graph), wave, "degree")).toBe(0);
    expect(maxDifference(betweenness(graph), wave, "betweenness")).toBeLessThan(1e-6);
    expect(maxDifference(closeness(graph), wave, "closeness")).toBeLessThan(1e-6);
    expect(maxDifference(pagerank(graph), wave, "pagerank")).toBeLessThan(1e-6);
    expect(maxDifference(eigenvector(graph), wave, "eigenvector")).toBeLessThan(1e-4);
  });
  it("Louvain reaches 99% of igraph's best modularity", () => {
    expect(louvain(graph).modularity).toBeGreaterThanOrEqual(0.99 * wave.louvain_unweighted.igraph.best_modularity);
  });
});

describe("s50 years in analyseNetwork", () => {
  const analysis = analyseNetwork(network, { year: 2020 });
  it("gives per-year figures and the ties added and removed", () => {
    expect(analysis.years.map((entry) => entry.year)).toEqual([2019, 2020, 2021]);
    for (const entry of analysis.years) {
      const wave = reference.waves[String(entry.year)] as Wave;
      expect(entry.ties).toBe(wave.graph.edges);
      expect(entry.components).toBe(wave.graph.connected_components);
      expect(entry.isolates.sort()).toEqual(wave.graph.isolate_ids);
      expect(entry.density).toBeCloseTo(wave.graph.density, 12);
    }
    expect(analysis.years[0]?.tiesAdded).toBeNull();
    for (const change of reference.changes) {
      const entry = analysis.years.find((candidate) => candidate.year === change.to);
      expect([entry?.tiesAdded, entry?.tiesRemoved]).toEqual([change.ties_added, change.ties_removed]);
    }
  });
  it("each wave's clusters (Leiden, warm-started from the wave before) reach the exact optimum", () => {
    const optimum: Record<number, number> = { 2019: 0.685993, 2020: 0.672077, 2021: 0.741272 };
    for (const entry of analysis.years) {
      expect(entry.modularity).toBeGreaterThanOrEqual((optimum[entry.year] ?? 1) - 5e-7);
    }
    expect(analysis.graph.modularity).toBe(analysis.years[1]?.modularity);
  });
  it("with a year, the top-level figures are those of that year", () => {
    expect(analysis.asOf).toBe(2020);
    expect(analysis.graph.ties).toBe(81);
    expect(analysis.graph.isolates.sort()).toEqual(["S13", "S20"]);
    const s21 = analysis.actors.find((actor) => actor.id === "S21");
    expect(s21?.betweenness).toBeCloseTo(0.566327, 6);
  });
});
