import { betweenness } from "../../analysis/betweenness.js";
import { buildGraph } from "../../analysis/build-graph.js";
import type { Network } from "../../model/index.js";

export interface ViewFigures {
  readonly actors: number;
  readonly ties: number;
  readonly density: number;
  readonly components: number;
  readonly isolatedResidents: number;
  /** The three actors holding most of this view's brokerage. */
  readonly topBrokers: readonly string[];
}

/** The figures of a filtered view, computed on the part of the network the user is looking at. */
export function viewFigures(network: Network): ViewFigures {
  const graph = buildGraph(network);
  const n = graph.order;
  let components = 0;
  const seen = new Set<string>();
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    components++;
    const queue = [start];
    seen.add(start);
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const other of graph.neighbors(next)) {
        if (!seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
      }
    }
  });
  let isolatedResidents = 0;
  graph.forEachNode((id, attributes) => {
    if (attributes.kind === "resident" && graph.degree(id) === 0) isolatedResidents++;
  });
  const brokerage = betweenness(graph);
  const topBrokers = Object.entries(brokerage)
    .filter(([, value]) => value > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id]) => id);
  return {
    actors: n,
    ties: graph.size,
    density: n < 2 ? 0 : (2 * graph.size) / (n * (n - 1)),
    components,
    isolatedResidents,
    topBrokers,
  };
}
