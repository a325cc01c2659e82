import { describe, expect, it } from "vitest";
import { adjacencyOf } from "../../src/analysis/adjacency.js";
import { type PathFigures, shortestPathFigures } from "../../src/analysis/brandes.js";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { analyseNetwork } from "../../src/analysis/report.js";
import { sampledBetweenness } from "../../src/analysis/sampled-betweenness.js";
import { yearGraphs } from "../../src/analysis/year-graphs.js";
import type { Network } from "../../src/model/index.js";
import { analyseNetworkThreaded } from "../../src/server/analysis/analyse-threaded.js";
import {
  PathHelpers,
  pathThreadsPerAnalysis,
  shortestPathFiguresThreaded,
  startPathSearch,
} from "../../src/server/analysis/path-threads.js";
import { karateNetwork } from "../analysis/helpers.js";
import { generateNetwork } from "../bench/generate-network.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";

const FIGURES = ["betweenness", "reached", "total", "harmonic"] as const;

function largestDifference(a: PathFigures, b: PathFigures): number {
  let largest = 0;
  for (const figure of FIGURES) {
    expect(a[figure].length).toBe(b[figure].length);
    a[figure].forEach((value, i) => {
      largest = Math.max(largest, Math.abs(value - (b[figure][i] as number)));
    });
  }
  return largest;
}

/** Dijkstra on 2,000 actors takes seconds more and adds nothing to what karate and s50 check. */
const NETWORKS: [string, () => Network, boolean[]][] = [
  ["karate", karateNetwork, [false, true]],
  ["s50", () => readFixtureNetwork("s50"), [false, true]],
  ["a generated network of 2,000 actors", () => generateNetwork(2000), [false]],
];

// Real worker threads (two, forced even on small graphs): a few seconds on a small machine.
describe.each(NETWORKS)("threaded shortest paths on %s", (_name, make, weights) => {
  const graph = buildGraph(make());

  it.each(weights)("equal the single-threaded pass exactly (weighted: %s)", async (weighted) => {
    const adjacency = adjacencyOf(graph, weighted);
    const single = shortestPathFigures(adjacency);
    const threaded = await shortestPathFiguresThreaded(adjacency, { threads: 2, minWork: 0 });
    expect(largestDifference(threaded, single)).toBeLessThanOrEqual(1e-12);
    // The sums are added block by block in one order whatever thread computed them: bit for bit equal.
    expect(threaded).toEqual(single);
  });

  it("estimate from the same pivots as the single-threaded pass", async () => {
    const adjacency = adjacencyOf(graph, false);
    const sampling = { pivots: Math.ceil(graph.order / 3), seed: 7, epsilon: 0.1, delta: 0.1 };
    const threaded = await shortestPathFiguresThreaded(adjacency, { threads: 2, minWork: 0, sampling });
    expect(threaded).toEqual(shortestPathFigures(adjacency, { sampling }));
  });
});

describe("blocks added to the shared sums by whichever thread holds the next one", () => {
  const adjacency = adjacencyOf(buildGraph(generateNetwork(2000)), false);
  const single = shortestPathFigures(adjacency);

  it.each([0, 300])(
    "give the single-threaded figures with three helpers, the calling thread busy for %i ms first",
    async (busy) => {
      const search = startPathSearch(adjacency, { threads: 4, minWork: 0 });
      // As the analysis is meanwhile: the helpers add their blocks without the calling thread.
      for (const until = performance.now() + busy; performance.now() < until; );
      expect(await search.finish()).toEqual(single);
    },
  );
});

describe("helper threads kept from one pass to the next (the server's)", () => {
  it("give every pass the single-threaded figures, also the pass after one that was stopped", async () => {
    const helpers = new PathHelpers(1);
    try {
      const karate = adjacencyOf(buildGraph(karateNetwork()), false);
      const s50 = adjacencyOf(buildGraph(readFixtureNetwork("s50")), true);
      // Stopped before it is finished: what its helper still sends must not reach the next pass.
      await startPathSearch(s50, { threads: 2, minWork: 0, helpers }).stop();
      for (const adjacency of [karate, s50, karate]) {
        const threaded = await shortestPathFiguresThreaded(adjacency, { threads: 2, minWork: 0, helpers });
        expect(threaded).toEqual(shortestPathFigures(adjacency));
      }
    } finally {
      await helpers.close();
    }
  });
});

describe("sampled betweenness searched ahead by a helper (the years' brokerage)", () => {
  const network = generateNetwork(2000);
  const shared = yearGraphs(network);
  const adjacencies = shared.years.map((year) => shared.adjacencyOf(year, false));
  const options = { seed: 3, brokeragePivots: 16 };
  const expected = adjacencies.map((adjacency) => sampledBetweenness(adjacency, options));
  const whole = adjacencyOf(buildGraph(network), false);

  it.each([0, 300])("equals sampledBetweenness, read back the calling thread busy for %i ms first", async (busy) => {
    const search = startPathSearch(whole, { threads: 2, minWork: 0 });
    for (const adjacency of adjacencies) search.sampleAhead(adjacency, options);
    for (const until = performance.now() + busy; performance.now() < until; );
    // Read in reverse: the last may still be free (searched here) or the helper's (waited for).
    for (let j = adjacencies.length - 1; j >= 0; j--)
      expect(search.sampler(adjacencies[j] as (typeof adjacencies)[number], options)).toEqual(expected[j]);
    await search.finish();
  });

  it("searches on the calling thread what was not sent ahead, or with other pivots", async () => {
    const first = adjacencies[0] as (typeof adjacencies)[number];
    const search = startPathSearch(whole, { threads: 2, minWork: 0 });
    search.sampleAhead(first, options);
    const other = { seed: 4, brokeragePivots: 16 };
    expect(search.sampler(first, other)).toEqual(sampledBetweenness(first, other));
    expect(search.sampler(whole, options)).toEqual(sampledBetweenness(whole, options));
    expect(search.sampler(first, options)).toEqual(expected[0]);
    await search.finish();
  });

  it("are dropped when the search stops, and a kept helper then gives the next pass its figures", async () => {
    const helpers = new PathHelpers(1);
    try {
      const stopped = startPathSearch(whole, { threads: 2, minWork: 0, helpers });
      for (const adjacency of adjacencies) stopped.sampleAhead(adjacency, options);
      await stopped.stop();
      const search = startPathSearch(whole, { threads: 2, minWork: 0, helpers });
      for (const adjacency of adjacencies) search.sampleAhead(adjacency, options);
      expect(search.sampler(adjacencies[1] as (typeof adjacencies)[number], options)).toEqual(expected[1]);
      expect(await search.finish()).toEqual(shortestPathFigures(whole));
    } finally {
      await helpers.close();
    }
  });
});

describe("the analysis with a helper thread searching while this one measures the rest", () => {
  const network = generateNetwork(2000);

  // A real helper thread (forced: 2,000 actors are below MIN_THREADED_WORK). The year (under 2,000 actors, exact) makes the years
  // wait for its betweenness; the whole network measures the years while the helper searches.
  it.each([
    ["every year", {}],
    ["2021", { year: 2021 }],
  ])("equals the single-threaded analysis exactly (%s)", async (_name, options) => {
    const threaded = await analyseNetworkThreaded(network, options, { threads: 2, minWork: 0 });
    expect(threaded).toEqual(analyseNetwork(network, options));
  });
});

describe("threads per analysis", () => {
  it("share the cores among the server's analysis workers, never fewer than one", () => {
    expect(pathThreadsPerAnalysis(1, 2)).toBe(2);
    expect(pathThreadsPerAnalysis(2, 2)).toBe(1);
    expect(pathThreadsPerAnalysis(3, 2)).toBe(1);
    expect(pathThreadsPerAnalysis(2, 8)).toBe(4);
  });
});
