import { describe, expect, it } from "vitest";
import { KeyMap } from "../../src/analysis/key-map.js";
import { mulberry32 } from "../../src/analysis/rng.js";

describe("KeyMap", () => {
  it("gives back what was set, −1 for the rest, as it grows far past its first size", () => {
    const map = new KeyMap(2);
    const random = mulberry32(7);
    const expected = new Map<number, number>();
    for (let i = 0; i < 5000; i++) {
      // Pair keys of 100,000 actors reach 10^10, above 2^32: both halves of the key must count.
      const key = Math.floor(random() * 1e10);
      map.set(key, i);
      expected.set(key, i);
    }
    for (const [key, value] of expected) expect(map.get(key)).toBe(value);
    expect(map.get(2 ** 40)).toBe(-1);
    expect(map.has(0)).toBe(expected.has(0));
  });

  it("keeps one value per key: the last one set", () => {
    const map = new KeyMap();
    map.set(4294967296, 1);
    map.set(0, 2);
    map.set(4294967296, 3);
    expect([map.get(4294967296), map.get(0), map.get(1)]).toEqual([3, 2, -1]);
  });
});
