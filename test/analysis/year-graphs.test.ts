import { describe, expect, it, vi } from "vitest";
import { adjacencyOf } from "../../src/analysis/adjacency.js";
import { bridgingOverYears } from "../../src/analysis/bridging-over-years.js";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { clusterTimeline } from "../../src/analysis/cluster-timeline.js";
import { defaultRuns, LEIDEN_TWO_RUNS_ABOVE } from "../../src/analysis/clusters.js";
import { GraphMemo } from "../../src/analysis/graph-memo.js";
import { analyseNetwork } from "../../src/analysis/report.js";
import { yearGraphs } from "../../src/analysis/year-graphs.js";
import { YEAR_DEFAULTS, yearFigures } from "../../src/analysis/years.js";
import { type Network, tieId } from "../../src/model/index.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";

describe("yearGraphs", () => {
  const network = readFixtureNetwork("s50");
  const options = { ...YEAR_DEFAULTS, weighted: false, seed: 1 };

  it("builds each year once and measures its betweenness once, for every reader of the years", () => {
    const shared = yearGraphs(network);
    expect(shared.years).toEqual([2019, 2020, 2021]);
    expect(shared.graphOf(2020)).toBe(shared.graphOf(2020));
    expect(shared.brokerageOf(2020, options)).toBe(shared.brokerageOf(2020, options));
    // Another sample is another measurement.
    const sampled = { ...options, exactBrokerageUpTo: 10, brokeragePivots: 8 };
    expect(shared.brokerageOf(2020, sampled).estimated).toBe(true);
    expect(shared.brokerageOf(2020, options).estimated).toBe(false);
  });

  it("gives a graph built after its network's adjacency that adjacency, equal to the graph's own", () => {
    for (const weighted of [false, true]) {
      const shared = yearGraphs(network);
      const whole = shared.wholeAdjacency(weighted);
      expect(adjacencyOf(shared.wholeGraph(), weighted)).toBe(whole);
      expect(whole).toEqual(adjacencyOf(buildGraph(network), weighted));
      const year = shared.adjacencyOf(2020, weighted);
      expect(adjacencyOf(shared.graphOf(2020), weighted)).toBe(year);
      expect(year).toEqual(adjacencyOf(buildGraph(network, { year: 2020 }), weighted));
    }
    // A graph built first keeps its own, and the whole adjacency is that one.
    const graphFirst = yearGraphs(network);
    expect(graphFirst.wholeAdjacency(false)).toBe(adjacencyOf(graphFirst.wholeGraph(), false));
  });

  it("hands over each year to sample as its network is built, those built already at once", () => {
    const shared = yearGraphs(network);
    const sampled = { ...options, exactBrokerageUpTo: 10, brokeragePivots: 8, seed: 97 };
    shared.networkOf(2020);
    const sent: unknown[] = [];
    shared.sampleAhead(sampled, (adjacency) => sent.push(adjacency));
    expect(sent).toEqual([shared.adjacencyOf(2020, false)]);
    shared.networkOf(2019);
    shared.networkOf(2019);
    expect(sent).toEqual([shared.adjacencyOf(2020, false), shared.adjacencyOf(2019, false)]);
    // Measured already, or exact at that size: nothing to search ahead.
    const measured = yearGraphs(network);
    measured.brokerageOf(2021, sampled);
    const later: unknown[] = [];
    measured.sampleAhead(sampled, (adjacency) => later.push(adjacency));
    measured.sampleAhead(options, (adjacency) => later.push(adjacency));
    measured.networkOf(2019);
    expect(later).toEqual([]);
  });

  it("gives the same timeline, year figures and bridging as building every year anew", () => {
    const clustering = { clustering: "leiden" as const, weighted: false, runs: undefined, seed: 1 };
    const shared = yearGraphs(network);
    const timeline = clusterTimeline(network, clustering, undefined, shared);
    expect(timeline).toEqual(clusterTimeline(network, clustering));
    expect(yearFigures(network, timeline, options, shared)).toEqual(yearFigures(network, timeline, options));
    expect(bridgingOverYears(network, {}, shared)).toEqual(bridgingOverYears(network));
  });
});

/** The network with one more `knows` tie between two of its actors, from `since` on. */
function withTie(network: Network, source: string, target: string, since: number, weight = 1): Network {
  const tie = { id: tieId("knows", source, target, since), source, target, type: "knows" as const, since, weight };
  return { ...network, ties: [...network.ties, { ...network.ties[0], ...tie } as Network["ties"][number]] };
}

describe("figures kept over analyses (graph-memo.ts)", () => {
  const network = readFixtureNetwork("s50");
  const [first, second] = network.actors;
  if (first === undefined || second === undefined) throw new Error("s50 has actors");

  it("gives after an edit of the last year, or of the first, exactly the figures of a first analysis", async () => {
    for (const year of [undefined, 2021]) analyseNetwork(network, { year });
    const edits = [withTie(network, first.id, second.id, 2021), withTie(network, first.id, second.id, 2019, 3)];
    for (const edited of edits) {
      for (const options of [{ year: 2021 }, {}, { weighted: true }]) {
        const kept = analyseNetwork(edited, options);
        vi.resetModules();
        const { analyseNetwork: analyseAnew } = await import("../../src/analysis/report.js");
        expect(kept).toEqual(analyseAnew(edited, options));
      }
    }
  });

  it("finds a result only for a graph equal in every node, tie and weight, and the same options", () => {
    const memo = new GraphMemo<string>(8, 1_000_000);
    const graph = buildGraph(network, { year: 2020 });
    memo.set(adjacencyOf(graph, true), "options", "kept");
    expect(memo.get(adjacencyOf(buildGraph(network, { year: 2020 }), true), "options")).toBe("kept");
    expect(memo.get(adjacencyOf(graph, true), "other options")).toBeUndefined();
    expect(memo.get(adjacencyOf(graph, false), "options")).toBeUndefined();
    expect(memo.get(adjacencyOf(buildGraph(network, { year: 2021 }), true), "options")).toBeUndefined();
    const tie = network.ties.find((candidate) => candidate.since === undefined || candidate.since <= 2020);
    if (tie === undefined) throw new Error("s50 has a tie by 2020");
    const heavier = { ...network, ties: network.ties.map((t) => (t === tie ? { ...t, weight: t.weight + 1 } : t)) };
    expect(memo.get(adjacencyOf(buildGraph(heavier, { year: 2020 }), true), "options")).toBeUndefined();
    const reordered = { ...network, actors: [...network.actors].reverse() };
    expect(memo.get(adjacencyOf(buildGraph(reordered, { year: 2020 }), true), "options")).toBeUndefined();
  });

  it("keeps at most its number of entries, the oldest dropped first", () => {
    const memo = new GraphMemo<number>(2, 1_000_000);
    const graphs = [2019, 2020, 2021].map((year) => adjacencyOf(buildGraph(network, { year }), false));
    for (const [i, adjacency] of graphs.entries()) memo.set(adjacency, "k", i);
    expect(graphs.map((adjacency) => memo.get(adjacency, "k"))).toEqual([undefined, 1, 2]);
  });
});

describe("defaultRuns", () => {
  it("runs Leiden four times with their consensus, twice on large networks; Louvain ten times", () => {
    expect(defaultRuns("leiden", LEIDEN_TWO_RUNS_ABOVE)).toBe(4);
    expect(defaultRuns("leiden", LEIDEN_TWO_RUNS_ABOVE + 1)).toBe(2);
    expect(defaultRuns("louvain", 100_000)).toBe(10);
  });
});
