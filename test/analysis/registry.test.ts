import { describe, expect, it } from "vitest";
import { ANALYSES, findAnalysis } from "../../src/analysis/registry.js";
import { network } from "./helpers.js";

const SMALL = network(
  ["a", "b", "c", "g:group", "i:institution"],
  [
    ["a", "b"],
    ["b", "c", "knows", { since: 2021 }],
    ["a", "g", "member_of"],
    ["i", "g", "supports"],
  ],
);

describe("the analysis registry", () => {
  it("has unique ids and documents every parameter and output", () => {
    const ids = ANALYSES.map((analysis) => analysis.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const analysis of ANALYSES) {
      expect(analysis.outputs.length).toBeGreaterThan(0);
      for (const parameter of analysis.parameters) expect(parameter.description).not.toBe("");
    }
  });
  it.each(ANALYSES.map((analysis) => [analysis.id]))("runs %s with and without a year", (id) => {
    const analysis = findAnalysis(id);
    expect(analysis?.run(SMALL)).toBeDefined();
    expect(analysis?.run(SMALL, { year: 2020, weighted: true, louvainRuns: 2, seed: 7 })).toBeDefined();
  });
  it("passes the year through to the measure", () => {
    const degreeIn2020 = findAnalysis("degree")?.run(SMALL, { year: 2020 }) as Record<string, number>;
    expect(degreeIn2020.c).toBe(0);
  });
});
