import type { ActorFigures } from "./actor-figures.js";
import type { CommunitySummary } from "./communities.js";
import type { CutPoints } from "./cut-points.js";
import type { WeaveGraph } from "./graph.js";
import { listOf, type Text } from "./labels.js";
import { type ThinBridge, thinBridgeScore } from "./thin-bridges.js";

export const GAP_TYPES = [
  "isolated-resident",
  "service-dependent-resident",
  "peripheral-resident",
  "thin-bridge",
  "bridge-tie",
  "articulation-point",
  "isolated-group",
  "unused-gift",
  "unshared-interest",
  "institution-without-groups",
] as const;
export type GapType = (typeof GAP_TYPES)[number];

export interface Gap {
  type: GapType;
  actors: string[];
  /** How much closing it would matter, 0–1; gaps are listed highest first. */
  score: number;
  text: Text;
}

export interface GapContext {
  graph: WeaveGraph;
  actors: readonly ActorFigures[];
  byId: ReadonlyMap<string, ActorFigures>;
  communities: readonly CommunitySummary[];
  bridges: readonly ThinBridge[];
  cutPoints: CutPoints;
}

/** Every gap of DESIGN.md §3, highest score first; ties in score keep a stable order. */
export function findGaps(context: GapContext): Gap[] {
  const gaps = [
    ...statusGaps(context),
    ...bridgeGaps(context),
    ...cutGaps(context),
    ...groupGaps(context),
    ...assetGaps(context),
    ...institutionGaps(context),
  ];
  return gaps.sort((a, b) => b.score - a.score || GAP_TYPES.indexOf(a.type) - GAP_TYPES.indexOf(b.type));
}

const nameOf = (context: GapContext, id: string) => context.byId.get(id)?.name ?? id;

function statusGaps(context: GapContext): Gap[] {
  const gaps: Gap[] = [];
  for (const actor of context.actors) {
    const name = actor.name;
    if (actor.status === "isolated") {
      gaps.push({
        type: "isolated-resident",
        actors: [actor.id],
        score: 1,
        text: {
          en: `${name} has no tie to another resident or to a group yet: who could introduce them?`,
          nl: `${name} heeft nog geen band met een andere bewoner of een groep: wie kan hen voorstellen?`,
        },
      });
    } else if (actor.status === "service-dependent") {
      gaps.push({
        type: "service-dependent-resident",
        actors: [actor.id],
        score: 0.9,
        text: {
          en: `${name} is in touch only with institutions: a neighbour or group could be the next step.`,
          nl: `${name} heeft alleen contact met instanties: een buur of groep kan de volgende stap zijn.`,
        },
      });
    } else if (actor.status === "peripheral") {
      gaps.push({
        type: "peripheral-resident",
        actors: [actor.id],
        score: 0.6,
        text: {
          en: `${name} hangs on a single tie to neighbours or groups; one more would make it sturdier.`,
          nl: `${name} hangt aan één band met buren of groepen; nog één maakt dat steviger.`,
        },
      });
    }
  }
  return gaps;
}

function bridgeGaps(context: GapContext): Gap[] {
  return context.bridges.map((bridge) => {
    const a = `"${bridge.a.name}" (${bridge.a.size})`;
    const b = `"${bridge.b.name}" (${bridge.b.size})`;
    const tie = bridge.tie;
    const text: Text =
      tie === undefined
        ? { en: `Clusters ${a} and ${b} have no tie at all.`, nl: `Clusters ${a} en ${b} hebben geen enkele band.` }
        : {
            en: `Clusters ${a} and ${b} are joined only by ${nameOf(context, tie[0])} – ${nameOf(context, tie[1])}.`,
            nl: `Clusters ${a} en ${b} zijn alleen verbonden via ${nameOf(context, tie[0])} – ${nameOf(context, tie[1])}.`,
          };
    return {
      type: "thin-bridge" as const,
      actors: tie ?? [...bridge.a.centralMembers.slice(0, 1), ...bridge.b.centralMembers.slice(0, 1)],
      score: thinBridgeScore(bridge),
      text,
    };
  });
}

function cutGaps(context: GapContext): Gap[] {
  const gaps: Gap[] = [];
  for (const bridge of context.cutPoints.bridges) {
    if (bridge.smallerSide < 2) continue;
    const a = nameOf(context, bridge.source);
    const b = nameOf(context, bridge.target);
    gaps.push({
      type: "bridge-tie",
      actors: [bridge.source, bridge.target],
      score: bridge.smallerSide / (bridge.smallerSide + 5),
      text: {
        en: `If the tie between ${a} and ${b} ended, ${bridge.smallerSide} actors would be cut off.`,
        nl: `Als de band tussen ${a} en ${b} wegvalt, raken ${bridge.smallerSide} actoren los.`,
      },
    });
  }
  for (const [id, { cutOff }] of Object.entries(context.cutPoints.articulationPoints)) {
    if (cutOff < 2) continue;
    const name = nameOf(context, id);
    gaps.push({
      type: "articulation-point",
      actors: [id],
      score: cutOff / (cutOff + 4),
      text: {
        en: `${name} is the last link for ${cutOff} others: if ${name} stepped back, they would be cut off.`,
        nl: `${name} is de laatste schakel voor ${cutOff} anderen: als ${name} wegvalt, raken zij los.`,
      },
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
      text: {
        en: `${actor.name} works on its own: no tie to another group or institution.`,
        nl: `${actor.name} staat er alleen voor: geen band met een andere groep of instelling.`,
      },
    });
  }
  return gaps;
}

/**
 * A gift is unused when no neighbour holds it as an interest; an interest is unshared when nobody
 * within two steps holds it as an interest or a gift.
 */
function assetGaps(context: GapContext): Gap[] {
  const { graph } = context;
  const holdersNearby = tagHoldersWithinOneStep(graph);
  const gaps: Gap[] = [];
  for (const actor of context.actors) {
    if (actor.kind !== "resident") continue;
    const { gifts, interests } = graph.getNodeAttributes(actor.id);
    const asked = new Set<string>();
    graph.forEachNeighbor(actor.id, (_neighbor, attributes) => {
      for (const interest of attributes.interests) asked.add(interest);
    });
    const unused = gifts.filter((gift) => !asked.has(gift));
    if (unused.length > 0) {
      gaps.push({
        type: "unused-gift",
        actors: [actor.id],
        score: 0.4,
        text: {
          en: `Nobody tied to ${actor.name} is asking for their ${listOf(unused, "en")}.`,
          nl: `Niemand in de buurt van ${actor.name} vraagt nog om ${listOf(unused, "nl")}.`,
        },
      });
    }
    // Every holder set around a neighbour includes the actor itself, so someone else needs a count of 2.
    const unshared = interests.filter(
      (interest) => !graph.someNeighbor(actor.id, (neighbor) => (holdersNearby.get(neighbor)?.get(interest) ?? 0) >= 2),
    );
    if (unshared.length > 0) {
      gaps.push({
        type: "unshared-interest",
        actors: [actor.id],
        score: 0.5,
        text: {
          en: `Nobody within two steps of ${actor.name} shares their interest in ${listOf(unshared, "en")}.`,
          nl: `Niemand binnen twee stappen van ${actor.name} deelt de interesse in ${listOf(unshared, "nl")}.`,
        },
      });
    }
  }
  return gaps;
}

/** Per actor: for each tag, how many of the actor and its neighbours hold it (as interest or gift). */
function tagHoldersWithinOneStep(graph: WeaveGraph): Map<string, Map<string, number>> {
  const tagsOf = (id: string) => {
    const attributes = graph.getNodeAttributes(id);
    return new Set([...attributes.interests, ...attributes.gifts]);
  };
  const result = new Map<string, Map<string, number>>();
  graph.forEachNode((id) => {
    const counts = new Map<string, number>();
    const add = (other: string) => {
      for (const tag of tagsOf(other)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    };
    add(id);
    graph.forEachNeighbor(id, add);
    result.set(id, counts);
  });
  return result;
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
      text: {
        en: `${actor.name} serves ${serves} residents but supports no group they could join.`,
        nl: `${actor.name} helpt ${serves} bewoners maar steunt geen groep waar zij zich bij kunnen aansluiten.`,
      },
    });
  }
  return gaps;
}
