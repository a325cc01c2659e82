import { ACTOR_KINDS, type ActorKind } from "../model/index.js";
import type { ActorFigures } from "./actor-figures.js";
import type { WeaveGraph } from "./graph.js";
import { type Message, message } from "./messages/codes.js";

export interface CommunitySummary {
  community: number;
  /** Its name for people: the number shown (community + 1) and up to two interests most members share. */
  name: Message;
  size: number;
  kinds: Record<ActorKind, number>;
  /** Internal ties / possible pairs inside the community. */
  density: number;
  internalTies: number;
  externalTies: number;
  /** Up to three members with the highest betweenness (then degree, then id). */
  centralMembers: string[];
  /** Interests held by at least two members, most shared first (up to three). */
  sharedInterests: { interest: string; members: number }[];
}

export function summariseCommunities(graph: WeaveGraph, actors: readonly ActorFigures[]): CommunitySummary[] {
  const members = new Map<number, ActorFigures[]>();
  for (const actor of actors) {
    const list = members.get(actor.community) ?? [];
    list.push(actor);
    members.set(actor.community, list);
  }
  const communityOf = new Map(actors.map((actor) => [actor.id, actor.community]));
  const internal = new Map<number, number>();
  const external = new Map<number, number>();
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = communityOf.get(source) ?? -1;
    const b = communityOf.get(target) ?? -1;
    if (a === b) internal.set(a, (internal.get(a) ?? 0) + 1);
    else {
      external.set(a, (external.get(a) ?? 0) + 1);
      external.set(b, (external.get(b) ?? 0) + 1);
    }
  });
  return [...members.entries()]
    .sort(([a], [b]) => a - b)
    .map(([community, list]) => {
      const kinds = Object.fromEntries(ACTOR_KINDS.map((kind) => [kind, 0])) as Record<ActorKind, number>;
      const interestCounts = new Map<string, number>();
      for (const actor of list) {
        kinds[actor.kind] += 1;
        for (const interest of new Set(graph.getNodeAttribute(actor.id, "interests"))) {
          interestCounts.set(interest, (interestCounts.get(interest) ?? 0) + 1);
        }
      }
      const sharedInterests = [...interestCounts.entries()]
        .filter(([, count]) => count >= 2)
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .slice(0, 3)
        .map(([interest, count]) => ({ interest, members: count }));
      const size = list.length;
      const internalTies = internal.get(community) ?? 0;
      const centralMembers = [...list]
        .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || (a.id < b.id ? -1 : 1))
        .slice(0, 3)
        .map((actor) => actor.id);
      return {
        community,
        name: clusterNameMessage(community, sharedInterests),
        size,
        kinds,
        density: size < 2 ? 0 : (2 * internalTies) / (size * (size - 1)),
        internalTies,
        externalTies: external.get(community) ?? 0,
        centralMembers,
        sharedInterests,
      };
    });
}

function clusterNameMessage(community: number, shared: readonly { interest: string }[]): Message {
  const number = community + 1;
  if (shared.length === 0) return message("cluster_numbered", { number });
  return message("cluster_named", { number, interests: shared.slice(0, 2).map((entry) => entry.interest) });
}
