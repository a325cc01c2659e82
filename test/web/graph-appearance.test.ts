import { describe, expect, it } from "vitest";
import type { Actor, Network } from "../../src/model/index.js";
import {
  displayName,
  edgeAppearance,
  initials,
  nodeAppearance,
  type Scene,
  sizeFor,
} from "../../src/web/features/graph/appearance.js";
import { createDisplayGraph, seedByArea, syncDisplayGraph } from "../../src/web/features/graph/display-graph.js";
import { DIMMED_NODE_COLOUR, KIND_COLOURS } from "../../src/web/features/graph/palette.js";
import { DEFAULT_VIEW } from "../../src/web/features/view/state.js";

const actor = (id: string, extra: Partial<Actor> = {}): Actor => ({
  id,
  name: `Name ${id}`,
  kind: "resident",
  gifts: [],
  interests: [],
  custom: {},
  ...extra,
});
const NETWORK: Network = {
  actors: [actor("a"), actor("b", { since: 2022 }), actor("g", { kind: "group" })],
  ties: [
    { id: "t1", source: "a", target: "g", type: "member_of", weight: 1, custom: {}, since: 2020 },
    { id: "t2", source: "a", target: "g", type: "leads", weight: 1, custom: {}, since: 2023 },
  ],
};
const seed = seedByArea(NETWORK.actors);

describe("the display graph", () => {
  it("holds every year's actors and merges ties between one pair", () => {
    const graph = createDisplayGraph();
    syncDisplayGraph(graph, NETWORK, seed);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes("a", "g").ties.map((tie) => tie.type)).toEqual(["member_of", "leads"]);
  });

  it("seeds each area around its own place, members apart from one another", () => {
    const actors = [
      actor("n1", { area: "North" }),
      actor("n2", { area: "North" }),
      actor("s1", { area: "South" }),
      actor("s2", { area: "South" }),
    ];
    const place = seedByArea(actors);
    const at = (id: string) => place(actors.find((entry) => entry.id === id) ?? actor(id));
    const distance = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(distance("n1", "n2")).toBeGreaterThan(0);
    expect(distance("n1", "n2")).toBeLessThan(distance("n1", "s1"));
    expect(seedByArea([...actors].reverse())(actors[0] ?? actor("n1"))).toEqual(at("n1"));
  });

  it("seeds the same positions for the same ids, and keeps positions across syncs", () => {
    const graph = createDisplayGraph();
    syncDisplayGraph(graph, NETWORK, seed);
    expect(seed(actor("a"))).toEqual(seed(actor("a")));
    graph.mergeNodeAttributes("a", { x: 7, y: 8 });
    syncDisplayGraph(graph, { actors: [...NETWORK.actors, actor("c")], ties: NETWORK.ties }, seed);
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: 7, y: 8 });
    expect(graph.order).toBe(4);
    syncDisplayGraph(graph, { actors: NETWORK.actors.slice(0, 1), ties: [] }, seed);
    expect(graph.nodes()).toEqual(["a"]);
  });
});

describe("reducers' appearance", () => {
  const graph = createDisplayGraph();
  syncDisplayGraph(graph, NETWORK, seed);
  const scene = (extra: Partial<Scene> = {}): Scene => ({
    view: DEFAULT_VIEW,
    filter: { ...DEFAULT_VIEW, year: undefined },
    colourBy: "cluster",
    analysis: new Map(),
    professionals: new Set(),
    largestCentrality: 1,
    matches: undefined,
    focus: undefined,
    focusId: undefined,
    hideEdges: false,
    ...extra,
  });

  it("hides actors not active in the chosen year and ties not yet made", () => {
    const in2021 = scene({ filter: { ...DEFAULT_VIEW, year: 2021 } });
    expect(nodeAppearance("b", graph.getNodeAttributes("b"), in2021).hidden).toBe(true);
    expect(nodeAppearance("a", graph.getNodeAttributes("a"), in2021).hidden).toBe(false);
    const in2019 = scene({ filter: { ...DEFAULT_VIEW, year: 2019 } });
    expect(edgeAppearance(graph.getEdgeAttributes("a", "g"), "a", "g", true, in2019).hidden).toBe(true);
  });

  it("hides a big map's ties while it moves, but the focused actor's", () => {
    const edge = graph.getEdgeAttributes("a", "g");
    const moving = scene({ filter: { ...DEFAULT_VIEW, year: undefined }, hideEdges: true });
    expect(edgeAppearance(edge, "a", "g", true, moving).hidden).toBe(true);
    const focused = { ...moving, focus: new Set(["a", "g"]), focusId: "a" };
    expect(edgeAppearance(edge, "a", "g", true, focused).hidden).toBe(false);
  });

  it("colours by kind on request, and fades what is outside the focus", () => {
    const byKind = scene({ colourBy: "kind" });
    expect(nodeAppearance("g", graph.getNodeAttributes("g"), byKind).color).toBe(KIND_COLOURS.group);
    const focused = scene({ focus: new Set(["a", "g"]), focusId: "a" });
    expect(nodeAppearance("b", graph.getNodeAttributes("b"), focused).color).toBe(DIMMED_NODE_COLOUR);
    expect(nodeAppearance("a", graph.getNodeAttributes("a"), focused).highlighted).toBe(true);
  });

  it("draws, colours and filters a professional apart from the other residents", () => {
    const paid = scene({ colourBy: "kind", professionals: new Set(["a"]) });
    const drawn = nodeAppearance("a", graph.getNodeAttributes("a"), paid);
    expect(drawn).toMatchObject({ type: "professional", color: KIND_COLOURS.professional, hidden: false });
    expect(nodeAppearance("b", graph.getNodeAttributes("b"), paid).type).toBe("resident");
    const residentsOnly = { ...DEFAULT_VIEW, year: undefined, kinds: ["resident" as const] };
    expect(nodeAppearance("a", graph.getNodeAttributes("a"), { ...paid, filter: residentsOnly }).hidden).toBe(true);
    expect(nodeAppearance("b", graph.getNodeAttributes("b"), { ...paid, filter: residentsOnly }).hidden).toBe(false);
  });

  it("shows residents by initials, or by the server's pseudonyms, in the anonymous view, groups by name", () => {
    const anonymous = scene({ view: { ...DEFAULT_VIEW, anonymous: true } });
    expect(nodeAppearance("a", graph.getNodeAttributes("a"), anonymous).label).toBe("N.");
    expect(nodeAppearance("g", graph.getNodeAttributes("g"), anonymous).label).toBe("Name g");
    expect(initials("Anna van der Berg")).toBe("A.B.");
    // With the server's pseudonyms, residents are called as in the downloads; a newcomer without one yet, neutrally.
    const named = scene({ view: { ...DEFAULT_VIEW, anonymous: true }, hiddenNames: new Map([["a", "Amber Heron"]]) });
    expect(nodeAppearance("a", graph.getNodeAttributes("a"), named).label).toBe("Amber Heron");
    expect(nodeAppearance("b", graph.getNodeAttributes("b"), named).label).toBe("…");
    expect(nodeAppearance("g", graph.getNodeAttributes("g"), named).label).toBe("Name g");
    expect(displayName("Jan-Willem Smit", true)).toBe("J.W.S.");
  });

  it("sizes by area, from the smallest size up", () => {
    expect(sizeFor(0, 1)).toBe(3);
    expect(sizeFor(1, 1)).toBe(16);
    expect(sizeFor(0.25, 1)).toBeCloseTo(3 + 13 * 0.5);
    expect(sizeFor(Number.NaN, 1)).toBe(3);
  });
});
