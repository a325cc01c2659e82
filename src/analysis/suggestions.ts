import type { ActorFigures } from "./actor-figures.js";
import type { WeaveGraph } from "./graph.js";
import {
  eligibleIntroducers,
  type GroupIntroducer,
  groupIntroducer,
  memoisedSteps,
  pairIntroducer,
  residentsByArea,
  sameArea,
} from "./introducers.js";
import { type Message, message } from "./messages/codes.js";
import type { Status } from "./status.js";
import { type ThinBridge, thinBridgeScore } from "./thin-bridges.js";

export const SUGGESTION_TYPES = ["join-group", "close-bridge", "gift-match"] as const;
export type SuggestionType = (typeof SUGGESTION_TYPES)[number];

export interface Suggestion {
  type: SuggestionType;
  /** The two actors to introduce to each other. */
  actors: [string, string];
  /**
   * The resident who could make the introduction, when there is one: consented to be named, not cut
   * off themselves, no professional (see introducers.ts).
   */
  introducer: string | null;
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
  /** Residents who consented to be named: only they are proposed as introducers. */
  consenting: ReadonlySet<string>;
}

/** What every kind of suggestion needs besides the context: who may introduce, and where people live. */
interface Introducers {
  eligible: ReadonlySet<string>;
  byArea: ReadonlyMap<string, readonly string[]>;
  stepsOf: (id: string) => ReadonlyMap<string, number>;
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

/**
 * Network weaving: introductions ranked by what they would change, the first `maxSuggestions` and,
 * after them, the best group for every resident who needs a tie and has none among those.
 */
export function suggestIntroductions(
  context: SuggestionContext,
  options: SuggestionOptions = SUGGESTION_DEFAULTS,
): Suggestion[] {
  const eligible = eligibleIntroducers(context.graph, context.actors, context.consenting);
  const introducers = {
    eligible,
    byArea: residentsByArea(context.graph, eligible),
    stepsOf: memoisedSteps(context.graph),
  };
  const suggestions = [
    ...joinGroupSuggestions(context, introducers, options),
    ...bridgeSuggestions(context, introducers),
    ...giftSuggestions(context, introducers),
  ];
  const ranked = suggestions.sort(
    (a, b) =>
      b.score - a.score ||
      SUGGESTION_TYPES.indexOf(a.type) - SUGGESTION_TYPES.indexOf(b.type) ||
      (a.actors.join() < b.actors.join() ? -1 : 1),
  );
  const top = ranked.slice(0, options.maxSuggestions);
  // Nobody who needs a tie is left without a proposal: past the cut, each keeps their best join-group one.
  const covered = new Set(top.filter((entry) => entry.type === "join-group").map((entry) => entry.actors[0]));
  for (const entry of ranked.slice(options.maxSuggestions)) {
    if (entry.type !== "join-group" || covered.has(entry.actors[0])) continue;
    covered.add(entry.actors[0]);
    top.push(entry);
  }
  return top;
}

function tagsOf(graph: WeaveGraph, id: string): Set<string> {
  const attributes = graph.getNodeAttributes(id);
  return new Set([...attributes.interests, ...attributes.gifts]);
}

/**
 * Each resident who needs a tie, to the groups that share their interests or gifts (their area
 * counting too), each with the group's leader or member who could introduce them.
 */
function joinGroupSuggestions(
  context: SuggestionContext,
  introducers: Introducers,
  options: SuggestionOptions,
): Suggestion[] {
  const { graph } = context;
  const groupsByTag = new Map<string, string[]>();
  for (const actor of context.actors) {
    if (actor.kind !== "group") continue;
    for (const tag of tagsOf(graph, actor.id)) listUnder(groupsByTag, tag, actor.id);
  }
  const suggestions: Suggestion[] = [];
  for (const resident of context.actors) {
    const need = NEED[resident.status];
    if (resident.kind !== "resident" || need === 0) continue;
    const shared = new Map<string, string[]>();
    for (const tag of tagsOf(graph, resident.id)) {
      for (const group of groupsByTag.get(tag) ?? []) {
        if (graph.areNeighbors(resident.id, group)) continue;
        listUnder(shared, group, tag);
      }
    }
    const steps = introducers.stepsOf(resident.id);
    const ranked = [...shared.entries()]
      .map(([group, tags]) => {
        const found = groupIntroducer(graph, introducers.eligible, resident.id, group, steps);
        const score =
          need * (0.6 + 0.1 * Math.min(tags.length, 2)) +
          (sameArea(graph, resident.id, group) ? 0.1 : 0) +
          (found === null ? 0 : 0.1);
        return { group, tags, found, score: Math.min(score, 1) };
      })
      .sort((a, b) => b.score - a.score || (a.group < b.group ? -1 : 1))
      .slice(0, options.groupsPerResident);
    for (const { group, tags, found, score } of ranked) {
      const params = { resident: resident.id, status: resident.status, group, interests: tags };
      suggestions.push({
        type: "join-group",
        actors: [resident.id, group],
        introducer: found?.introducer ?? null,
        score,
        shared: tags,
        message: found === null ? message("introduce_to_group", params) : joinGroupMessage(params, found),
      });
    }
  }
  return suggestions;
}

type JoinGroupParams = { resident: string; status: Status; group: string; interests: string[] };

/** Why this introducer, in words: they lead or belong to the group, and share the area, interests or both. */
function joinGroupMessage(params: JoinGroupParams, found: GroupIntroducer): Message {
  const { introducer, area, common } = found;
  const withArea = area === undefined ? undefined : { ...params, introducer, area };
  const withCommon = { ...params, introducer, common };
  if (found.leads) {
    if (withArea === undefined) return message("introduce_by_leader_interest", withCommon);
    if (common.length === 0) return message("introduce_by_leader_area", withArea);
    return message("introduce_by_leader_area_interest", { ...withArea, common });
  }
  if (withArea === undefined) return message("introduce_by_member_interest", withCommon);
  if (common.length === 0) return message("introduce_by_member_area", withArea);
  return message("introduce_by_member_area_interest", { ...withArea, common });
}

/** Residents of a cluster who could make a new way across, best connected first. */
const BRIDGE_CANDIDATES = 8;

/**
 * For each thin bridge, two residents, one on each side, whose meeting would add a way across that
 * does not lean on the tie already there: with someone who could introduce them first, then most
 * shared tags, then most ties.
 */
function bridgeSuggestions(context: SuggestionContext, introducers: Introducers): Suggestion[] {
  const { graph } = context;
  const suggestions: Suggestion[] = [];
  for (const bridge of context.bridges) {
    const used = new Set(bridge.tie ?? []);
    const candidatesOf = (community: number) =>
      context.actors
        .filter((actor) => actor.community === community && actor.kind === "resident" && !used.has(actor.id))
        .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))
        .slice(0, BRIDGE_CANDIDATES);
    let best:
      | { a: ActorFigures; b: ActorFigures; shared: string[]; introducer: string | null; rank: number }
      | undefined;
    for (const a of candidatesOf(bridge.a.community)) {
      const tagsA = tagsOf(graph, a.id);
      for (const b of candidatesOf(bridge.b.community)) {
        if (graph.areNeighbors(a.id, b.id)) continue;
        const shared = [...tagsOf(graph, b.id)].filter((tag) => tagsA.has(tag));
        const introducer = pairIntroducer(
          graph,
          introducers.eligible,
          a.id,
          b.id,
          introducers.byArea,
          introducers.stepsOf,
        );
        const rank = (introducer === null ? 0 : 1_000_000) + shared.length * 1000 + a.degree + b.degree;
        if (best === undefined || rank > best.rank) best = { a, b, shared, introducer, rank };
      }
    }
    if (best === undefined) continue;
    const { a, b, shared, introducer } = best;
    suggestions.push({
      type: "close-bridge",
      actors: [a.id, b.id],
      introducer,
      score: thinBridgeScore(bridge),
      shared,
      message: bridgeMessage(bridge, a.id, b.id, shared, introducer),
    });
  }
  return suggestions;
}

function bridgeMessage(bridge: ThinBridge, a: string, b: string, shared: string[], introducer: string | null): Message {
  const params = { clusterA: bridge.a.community, clusterB: bridge.b.community, a, b };
  const unlinked = bridge.ties === 0;
  if (introducer === null) {
    if (shared.length === 0) return message(unlinked ? "close_bridge_unlinked" : "close_bridge_single_tie", params);
    return message(unlinked ? "close_bridge_unlinked_shared" : "close_bridge_single_tie_shared", { ...params, shared });
  }
  const by = { ...params, introducer };
  if (shared.length === 0) return message(unlinked ? "close_bridge_unlinked_by" : "close_bridge_single_tie_by", by);
  return message(unlinked ? "close_bridge_unlinked_shared_by" : "close_bridge_single_tie_shared_by", {
    ...by,
    shared,
  });
}

/** A resident who needs a tie, matched to a resident whose gift is what they are interested in. */
function giftSuggestions(context: SuggestionContext, introducers: Introducers): Suggestion[] {
  const { graph } = context;
  // Each gift's holders, with their area: a gift held by thousands is read once per resident who wants it.
  const givers = new Map<string, { giver: ActorFigures; area: string | undefined }[]>();
  for (const actor of context.actors) {
    if (actor.kind !== "resident") continue;
    const { gifts, area } = graph.getNodeAttributes(actor.id);
    for (const gift of gifts) listUnder(givers, gift, { giver: actor, area });
  }
  const suggestions: Suggestion[] = [];
  for (const receiver of context.actors) {
    const need = NEED[receiver.status];
    if (receiver.kind !== "resident" || need === 0) continue;
    let best: { giver: ActorFigures; gift: string; rank: number } | undefined;
    const { interests, area } = graph.getNodeAttributes(receiver.id);
    const tied = new Set(graph.neighbors(receiver.id));
    for (const interest of interests) {
      for (const { giver, area: giverArea } of givers.get(interest) ?? []) {
        if (giver.id === receiver.id || tied.has(giver.id)) continue;
        const rank = (area !== undefined && giverArea === area ? 1000 : 0) + giver.degree;
        if (best === undefined || rank > best.rank) best = { giver, gift: interest, rank };
      }
    }
    if (best === undefined) continue;
    const { giver, gift } = best;
    const near = sameArea(graph, giver.id, receiver.id);
    const introducer = pairIntroducer(
      graph,
      introducers.eligible,
      giver.id,
      receiver.id,
      introducers.byArea,
      introducers.stepsOf,
    );
    const params = { giver: giver.id, gift, receiver: receiver.id, status: receiver.status };
    suggestions.push({
      type: "gift-match",
      actors: [giver.id, receiver.id],
      introducer,
      score: need * 0.7 + (near ? 0.1 : 0) + (introducer === null ? 0 : 0.05),
      shared: [gift],
      message:
        introducer === null
          ? message(near ? "gift_match_same_area" : "gift_match", params)
          : message(near ? "gift_match_same_area_by" : "gift_match_by", { ...params, introducer }),
    });
  }
  return suggestions;
}

/** Adds `value` to the list under `key`, in the order added. */
function listUnder<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [value]);
  else list.push(value);
}
