import type { ActorFigures } from "./actor-figures.js";
import type { WeaveGraph } from "./graph.js";
import { type Message, message } from "./messages/codes.js";
import type { Status } from "./status.js";
import { type ThinBridge, thinBridgeScore } from "./thin-bridges.js";

export const SUGGESTION_TYPES = ["join-group", "close-bridge", "gift-match"] as const;
export type SuggestionType = (typeof SUGGESTION_TYPES)[number];

export interface Suggestion {
  type: SuggestionType;
  /** The two actors to introduce to each other. */
  actors: [string, string];
  /** Someone tied to both who could make the introduction, when there is one. */
  via: string | null;
  /** What the introduction would change, 0–1; suggestions are listed highest first. */
  score: number;
  /** Interests or gifts the two have in common. */
  shared: string[];
  /** Why, rendered in the reader's language with names filled in. */
  message: Message;
}

export interface SuggestionContext {
  graph: WeaveGraph;
  actors: readonly ActorFigures[];
  byId: ReadonlyMap<string, ActorFigures>;
  bridges: readonly ThinBridge[];
}

export interface SuggestionOptions {
  maxSuggestions: number;
  /** Group suggestions per resident who needs them. */
  groupsPerResident: number;
}

export const SUGGESTION_DEFAULTS: SuggestionOptions = { maxSuggestions: 50, groupsPerResident: 2 };

/** How much a resident needs a new tie, by status. */
const NEED: Readonly<Record<Status, number>> = {
  isolated: 1,
  "service-dependent": 0.9,
  peripheral: 0.6,
  none: 0,
};

/** Network weaving: introductions ranked by what they would change. */
export function suggestIntroductions(
  context: SuggestionContext,
  options: SuggestionOptions = SUGGESTION_DEFAULTS,
): Suggestion[] {
  const suggestions = [
    ...joinGroupSuggestions(context, options),
    ...bridgeSuggestions(context),
    ...giftSuggestions(context),
  ];
  return suggestions
    .sort(
      (a, b) =>
        b.score - a.score ||
        SUGGESTION_TYPES.indexOf(a.type) - SUGGESTION_TYPES.indexOf(b.type) ||
        (a.actors.join() < b.actors.join() ? -1 : 1),
    )
    .slice(0, options.maxSuggestions);
}

function tagsOf(graph: WeaveGraph, id: string): Set<string> {
  const attributes = graph.getNodeAttributes(id);
  return new Set([...attributes.interests, ...attributes.gifts]);
}

function sameArea(graph: WeaveGraph, a: string, b: string): boolean {
  const area = graph.getNodeAttribute(a, "area");
  return area !== undefined && area === graph.getNodeAttribute(b, "area");
}

/** A common neighbour, preferring residents and groups (people the two already trust). */
function introducer(graph: WeaveGraph, a: string, b: string): string | null {
  let best: string | null = null;
  graph.forEachNeighbor(a, (neighbor, attributes) => {
    if (!graph.areNeighbors(neighbor, b)) return;
    const personal = attributes.kind === "resident" || attributes.kind === "group";
    if (best === null || (personal && graph.getNodeAttribute(best, "kind") === "institution")) best = neighbor;
  });
  return best;
}

function joinGroupSuggestions(context: SuggestionContext, options: SuggestionOptions): Suggestion[] {
  const { graph } = context;
  const groupsByInterest = new Map<string, string[]>();
  for (const actor of context.actors) {
    if (actor.kind !== "group") continue;
    for (const tag of tagsOf(graph, actor.id)) {
      const list = groupsByInterest.get(tag) ?? [];
      list.push(actor.id);
      groupsByInterest.set(tag, list);
    }
  }
  const suggestions: Suggestion[] = [];
  for (const resident of context.actors) {
    const need = NEED[resident.status];
    if (resident.kind !== "resident" || need === 0) continue;
    const shared = new Map<string, string[]>();
    for (const interest of graph.getNodeAttribute(resident.id, "interests")) {
      for (const group of groupsByInterest.get(interest) ?? []) {
        if (graph.areNeighbors(resident.id, group)) continue;
        shared.set(group, [...(shared.get(group) ?? []), interest]);
      }
    }
    const ranked = [...shared.entries()]
      .map(([group, interests]) => {
        const via = introducer(graph, resident.id, group);
        const score =
          need * (0.6 + 0.1 * Math.min(interests.length, 2)) +
          (sameArea(graph, resident.id, group) ? 0.1 : 0) +
          (via === null ? 0 : 0.1);
        return { group, interests, via, score: Math.min(score, 1) };
      })
      .sort((a, b) => b.score - a.score || (a.group < b.group ? -1 : 1))
      .slice(0, options.groupsPerResident);
    for (const { group, interests, via, score } of ranked) {
      const params = { resident: resident.id, status: resident.status, group, interests };
      suggestions.push({
        type: "join-group",
        actors: [resident.id, group],
        via,
        score,
        shared: interests,
        message:
          via === null ? message("introduce_to_group", params) : message("introduce_to_group_via", { ...params, via }),
      });
    }
  }
  return suggestions;
}

/** For each thin bridge, the best-placed pair across it: most shared tags, then most ties. */
function bridgeSuggestions(context: SuggestionContext): Suggestion[] {
  const { graph } = context;
  const suggestions: Suggestion[] = [];
  const candidatesOf = (community: number) =>
    context.actors
      .filter((actor) => actor.community === community && (actor.kind === "resident" || actor.kind === "group"))
      .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))
      .slice(0, 6);
  for (const bridge of context.bridges) {
    let best: { a: ActorFigures; b: ActorFigures; shared: string[]; rank: number } | undefined;
    for (const a of candidatesOf(bridge.a.community)) {
      const tagsA = tagsOf(graph, a.id);
      for (const b of candidatesOf(bridge.b.community)) {
        if (graph.areNeighbors(a.id, b.id)) continue;
        const shared = [...tagsOf(graph, b.id)].filter((tag) => tagsA.has(tag));
        const rank = shared.length * 1000 + a.degree + b.degree;
        if (best === undefined || rank > best.rank) best = { a, b, shared, rank };
      }
    }
    if (best === undefined) continue;
    const { a, b, shared } = best;
    const params = { clusterA: bridge.a.community, clusterB: bridge.b.community, a: a.id, b: b.id };
    const unlinked = bridge.ties === 0;
    suggestions.push({
      type: "close-bridge",
      actors: [a.id, b.id],
      via: introducer(graph, a.id, b.id),
      score: thinBridgeScore(bridge),
      shared,
      message:
        shared.length === 0
          ? message(unlinked ? "close_bridge_unlinked" : "close_bridge_single_tie", params)
          : message(unlinked ? "close_bridge_unlinked_shared" : "close_bridge_single_tie_shared", {
              ...params,
              shared,
            }),
    });
  }
  return suggestions;
}

/** A resident who needs a tie, matched to a resident whose gift is what they are interested in. */
function giftSuggestions(context: SuggestionContext): Suggestion[] {
  const { graph } = context;
  const givers = new Map<string, ActorFigures[]>();
  for (const actor of context.actors) {
    if (actor.kind !== "resident") continue;
    for (const gift of graph.getNodeAttribute(actor.id, "gifts"))
      givers.set(gift, [...(givers.get(gift) ?? []), actor]);
  }
  const suggestions: Suggestion[] = [];
  for (const receiver of context.actors) {
    const need = NEED[receiver.status];
    if (receiver.kind !== "resident" || need === 0) continue;
    let best: { giver: ActorFigures; gift: string; rank: number } | undefined;
    for (const interest of graph.getNodeAttribute(receiver.id, "interests")) {
      for (const giver of givers.get(interest) ?? []) {
        if (giver.id === receiver.id || graph.areNeighbors(giver.id, receiver.id)) continue;
        const rank = (sameArea(graph, giver.id, receiver.id) ? 1000 : 0) + giver.degree;
        if (best === undefined || rank > best.rank) best = { giver, gift: interest, rank };
      }
    }
    if (best === undefined) continue;
    const { giver, gift } = best;
    const near = sameArea(graph, giver.id, receiver.id);
    suggestions.push({
      type: "gift-match",
      actors: [giver.id, receiver.id],
      via: introducer(graph, giver.id, receiver.id),
      score: need * 0.7 + (near ? 0.1 : 0),
      shared: [gift],
      message: message(near ? "gift_match_same_area" : "gift_match", {
        giver: giver.id,
        gift,
        receiver: receiver.id,
        status: receiver.status,
      }),
    });
  }
  return suggestions;
}
