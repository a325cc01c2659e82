import { describe, expect, it } from "vitest";
import { isActiveIn, networkAsOf, tieId, yearsInData } from "../../src/model/index.js";
import { resident, tie } from "../store/contract.js";

describe("years", () => {
  it("treats since and until as inclusive, and empty as open", () => {
    expect(isActiveIn({ since: 2019, until: 2021 }, 2019)).toBe(true);
    expect(isActiveIn({ since: 2019, until: 2021 }, 2021)).toBe(true);
    expect(isActiveIn({ since: 2019, until: 2021 }, 2022)).toBe(false);
    expect(isActiveIn({}, 1950)).toBe(true);
    expect(isActiveIn({ until: 2018 }, 2019)).toBe(false);
  });

  it("keeps a tie as of a year only when both its ends are there too", () => {
    const network = {
      actors: [resident("a"), resident("b", { until: 2020 })],
      ties: [tie("a", "b", { since: 2019 })],
    };
    expect(networkAsOf(network, 2020).ties).toHaveLength(1);
    expect(networkAsOf(network, 2021)).toEqual({ actors: [resident("a")], ties: [] });
  });

  it("lists every year from the first to the last the data mentions", () => {
    const network = { actors: [resident("a", { since: 2018 })], ties: [tie("a", "b", { since: 2020, until: 2021 })] };
    expect(yearsInData(network)).toEqual([2018, 2019, 2020, 2021]);
    expect(yearsInData({ actors: [resident("a")], ties: [] })).toEqual([]);
  });

  it("finds the years of 400,000 ties without overflowing the stack", () => {
    // Math.min(...years) threw RangeError on ~350,000 years; the years must come from a loop.
    const ties = Array.from({ length: 400_000 }, (_, i) =>
      tie(`a${i}`, `b${i}`, { since: 1990 + (i % 30), until: i === 123_456 ? 2031 : undefined }),
    );
    const years = yearsInData({ actors: [resident("a", { since: 1985 })], ties });
    expect(years[0]).toBe(1985);
    expect(years.at(-1)).toBe(2031);
    expect(years).toHaveLength(2031 - 1985 + 1);
  });

  it("gives an undirected tie one id whichever way round, and a directed one two", () => {
    expect(tieId("knows", "b", "a", 2020)).toBe(tieId("knows", "a", "b", 2020));
    expect(tieId("partner_of", "g2", "g1")).toBe("partner_of:g1:g2:");
    expect(tieId("member_of", "r1", "g1")).not.toBe(tieId("member_of", "g1", "r1"));
  });
});
