import { describe, expect, it } from "vitest";
import { bridgingOverYears } from "../../src/analysis/bridging-over-years.js";
import { clusterTimeline } from "../../src/analysis/cluster-timeline.js";
import { defaultRuns, LEIDEN_SINGLE_RUN_ABOVE } from "../../src/analysis/clusters.js";
import { yearGraphs } from "../../src/analysis/year-graphs.js";
import { YEAR_DEFAULTS, yearFigures } from "../../src/analysis/years.js";
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

  it("gives the same timeline, year figures and bridging as building every year anew", () => {
    const clustering = { clustering: "leiden" as const, weighted: false, runs: undefined, seed: 1 };
    const shared = yearGraphs(network);
    const timeline = clusterTimeline(network, clustering, undefined, shared);
    expect(timeline).toEqual(clusterTimeline(network, clustering));
    expect(yearFigures(network, timeline, options, shared)).toEqual(yearFigures(network, timeline, options));
    expect(bridgingOverYears(network, {}, shared)).toEqual(bridgingOverYears(network));
  });
});

describe("defaultRuns", () => {
  it("runs Leiden four times with their consensus, once on large networks; Louvain ten times", () => {
    expect(defaultRuns("leiden", LEIDEN_SINGLE_RUN_ABOVE)).toBe(4);
    expect(defaultRuns("leiden", LEIDEN_SINGLE_RUN_ABOVE + 1)).toBe(1);
    expect(defaultRuns("louvain", 100_000)).toBe(10);
  });
});
