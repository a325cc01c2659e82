import { describe, expect, it } from "vitest";
import { analyseNetwork, type Message } from "../../src/analysis/index.js";
import type { AnalysisResponse } from "../../src/web/api/types.js";
import { CLUSTER_PALETTE } from "../../src/web/features/graph/palette.js";
import { colourClusters, keepClusterNumbers, steadyNumbers } from "../../src/web/features/graph/steady-clusters.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";

/** A partition from its clusters, each a string of one-letter members: ("abc", "de") → a, b, c in 0; d, e in 1. */
function clusters(...groups: string[]): Record<string, number> {
  const partition: Record<string, number> = {};
  groups.forEach((members, cluster) => {
    for (const id of members) partition[id] = cluster;
  });
  return partition;
}

/** The steady number of the cluster of `id`, for a partition numbered by `steadyNumbers`. */
const steadyOf = (result: ReturnType<typeof steadyNumbers>, current: Record<string, number>, id: string) =>
  result.numberOf.get(current[id] as number);

// On screen: cluster 0 = abcd (blue), 1 = efg (orange), 2 = hi (green); the page gives 3 next.
const ON_SCREEN = clusters("abcd", "efg", "hi");

describe("steadyNumbers (the clusters on screen keep their numbers and colours)", () => {
  it("keeps every number when the server numbers the same clusters differently", () => {
    const current = clusters("hi", "efg", "abcd");
    const result = steadyNumbers(ON_SCREEN, current, 3);
    expect([steadyOf(result, current, "a"), steadyOf(result, current, "e"), steadyOf(result, current, "h")]).toEqual([
      0, 1, 2,
    ]);
    expect(result.nextNumber).toBe(3);
  });

  it("keeps a cluster's number when it gains a member, new or from another cluster", () => {
    const current = clusters("efgz", "abcdh", "i");
    const result = steadyNumbers(ON_SCREEN, current, 3);
    expect(steadyOf(result, current, "a")).toBe(0);
    expect(steadyOf(result, current, "z")).toBe(1);
    expect(steadyOf(result, current, "i")).toBe(2);
  });

  it("gives a merger the number of the larger cluster, and leaves the smaller's colour free", () => {
    // abcd and efg merge; hi stays.
    const current = clusters("hi", "abcdefg");
    const result = steadyNumbers(ON_SCREEN, current, 3);
    expect(steadyOf(result, current, "e")).toBe(0);
    expect(steadyOf(result, current, "h")).toBe(2);
    expect(result.nextNumber).toBe(3);
  });

  it("lets the larger part of a split keep the number; the other part gets a new one", () => {
    // abcd splits into abc and d.
    const current = clusters("d", "abc", "efg", "hi");
    const result = steadyNumbers(ON_SCREEN, current, 3);
    expect(steadyOf(result, current, "a")).toBe(0);
    expect(steadyOf(result, current, "d")).toBe(3);
    expect(result.nextNumber).toBe(4);
  });

  it("gives a whole new cluster a number never given on this page, nor still on screen", () => {
    const current = clusters("abcd", "efg", "hi", "xyz");
    expect(steadyOf(steadyNumbers(ON_SCREEN, current, 12), current, "x")).toBe(12);
    expect(steadyOf(steadyNumbers(ON_SCREEN, current, 1), current, "x")).toBe(3);
  });
});

describe("colourClusters (each cluster on screen in a colour of its own)", () => {
  const [blue, orange, green, pink] = CLUSTER_PALETTE;
  const cluster = (community: number, size: number) => ({ community, size });

  it("keeps the palette colour by number, and gives a smaller cluster that would repeat one a free colour", () => {
    // 12 would be blue like 0 (12 colours); it is smaller, so it takes the first free one, orange.
    const colours = colourClusters([cluster(0, 5), cluster(12, 3), cluster(2, 2)], new Map());
    expect([colours.get(0), colours.get(12), colours.get(2)]).toEqual([blue, orange, green]);
  });

  it("keeps the colours clusters had, and gives a new cluster one nobody has", () => {
    // 0 was pink; 3 would be pink by number, so it takes the first free colour, blue.
    const colours = colourClusters([cluster(0, 5), cluster(3, 4)], new Map([[0, pink as string]]));
    expect([colours.get(0), colours.get(3)]).toEqual([pink, blue]);
  });

  it("repeats a colour only when all twelve are in use", () => {
    const many = Array.from({ length: 13 }, (_, number) => cluster(number, 20 - number));
    const colours = colourClusters(many, new Map());
    expect(new Set([...colours.values()].slice(0, 12)).size).toBe(12);
    expect(colours.get(12)).toBe(blue);
  });
});

describe("keepClusterNumbers (figures of s50 arriving after an edit)", () => {
  const figures = analyseNetwork(readFixtureNetwork("s50"), { clusteringRuns: 1 });
  const response: AnalysisResponse = { ...figures, freshness: { state: "fresh", version: 1, current: 1 } };
  const count = response.communities.length;
  // The server numbers the same clusters the other way round, in every place a number appears.
  const reversed = (cluster: number) => count - 1 - cluster;
  const flip = <T extends { message: Message }>(finding: T): T => {
    const params = finding.message.params as Record<string, unknown>;
    if (typeof params.clusterA !== "number" || typeof params.clusterB !== "number") return finding;
    const flipped = { ...params, clusterA: reversed(params.clusterA), clusterB: reversed(params.clusterB) };
    return { ...finding, message: { ...finding.message, params: flipped } as Message };
  };
  const renumbered: AnalysisResponse = {
    ...response,
    actors: response.actors.map((actor) => ({ ...actor, community: reversed(actor.community) })),
    communities: response.communities.map((community) => ({
      ...community,
      community: reversed(community.community),
      name: { ...community.name, params: { ...community.name.params, number: reversed(community.community) + 1 } },
    })) as AnalysisResponse["communities"],
    gaps: response.gaps.map(flip),
    suggestions: response.suggestions.map(flip),
  };

  it("takes the first figures as the server numbers them", () => {
    const first = keepClusterNumbers(undefined, response);
    expect(first.analysis).toBe(response);
    expect(first.nextNumber).toBe(count);
  });

  it("shows the same clusters under the numbers, names and colours already on screen", () => {
    expect(count).toBeGreaterThan(2);
    const next = keepClusterNumbers(keepClusterNumbers(undefined, response), renumbered).analysis;
    expect(next.actors.map((actor) => actor.community)).toEqual(response.actors.map((actor) => actor.community));
    expect(next.communities.map((community) => [community.community, community.name])).toEqual(
      response.communities.map((community) => [community.community, community.name]),
    );
  });

  it("keeps every cluster's colour, each cluster in a colour of its own", () => {
    const first = keepClusterNumbers(undefined, response);
    const next = keepClusterNumbers(first, renumbered);
    expect(next.colours).toEqual(first.colours);
    expect(new Set(first.colours.values()).size).toBe(Math.min(count, CLUSTER_PALETTE.length));
  });

  it("renumbers the clusters the findings name", () => {
    const mentions = (analysis: AnalysisResponse) =>
      [...analysis.gaps, ...analysis.suggestions]
        .map((finding) => finding.message.params as Record<string, unknown>)
        .filter((params) => "clusterA" in params)
        .map((params) => [params.clusterA, params.clusterB]);
    expect(mentions(response).length).toBeGreaterThan(1);
    expect(mentions(renumbered)).not.toEqual(mentions(response));
    const next = keepClusterNumbers(keepClusterNumbers(undefined, response), renumbered).analysis;
    expect(mentions(next)).toEqual(mentions(response));
  });
});
