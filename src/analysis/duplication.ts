import type { TieType } from "../model/index.js";
import type { Gap, GapContext } from "./gap-types.js";
import type { WeaveGraph } from "./graph.js";
import { message } from "./messages/codes.js";

/**
 * When two groups or services "do the same for largely the same people" (src/analysis/README.md):
 * - the same people: the Jaccard index of the residents they serve is at least `minPeopleJaccard`,
 *   with at least `minPeopleShared` residents in both;
 * - the same thing: they share at least one activity. A group's or service's activities are its own
 *   tags (interests and gifts); when it has none, the interests at least half of its people hold
 *   (at least `minPeopleShared` of them).
 */
export const DUPLICATION_THRESHOLDS = { minPeopleJaccard: 0.5, minPeopleShared: 3 } as const;

/** The ties that make a resident one of the people a group or service is for (not its paid staff). */
const SERVED_BY: readonly TieType[] = ["member_of", "leads", "volunteers_at", "client_of"];

interface Organisation {
  id: string;
  people: Set<string>;
  activities: Set<string>;
}

export function duplicationGaps(context: GapContext): Gap[] {
  const organisations = organisationsOf(context.graph).filter(
    (organisation) =>
      organisation.people.size >= DUPLICATION_THRESHOLDS.minPeopleShared && organisation.activities.size > 0,
  );
  // Only organisations with someone in common can be a pair: counted per person, not over all pairs.
  const servedBy = new Map<string, number[]>();
  organisations.forEach((organisation, i) => {
    for (const person of organisation.people) {
      const list = servedBy.get(person);
      if (list === undefined) servedBy.set(person, [i]);
      else list.push(i);
    }
  });
  const gaps: Gap[] = [];
  for (const [i, a] of organisations.entries()) {
    const sharedWith = new Map<number, number>();
    for (const person of a.people) {
      for (const j of servedBy.get(person) ?? []) if (j > i) sharedWith.set(j, (sharedWith.get(j) ?? 0) + 1);
    }
    for (const j of [...sharedWith.keys()].sort((x, y) => x - y)) {
      const b = organisations[j] as Organisation;
      const shared = sharedWith.get(j) ?? 0;
      const jaccard = shared / (a.people.size + b.people.size - shared);
      if (shared < DUPLICATION_THRESHOLDS.minPeopleShared || jaccard < DUPLICATION_THRESHOLDS.minPeopleJaccard)
        continue;
      const activities = [...a.activities].filter((activity) => b.activities.has(activity)).sort();
      if (activities.length === 0) continue;
      gaps.push({
        type: "duplication",
        actors: [a.id, b.id],
        score: jaccard * 0.8,
        message: message("duplication", { a: a.id, b: b.id, activities, count: shared }),
      });
    }
  }
  return gaps;
}

function organisationsOf(graph: WeaveGraph): Organisation[] {
  const organisations: Organisation[] = [];
  graph.forEachNode((id, attributes) => {
    if (attributes.kind !== "group" && attributes.kind !== "institution") return;
    const people = new Set<string>();
    graph.forEachEdge(id, (_edge, tie, source, target) => {
      const other = source === id ? target : source;
      if (graph.getNodeAttribute(other, "kind") !== "resident") return;
      if (tie.types.some((type) => SERVED_BY.includes(type))) people.add(other);
    });
    const own = new Set([...attributes.interests, ...attributes.gifts]);
    organisations.push({ id, people, activities: own.size > 0 ? own : sharedInterests(graph, people) });
  });
  return organisations;
}

function sharedInterests(graph: WeaveGraph, people: ReadonlySet<string>): Set<string> {
  const counts = new Map<string, number>();
  for (const person of people) {
    for (const interest of graph.getNodeAttribute(person, "interests"))
      counts.set(interest, (counts.get(interest) ?? 0) + 1);
  }
  const needed = Math.max(DUPLICATION_THRESHOLDS.minPeopleShared, people.size / 2);
  return new Set([...counts].filter(([, count]) => count >= needed).map(([interest]) => interest));
}
