import { describe, expect, it } from "vitest";
import { adjacencyOf } from "../../src/analysis/adjacency.js";
import { betweenness } from "../../src/analysis/betweenness.js";
import { shortestPathFigures } from "../../src/analysis/brandes.js";
import { buildGraph } from "../../src/analysis/build-graph.js";
import { clusterTimeline } from "../../src/analysis/cluster-timeline.js";
import { cutPoints } from "../../src/analysis/cut-points.js";
import { eigenvector } from "../../src/analysis/eigenvector.js";
import { AnalysisInputError } from "../../src/analysis/graph.js";
import { pagerank } from "../../src/analysis/pagerank.js";
import { analyseNetwork } from "../../src/analysis/report.js";
import { roleOf, roles } from "../../src/analysis/roles.js";
import { status } from "../../src/analysis/status.js";
import { YEAR_DEFAULTS, yearFigures } from "../../src/analysis/years.js";
import { network } from "./helpers.js";

/** Every number anywhere in the value is finite (JSON.stringify would hide NaN as null). */
function expectAllFinite(value: unknown, path = "$"): void {
  if (typeof value === "number") expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      expectAllFinite(item, `${path}[${i}]`);
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) expectAllFinite(item, `${path}.${key}`);
  }
}

describe("buildGraph", () => {
  it("merges parallel ties into one edge with summed weight and both types", () => {
    const graph = buildGraph(
      network(
        ["a", "g:group"],
        [
          ["a", "g", "member_of", { weight: 2 }],
          ["a", "g", "leads"],
        ],
      ),
    );
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes(graph.edge("a", "g") ?? "")).toEqual({ weight: 3, types: ["member_of", "leads"] });
  });
  it("keeps only what is active in a year", () => {
    const data = network(
      ["a", "b", "c"],
      [
        ["a", "b", "knows", { since: 2020 }],
        ["b", "c", "knows", { until: 2019 }],
      ],
    );
    expect(buildGraph(data, { year: 2019 }).edges().length).toBe(1);
    expect(buildGraph(data, { year: 2020 }).hasEdge("a", "b")).toBe(true);
  });
});

describe("Guimerà–Amaral roles", () => {
  it("places each role by its thresholds", () => {
    expect(roleOf(0, 0)).toBe("ultra-peripheral");
    expect(roleOf(0, 0.5)).toBe("peripheral");
    expect(roleOf(0, 0.7)).toBe("connector");
    expect(roleOf(0, 0.85)).toBe("kinless");
    expect(roleOf(2.5, 0.2)).toBe("provincial-hub");
    expect(roleOf(3, 0.5)).toBe("connector-hub");
    expect(roleOf(3, 0.8)).toBe("kinless-hub");
  });
  it("reads a broker (top tenth by betweenness) as bridging, never as peripheral", () => {
    expect(roleOf(0, 0.5, true)).toBe("connector");
    expect(roleOf(0, 0.02, true)).toBe("provincial-hub");
    expect(roleOf(0, 0.85, true)).toBe("kinless");
    expect(roleOf(2.5, 0.2, true)).toBe("connector-hub");
    expect(roleOf(2.5, 0.02, true)).toBe("provincial-hub");
  });
  it("calls nobody 'mostly within their own cluster' who has at most half their ties there", () => {
    expect(roleOf(0, 0.5, false, 0.5)).toBe("connector");
    expect(roleOf(0, 0.44, false, 2 / 3)).toBe("peripheral");
  });
  it("computes participation and z by hand: x has 2 ties home and 2 away", () => {
    const graph = buildGraph(
      network(
        ["x", "a", "b", "c", "d"],
        [
          ["x", "a"],
          ["x", "b"],
          ["x", "c"],
          ["x", "d"],
          ["a", "b"],
        ],
      ),
    );
    const result = roles(graph, { x: 0, a: 0, b: 0, c: 1, d: 1 }, betweenness(graph));
    expect(result.x?.participation).toBeCloseTo(0.5, 12);
    // Ties inside community 0: x 2, a 2, b 2: all alike, so z is 0 rather than NaN.
    expect(result.x?.withinModuleZ).toBe(0);
    expect(result.c?.participation).toBe(1 - 1);
  });
});

describe("status as DESIGN.md defines it", () => {
  const graph = buildGraph(
    network(
      ["lonely", "one", "two", "served", "mixed", "nurse", "helper", "g:group", "i:institution"],
      [
        ["one", "two"],
        ["nurse", "i", "works_at"],
        ["helper", "i", "volunteers_at"],
        ["two", "g", "member_of"],
        ["served", "i", "client_of"],
        ["mixed", "i", "client_of"],
        ["mixed", "g", "member_of"],
      ],
    ),
  );
  it("isolated, peripheral, service-dependent and none; a professional met only at work is none", () => {
    expect(status(graph)).toEqual({
      lonely: "isolated",
      one: "peripheral",
      two: "none",
      served: "service-dependent",
      mixed: "peripheral",
      nurse: "none",
      helper: "isolated",
      g: "none",
      i: "none",
    });
  });
});

describe("cut points", () => {
  it("finds the articulation point and bridge between two triangles", () => {
    const graph = buildGraph(
      network(
        ["a", "b", "c", "d", "e", "f"],
        [
          ["a", "b"],
          ["b", "c"],
          ["a", "c"],
          ["c", "d"],
          ["d", "e"],
          ["e", "f"],
          ["d", "f"],
        ],
      ),
    );
    const cuts = cutPoints(graph);
    expect(cuts.articulationPoints).toEqual({ c: { cutOff: 2 }, d: { cutOff: 2 } });
    expect(cuts.bridges).toEqual([{ source: "c", target: "d", smallerSide: 3 }]);
  });

  it("give each actor how many would be cut off if they left: all outside the largest remaining piece", () => {
    // a–b–c–d with e hanging off c, and f–g apart.
    const analysis = analyseNetwork(
      network(
        ["a", "b", "c", "d", "e", "f", "g"],
        [
          ["a", "b"],
          ["b", "c"],
          ["c", "d"],
          ["c", "e"],
          ["f", "g"],
        ],
      ),
      { years: false },
    );
    const cutOff = Object.fromEntries(analysis.actors.map((actor) => [actor.id, actor.cutOff]));
    // c: {a, b} stays, d and e are cut off; b: a is cut off from c, d, e; nobody else splits anything.
    expect(cutOff).toEqual({ a: 0, b: 1, c: 2, d: 0, e: 0, f: 0, g: 0 });
    expect(analysis.actors.filter((actor) => actor.articulationPoint).map((actor) => actor.id)).toEqual(["b", "c"]);
  });
});

/**
 * A hand-made neighbourhood: two knit streets of four (north, south) joined by one tie, a lonely
 * resident with a chess interest and a cooking gift, a chess club nobody links to, a client of an
 * institution that backs no group, and a resident whose gift is chess.
 */
const NEIGHBOURHOOD = network(
  [
    ...["n1", "n2", "n3", "n4"].map((id) => ({ id, interests: ["gardening"] })),
    ...["s1", "s2", "s3", "s4"].map((id) => ({ id, interests: ["gardening"] })),
    { id: "lonely", interests: ["chess"], gifts: ["cooking"], area: "north" },
    { id: "player", gifts: ["chess"], area: "north" },
    { id: "served", interests: ["chess"] },
    { id: "chess", kind: "group", interests: ["chess"] },
    { id: "desk", kind: "institution" },
  ],
  [
    ["n1", "n2"],
    ["n1", "n3"],
    ["n1", "n4"],
    ["n2", "n3"],
    ["n2", "n4"],
    ["n3", "n4"],
    ["s1", "s2"],
    ["s1", "s3"],
    ["s1", "s4"],
    ["s2", "s3"],
    ["s2", "s4"],
    ["s3", "s4"],
    ["n4", "s1"],
    ["player", "chess", "member_of"],
    ["served", "desk", "client_of"],
  ],
);

describe("gaps and suggestions on a hand-made neighbourhood", () => {
  const analysis = analyseNetwork(NEIGHBOURHOOD);
  const gapsOf = (type: string) => analysis.gaps.filter((gap) => gap.type === type).map((gap) => gap.actors);
  it("finds each gap type with the actors involved and a message about them", () => {
    expect(gapsOf("isolated-resident")).toEqual([["lonely"]]);
    expect(gapsOf("service-dependent-resident")).toEqual([["served"]]);
    expect(gapsOf("peripheral-resident")).toEqual([["player"]]);
    expect(gapsOf("thin-bridge")).toEqual([["n4", "s1"]]);
    expect(gapsOf("bridge-tie")).toContainEqual(["n4", "s1"]);
    expect(gapsOf("articulation-point")).toEqual(expect.arrayContaining([["n4"], ["s1"]]));
    expect(gapsOf("isolated-group")).toEqual([["chess"]]);
    // Only a gift someone nearby wants: the chess player and the lonely chess fan on the same street,
    // not lonely's cooking, which nobody asks for.
    expect(gapsOf("unused-gift")).toEqual([["player", "lonely"]]);
    expect(gapsOf("unshared-interest")).toEqual(expect.arrayContaining([["lonely"], ["served"]]));
    expect(gapsOf("institution-without-groups")).toEqual([["desk"]]);
    const message = (type: string) => analysis.gaps.find((gap) => gap.type === type)?.message;
    expect(message("isolated-resident")).toEqual({ code: "isolated_resident", params: { resident: "lonely" } });
    expect(message("institution-without-groups")).toEqual({
      code: "institution_without_groups",
      params: { institution: "desk", count: 1 },
    });
    expect(message("unused-gift")).toEqual({
      code: "gift_unmet",
      params: { gift: "chess", holders: ["player"], carers: ["lonely"], count: 1 },
    });
    const north = analysis.actors.find((actor) => actor.id === "n4")?.community ?? -1;
    const south = analysis.actors.find((actor) => actor.id === "s1")?.community ?? -1;
    expect(message("thin-bridge")).toEqual({
      code: "clusters_single_tie",
      params: {
        clusterA: Math.min(north, south),
        sizeA: 4,
        clusterB: Math.max(north, south),
        sizeB: 4,
        from: "n4",
        to: "s1",
      },
    });
  });
  it("suggests each introduction type, ranked by score", () => {
    const find = (type: string, a: string, b: string) =>
      analysis.suggestions.find((s) => s.type === type && s.actors[0] === a && s.actors[1] === b);
    expect(find("join-group", "lonely", "chess")?.shared).toEqual(["chess"]);
    expect(find("gift-match", "player", "lonely")?.message).toEqual({
      code: "gift_match_same_area",
      params: { giver: "player", gift: "chess", receiver: "lonely", status: "isolated" },
    });
    expect(analysis.suggestions.some((s) => s.type === "close-bridge")).toBe(true);
    const scores = analysis.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(analysis.suggestions[0]?.actors).toContain("lonely");
  });
  it("is deterministic", () => {
    expect(analyseNetwork(NEIGHBOURHOOD)).toEqual(analysis);
  });
});

describe("awkward networks give no NaN and no crash", () => {
  it("an empty network", () => {
    const analysis = analyseNetwork({ actors: [], ties: [] });
    expect(analysis.graph.actors).toBe(0);
    expectAllFinite(analysis);
  });
  it("actors without any tie", () => {
    const analysis = analyseNetwork(network(["a", "b", "g:group"], []));
    expect(analysis.graph.isolates).toEqual(["a", "b", "g"]);
    expect(analysis.actors.map((actor) => actor.constraint)).toEqual([null, null, null]);
    expectAllFinite(analysis);
  });
  it("several components, isolates, and an actor with no ties in a given year", () => {
    const data = network(
      ["a", "b", "c", "d", "e", "f", "g:group", "late", { id: "gone", until: 2020 }],
      [
        ["a", "b", "knows", { since: 2019 }],
        ["b", "c", "knows", { since: 2019, until: 2020 }],
        ["d", "e", "knows", { since: 2021 }],
        ["late", "g", "member_of", { since: 2021 }],
        ["gone", "a", "knows", { since: 2019, until: 2020 }],
      ],
    );
    const analysis = analyseNetwork(data, { year: 2020, weighted: true });
    expect(analysis.years.map((year) => year.year)).toEqual([2019, 2020, 2021]);
    expect(analysis.actors.find((actor) => actor.id === "late")?.status).toBe("isolated");
    expect(analysis.years[2]?.isolates).toEqual(["c", "f"]);
    expectAllFinite(analysis);
  });
  it("eigenvector and PageRank on a graph without edges", () => {
    const graph = buildGraph(network(["a", "b"], []));
    expect(eigenvector(graph).a).toBeCloseTo(Math.SQRT1_2, 12);
    expect(pagerank(graph)).toEqual({ a: 0.5, b: 0.5 });
  });
  it("rejects what is not a graph with a typed error", () => {
    expect(() => status({} as never)).toThrow(AnalysisInputError);
  });
});

describe("yearly brokerage on large networks", () => {
  it("is estimated from seeded pivots above the exact limit, and says so", () => {
    const data = network(
      ["i:institution", "g:group", "h:group", "a", "b", "c"],
      [
        ["i", "g", "supports", { since: 2020 }],
        ["i", "h", "supports", { since: 2020 }],
        ["a", "g", "member_of", { since: 2020 }],
        ["b", "h", "member_of", { since: 2020 }],
        ["a", "c", "knows", { since: 2020 }],
      ],
    );
    const options = { ...YEAR_DEFAULTS, weighted: false, seed: 1 };
    const timeline = clusterTimeline(data, { clustering: "leiden", weighted: false, runs: 2, seed: 1 });
    const [exact] = yearFigures(data, timeline, options);
    const [estimated] = yearFigures(data, timeline, { ...options, exactBrokerageUpTo: 3, brokeragePivots: 5 });
    // As many pivots as actors: measured exactly, and said so.
    const [everyone] = yearFigures(data, timeline, { ...options, exactBrokerageUpTo: 3, brokeragePivots: 6 });
    expect(exact?.institutionBrokerageEstimated).toBe(false);
    expect(estimated?.institutionBrokerageEstimated).toBe(true);
    expect(everyone).toEqual(exact);
    expect(exact?.institutionBrokerageShare).toBeGreaterThan(0);
    expect(estimated?.institutionBrokerageShare).toBeGreaterThan(0);
  });
  it("with every actor as a pivot, the sampled Brandes equals the exact one", () => {
    const graph = buildGraph(
      network(
        ["a", "b", "c", "d"],
        [
          ["a", "b"],
          ["b", "c"],
          ["c", "d"],
          ["b", "d"],
        ],
      ),
    );
    const adjacency = adjacencyOf(graph, false);
    const full = shortestPathFigures(adjacency).betweenness;
    const pivots = shortestPathFigures(adjacency, { sources: Int32Array.from([0, 1, 2, 3]) }).betweenness;
    expect(Array.from(pivots)).toEqual(Array.from(full));
    expect(Array.from(full)).toEqual([0, 2 / 3, 0, 0]);
  });
});

describe("unshared interests among the members of a group", () => {
  // m0 alone wants chess; m1 wants knitting, which m2 offers; m3 holds opera as interest and gift (still
  // nobody else); m4 wants jazz, held only three steps away (outsider, tied to m5).
  const club = (members: number) =>
    network(
      ["club:group", "outsider", ...Array.from({ length: members }, (_, i) => `m${i}`)].map((entry) => {
        const extra: Record<string, { interests?: string[]; gifts?: string[] }> = {
          m0: { interests: ["chess"] },
          m1: { interests: ["knitting"] },
          m2: { gifts: ["knitting"] },
          m3: { interests: ["opera"], gifts: ["opera"] },
          m4: { interests: ["jazz"] },
          outsider: { gifts: ["jazz"] },
        };
        const [id = "", kind = "resident"] = entry.split(":");
        return { id, kind: kind as "group" | "resident", ...extra[id] };
      }),
      [
        ...Array.from({ length: members }, (_, i): [string, string, "member_of"] => [`m${i}`, "club", "member_of"]),
        ["outsider", "m5"],
      ],
    );
  const unshared = (members: number) =>
    analyseNetwork(club(members), { years: false })
      .gaps.filter((gap) => gap.type === "unshared-interest")
      .map((gap) => gap.message.params);

  it("are the same read member by member (a small group) or by counts per tag (over 64 members)", () => {
    const expected = [
      { resident: "m0", interests: ["chess"] },
      { resident: "m3", interests: ["opera"] },
      { resident: "m4", interests: ["jazz"] },
    ];
    expect(unshared(10)).toEqual(expected);
    expect(unshared(70)).toEqual(expected);
  });
});
