import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { cutPoints } from "../../src/analysis/cut-points.js";
import type { ActorAttributes, TieAttributes } from "../../src/analysis/graph.js";

/** A star built straight in graphology: buildGraph over 200,000 tie rows would only add time. */
function star(leaves: number): UndirectedGraph<ActorAttributes, TieAttributes> {
  const graph = new UndirectedGraph<ActorAttributes, TieAttributes>();
  const actor = (name: string): ActorAttributes => ({ kind: "resident", name, interests: [], gifts: [] });
  graph.addNode("hub", actor("hub"));
  for (let i = 0; i < leaves; i++) {
    graph.addNode(`l${i}`, actor(`l${i}`));
    graph.addEdge("hub", `l${i}`, { weight: 1, types: ["knows"] });
  }
  return graph;
}

describe("data-sized inputs", () => {
  it("a hub with 200,000 one-tie neighbours is a cut point without overflowing the stack", () => {
    // Each neighbour is a piece the hub separates; Math.max(...pieces) threw RangeError at this size.
    const cuts = cutPoints(star(200_000));
    // Without the hub, the largest piece (one actor) stays "the network" and the other 199,999 are cut off.
    expect(cuts.articulationPoints.hub).toEqual({ cutOff: 199_999 });
    expect(cuts.bridges).toHaveLength(200_000);
  }, 60_000);
});
