import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/build-graph.js";
import {
  type ClusterIdentity,
  matchClusters,
  matchPlacedClusters,
  trackClusters,
} from "../../src/analysis/cluster-identity.js";
import { AnalysisInputError, type NodeMapping } from "../../src/analysis/graph.js";
import { leiden } from "../../src/analysis/leiden.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";

/** A partition written as groups of one-letter ids: "abc def" puts a, b, c in 0 and d, e, f in 1. */
function partition(groups: string): NodeMapping {
  const mapping: NodeMapping = {};
  groups.split(" ").forEach((group, number) => {
    for (const id of group) mapping[id] = number;
  });
  return mapping;
}

/** The same partition written back as groups, keyed by stable number. */
function groups(result: ClusterIdentity): Record<number, string> {
  const members: Record<number, string> = {};
  for (const [id, number] of Object.entries(result.communities).sort()) members[number] = (members[number] ?? "") + id;
  return members;
}

const NO_CHANGES = { continued: [], born: [], ended: [], merged: [], split: [] };

describe("matchClusters on hand-made partitions", () => {
  it("the first year is the baseline: numbered in the given order, nothing reported", () => {
    const first = matchClusters(undefined, partition("abcd efg hi"));
    expect(groups(first)).toEqual({ 0: "abcd", 1: "efg", 2: "hi" });
    expect(first.changes).toEqual(NO_CHANGES);
    expect(first.nextNumber).toBe(3);
  });

  it("gives clusters back their numbers when the clustering numbers them otherwise, newcomers included", () => {
    // Leiden numbers by size, so a cluster that grew is now 0; the people stay with their cluster.
    const result = matchClusters(partition("abc defg"), partition("defgxyz abc"));
    expect(groups(result)).toEqual({ 0: "abc", 1: "defgxyz" });
    expect(result.changes).toEqual({ ...NO_CHANGES, continued: [0, 1] });
    expect(result.nextNumber).toBe(2);
  });

  it("a merge keeps the number of the larger part and reports both parts", () => {
    const result = matchClusters(partition("abcd efg"), partition("abcdefg"));
    expect(groups(result)).toEqual({ 0: "abcdefg" });
    expect(result.changes).toEqual({ ...NO_CHANGES, continued: [0], merged: [{ into: 0, from: [0, 1] }] });
  });

  it("a split keeps the number on the larger piece; the other piece gets a new number and is not 'born'", () => {
    const result = matchClusters(partition("abcdefg hij"), partition("abcd efgx hij"));
    expect(groups(result)).toEqual({ 0: "abcd", 1: "hij", 2: "efgx" });
    expect(result.changes).toEqual({ ...NO_CHANGES, continued: [0, 1], split: [{ from: 0, into: [0, 2] }] });
  });

  it("a merge too loose to keep either number gets a new one and is reported as a merge, not a birth", () => {
    // abc and def are each half of the merged cluster's returning members (Jaccard 3/6 < 0.6).
    const result = matchClusters(partition("abc def"), partition("abcdefxyz"), { threshold: 0.6 });
    expect(groups(result)).toEqual({ 2: "abcdefxyz" });
    expect(result.changes).toEqual({ ...NO_CHANGES, merged: [{ into: 2, from: [0, 1] }] });
  });

  it("reports a cluster of newcomers as born and a cluster whose members left as ended", () => {
    const result = matchClusters(partition("abc def"), partition("abc xyz"));
    expect(groups(result)).toEqual({ 0: "abc", 2: "xyz" });
    expect(result.changes).toEqual({ ...NO_CHANGES, continued: [0], born: [2], ended: [1] });
  });

  it("a cluster whose members spread over the others ends, and is neither merged nor split", () => {
    // ijkl: two of its members join abcd and two join efgh; neither takes more than half of it.
    const result = matchClusters(partition("abcd efgh ijkl"), partition("abcdij efghkl"));
    expect(groups(result)).toEqual({ 0: "abcdij", 1: "efghkl" });
    expect(result.changes).toEqual({ ...NO_CHANGES, continued: [0, 1], ended: [2] });
  });

  it("a small leftover with a third of a cluster's people still carries its number (threshold 0.3)", () => {
    const result = matchClusters(partition("abcd efgh ijk"), partition("abcdi efghj k"), { minSize: 1 });
    expect(groups(result)).toEqual({ 0: "abcdi", 1: "efghj", 2: "k" });
    expect(result.changes).toEqual({ ...NO_CHANGES, continued: [0, 1, 2] });
  });

  it("below the threshold a cluster does not keep its number", () => {
    // abcdef and the current ab share a, b: Jaccard over the people present in both years is 2/6.
    const previous = partition("abcdef");
    const current = partition("ab cd ef xyz");
    expect(matchClusters(previous, current).changes.continued).toEqual([0]);
    const strict = matchClusters(previous, current, { threshold: 0.5 });
    expect(strict.changes.continued).toEqual([]);
    expect(strict.changes.ended).toEqual([0]);
  });

  it("leaves clusters below the minimum size out of births and ends", () => {
    const result = matchClusters(partition("abc d"), partition("abc e"));
    expect(result.changes).toEqual({ ...NO_CHANGES, continued: [0] });
    expect(groups(result)).toEqual({ 0: "abc", 2: "e" });
  });

  it("never changes its inputs", () => {
    const previous = partition("abc def");
    const current = partition("def abc");
    const copies = JSON.stringify([previous, current]);
    matchClusters(previous, current);
    expect(JSON.stringify([previous, current])).toBe(copies);
  });

  it.each([
    ["a threshold of 0", () => matchClusters(undefined, {}, { threshold: 0 }), /threshold must lie in/],
    ["a minimum size of 0", () => matchClusters(undefined, {}, { minSize: 0 }), /minSize must be a whole number/],
    ["a fractional cluster", () => matchClusters(undefined, { a: 0.5 }), /current cluster of "a" must be a whole/],
    ["a reused number", () => matchClusters({ a: 4 }, { a: 0 }, { nextNumber: 3 }), /nextNumber 3 has been used/],
  ])("rejects %s with a clear error", (_case, run, message) => {
    expect(run).toThrow(AnalysisInputError);
    expect(run).toThrow(message);
  });
});

describe("matchPlacedClusters: the same over typed arrays, actors numbered by place", () => {
  /** The partition per node (its letters in reverse, so nodes and places differ), and each node's place. */
  const placed = (mapping: NodeMapping) => {
    const ids = Object.keys(mapping).reverse();
    const clusters = Int32Array.from(ids, (id) => mapping[id] as number);
    return { ids, clusters, places: Int32Array.from(ids, (id) => id.charCodeAt(0) - 97) };
  };
  it.each([
    ["abc defg", "defgxyz abc"],
    ["abcd efg", "abcdefg"],
    ["abcdefg hij", "abcd efgx hij"],
    ["abc def ghi", "adg beh cfi"],
    ["abcdefghij", "ab cd ef gh ij"],
  ])("%s → %s", (before, after) => {
    const expected = matchClusters(partition(before), partition(after), { nextNumber: 5 });
    const previous = placed(partition(before));
    const first = matchPlacedClusters(undefined, previous, 26);
    const current = placed(partition(after));
    const result = matchPlacedClusters({ clusters: first.numbers, places: previous.places }, current, 26, {
      nextNumber: 5,
    });
    // Numbered alike: the first year keeps the partition's own numbers when they run 0, 1, 2, …
    expect(matchClusters(undefined, partition(before)).communities).toEqual(
      Object.fromEntries(previous.ids.map((id, v) => [id, first.numbers[v]])),
    );
    expect(Object.fromEntries(current.ids.map((id, v) => [id, result.numbers[v]]))).toEqual(expected.communities);
    expect(result.changes).toEqual(expected.changes);
    expect(result.nextNumber).toBe(expected.nextNumber);
  });
});

describe("trackClusters over several years", () => {
  it("never gives a new cluster a number used before, even one that has ended", () => {
    const years = trackClusters([partition("abc def ghi"), partition("abc def"), partition("abc def xyz")]);
    expect(years.map(groups)).toEqual([
      { 0: "abc", 1: "def", 2: "ghi" },
      { 0: "abc", 1: "def" },
      { 0: "abc", 1: "def", 3: "xyz" },
    ]);
    expect(years[1]?.changes.ended).toEqual([2]);
    expect(years[2]?.changes.born).toEqual([3]);
  });
});

describe("s50: Leiden warm-started from the wave before, numbers matched by overlap", () => {
  const s50 = readFixtureNetwork("s50");
  const waves = [2019, 2020, 2021];
  let last: NodeMapping | undefined;
  const partitions = waves.map((year) => {
    const result = leiden(buildGraph(s50, { year }), { initial: last });
    last = result.communities;
    return result.communities;
  });
  const years = trackClusters(partitions);

  it("accounts for every cluster of every wave: continued, born, ended, merged, split, or too small", () => {
    for (let k = 1; k < years.length; k++) {
      const { changes, communities } = years[k] as ClusterIdentity;
      const sizes = (mapping: NodeMapping) => {
        const counted = new Map<number, number>();
        for (const number of Object.values(mapping)) counted.set(number, (counted.get(number) ?? 0) + 1);
        return counted;
      };
      const now = sizes(communities);
      const before = sizes((years[k - 1] as ClusterIdentity).communities);
      const pieces = new Set([...changes.split.flatMap((split) => split.into), ...changes.merged.map((m) => m.into)]);
      const merging = new Set(changes.merged.flatMap((merge) => merge.from));
      for (const [number, size] of now) {
        const known = changes.continued.includes(number) || changes.born.includes(number) || pieces.has(number);
        expect(known || size < 3, `wave ${waves[k]} cluster ${number}`).toBe(true);
      }
      for (const [number, size] of before) {
        const known = changes.continued.includes(number) || changes.ended.includes(number) || merging.has(number);
        expect(known || size < 3, `wave ${waves[k - 1]} cluster ${number}`).toBe(true);
      }
      for (const number of changes.born)
        expect(number).toBeGreaterThanOrEqual((years[k - 1] as ClusterIdentity).nextNumber);
    }
  });

  it("most clusters carry on from wave to wave (a friendship network changes slowly)", () => {
    for (let k = 1; k < years.length; k++) {
      const previous = new Set(Object.values((years[k - 1] as ClusterIdentity).communities));
      expect((years[k] as ClusterIdentity).changes.continued.length).toBeGreaterThan(previous.size / 2);
    }
  });
});
