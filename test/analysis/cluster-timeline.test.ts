import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { clusterTimeline } from "../../src/analysis/cluster-timeline.js";
import { leiden } from "../../src/analysis/leiden.js";
import { analyseNetwork } from "../../src/analysis/report.js";
import type { Network } from "../../src/model/index.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";
import { readSample } from "../sample/read-sample.js";

type NumberOf = Readonly<Record<string, number>>;

/** Clusters of at least three that carry on, and their members (present both years) who keep the number. */
function keeping(timeline: ReturnType<typeof clusterTimeline>) {
  let clusters = 0;
  let stay = 0;
  let keep = 0;
  for (let k = 1; k < timeline.length; k++) {
    const before = timeline[k - 1]?.communities as NumberOf;
    const now = timeline[k]?.communities as NumberOf;
    const size = (number: number) => Object.values(now).filter((value) => value === number).length;
    const continued = new Set(timeline[k]?.changes.continued.filter((number) => size(number) >= 3));
    clusters += continued.size;
    for (const [id, number] of Object.entries(before)) {
      if (!continued.has(number) || now[id] === undefined) continue;
      stay += 1;
      if (now[id] === number) keep += 1;
    }
  }
  return { clusters, stay, keep };
}

/** The same, had each year been numbered by size (0 = largest), as before the timeline. */
function keepingBySize(network: Network, timeline: ReturnType<typeof clusterTimeline>): number {
  let kept = 0;
  timeline.forEach((entry, k) => {
    if (k === 0) return;
    const bySize = leiden(buildGraph(network, { year: entry.year })).communities;
    for (const number of entry.changes.continued) {
      const members = Object.keys(entry.communities).filter((id) => entry.communities[id] === number);
      if (members.length >= 3 && members.every((id) => bySize[id] === number)) kept += 1;
    }
  });
  return kept;
}

describe.each([
  ["the sample", readSample(), { clusters: 52, stay: 1991, keep: 1944 }, 5],
  ["s50", readFixtureNetwork("s50"), { clusters: 10, stay: 67, keep: 53 }, 1],
])("the cluster timeline of %s", (_name, network, expected, bySize) => {
  const timeline = clusterTimeline(network, { clustering: "leiden", weighted: false, runs: undefined, seed: 1 });

  it("gives clusters that carry on the same number, and most of their people keep it", () => {
    expect(keeping(timeline)).toEqual(expected);
    // Numbered by size each year (0 = largest), nearly all of them would change number, and colour.
    expect(keepingBySize(network, timeline)).toBe(bySize);
  });

  it("clusters every year with one Leiden run, the first from the clusters of the whole network", () => {
    const [first, second] = timeline;
    if (first === undefined || second === undefined) throw new Error("two years at least");
    const whole = leiden(buildGraph(network)).communities;
    const firstYear = leiden(buildGraph(network, { year: first.year }), { runs: 1, initial: whole });
    expect(first.modularity).toBe(firstYear.modularity);
    expect(first.count).toBe(firstYear.count);
    const secondYear = leiden(buildGraph(network, { year: second.year }), { runs: 1, initial: first.communities });
    expect(second.modularity).toBe(secondYear.modularity);
  });

  it("carries its numbers and changes into years[], and one year's analysis uses that year's numbers", () => {
    const analysis = analyseNetwork(network);
    expect(analysis.years.map((entry) => entry.modularity)).toEqual(timeline.map((entry) => entry.modularity));
    expect(analysis.years.map((entry) => entry.clusterChanges)).toEqual(timeline.map((entry) => entry.changes));
    expect(analysis.years[0]?.clusterChanges).toEqual({ continued: [], born: [], ended: [], merged: [], split: [] });
    const last = timeline.at(-1);
    const year = analyseNetwork(network, { year: last?.year, years: false });
    expect(Object.fromEntries(year.actors.map((actor) => [actor.id, actor.community]))).toEqual(last?.communities);
    expect(year.communities.map((community) => community.community)).toEqual(
      [...new Set(Object.values(last?.communities ?? {}))].sort((a, b) => a - b),
    );
    expect(year.graph.modularity).toBe(last?.modularity);
  });
});

describe("clustering: louvain", () => {
  it("is still selectable, and numbers its years the same way", () => {
    const network = readFixtureNetwork("s50");
    const analysis = analyseNetwork(network, { clustering: "louvain" });
    const timeline = clusterTimeline(network, { clustering: "louvain", weighted: false, runs: undefined, seed: 1 });
    expect(analysis.years.map((entry) => entry.clusterChanges)).toEqual(timeline.map((entry) => entry.changes));
    expect(keeping(timeline).clusters).toBe(10);
  });
  it("rejects an unknown method", () => {
    expect(() => analyseNetwork(readFixtureNetwork("s50"), { clustering: "kmeans" as "leiden" })).toThrow(/clustering/);
  });
});
