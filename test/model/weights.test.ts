import { describe, expect, it } from "vitest";
import { checkTie, isWeight, type Tie } from "../../src/model/index.js";

const tie = (weight: number): Tie => ({
  id: "knows:a:b:",
  source: "a",
  target: "b",
  type: "knows",
  weight,
  custom: {},
});

describe("tie weights as people measure them", () => {
  it("accepts any positive finite number: 1–3 by hand, 31 co-occurrences, 2.5 hours", () => {
    for (const weight of [1, 2, 3, 31, 2.5, 0.25, 1e6]) {
      expect(isWeight(weight), String(weight)).toBe(true);
      expect(checkTie(tie(weight))).toEqual([]);
    }
  });
  it("refuses zero, negatives, NaN and infinity, naming the field", () => {
    for (const weight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(checkTie(tie(weight)), String(weight)).toEqual([
        { field: "weight", message: `weight ${weight} is not a positive number` },
      ]);
    }
  });
});
