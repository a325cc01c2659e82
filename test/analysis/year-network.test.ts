import { describe, expect, it } from "vitest";
import { adjacencyOf } from "../../src/analysis/adjacency.js";
import { buildGraph } from "../../src/analysis/build-graph.js";
import type { WeaveGraph } from "../../src/analysis/graph.js";
import { type NetworkAdjacencies, wholeAdjacencies, yearNetwork } from "../../src/analysis/year-network.js";
import { type Network, yearsInData } from "../../src/model/index.js";
import { generateNetwork } from "../bench/generate-network.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";
import { readSample } from "../sample/read-sample.js";
import { actor, network } from "./helpers.js";

/** Ids that JavaScript enumerates first ("10", "2"), parallel ties, a self-tie, an unknown end, a late actor. */
const awkward = (): Network => {
  const data = network(
    ["b", "10:group", "2", "a:institution", "07"],
    [
      ["b", "10", "member_of", { since: 2020, weight: 0.1 }],
      ["b", "a", "client_of", { since: 2020 }],
      ["2", "b", "knows", { since: 2021 }],
      ["b", "10", "leads", { since: 2021, weight: 0.2 }],
      ["10", "b", "member_of", { since: 2020, until: 2020, weight: 0.7 }],
      ["b", "b", "knows", { since: 2020 }],
      ["b", "ghost", "knows", { since: 2020 }],
      ["07", "2", "knows", { since: 2020 }],
      ["late", "2", "knows", { since: 2020 }],
    ],
  );
  return { ...data, actors: [...data.actors, actor({ id: "late", since: 2021 })] };
};

describe.each([
  ["awkward ids and ties", awkward()],
  ["s50", readFixtureNetwork("s50")],
  ["the sample", readSample()],
  ["a generated network of 2,000", generateNetwork(2000)],
] as [string, Network][])("yearNetwork of %s", (_name, data) => {
  // Six graphs of 2,000 actors, each tie's types checked one by one: seconds on a loaded machine.
  it("is, year by year and over all years (wholeAdjacencies), exactly the adjacency of buildGraph's graph, weighted and not", () => {
    const sameAdjacencies = (graph: WeaveGraph, built: NetworkAdjacencies, year?: number) => {
      for (const weighted of [true, false]) {
        const expected = adjacencyOf(graph, weighted);
        const actual = weighted ? built.weighted : built.unweighted;
        expect(actual.ids, `${year}`).toEqual(expected.ids);
        expect(actual.weighted).toBe(weighted);
        expect(Array.from(actual.offsets), `${year}`).toEqual(Array.from(expected.offsets));
        expect(Array.from(actual.neighbors), `${year}`).toEqual(Array.from(expected.neighbors));
        expect(Array.from(actual.weights), `${year}`).toEqual(Array.from(expected.weights));
      }
      // Made on first read, then the same one: the memos and the brokerage find a graph by its adjacency.
      expect(built.weighted).toBe(built.weighted);
    };
    sameAdjacencies(buildGraph(data), wholeAdjacencies(data));
    for (const year of yearsInData(data)) {
      const graph = buildGraph(data, { year });
      const built = yearNetwork(data, year);
      sameAdjacencies(graph, built, year);
      expect(built.kinds).toEqual(graph.mapNodes((_id, attributes) => attributes.kind));
      const firstSeen = [...new Set(data.actors.map((entry) => entry.id))];
      expect(Array.from(built.places, (place) => firstSeen[place])).toEqual(built.unweighted.ids);
      const { neighbors, offsets, ids } = built.unweighted;
      ids.forEach((id, v) => {
        for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j++) {
          const types = built.types[built.tieOf[j] as number];
          expect(types).toEqual(graph.getEdgeAttribute(id, ids[neighbors[j] as number] as string, "types"));
        }
      });
    }
  }, 30_000);
});
