import { checkGraph, type NodeMapping, type WeaveGraph } from "./graph.js";

export const STATUSES = ["isolated", "peripheral", "service-dependent", "none"] as const;
export type Status = (typeof STATUSES)[number];

/**
 * DESIGN.md §3, for residents: `isolated` with no tie to another resident or to a group,
 * `peripheral` with exactly one such tie, `service-dependent` when every tie they have is to an
 * institution and one of them is a service they receive (checked first: such a resident is not
 * counted as isolated). A resident whose only ties are paid roles (`works_at`) is a professional
 * met through their work, not a neighbour left out: `none`, like every actor that is not a
 * resident. Ties are counted per neighbour, after merging.
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
  let services = 0;
  let paidRoles = 0;
  let others = 0;
  graph.forEachEdge(id, (_edge, tie, source, _target, sourceAttributes, targetAttributes) => {
    const neighbour = source === id ? targetAttributes : sourceAttributes;
    if (neighbour.kind === "resident" || neighbour.kind === "group") community += 1;
    else if (neighbour.kind !== "institution") others += 1;
    else if (tie.types.includes("client_of")) services += 1;
    else if (tie.types.every((type) => type === "works_at")) paidRoles += 1;
    else others += 1;
  });
  if (community === 0 && others === 0 && services > 0) return "service-dependent";
  if (community === 0 && others === 0 && paidRoles > 0) return "none";
  if (community === 0) return "isolated";
  if (community === 1) return "peripheral";
  return "none";
}
