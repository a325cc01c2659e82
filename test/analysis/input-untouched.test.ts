import { describe, expect, it } from "vitest";
import { betweenness } from "../../src/analysis/betweenness.js";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { closeness } from "../../src/analysis/closeness.js";
import { averageClustering, density } from "../../src/analysis/clustering.js";
import { components } from "../../src/analysis/components.js";
import { cutPoints } from "../../src/analysis/cut-points.js";
import { degree } from "../../src/analysis/degree.js";
import { eigenvector } from "../../src/analysis/eigenvector.js";
import type { WeaveGraph } from "../../src/analysis/graph.js";
import { harmonic } from "../../src/analysis/harmonic.js";
import { louvain } from "../../src/analysis/louvain.js";
import { pagerank } from "../../src/analysis/pagerank.js";
import { analyseNetwork } from "../../src/analysis/report.js";
import { roles } from "../../src/analysis/roles.js";
import { status } from "../../src/analysis/status.js";
import { structuralHoles } from "../../src/analysis/structural-holes.js";
import type { Network } from "../../src/model/index.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";
import { karateNetwork } from "./helpers.js";

/** Every measure on the graph, weighted and not: the input must come out as it went in. */
const MEASURES: [string, (graph: WeaveGraph, weighted: boolean) => unknown][] = [
  ["degree", (graph, weighted) => degree(graph, { weighted })],
  ["betweenness", (graph, weighted) => betweenness(graph, { weighted })],
  ["closeness", (graph, weighted) => closeness(graph, { weighted })],
  ["harmonic", (graph, weighted) => harmonic(graph, { weighted })],
  ["eigenvector", (graph, weighted) => eigenvector(graph, { weighted })],
  ["pagerank", (graph, weighted) => pagerank(graph, { weighted })],
  ["louvain", (graph, weighted) => louvain(graph, { weighted, runs: 2 })],
  [
    "roles",
    (graph, weighted) =>
      roles(graph, louvain(graph, { weighted, runs: 1 }).communities, betweenness(graph, { weighted }), { weighted }),
  ],
  ["structuralHoles", (graph, weighted) => structuralHoles(graph, { weighted })],
  ["cutPoints", (graph) => cutPoints(graph)],
  ["status", (graph) => status(graph)],
  ["components", (graph) => components(graph)],
  ["averageClustering", (graph) => averageClustering(graph)],
  ["density", (graph) => density(graph)],
];

/** Nodes and edges in order with every attribute, deep-copied so later changes cannot reach it. */
function snapshot(graph: WeaveGraph) {
  return structuredClone(graph.export());
}

const NETWORKS: [string, () => Network][] = [
  ["karate", karateNetwork],
  ["s50", () => readFixtureNetwork("s50")],
];

describe.each(NETWORKS)("the analysis leaves its input unchanged (%s)", (_name, make) => {
  const network = make();
  const graphs: [string, WeaveGraph][] = [
    ["the whole network", buildGraph(network)],
    ["as of 2020", buildGraph(network, { year: 2020 })],
  ];
  describe.each(graphs)("%s", (_label, graph) => {
    it.each(MEASURES)("%s", (_measure, run) => {
      const before = snapshot(graph);
      run(graph, false);
      run(graph, true);
      expect(snapshot(graph)).toEqual(before);
    });
  });

  it("analyseNetwork and buildGraph leave the network's actors and ties as they were, in order", () => {
    const before = structuredClone(network);
    buildGraph(network, { year: 2020 });
    analyseNetwork(network, { clusteringRuns: 2 });
    analyseNetwork(network, { year: 2020, weighted: true, clusteringRuns: 2 });
    expect(network).toEqual(before);
  });
});
