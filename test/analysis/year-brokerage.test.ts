import { describe, expect, it } from "vitest";
import { clusterTimeline } from "../../src/analysis/cluster-timeline.js";
import { yearGraphs } from "../../src/analysis/year-graphs.js";
import { YEAR_DEFAULTS, yearFigures } from "../../src/analysis/years.js";
import { generateNetwork } from "../bench/generate-network.js";
import { readSample } from "../sample/read-sample.js";

const clustering = { clustering: "leiden" as const, weighted: false, runs: 1, seed: 1 };
const sampled = { ...YEAR_DEFAULTS, weighted: false, seed: 1 };
const exact = { ...sampled, exactBrokerageUpTo: Number.POSITIVE_INFINITY };

describe("the years' brokerage from pivots (YEAR_DEFAULTS)", () => {
  it("lies within its stated error of the exact figures on a generated network of 2,000 actors", () => {
    const network = generateNetwork(2000);
    const shared = yearGraphs(network);
    const timeline = clusterTimeline(network, clustering, undefined, shared);
    const estimates = yearFigures(network, timeline, sampled, shared);
    const truths = yearFigures(network, timeline, exact, shared);
    expect(estimates.map((entry) => entry.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    estimates.forEach((estimate, i) => {
      const truth = truths[i];
      if (truth === undefined) throw new Error("a year is missing");
      const { year } = truth;
      expect([estimate.institutionBrokerageEstimated, truth.institutionBrokerageEstimated]).toEqual([true, false]);
      expect(Math.abs(estimate.institutionBrokerageShare - truth.institutionBrokerageShare), `${year}`).toBeLessThan(
        0.01,
      );
      const paid = (entry: typeof truth) => entry.independence.paidBrokerageShare;
      expect(Math.abs(paid(estimate) - paid(truth)), `${year}`).toBeLessThan(0.01);
      const both = estimate.connectors.filter((id) => truth.connectors.includes(id)).length;
      expect(both / truth.connectors.length, `${year}`).toBeGreaterThanOrEqual(0.65);
      // Each actor's bridging, as the actor card's line shows it.
      const estimated = shared.brokerageOf(year, sampled).byNode;
      const measured = shared.brokerageOf(year, exact).byNode;
      const errors = Array.from(measured, (value, v) => Math.abs((estimated[v] ?? Number.NaN) - value));
      expect(Math.max(...errors), `${year}`).toBeLessThan(0.02);
    });
  }, 60_000);

  it("measures every year of the sample exactly: none has more than 512 actors", () => {
    const network = readSample();
    const timeline = clusterTimeline(network, clustering);
    const years = yearFigures(network, timeline, sampled);
    expect(years.length).toBeGreaterThan(1);
    expect(years.every((entry) => !entry.institutionBrokerageEstimated)).toBe(true);
    expect(years).toEqual(yearFigures(network, timeline, exact));
  });
});
