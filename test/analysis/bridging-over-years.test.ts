import { describe, expect, it } from "vitest";
import { bridgingOverYears } from "../../src/analysis/bridging-over-years.js";
import { analyseNetwork } from "../../src/analysis/index.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";
import { actor, tie } from "./helpers.js";

describe("bridgingOverYears", () => {
  // 2020: the path a – b – c; 2021: d joins at the end, the path a – b – c – d.
  const path = {
    actors: [actor({ id: "a" }), actor({ id: "b" }), actor({ id: "c" }), actor({ id: "d", since: 2021 })],
    ties: [tie("a", "b", "knows", { since: 2020 }), tie("b", "c"), tie("c", "d", "knows", { since: 2021 })],
  };

  it("gives each actor's normalised betweenness per year, null before they came", () => {
    const bridging = bridgingOverYears(path);
    expect(bridging.years).toEqual([2020, 2021]);
    // 2020: b is on the one path a–c (normalised by 2/(2·1) = 1). 2021: b on a–c and a–d, 2 of 3 pairs.
    expect(bridging.actors.b).toEqual([1, 0.6667]);
    expect(bridging.actors.c).toEqual([0, 0.6667]);
    expect(bridging.actors.a).toEqual([0, 0]);
    expect(bridging.actors.d).toEqual([null, 0]);
  });

  it("agrees with the analysis of each s50 wave", () => {
    const network = readFixtureNetwork("s50");
    const bridging = bridgingOverYears(network);
    expect(bridging.years).toEqual([2019, 2020, 2021]);
    bridging.years.forEach((year, index) => {
      for (const figures of analyseNetwork(network, { year, years: false }).actors) {
        expect(bridging.actors[figures.id]?.[index]).toBeCloseTo(figures.betweenness, 4);
      }
    });
  });

  it("is part of the analysis output, and empty when the years are skipped", () => {
    expect(analyseNetwork(path).bridging.actors.b).toEqual([1, 0.6667]);
    expect(analyseNetwork(path, { years: false }).bridging).toEqual({ years: [], actors: {} });
  });
});
