import { describe, expect, it } from "vitest";
import type { Actor, Tie } from "../../src/model/index.js";
import {
  applyChange,
  FRESH_MS,
  freshAfter,
  freshAt,
  type LiveChange,
  NO_FRESH,
} from "../../src/web/api/live-changes.js";
import type { GraphResponse } from "../../src/web/api/types.js";
import { edgeAppearance, FRESH_COLOUR, nodeAppearance, type Scene } from "../../src/web/features/graph/appearance.js";
import { createDisplayGraph, seedByArea, syncDisplayGraph } from "../../src/web/features/graph/display-graph.js";
import { DEFAULT_VIEW } from "../../src/web/features/view/state.js";

const actor = (id: string, kind: Actor["kind"] = "resident"): Actor => ({
  id,
  name: id.toUpperCase(),
  kind,
  gifts: [],
  interests: [],
  custom: {},
});
const tie = (id: string, source: string, target: string, type: Tie["type"] = "knows"): Tie => ({
  id,
  source,
  target,
  type,
  weight: 2,
  custom: {},
});
const NETWORK: GraphResponse = {
  version: 10,
  actors: [actor("a"), actor("b"), actor("g", "group")],
  ties: [tie("ab", "a", "b"), tie("ag", "a", "g", "member_of")],
};

describe("a live change patched in", () => {
  it("adds, changes and removes one record", () => {
    const added = applyChange(NETWORK, { type: "actor.created", version: 11, actor: actor("n") });
    expect(added?.actors.map((one) => one.id)).toEqual(["a", "b", "g", "n"]);
    const renamed = applyChange(NETWORK, { type: "actor.updated", version: 11, actor: { ...actor("b"), name: "Bea" } });
    expect(renamed?.actors.find((one) => one.id === "b")?.name).toBe("Bea");
    expect(renamed?.actors).toHaveLength(3);
    const ended = applyChange(NETWORK, {
      type: "tie.updated",
      version: 11,
      tie: { ...tie("ab", "a", "b"), until: 2024 },
    });
    expect(ended?.ties.find((one) => one.id === "ab")?.until).toBe(2024);
    expect(applyChange(NETWORK, { type: "tie.deleted", version: 11, id: "ab" })?.ties.map((one) => one.id)).toEqual([
      "ag",
    ]);
  });

  it("erases an actor with every tie it had", () => {
    const erased = applyChange(NETWORK, { type: "actor.deleted", version: 11, id: "a" });
    expect(erased?.actors.map((one) => one.id)).toEqual(["b", "g"]);
    expect(erased?.ties).toEqual([]);
  });

  it("applies two changes announced out of order", () => {
    const second = applyChange(NETWORK, { type: "tie.created", version: 12, tie: tie("bg", "b", "g", "member_of") });
    const both = applyChange(second as GraphResponse, { type: "actor.created", version: 11, actor: actor("n") });
    expect(both?.actors.map((one) => one.id)).toContain("n");
    expect(both?.ties.map((one) => one.id)).toContain("bg");
  });

  it("ignores a change the loaded graph already holds, and asks for a reload after an import", () => {
    expect(applyChange(NETWORK, { type: "actor.deleted", version: 10, id: "a" })).toBe(NETWORK);
    expect(applyChange(NETWORK, { type: "import.finished", version: 11 })).toBeUndefined();
  });
});

describe("what was just added", () => {
  const created: LiveChange = { type: "actor.created", version: 11, actor: actor("n") };
  const tied: LiveChange = { type: "tie.created", version: 12, tie: tie("na", "n", "a") };

  it("stays fresh for a few seconds, then is dropped", () => {
    const fresh = freshAfter(freshAfter(NO_FRESH, created, 1000), tied, 1500);
    expect([...fresh.actors.keys()]).toEqual(["n"]);
    expect([...fresh.ties.keys()]).toEqual(["na"]);
    expect(freshAt(fresh, 1000 + FRESH_MS - 1)).toBe(fresh);
    const later = freshAt(fresh, 1000 + FRESH_MS);
    expect(later.actors.size).toBe(0);
    expect(later.ties.size).toBe(1);
  });

  it("counts only creations: a change or a removal is not new", () => {
    expect(freshAfter(NO_FRESH, { type: "actor.updated", version: 11, actor: actor("a") }, 0)).toBe(NO_FRESH);
  });

  it("is drawn highlighted, with its label, on the map", () => {
    const graph = createDisplayGraph();
    syncDisplayGraph(graph, NETWORK, seedByArea(NETWORK.actors));
    const scene: Scene = {
      view: DEFAULT_VIEW,
      filter: { ...DEFAULT_VIEW, year: undefined },
      colourBy: "kind",
      analysis: new Map(),
      largestCentrality: 1,
      matches: undefined,
      focus: undefined,
      focusId: undefined,
      hideEdges: false,
      professionals: new Set(),
      fresh: { actors: new Set(["b"]), ties: new Set(["ab"]) },
    };
    const fresh = nodeAppearance("b", graph.getNodeAttributes("b"), scene);
    const old = nodeAppearance("g", graph.getNodeAttributes("g"), scene);
    expect(fresh).toMatchObject({ color: FRESH_COLOUR, highlighted: true, forceLabel: true });
    expect(fresh.size).toBeGreaterThan(old.size);
    expect(old.color).not.toBe(FRESH_COLOUR);
    expect(edgeAppearance(graph.getEdgeAttributes("a", "b"), "a", "b", true, scene).color).toBe(FRESH_COLOUR);
    expect(edgeAppearance(graph.getEdgeAttributes("a", "g"), "a", "g", true, scene).color).not.toBe(FRESH_COLOUR);
  });
});

describe("the map during a workshop", () => {
  it("places an actor added alone beside the first actor it is tied to, and moves nobody else", () => {
    const graph = createDisplayGraph();
    const seed = seedByArea(NETWORK.actors);
    syncDisplayGraph(graph, NETWORK, seed);
    graph.mergeNodeAttributes("a", { x: 100, y: 100 });
    const before = graph.getNodeAttributes("b");
    const withNoor = applyChange(NETWORK, { type: "actor.created", version: 11, actor: actor("n") }) as GraphResponse;
    syncDisplayGraph(graph, withNoor, () => ({ x: -50, y: -50 }));
    expect(graph.getNodeAttributes("n")).toMatchObject({ x: -50, y: -50 });
    const tied = applyChange(withNoor, { type: "tie.created", version: 12, tie: tie("na", "n", "a") }) as GraphResponse;
    syncDisplayGraph(graph, tied, seed);
    const noor = graph.getNodeAttributes("n");
    expect(Math.hypot(noor.x - 100, noor.y - 100)).toBeLessThanOrEqual(5.001);
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: 100, y: 100 });
    expect(graph.getNodeAttributes("b")).toMatchObject({ x: before.x, y: before.y });
  });
});
