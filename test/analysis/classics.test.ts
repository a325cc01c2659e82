import { describe, expect, it } from "vitest";
import { betweenness } from "../../src/analysis/betweenness.js";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { closeness } from "../../src/analysis/closeness.js";
import { averageClustering, density } from "../../src/analysis/clustering.js";
import { cutPoints } from "../../src/analysis/cut-points.js";
import { degree } from "../../src/analysis/degree.js";
import { eigenvector } from "../../src/analysis/eigenvector.js";
import { harmonic } from "../../src/analysis/harmonic.js";
import { louvain } from "../../src/analysis/louvain.js";
import { pagerank } from "../../src/analysis/pagerank.js";
import { analyseNetwork } from "../../src/analysis/report.js";
import { structuralHoles } from "../../src/analysis/structural-holes.js";
import type { Network } from "../../src/model/index.js";
import {
  type ClassicReference,
  FLORENTINE_NETWORKX,
  FLORENTINE_WEIGHTED_NETWORKX,
  KARATE_NETWORKX,
} from "./fixtures/networkx-classics.js";
import { florentineNetwork, karateNetwork } from "./helpers.js";

/** The largest absolute difference between our figure and NetworkX's over all nodes. */
function maxDifference(
  ours: Record<string, number | null>,
  reference: ClassicReference,
  key: keyof ClassicReference["nodes"][string],
): number {
  let max = 0;
  for (const [id, expected] of Object.entries(reference.nodes)) {
    const value = ours[id];
    const wanted = expected[key];
    if (wanted === null || value === null || value === undefined) {
      expect(value ?? null, `${key} of ${id}`).toBe(wanted);
      continue;
    }
    max = Math.max(max, Math.abs(value - wanted));
  }
  return max;
}

const CASES: [string, () => Network, ClassicReference, number][] = [
  ["Zachary's karate club", karateNetwork, KARATE_NETWORKX, 34],
  ["Florentine families with Pucci", florentineNetwork, FLORENTINE_NETWORKX, 16],
];

describe.each(CASES)("%s agrees with NetworkX 3.6.1", (_name, make, reference, order) => {
  const graph = buildGraph(make());
  it("has the expected size", () => expect(graph.order).toBe(order));
  it("degree, betweenness, closeness, harmonic and PageRank to 1e-6", () => {
    expect(maxDifference(degree(graph), reference, "degree")).toBe(0);
    expect(maxDifference(betweenness(graph), reference, "betweenness")).toBeLessThan(1e-6);
    expect(maxDifference(closeness(graph), reference, "closeness")).toBeLessThan(1e-6);
    expect(maxDifference(harmonic(graph), reference, "harmonic")).toBeLessThan(1e-6);
    expect(maxDifference(pagerank(graph), reference, "pagerank")).toBeLessThan(1e-6);
  });
  it("eigenvector to 1e-4", () => {
    expect(maxDifference(eigenvector(graph), reference, "eigenvector")).toBeLessThan(1e-4);
  });
  it("Burt's effective size and constraint to 1e-6, null where NetworkX gives NaN", () => {
    const holes = structuralHoles(graph);
    const pick = (key: "effectiveSize" | "constraint") =>
      Object.fromEntries(Object.entries(holes).map(([id, value]) => [id, value[key]]));
    expect(maxDifference(pick("effectiveSize"), reference, "effectiveSize")).toBeLessThan(1e-6);
    expect(maxDifference(pick("constraint"), reference, "constraint")).toBeLessThan(1e-6);
  });
  it("articulation points, density and average clustering", () => {
    expect(Object.keys(cutPoints(graph).articulationPoints).sort()).toEqual(reference.articulationPoints);
    expect(density(graph)).toBeCloseTo(reference.density, 12);
    expect(averageClustering(graph)).toBeCloseTo(reference.averageClustering, 12);
  });
  // NetworkX's best over 20 seeds equals igraph's (python-igraph 1.0.0, community_multilevel over 20
  // seeds) and the exact optimum (community_optimal_modularity): karate 0.419790, Florentine+Pucci 0.398750.
  it("Louvain reaches 99% of the best modularity NetworkX and igraph find (the exact optimum)", () => {
    expect(louvain(graph).modularity).toBeGreaterThanOrEqual(0.99 * reference.bestLouvainModularity);
  });
  it("the default clustering (Leiden) reaches the exact optimum", () => {
    const analysis = analyseNetwork(make(), { years: false });
    expect(analysis.graph.modularity).toBeGreaterThanOrEqual(reference.bestLouvainModularity - 5e-7);
    expect(analyseNetwork(make(), { years: false, clustering: "louvain" }).graph.modularity).toBeGreaterThanOrEqual(
      0.99 * reference.bestLouvainModularity,
    );
  });
});

describe("published values", () => {
  it("karate: node 1 betweenness 0.437635 and Louvain ≥ 99% of igraph's best modularity 0.419790", () => {
    const graph = buildGraph(karateNetwork());
    expect(betweenness(graph)["0"]).toBeCloseTo(0.437635, 6);
    expect(louvain(graph).modularity).toBeGreaterThanOrEqual(0.99 * 0.41979);
  });
});

describe("weighted mode agrees with NetworkX 3.6.1 on weighted Florentine families", () => {
  const base = florentineNetwork();
  const weighted: Network = {
    actors: base.actors,
    ties: base.ties.map((tie) => ({ ...tie, weight: ((tie.source.length + tie.target.length) % 3) + 1 })),
  };
  const graph = buildGraph(weighted);
  const reference = FLORENTINE_WEIGHTED_NETWORKX;
  const maxDiff = (ours: Record<string, number | null>, key: string) =>
    Math.max(
      ...Object.entries(reference).map(([id, values]) => {
        const wanted = values[key] ?? null;
        const value = ours[id] ?? null;
        if (wanted === null || value === null) return wanted === value ? 0 : Number.POSITIVE_INFINITY;
        return Math.abs(value - wanted);
      }),
    );
  it("strength, betweenness, closeness and harmonic over distance 1/weight, PageRank to 1e-6", () => {
    const options = { weighted: true };
    expect(maxDiff(degree(graph, options), "strength")).toBe(0);
    expect(maxDiff(betweenness(graph, options), "betweenness")).toBeLessThan(1e-6);
    expect(maxDiff(closeness(graph, options), "closeness")).toBeLessThan(1e-6);
    expect(maxDiff(harmonic(graph, options), "harmonic")).toBeLessThan(1e-6);
    expect(maxDiff(pagerank(graph, options), "pagerank")).toBeLessThan(1e-6);
    expect(maxDiff(eigenvector(graph, options), "eigenvector")).toBeLessThan(1e-4);
  });
  it("weighted effective size and constraint to 1e-6", () => {
    const holes = structuralHoles(graph, { weighted: true });
    const pick = (key: "effectiveSize" | "constraint") =>
      Object.fromEntries(Object.entries(holes).map(([id, value]) => [id, value[key]]));
    expect(maxDiff(pick("effectiveSize"), "effectiveSize")).toBeLessThan(1e-6);
    expect(maxDiff(pick("constraint"), "constraint")).toBeLessThan(1e-6);
  });
});
