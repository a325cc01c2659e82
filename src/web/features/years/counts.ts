import { isActiveIn } from "../../../model/years.js";
import type { DisplayGraph } from "../graph/display-graph.js";

export interface NetworkCounts {
  readonly actors: number;
  /** Pairs tied, as the analysis counts them: parallel ties are one. */
  readonly ties: number;
}

/** Actors and tied pairs in `year` (every year when undefined), without waiting for the analysis. */
export function countsIn(graph: DisplayGraph, year: number | undefined): NetworkCounts {
  if (year === undefined) return { actors: graph.order, ties: graph.size };
  let actors = 0;
  graph.forEachNode((_id, node) => {
    if (isActiveIn(node, year)) actors++;
  });
  let ties = 0;
  graph.forEachEdge((_edge, edge, _source, _target, from, to) => {
    if (isActiveIn(from, year) && isActiveIn(to, year) && edge.ties.some((tie) => isActiveIn(tie, year))) ties++;
  });
  return { actors, ties };
}
