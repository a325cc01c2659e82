import { adjacencyOf } from "./adjacency.js";
import { duplicationGaps } from "./duplication.js";
import { GAP_TYPES, type Gap, type GapContext } from "./gap-types.js";
import type { WeaveGraph } from "./graph.js";
import { message } from "./messages/codes.js";
import { professionalGaps } from "./professional-gaps.js";
import { thinBridgeScore } from "./thin-bridges.js";

/** Every gap of DESIGN.md §3, highest score first; ties in score keep a stable order. */
export function findGaps(context: GapContext): Gap[] {
  const gaps = [
    ...statusGaps(context),
    ...bridgeGaps(context),
    ...cutGaps(context),
    ...professionalGaps(context),
    ...groupGaps(context),
    ...giftGaps(context),
    ...interestGaps(context),
    ...institutionGaps(context),
    ...duplicationGaps(context),
  ];
  return gaps.sort((a, b) => b.score - a.score || GAP_TYPES.indexOf(a.type) - GAP_TYPES.indexOf(b.type));
}

function statusGaps(context: GapContext): Gap[] {
  const gaps: Gap[] = [];
  for (const actor of context.actors) {
    const resident = actor.id;
    if (actor.status === "isolated") {
      gaps.push({
        type: "isolated-resident",
        actors: [actor.id],
        score: 1,
        message: message("isolated_resident", { resident }),
      });
    } else if (actor.status === "service-dependent") {
      gaps.push({
        type: "service-dependent-resident",
        actors: [actor.id],
        score: 0.9,
        message: message("service_dependent_resident", { resident }),
      });
    } else if (actor.status === "peripheral") {
      gaps.push({
        type: "peripheral-resident",
        actors: [actor.id],
        score: 0.6,
        message: message("peripheral_resident", { resident }),
      });
    }
  }
  return gaps;
}

function bridgeGaps(context: GapContext): Gap[] {
  return context.bridges.map((bridge) => {
    const clusters = {
      clusterA: bridge.a.community,
      sizeA: bridge.a.size,
      clusterB: bridge.b.community,
      sizeB: bridge.b.size,
    };
    const tie = bridge.tie;
    return {
      type: tie === undefined ? ("unlinked-clusters" as const) : ("thin-bridge" as const),
      actors: tie ?? [...bridge.a.centralMembers.slice(0, 1), ...bridge.b.centralMembers.slice(0, 1)],
      score: thinBridgeScore(bridge),
      message:
        tie === undefined
          ? message("clusters_unlinked", clusters)
          : message("clusters_single_tie", { ...clusters, from: tie[0], to: tie[1] }),
    };
  });
}

function cutGaps(context: GapContext): Gap[] {
  const gaps: Gap[] = [];
  for (const bridge of context.cutPoints.bridges) {
    if (bridge.smallerSide < 2) continue;
    gaps.push({
      type: "bridge-tie",
      actors: [bridge.source, bridge.target],
      score: bridge.smallerSide / (bridge.smallerSide + 5),
      message: message("bridge_tie", { from: bridge.source, to: bridge.target, count: bridge.smallerSide }),
    });
  }
  for (const [id, { cutOff }] of Object.entries(context.cutPoints.articulationPoints)) {
    if (cutOff < 2) continue;
    gaps.push({
      type: "articulation-point",
      actors: [id],
      score: cutOff / (cutOff + 4),
      message: message("articulation_point", { actor: id, count: cutOff }),
    });
  }
  return gaps;
}

function groupGaps(context: GapContext): Gap[] {
  const { graph } = context;
  const gaps: Gap[] = [];
  for (const actor of context.actors) {
    if (actor.kind !== "group") continue;
    const linked = graph.someNeighbor(
      actor.id,
      (_n, attributes) => attributes.kind === "group" || attributes.kind === "institution",
    );
    if (linked) continue;
    gaps.push({
      type: "isolated-group",
      actors: [actor.id],
      score: 0.7,
      message: message("isolated_group", { group: actor.id }),
    });
  }
  return gaps;
}

/** The sentence names a few on each side; the gap's actors list them all. */
const NAMED_IN_GIFT_GAP = 3;

/**
 * A gift is a gap only where someone nearby wants it and nobody connects them to a holder yet (see
 * gifts-map.ts): one gap per gift, not one per resident whose gifts nobody next to them asks for.
 */
function giftGaps(context: GapContext): Gap[] {
  return context.gifts
    .filter((entry) => entry.unmet.length > 0)
    .map((entry) => ({
      type: "unused-gift" as const,
      actors: [...entry.unmetHolders, ...entry.unmet],
      score: 0.4 + (0.1 * Math.min(entry.unmet.length, 3)) / 3,
      message: message("gift_unmet", {
        gift: entry.gift,
        holders: entry.unmetHolders.slice(0, NAMED_IN_GIFT_GAP),
        carers: entry.unmet.slice(0, NAMED_IN_GIFT_GAP),
        count: entry.unmet.length,
      }),
    }));
}

/**
 * An interest is unshared when nobody within two steps holds it as an interest or a gift. Read tag by
 * tag from its holders, not resident by resident through their neighbours' neighbours (a group of
 * thousands once per member): a resident's interest is shared when a neighbour holds it, or when a
 * neighbour has two holders among its own neighbours (the resident, holding it, is one of them).
 */
function interestGaps(context: GapContext): Gap[] {
  const { graph } = context;
  const { ids, position, offsets, neighbors } = adjacencyOf(graph, false);
  const tags = tagsByNode(graph);
  // Per tag, its holders (each once), and the residents who want it with the place of the interest in
  // tags.ids (pairs, flat).
  const holders = Array.from({ length: tags.names.size }, (): number[] => []);
  const wanted = Array.from({ length: tags.names.size }, (): number[] => []);
  ids.forEach((id, v) => {
    const start = tags.offsets[v] as number;
    const held = new Set(tags.ids.slice(start, tags.offsets[v + 1] as number));
    for (const t of held) holders[t]?.push(v);
    if (graph.getNodeAttribute(id, "kind") !== "resident") return;
    const interests = graph.getNodeAttribute(id, "interests").length;
    for (let k = start; k < start + interests; k++) wanted[tags.ids[k] as number]?.push(v, k);
  });
  // Per place in tags.ids (an interest of a resident): shared within two steps.
  const shared = new Uint8Array(tags.ids.length);
  // Stamped with the tag at hand: whether a node holds it, and how many of its neighbours do.
  const holds = new Int32Array(ids.length).fill(-1);
  const countedFor = new Int32Array(ids.length).fill(-1);
  const count = new Int32Array(ids.length);
  holders.forEach((list, t) => {
    if (wanted[t]?.length === 0) return;
    for (const x of list) {
      holds[x] = t;
      for (let j = offsets[x] as number; j < (offsets[x + 1] as number); j++) {
        const n = neighbors[j] as number;
        if (countedFor[n] !== t) {
          countedFor[n] = t;
          count[n] = 0;
        }
        count[n] = (count[n] as number) + 1;
      }
    }
    const pairs = wanted[t] ?? [];
    for (let p = 0; p < pairs.length; p += 2) {
      const [a, k] = [pairs[p] as number, pairs[p + 1] as number];
      for (let j = offsets[a] as number; j < (offsets[a + 1] as number); j++) {
        const n = neighbors[j] as number;
        if (holds[n] === t || (countedFor[n] === t && (count[n] as number) >= 2)) {
          shared[k] = 1;
          break;
        }
      }
    }
  });
  const gaps: Gap[] = [];
  for (const actor of context.actors) {
    if (actor.kind !== "resident") continue;
    const start = tags.offsets[position.get(actor.id) as number] as number;
    const { interests } = graph.getNodeAttributes(actor.id);
    const unshared = interests.filter((_interest, i) => shared[start + i] === 0);
    if (unshared.length > 0) {
      gaps.push({
        type: "unshared-interest",
        actors: [actor.id],
        score: 0.5,
        message: message("unshared_interest", { resident: actor.id, interests: unshared }),
      });
    }
  }
  return gaps;
}

/** Per node (in adjacency order), the numbers of the tags it holds as interest or gift (CSR). */
function tagsByNode(graph: WeaveGraph): { names: Map<string, number>; offsets: Int32Array; ids: number[] } {
  const { ids: nodes } = adjacencyOf(graph, false);
  const names = new Map<string, number>();
  const offsets = new Int32Array(nodes.length + 1);
  const ids: number[] = [];
  nodes.forEach((id, v) => {
    const { interests, gifts } = graph.getNodeAttributes(id);
    for (const tag of [...interests, ...gifts]) {
      let t = names.get(tag);
      if (t === undefined) {
        t = names.size;
        names.set(tag, t);
      }
      ids.push(t);
    }
    offsets[v + 1] = ids.length;
  });
  return { names, offsets, ids };
}

/** An institution with client ties to residents and no supports or partner_of tie to any group. */
function institutionGaps(context: GapContext): Gap[] {
  const { graph } = context;
  const gaps: Gap[] = [];
  for (const actor of context.actors) {
    if (actor.kind !== "institution") continue;
    let serves = 0;
    let backsGroups = false;
    graph.forEachEdge(actor.id, (_edge, attributes, source, target) => {
      const other = graph.getNodeAttribute(source === actor.id ? target : source, "kind");
      if (other === "resident" && attributes.types.includes("client_of")) serves += 1;
      if (other === "group" && (attributes.types.includes("supports") || attributes.types.includes("partner_of"))) {
        backsGroups = true;
      }
    });
    if (serves === 0 || backsGroups) continue;
    gaps.push({
      type: "institution-without-groups",
      actors: [actor.id],
      score: 0.6,
      message: message("institution_without_groups", { institution: actor.id, count: serves }),
    });
  }
  return gaps;
}
