import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { analyseNetwork } from "../../src/analysis/report.js";
import { network } from "./helpers.js";

/**
 * Two groups: A (a1, a2, a3) and B (b1, b2). Until 2021 the only thing between them is the community
 * worker w (works_at the institution I), who volunteers at both; from 2022 a1 also leads B.
 */
const twoGroups = () =>
  network(
    ["A:group", "B:group", "I:institution", "w", "a1", "a2", "a3", "b1", "b2"],
    [
      ["w", "I", "works_at", { since: 2020 }],
      ["w", "A", "volunteers_at", { since: 2020 }],
      ["w", "B", "volunteers_at", { since: 2020 }],
      ["a1", "A", "member_of", { since: 2020 }],
      ["a2", "A", "member_of", { since: 2020 }],
      ["a3", "A", "member_of", { since: 2020 }],
      ["b1", "B", "member_of", { since: 2020 }],
      ["b2", "B", "member_of", { since: 2020 }],
      ["a1", "B", "leads", { since: 2022 }],
    ],
  );

describe("the shrinking professional", () => {
  const analysis = analyseNetwork(twoGroups(), { clusteringRuns: 1 });
  const year = (y: number) => analysis.years.find((entry) => entry.year === y)?.independence;

  it("calls a resident with a paid tie a professional, and nobody else", () => {
    expect(analysis.actors.filter((actor) => actor.professional).map((actor) => actor.id)).toEqual(["w"]);
    expect(analysis.actors.find((actor) => actor.id === "w")?.kind).toBe("resident");
    expect(year(2020)?.professionals).toEqual(["w"]);
  });

  it("while the worker is the only way between the groups, the smaller side is cut off without them", () => {
    // Without w and I: {A, a1, a2, a3} is the largest part; B and its two members lose every path to it.
    expect(year(2020)?.cutOffWithoutPaid.sort()).toEqual(["B", "b1", "b2"]);
    expect(year(2020)?.groupsReachingAlone).toEqual([]);
    // Pairs each one lies between: w 1·4 + 1·3 + 4·3 = 19 (I, A's side, B's side); A 3·5 + 3 = 18; B 2·6 + 1 = 13.
    expect(year(2020)?.paidBrokerageShare).toBeCloseTo(19 / 50, 12);
  });

  it("once a resident organises in both, the groups reach each other without the worker", () => {
    expect(year(2022)?.cutOffWithoutPaid).toEqual([]);
    expect(year(2022)?.groupsReachingAlone.sort()).toEqual(["A", "B"]);
    expect(year(2022)?.paidBrokerageShare).toBeLessThan(year(2020)?.paidBrokerageShare ?? 0);
    expect(analysis.independence.wentAlone).toEqual([
      { group: "A", year: 2022 },
      { group: "B", year: 2022 },
    ]);
  });

  it("says so in a sentence per year and one over the span, as codes with numbers", () => {
    expect(year(2020)?.message).toEqual({
      code: "paid_share_first_year",
      params: { year: 2020, share: year(2020)?.paidBrokerageShare, count: 0, groups: 2 },
    });
    expect(year(2022)?.message.code).toBe("paid_share_fell");
    expect(year(2022)?.message.params).toMatchObject({ year: 2022, previousYear: 2021, count: 2, groups: 2 });
    expect(analysis.independence.message?.code).toBe("paid_share_span_fell");
    expect(analysis.independence.message?.params).toMatchObject({ firstReaching: 0, count: 2, groups: 2 });
  });

  it("a member in both groups is not enough: someone has to organise in one of them", () => {
    const original = twoGroups();
    const data = {
      ...original,
      ties: original.ties.map((tie) => (tie.type === "leads" ? { ...tie, type: "member_of" as const } : tie)),
    };
    const graph = buildGraph(data, { year: 2022 });
    expect(graph.hasEdge("a1", "B")).toBe(true);
    const reaching = analyseNetwork(data, { clusteringRuns: 1 }).years.at(-1)?.independence.groupsReachingAlone;
    expect(reaching).toEqual([]);
  });

  it("lists a professional who is the only tie to neighbours of several residents among the people the network hangs on", () => {
    const data = network(
      ["I:institution", "w", "n1", "n2", "n3", "x", "y"],
      [
        ["w", "I", "works_at"],
        ["n1", "I", "client_of"],
        ["n2", "I", "client_of"],
        ["n3", "I", "client_of"],
        ["w", "n1"],
        ["w", "n2"],
        ["n3", "x"],
        ["x", "y"],
        ["y", "I", "client_of"],
      ],
    );
    const gaps = analyseNetwork(data, { clusteringRuns: 1, years: false }).gaps.filter(
      (gap) => gap.type === "articulation-point",
    );
    expect(gaps.map((gap) => gap.message)).toContainEqual({
      code: "professional_last_link",
      params: { actor: "w", count: 2 },
    });
  });
});

describe("duplication", () => {
  /** Two groups of five with four members in common, each with its own activity tags. */
  const pair = (tagsA: string[], tagsB: string[], shared: number) => {
    const a = ["p1", "p2", "p3", "p4", "p5"];
    const b = [...a.slice(0, shared), ...["q1", "q2", "q3", "q4", "q5"].slice(0, 5 - shared)];
    return network(
      [
        { id: "A", kind: "group", interests: tagsA },
        { id: "B", kind: "group", interests: tagsB },
        ...new Set([...a, ...b]),
      ],
      [
        ...a.map((person): [string, string, "member_of"] => [person, "A", "member_of"]),
        ...b.map((person): [string, string, "member_of"] => [person, "B", "member_of"]),
      ],
    );
  };
  const duplicates = (data: ReturnType<typeof pair>) =>
    analyseNetwork(data, { clusteringRuns: 1, years: false }).gaps.filter((gap) => gap.type === "duplication");

  it("finds two groups doing the same for largely the same people", () => {
    const found = duplicates(pair(["homework help"], ["homework help", "cooking"], 4));
    expect(found).toHaveLength(1);
    expect(found[0]?.actors).toEqual(["A", "B"]);
    expect(found[0]?.message).toEqual({
      code: "duplication",
      params: { a: "A", b: "B", activities: ["homework help"], count: 4 },
    });
  });

  it("leaves alone the same people doing different things", () => {
    expect(duplicates(pair(["homework help"], ["football"], 4))).toEqual([]);
  });

  it("leaves alone the same activity for different people", () => {
    expect(duplicates(pair(["homework help"], ["homework help"], 1))).toEqual([]);
  });
});
