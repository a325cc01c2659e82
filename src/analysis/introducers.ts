import type { ActorFigures } from "./actor-figures.js";
import type { WeaveGraph } from "./graph.js";
import { isProfessional } from "./professionals.js";

/**
 * Who may be named to make an introduction: a resident who consented to be named, who is not cut
 * off themselves (status `none`) and who is no professional (a paid role is not a neighbour's
 * introduction).
 */
export function eligibleIntroducers(
  graph: WeaveGraph,
  actors: readonly ActorFigures[],
  consenting: ReadonlySet<string>,
): Set<string> {
  return new Set(
    actors
      .filter(
        (actor) =>
          actor.kind === "resident" &&
          actor.status === "none" &&
          consenting.has(actor.id) &&
          !isProfessional(graph, actor.id),
      )
      .map((actor) => actor.id),
  );
}

/**
 * Steps from `start` to everyone within `limit` steps, walking only through residents and groups: a
 * common acquaintance or a shared group is "two steps away", a shared GP or a shared park is not.
 */
export function stepsFrom(graph: WeaveGraph, start: string, limit = 2): Map<string, number> {
  const steps = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let step = 1; step <= limit && frontier.length > 0; step += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      if (id !== start && !isPersonal(graph, id)) continue;
      graph.forEachNeighbor(id, (neighbor) => {
        if (steps.has(neighbor)) return;
        steps.set(neighbor, step);
        next.push(neighbor);
      });
    }
    frontier = next;
  }
  steps.delete(start);
  return steps;
}

function isPersonal(graph: WeaveGraph, id: string): boolean {
  const kind = graph.getNodeAttribute(id, "kind");
  return kind === "resident" || kind === "group";
}

export function sameArea(graph: WeaveGraph, a: string, b: string): boolean {
  const area = graph.getNodeAttribute(a, "area");
  return area !== undefined && area === graph.getNodeAttribute(b, "area");
}

export function commonInterests(graph: WeaveGraph, a: string, b: string): string[] {
  const theirs = new Set(graph.getNodeAttribute(b, "interests"));
  return graph.getNodeAttribute(a, "interests").filter((interest) => theirs.has(interest));
}

export interface GroupIntroducer {
  introducer: string;
  /** Leads the group (else a member of it). */
  leads: boolean;
  /** The area both live in, when they share one. */
  area: string | undefined;
  /** Interests the introducer shares with the resident. */
  common: string[];
  /** Steps between them through residents and groups, null when more than two. */
  steps: number | null;
}

/**
 * Who could introduce `resident` to `group`: an eligible resident who leads or is a member of it and
 * shares the resident's area or an interest. Someone already within two steps of the resident comes
 * first (fewer steps first), then a leader before a member, then more in common, then the id.
 */
export function groupIntroducer(
  graph: WeaveGraph,
  eligible: ReadonlySet<string>,
  resident: string,
  group: string,
  steps: ReadonlyMap<string, number> = stepsFrom(graph, resident),
): GroupIntroducer | null {
  const candidates: GroupIntroducer[] = [];
  graph.forEachEdge(group, (_edge, tie, source, target) => {
    const id = source === group ? target : source;
    if (id === resident || !eligible.has(id)) return;
    const leads = tie.types.includes("leads");
    if (!leads && !tie.types.includes("member_of")) return;
    const area = sameArea(graph, id, resident) ? graph.getNodeAttribute(id, "area") : undefined;
    const common = commonInterests(graph, id, resident);
    if (area === undefined && common.length === 0) return;
    candidates.push({ introducer: id, leads, area, common, steps: steps.get(id) ?? null });
  });
  const rank = (candidate: GroupIntroducer) => [
    candidate.steps ?? 3,
    candidate.leads ? 0 : 1,
    -((candidate.area === undefined ? 0 : 1) + candidate.common.length),
  ];
  candidates.sort((a, b) => compareRanks(rank(a), rank(b)) || (a.introducer < b.introducer ? -1 : 1));
  return candidates[0] ?? null;
}

/**
 * Who could bring `a` and `b` together: an eligible resident (neither of them) who reaches each of
 * them, within two steps or by living in the same area; the closer to both, the better, then the
 * better connected.
 */
export function pairIntroducer(
  graph: WeaveGraph,
  eligible: ReadonlySet<string>,
  a: string,
  b: string,
  residentsByArea: ReadonlyMap<string, readonly string[]>,
  stepsOf: (id: string) => ReadonlyMap<string, number> = (id) => stepsFrom(graph, id),
): string | null {
  const fromA = stepsOf(a);
  const fromB = stepsOf(b);
  const reach = (steps: ReadonlyMap<string, number>, end: string, id: string) => {
    const step = steps.get(id);
    if (step !== undefined) return 3 - step;
    return sameArea(graph, end, id) ? 0.5 : 0;
  };
  const candidates = new Set([
    ...fromA.keys(),
    ...fromB.keys(),
    ...(residentsByArea.get(graph.getNodeAttribute(a, "area") ?? "") ?? []),
    ...(residentsByArea.get(graph.getNodeAttribute(b, "area") ?? "") ?? []),
  ]);
  let best: { id: string; rank: number[] } | undefined;
  for (const id of candidates) {
    if (id === a || id === b || !eligible.has(id)) continue;
    const reachA = reach(fromA, a, id);
    const reachB = reach(fromB, b, id);
    if (reachA === 0 || reachB === 0) continue;
    const rank = [-(reachA + reachB), -graph.degree(id)];
    if (
      best === undefined ||
      compareRanks(rank, best.rank) < 0 ||
      (compareRanks(rank, best.rank) === 0 && id < best.id)
    ) {
      best = { id, rank };
    }
  }
  return best?.id ?? null;
}

/** `stepsFrom`, computed once per actor. */
export function memoisedSteps(graph: WeaveGraph): (id: string) => ReadonlyMap<string, number> {
  const known = new Map<string, ReadonlyMap<string, number>>();
  return (id) => {
    let steps = known.get(id);
    if (steps === undefined) {
      steps = stepsFrom(graph, id);
      known.set(id, steps);
    }
    return steps;
  };
}

export function residentsByArea(graph: WeaveGraph, ids: Iterable<string>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const id of ids) {
    const area = graph.getNodeAttribute(id, "area");
    if (area === undefined) continue;
    const residents = result.get(area);
    if (residents === undefined) result.set(area, [id]);
    else residents.push(id);
  }
  return result;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
