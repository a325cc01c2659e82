import type { ActorKind, TieType } from "../model/index.js";
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
  const tally = emptyTally();
  graph.forEachEdge(id, (_edge, tie, source, _target, sourceAttributes, targetAttributes) => {
    countTie(tally, (source === id ? targetAttributes : sourceAttributes).kind, tie.types);
  });
  return statusOfTally(tally);
}

/** A resident's ties (per neighbour, after merging) counted by what they lead to. */
export interface TieTally {
  community: number;
  services: number;
  paidRoles: number;
  others: number;
}

export const emptyTally = (): TieTally => ({ community: 0, services: 0, paidRoles: 0, others: 0 });

export function countTie(tally: TieTally, neighbourKind: ActorKind, types: readonly TieType[]): void {
  if (neighbourKind === "resident" || neighbourKind === "group") tally.community += 1;
  else if (neighbourKind !== "institution") tally.others += 1;
  else if (types.includes("client_of")) tally.services += 1;
  else if (types.every((type) => type === "works_at")) tally.paidRoles += 1;
  else tally.others += 1;
}

/** The status of a resident whose every tie is counted in `tally` (see `status`). */
export function statusOfTally({ community, services, paidRoles, others }: TieTally): Status {
  if (community === 0 && others === 0 && services > 0) return "service-dependent";
  if (community === 0 && others === 0 && paidRoles > 0) return "none";
  if (community === 0) return "isolated";
  if (community === 1) return "peripheral";
  return "none";
}
