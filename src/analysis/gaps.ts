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
 * Above this many neighbours a node's neighbourhood is read as counts per tag, made once, rather than
 * scanned again for every resident next to it (a group of thousands, once per member).
 */
const SCANNED_UP_TO = 64;

/** An interest is unshared when nobody within two steps holds it as an interest or a gift. */
function interestGaps(context: GapContext): Gap[] {
  const { graph } = context;
  const { position, offsets, neighbors } = adjacencyOf(graph, false);
  const tags = tagsByNode(graph);
  const degree = (v: number) => (offsets[v + 1] as number) - (offsets[v] as number);
  // seen[t] === stamp: tag t is held within two steps of the resident at hand (by someone else).
  const seen = new Int32Array(tags.names.size).fill(-1);
  const mark = (v: number, stamp: number) => {
    for (let k = tags.offsets[v] as number; k < (tags.offsets[v + 1] as number); k++)
      seen[tags.ids[k] as number] = stamp;
  };
  // Per node of many neighbours: how many of them hold each tag (each holder once).
  const holders = new Map<number, Map<number, number>>();
  const holdersNear = (v: number) => {
    let counts = holders.get(v);
    if (counts === undefined) {
      counts = new Map();
      for (let j = offsets[v] as number; j < (offsets[v + 1] as number); j++) {
        const w = neighbors[j] as number;
        const held = new Set(tags.ids.slice(tags.offsets[w] as number, tags.offsets[w + 1] as number));
        for (const t of held) counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      holders.set(v, counts);
    }
    return counts;
  };
  const gaps: Gap[] = [];
  for (const actor of context.actors) {
    if (actor.kind !== "resident") continue;
    const a = position.get(actor.id) as number;
    const hubs: number[] = [];
    for (let j = offsets[a] as number; j < (offsets[a + 1] as number); j++) {
      const n = neighbors[j] as number;
      mark(n, a);
      if (degree(n) > SCANNED_UP_TO) {
        hubs.push(n);
        continue;
      }
      for (let k = offsets[n] as number; k < (offsets[n + 1] as number); k++) {
        if (neighbors[k] !== a) mark(neighbors[k] as number, a);
      }
    }
    const { interests } = graph.getNodeAttributes(actor.id);
    const unshared = interests.filter((interest) => {
      const t = tags.names.get(interest) as number;
      // The resident holds t too, and is one of each hub's neighbours: someone else means two.
      return seen[t] !== a && hubs.every((hub) => (holdersNear(hub).get(t) ?? 0) < 2);
    });
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
