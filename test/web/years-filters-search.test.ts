import { describe, expect, it } from "vitest";
import type { Actor, Network, Tie } from "../../src/model/index.js";
import type { Suggestion } from "../../src/web/api/types.js";
import { areasOf, visibleNetwork } from "../../src/web/features/filters/state.js";
import { createDisplayGraph, seedByArea, syncDisplayGraph } from "../../src/web/features/graph/display-graph.js";
import { matchesSearch, searchActors } from "../../src/web/features/search/state.js";
import { firstSuggestionFor } from "../../src/web/features/unconnected/state.js";
import { DEFAULT_VIEW } from "../../src/web/features/view/state.js";
import { countsIn } from "../../src/web/features/years/counts.js";
import { nextYear, whatChanged } from "../../src/web/features/years/state.js";

const person = (id: string, extra: Partial<Actor> = {}): Actor => ({
  id,
  name: id,
  kind: "resident",
  gifts: [],
  interests: [],
  custom: {},
  ...extra,
});
const tie = (source: string, target: string, type: Tie["type"], since?: number, until?: number): Tie => ({
  id: `${type}:${source}:${target}:${since ?? ""}`,
  source,
  target,
  type,
  since,
  until,
  weight: 1,
  custom: {},
});

const NETWORK: Network = {
  actors: [
    person("ann", { area: "North", gifts: ["cooking"], name: "Ann Zoë" }),
    person("bob", { area: "South", interests: ["chess"] }),
    person("cas", { since: 2021 }),
    person("choir", { kind: "group" }),
    person("club", { kind: "group" }),
    person("school", { kind: "institution", until: 2020 }),
  ],
  ties: [
    tie("ann", "bob", "knows", 2019),
    tie("ann", "choir", "member_of", 2020, 2020),
    tie("choir", "club", "partner_of", 2021),
    tie("cas", "club", "member_of", 2021),
  ],
};

describe("whatChanged", () => {
  it("finds pairs tied and untied, newcomers, leavers and first group links", () => {
    expect(whatChanged(NETWORK, 2021)).toEqual({
      year: 2021,
      previous: 2020,
      tiesMade: [
        ["choir", "club"],
        ["cas", "club"],
      ],
      tiesLost: [["ann", "choir"]],
      joined: ["cas"],
      left: ["school"],
      groupsLinked: [["choir", "club"]],
    });
  });
  it("makes the first year a baseline, with nothing made or lost", () => {
    expect(whatChanged(NETWORK, 2019)).toMatchObject({ previous: null, tiesMade: [], tiesLost: [], groupsLinked: [] });
  });
  it("counts a pair with two ties once, as the tie total does, and lists it once", () => {
    const twice: Network = {
      actors: NETWORK.actors,
      ties: [...NETWORK.ties, tie("club", "choir", "member_of", 2021)],
    };
    const changes = whatChanged(twice, 2021);
    expect(changes?.tiesMade).toHaveLength(2);
    expect(changes?.groupsLinked).toEqual([["choir", "club"]]);
  });
});

describe("nextYear", () => {
  it("steps through the years and starts again after the last", () => {
    expect(nextYear([2019, 2020, 2021], undefined)).toBe(2019);
    expect(nextYear([2019, 2020, 2021], 2020)).toBe(2021);
    expect(nextYear([2019, 2020, 2021], 2021)).toBe(2019);
    expect(nextYear([], 2021)).toBeUndefined();
  });
});

describe("visibleNetwork", () => {
  it("keeps the actors and ties of the year that pass every filter", () => {
    const everyYear = { ...DEFAULT_VIEW, year: undefined };
    const in2020 = visibleNetwork(NETWORK, { ...DEFAULT_VIEW, year: 2020 }, () => 0);
    expect(in2020.actors.map((actor) => actor.id)).toEqual(["ann", "bob", "choir", "club", "school"]);
    expect(in2020.ties).toHaveLength(2);
    const knowsOnly = visibleNetwork(NETWORK, { ...everyYear, tieTypes: ["knows"] }, () => 0);
    expect(knowsOnly.ties.map((entry) => entry.type)).toEqual(["knows"]);
    const north = visibleNetwork(NETWORK, { ...everyYear, area: "North" }, () => 0);
    expect(north.actors.map((actor) => actor.id)).toEqual(["ann"]);
    expect(north.ties).toEqual([]);
  });

  it("lists the areas named in the data", () => {
    expect(areasOf(NETWORK)).toEqual(["North", "South"]);
  });
});

describe("search", () => {
  it("finds by name, gift or interest, ignoring case and accents", () => {
    expect(matchesSearch({ name: "Ann Zoë", gifts: ["cooking"], interests: [] }, "zoe")).toBe(true);
    expect(searchActors(NETWORK.actors, "COOK").map((actor) => actor.id)).toEqual(["ann"]);
    expect(searchActors(NETWORK.actors, "chess").map((actor) => actor.id)).toEqual(["bob"]);
    expect(searchActors(NETWORK.actors, "   ")).toEqual([]);
  });
});

describe("counts on screen before the analysis", () => {
  const graph = createDisplayGraph();
  syncDisplayGraph(graph, NETWORK, seedByArea(NETWORK.actors));

  it("counts the actors and tied pairs active in the year, as the analysis does", () => {
    const in2020 = visibleNetwork(NETWORK, { ...DEFAULT_VIEW, year: 2020 }, () => 0);
    expect(countsIn(graph, 2020)).toEqual({ actors: in2020.actors.length, ties: in2020.ties.length });
    expect(countsIn(graph, undefined)).toEqual({ actors: NETWORK.actors.length, ties: graph.size });
  });
});

describe("the first suggestion per resident", () => {
  it("is the first in the analysis' order that names them, found in one pass", () => {
    const suggestion = (a: string, b: string) => ({ type: "shared-interest", actors: [a, b] }) as unknown as Suggestion;
    const first = suggestion("ann", "bob");
    const found = firstSuggestionFor([first, suggestion("ann", "cas")]);
    expect(found.get("ann")).toBe(first);
    expect(found.get("cas")?.actors).toEqual(["ann", "cas"]);
    expect(found.has("choir")).toBe(false);
  });
});
