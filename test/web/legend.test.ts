import { describe, expect, it } from "vitest";
import type { Actor, Network } from "../../src/model/index.js";
import type { Community } from "../../src/web/api/types.js";
import { createDisplayGraph, seedByArea, syncDisplayGraph } from "../../src/web/features/graph/display-graph.js";
import { legendModel } from "../../src/web/features/graph/legend.js";
import { onScreen } from "../../src/web/features/graph/on-screen.js";
import { CLUSTER_PALETTE } from "../../src/web/features/graph/palette.js";
import { DEFAULT_VIEW } from "../../src/web/features/view/state.js";

const actor = (id: string, extra: Partial<Actor> = {}): Actor => ({
  id,
  name: id,
  kind: "resident",
  gifts: [],
  interests: [],
  custom: {},
  ...extra,
});

// Two clusters: 0 (ann, bob, choir) active every year, 1 (school, park) only until 2020.
const NETWORK: Network = {
  actors: [
    actor("ann"),
    actor("bob", { area: "South" }),
    actor("choir", { kind: "group" }),
    actor("school", { kind: "institution", until: 2020 }),
    actor("park", { kind: "place", until: 2020 }),
  ],
  ties: [],
};
const COMMUNITY: Record<string, number> = { ann: 0, bob: 0, choir: 0, school: 1, park: 1 };
const community = (id: number, size: number) => ({ community: id, size }) as Community;
const COMMUNITIES = [community(0, 3), community(1, 2), community(2, 9)];
const t = (key: string) => key;
const graph = createDisplayGraph();
syncDisplayGraph(graph, NETWORK, seedByArea(NETWORK.actors));
const filter = (extra: Partial<Parameters<typeof onScreen>[3]> = {}) => ({
  year: undefined,
  kinds: DEFAULT_VIEW.kinds,
  tieTypes: DEFAULT_VIEW.tieTypes,
  area: undefined,
  cluster: undefined,
  ...extra,
});
const legendFor = (colourBy: "kind" | "cluster", present: ReturnType<typeof onScreen>) =>
  legendModel(colourBy, COMMUNITIES, "degree", t, (id) => `cluster ${id}`, present);

describe("the legend names only what is on screen", () => {
  it("leaves out the kinds and clusters of a year in which they are absent", () => {
    const in2021 = onScreen(graph, (id) => COMMUNITY[id], new Set(["bob"]), filter({ year: 2021 }));
    expect(in2021.ids).toEqual(["ann", "bob", "choir"]);
    const byKind = legendFor("kind", in2021);
    expect(byKind.shapes.map((entry) => entry.kind)).toEqual(["resident", "professional", "group"]);
    expect(byKind.colours.map((entry) => entry.label)).toEqual([
      "kind.plural.resident",
      "kind.plural.professional",
      "kind.plural.group",
    ]);
    expect(legendFor("cluster", in2021).colours.map((entry) => entry.label)).toEqual(["cluster 0"]);
  });

  it("follows the filters: an area, a kind", () => {
    const south = onScreen(graph, (id) => COMMUNITY[id], new Set(), filter({ area: "South" }));
    expect(legendFor("kind", south).shapes.map((entry) => entry.kind)).toEqual(["resident"]);
    const places = onScreen(graph, (id) => COMMUNITY[id], new Set(), filter({ kinds: ["place"] }));
    expect(legendFor("cluster", places).colours.map((entry) => entry.label)).toEqual(["cluster 1"]);
  });

  it("lists every kind and every cluster present in all years, the largest cluster first", () => {
    const all = onScreen(graph, (id) => COMMUNITY[id], new Set(), filter());
    expect(legendFor("kind", all).shapes.map((entry) => entry.kind)).toEqual([
      "resident",
      "group",
      "institution",
      "place",
    ]);
    expect(legendFor("cluster", all).colours.map((entry) => entry.label)).toEqual(["cluster 0", "cluster 1"]);
  });

  it("shows each cluster in the colour the page gave it, else its palette colour", () => {
    const all = onScreen(graph, (id) => COMMUNITY[id], new Set(), filter());
    const given = new Map([[1, CLUSTER_PALETTE[5] as string]]);
    const legend = legendModel("cluster", COMMUNITIES, "degree", t, String, all, given);
    expect(legend.colours.map((entry) => entry.colour)).toEqual([CLUSTER_PALETTE[0], CLUSTER_PALETTE[5]]);
  });
});
