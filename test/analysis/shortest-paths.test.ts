import { describe, expect, it } from "vitest";
import { betweenness } from "../../src/analysis/betweenness.js";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { closeness } from "../../src/analysis/closeness.js";
import { harmonic } from "../../src/analysis/harmonic.js";
import { network } from "./helpers.js";

/** A square a–b–d–c–a: two routes from a to d, through b and through c. */
function square(weights: { ab: number; bd: number; ac: number; cd: number }) {
  return buildGraph(
    network(
      ["a", "b", "c", "d"],
      [
        ["a", "b", "knows", { weight: weights.ab }],
        ["b", "d", "knows", { weight: weights.bd }],
        ["a", "c", "knows", { weight: weights.ac }],
        ["c", "d", "knows", { weight: weights.cd }],
      ],
    ),
  );
}

describe("weighted shortest paths over distance 1/weight", () => {
  // n = 4, so a raw pair count is normalised by 2/((n−1)(n−2)) = 1/3.
  it("splits a pair between two routes of equal length", () => {
    const graph = square({ ab: 2, bd: 2, ac: 4, cd: 4 / 3 });
    // a to d: through b 0.5 + 0.5 = 1, through c 0.25 + 0.75 = 1, both exactly 1 in floating point,
    // so b and c carry half the pair each; b to c runs through a (0.75 against 1.25 through d).
    expect(betweenness(graph, { weighted: true })).toEqual({ a: 1 / 3, b: 1 / 6, c: 1 / 6, d: 0 });
  });

  it("gives the whole pair to the shorter route when a stronger tie makes it shorter", () => {
    const graph = square({ ab: 2, bd: 2, ac: 4, cd: 2 });
    // a to d: through c 0.25 + 0.5 = 0.75 against 1 through b; b to c through a, 0.75 against 1.
    expect(betweenness(graph, { weighted: true })).toEqual({ a: 1 / 3, b: 0, c: 1 / 3, d: 0 });
  });

  it("treats sums that differ only by rounding as different lengths, as NetworkX does", () => {
    // a–b–d: 0.1 + 0.2 = 0.30000000000000004 in floating point; a–c–d: 0.15 + 0.15 = 0.3.
    const graph = square({ ab: 10, bd: 5, ac: 1 / 0.15, cd: 1 / 0.15 });
    // NetworkX 3.6.1 gives the same four values.
    expect(betweenness(graph, { weighted: true })).toEqual({ a: 1 / 3, b: 0, c: 1 / 3, d: 0 });
  });

  it("sums distances for closeness and harmonic", () => {
    const graph = square({ ab: 2, bd: 2, ac: 2, cd: 2 });
    // From a: b and c at 0.5, d at 1.
    expect(closeness(graph, { weighted: true }).a).toBeCloseTo(3 / 2, 12);
    expect(harmonic(graph, { weighted: true }).a).toBeCloseTo(2 + 2 + 1, 12);
  });
});
