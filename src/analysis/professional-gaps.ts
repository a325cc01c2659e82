import type { Gap, GapContext } from "./gap-types.js";
import { message } from "./messages/codes.js";
import { professionals } from "./professionals.js";

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
  const { graph } = context;
  const paid = professionals(graph);
  const dependants = new Map<string, number>();
  graph.forEachNode((id, attributes) => {
    if (attributes.kind !== "resident" || paid.has(id)) return;
    const community = graph.filterNeighbors(id, (_other, other) => other.kind === "resident" || other.kind === "group");
    if (community.length === 0 || !community.every((other) => paid.has(other))) return;
    for (const professional of community) dependants.set(professional, (dependants.get(professional) ?? 0) + 1);
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
