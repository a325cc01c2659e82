import { adjacencyOf } from "./adjacency.js";
import type { Gap, GapContext } from "./gap-types.js";
import { message } from "./messages/codes.js";

const COMMUNITY = 1;
const PAID = 2;

/** Listed from this many residents, as articulation points are. */
const MIN_RESIDENTS = 2;

/**
 * "People the network hangs on", professionals too: a professional is the last link of every
 * resident whose ties to neighbours and groups all go to professionals, this one among them. Their
 * employer usually keeps those residents in the graph (as clients), so they are rarely articulation
 * points; but if they stepped back, those residents would have services left, or nobody. One
 * already listed as an articulation point is not listed twice.
 */
export function professionalGaps(context: GapContext): Gap[] {
  const { graph, byId } = context;
  const { ids, offsets, neighbors } = adjacencyOf(graph, false);
  // Per node: 0 elsewhere, 1 a resident or group, 2 a professional (as the actor's figures say).
  const role = new Uint8Array(ids.length);
  const resident = new Uint8Array(ids.length);
  ids.forEach((id, v) => {
    const actor = byId.get(id);
    const kind = actor?.kind;
    role[v] = actor?.professional === true ? PAID : kind === "resident" || kind === "group" ? COMMUNITY : 0;
    resident[v] = kind === "resident" ? 1 : 0;
  });
  const dependants = new Map<string, number>();
  ids.forEach((_id, v) => {
    if (role[v] !== COMMUNITY || resident[v] === 0) return;
    let community = 0;
    for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j++) {
      const other = role[neighbors[j] as number] as number;
      if (other === COMMUNITY) return;
      if (other === PAID) community++;
    }
    if (community === 0) return;
    for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j++) {
      const w = neighbors[j] as number;
      if (role[w] === PAID) dependants.set(ids[w] as string, (dependants.get(ids[w] as string) ?? 0) + 1);
    }
  });
  const gaps: Gap[] = [];
  for (const [actor, count] of dependants) {
    if (count < MIN_RESIDENTS || (context.cutPoints.articulationPoints[actor]?.cutOff ?? 0) >= MIN_RESIDENTS) continue;
    gaps.push({
      type: "articulation-point",
      actors: [actor],
      score: count / (count + 4),
      message: message("professional_last_link", { actor, count }),
    });
  }
  return gaps;
}
