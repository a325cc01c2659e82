import { connectedComponents } from "graphology-components";
import { checkGraph, type WeaveGraph } from "./graph.js";

/** Connected components, largest first; each lists its actor ids in graph order. */
export function components(graph: WeaveGraph): string[][] {
  checkGraph("components", graph);
  return connectedComponents(graph).sort((a, b) => b.length - a.length);
}
