import { checkGraph, type NodeMapping, type WeaveGraph } from "./graph.js";

export const STATUSES = ["isolated", "peripheral", "service-dependent", "none"] as const;
export type Status = (typeof STATUSES)[number];

/**
 * DESIGN.md §3, for residents: `isolated` with no tie to another resident or to a group,
 * `peripheral` with exactly one such tie, `service-dependent` when every tie they have is to an
 * institution (checked first: such a resident is not counted as isolated). Everyone else, and every
 * actor that is not a resident, is `none`. Ties are counted per neighbour, after merging.
 */
export function status(graph: WeaveGraph): NodeMapping<Status> {
  checkGraph("status", graph);
  const result: NodeMapping<Status> = {};
  graph.forEachNode((id, attributes) => {
    result[id] = attributes.kind === "resident" ? residentStatus(graph, id) : "none";
  });
  return result;
}

function residentStatus(graph: WeaveGraph, id: string): Status {
  let community = 0;
  let institutions = 0;
  let others = 0;
  graph.forEachNeighbor(id, (_neighbor, attributes) => {
    if (attributes.kind === "resident" || attributes.kind === "group") community += 1;
    else if (attributes.kind === "institution") institutions += 1;
    else others += 1;
  });
  if (institutions > 0 && community === 0 && others === 0) return "service-dependent";
  if (community === 0) return "isolated";
  if (community === 1) return "peripheral";
  return "none";
}
