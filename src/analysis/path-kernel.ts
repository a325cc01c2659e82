import { searchBreadthFirst } from "./path-breadth-first.js";
import { searchDijkstra } from "./path-dijkstra.js";
import type { PathBlock, PathGraph, PathWant } from "./path-types.js";

/**
 * Brandes' algorithm from each of `sources`, collecting the closeness sums on the way: pure, typed
 * arrays in and out, the same code in the CLI, the server's threads and the browser's Worker.
 * Breadth-first when `lengths` is null (path-breadth-first.ts), otherwise Dijkstra (path-dijkstra.ts).
 * With `perTarget` (pivots) the dependencies are linearly scaled, as Geisberger, Sanders & Schultes
 * (path-dijkstra.ts's accumulateScaled says how).
 */
export const searchSources = (graph: PathGraph, sources: Int32Array, want: PathWant): PathBlock =>
  graph.lengths === null
    ? searchBreadthFirst(graph, sources, want)
    : searchDijkstra(graph, graph.lengths, sources, want);
