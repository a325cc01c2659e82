import { DirectedGraph, UndirectedGraph } from "graphology";
import modularityModule from "graphology-metrics/graph/modularity.js";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { AnalysisInputError, type NodeMapping, type WeaveGraph } from "../../src/analysis/graph.js";
import { interopDefault } from "../../src/analysis/interop.js";
import { leiden } from "../../src/analysis/leiden.js";
import type { Network } from "../../src/model/index.js";
import { generateNetwork } from "../bench/generate-network.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";
import { florentineNetwork, karateNetwork, network } from "./helpers.js";

const graphologyModularity = interopDefault(modularityModule);

function modularityByGraphology(graph: WeaveGraph, communities: NodeMapping, weighted = false): number {
  return graphologyModularity(graph, {
    getNodeCommunity: (node: string) => communities[node] as number,
    getEdgeWeight: weighted ? "weight" : null,
  });
}

/** The members of each community, checked to be reachable from one another inside the community. */
function disconnectedCommunities(graph: WeaveGraph, communities: NodeMapping): number[] {
  const members = new Map<number, string[]>();
  for (const [id, community] of Object.entries(communities))
    members.set(community, [...(members.get(community) ?? []), id]);
  const broken: number[] = [];
  for (const [community, ids] of members) {
    const reached = new Set([ids[0] as string]);
    const stack = [ids[0] as string];
    while (stack.length > 0) {
      graph.forEachNeighbor(stack.pop() as string, (neighbor) => {
        if (communities[neighbor] === community && !reached.has(neighbor)) {
          reached.add(neighbor);
          stack.push(neighbor);
        }
      });
    }
    if (reached.size !== ids.length) broken.push(community);
  }
  return broken;
}

/** Two partitions are the same when they group the actors alike, whatever the numbers. */
function samePartition(a: NodeMapping, b: NodeMapping): boolean {
  const pairs = new Map<number, number>();
  const reverse = new Map<number, number>();
  for (const [id, community] of Object.entries(a)) {
    const other = b[id];
    if (other === undefined) return false;
    if ((pairs.get(community) ?? other) !== other || (reverse.get(other) ?? community) !== community) return false;
    pairs.set(community, other);
    reverse.set(other, community);
  }
  return Object.keys(a).length === Object.keys(b).length;
}

const s50 = readFixtureNetwork("s50");
// The best modularity known: karate and Florentine (15 families with ties, plus the Pucci isolate,
// which changes nothing) are the exact optima found by igraph's community_optimal_modularity, as
// cited in classics.test.ts; the s50 waves are the best of igraph's and NetworkX's seeded Louvain
// runs in test/fixtures/s50/s50.reference.json.
const CLASSICS: [string, () => Network, number | undefined, number, number][] = [
  ["Zachary's karate club", karateNetwork, undefined, 0.41979, 4],
  ["Florentine families with Pucci", florentineNetwork, undefined, 0.39875, 4],
  ["s50 wave 2019", () => s50, 2019, 0.685993, 12],
  ["s50 wave 2020", () => s50, 2020, 0.672077, 8],
  ["s50 wave 2021", () => s50, 2021, 0.741272, 9],
];

describe.each(CLASSICS)("Leiden on %s", (_name, make, year, best, count) => {
  const graph = buildGraph(make(), year === undefined ? {} : { year });
  const result = leiden(graph);

  it(`reaches the best known modularity ${best} with ${count} communities, whatever the seed`, () => {
    // Four runs and their consensus (the defaults); a single run misses the optimum on some seeds.
    expect(result.modularity).toBeGreaterThanOrEqual(best - 5e-7);
    expect(result.count).toBe(count);
    for (const seed of [2, 3, 4, 5, 6]) expect(leiden(graph, { seed }).modularity).toBeGreaterThanOrEqual(best - 5e-7);
  });
  it("reports the modularity graphology-metrics gives its partition, to 1e-12", () => {
    expect(Math.abs(result.modularity - modularityByGraphology(graph, result.communities))).toBeLessThan(1e-12);
  });
  it("keeps every community connected", () => {
    expect(disconnectedCommunities(graph, result.communities)).toEqual([]);
  });
  it("numbers the communities 0…count − 1, 0 the largest", () => {
    const sizes = Array.from({ length: result.count }, () => 0);
    for (const community of Object.values(result.communities)) sizes[community] = (sizes[community] ?? 0) + 1;
    expect(Object.keys(result.communities).sort()).toEqual(graph.nodes().sort());
    expect(sizes.every((size) => size > 0)).toBe(true);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });
  it("started from its own result, keeps it", () => {
    for (const seed of [2, 3, 4]) {
      const again = leiden(graph, { initial: result.communities, seed });
      expect(samePartition(again.communities, result.communities)).toBe(true);
      expect(again.modularity).toBe(result.modularity);
    }
  });
});

describe("Leiden is deterministic and keeps its promises on a generated 2,000-actor network", () => {
  const graph = buildGraph(generateNetwork(2000));
  const first = leiden(graph, { seed: 7 });
  it("gives the same communities for the same seed", () => {
    expect(leiden(graph, { seed: 7 })).toEqual(first);
  });
  it("keeps every community connected and agrees with graphology-metrics", () => {
    expect(disconnectedCommunities(graph, first.communities)).toEqual([]);
    expect(Math.abs(first.modularity - modularityByGraphology(graph, first.communities))).toBeLessThan(1e-12);
  });
  it("weighted: agrees with graphology-metrics' weighted modularity and keeps communities connected", () => {
    const weighted = leiden(graph, { weighted: true });
    expect(Math.abs(weighted.modularity - modularityByGraphology(graph, weighted.communities, true))).toBeLessThan(
      1e-12,
    );
    expect(disconnectedCommunities(graph, weighted.communities)).toEqual([]);
  });
  it("reaches igraph's Leiden run to convergence: best of five seeds against best of five", () => {
    // python-igraph 1.0 community_leiden(objective_function="modularity", n_iterations=-1), seeds 0…4, on the
    // same network (test/bench/leiden-compare.py /tmp/weave-gen-2000 5): best 0.540085.
    const best = Math.max(...[1, 2, 3, 4, 5].map((seed) => leiden(graph, { seed }).modularity));
    expect(best).toBeGreaterThanOrEqual(0.540085);
  });
  it("several runs and their consensus do at least as well as the first run alone", () => {
    expect(first.modularity).toBeGreaterThanOrEqual(leiden(graph, { seed: 7, runs: 1 }).modularity);
  });
  it("in two consensus rounds (the schedule above 20,000 actors): deterministic, connected, exact, no worse than its first run", () => {
    const large = { runs: 2, rounds: 2, randomness: 0.5, seed: 7 };
    const rounds = leiden(graph, large);
    expect(leiden(graph, large)).toEqual(rounds);
    expect(disconnectedCommunities(graph, rounds.communities)).toEqual([]);
    expect(Math.abs(rounds.modularity - modularityByGraphology(graph, rounds.communities))).toBeLessThan(1e-12);
    // A single run of 3 iterations is the first round's first run, which the rounds keep if it is best.
    expect(rounds.modularity).toBeGreaterThanOrEqual(leiden(graph, { ...large, runs: 1, iterations: 3 }).modularity);
  });
  it("with tolerance 0 runs on until nothing changes, never ending below where it stopped early", () => {
    const single = { seed: 7, runs: 1 };
    const early = leiden(graph, single);
    expect(leiden(graph, { ...single, tolerance: 0 }).modularity).toBeGreaterThanOrEqual(early.modularity);
    // Warm-started from a partition, Leiden never ends below it.
    for (const seed of [1, 2]) {
      const warm = leiden(graph, { seed, runs: 1, initial: early.communities, iterations: 1 });
      expect(warm.modularity).toBeGreaterThanOrEqual(early.modularity);
    }
  });
  it("never changes the graph it is given", () => {
    const before = JSON.stringify(graph.export());
    leiden(graph, { weighted: true, initial: first.communities });
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe("warm start", () => {
  const graph = buildGraph(karateNetwork());
  it("splits a starting community that is not connected", () => {
    // Two far-apart members of the karate club start together; they cannot stay together.
    const result = leiden(graph, { initial: { "4": 0, "25": 0 }, iterations: 1 });
    expect(result.communities["4"]).not.toBe(result.communities["25"]);
    expect(disconnectedCommunities(graph, result.communities)).toEqual([]);
  });
  it("ignores ids the graph does not have and starts actors missing from it alone", () => {
    const result = leiden(graph, { initial: { "no such actor": 3, "0": 1 } });
    expect(result.modularity).toBeGreaterThanOrEqual(0.41979 - 5e-7);
  });
  it("from everyone in one community, still finds the optimum", () => {
    const initial = Object.fromEntries(graph.nodes().map((id) => [id, 0]));
    expect(leiden(graph, { initial }).modularity).toBeGreaterThanOrEqual(0.41979 - 5e-7);
  });
});

describe("resolution and small graphs", () => {
  it("a higher resolution gives more, smaller communities", () => {
    const graph = buildGraph(karateNetwork());
    expect(leiden(graph, { resolution: 2 }).count).toBeGreaterThan(leiden(graph).count);
  });
  it("two triangles joined by one tie are two communities", () => {
    const graph = buildGraph(
      network(
        ["a", "b", "c", "d", "e", "f"],
        [
          ["a", "b"],
          ["b", "c"],
          ["a", "c"],
          ["d", "e"],
          ["e", "f"],
          ["d", "f"],
          ["c", "d"],
        ],
      ),
    );
    const { communities, count, modularity } = leiden(graph);
    expect(count).toBe(2);
    expect(communities.a).toBe(communities.c);
    expect(communities.d).toBe(communities.f);
    expect(communities.a).not.toBe(communities.d);
    expect(modularity).toBeCloseTo(5 / 14, 12);
  });
  it("without ties every actor is alone and modularity is 0", () => {
    const graph = buildGraph(network(["b", "a"], []));
    expect(leiden(graph)).toEqual({ communities: { a: 0, b: 1 }, count: 2, modularity: 0 });
  });
});

describe("input is checked", () => {
  const graph = buildGraph(karateNetwork());
  it.each([
    ["not a graph", () => leiden({} as WeaveGraph), /not a graphology graph/],
    ["a directed graph", () => leiden(buildDirected()), /undirected and simple/],
    ["a self-loop", () => leiden(withSelfLoop()), /undirected and simple/],
    ["resolution 0", () => leiden(graph, { resolution: 0 }), /resolution must be a positive number/],
    ["randomness -1", () => leiden(graph, { randomness: -1 }), /randomness must be a positive number/],
    ["0 runs", () => leiden(graph, { runs: 0 }), /runs must be a whole number/],
    ["0 rounds", () => leiden(graph, { rounds: 0 }), /rounds must be a whole number/],
    ["1.5 iterations", () => leiden(graph, { iterations: 1.5 }), /iterations must be a whole number/],
    ["a negative tolerance", () => leiden(graph, { tolerance: -1 }), /tolerance must be at least 0/],
    [
      "a text community",
      () => leiden(graph, { initial: { "0": "x" as unknown as number } }),
      /initial community of "0"/,
    ],
    ["a weight of 0", () => leiden(withZeroWeight(), { weighted: true }), /weight of the tie a–b must be a positive/],
  ])("rejects %s with a clear error", (_case, run, message) => {
    expect(run).toThrow(AnalysisInputError);
    expect(run).toThrow(message);
  });
});

function buildDirected(): WeaveGraph {
  const graph = new DirectedGraph();
  graph.mergeEdge("a", "b", { weight: 1, types: ["knows"] });
  return graph as unknown as WeaveGraph;
}

function withSelfLoop(): WeaveGraph {
  const graph = new UndirectedGraph({ allowSelfLoops: true });
  graph.addNode("a");
  graph.addEdge("a", "a", { weight: 1, types: ["knows"] });
  return graph as unknown as WeaveGraph;
}

function withZeroWeight(): WeaveGraph {
  const graph = buildGraph(network(["a", "b"], [["a", "b"]]));
  graph.setEdgeAttribute("a", "b", "weight", 0);
  return graph;
}
