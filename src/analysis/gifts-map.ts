import type { WeaveGraph } from "./graph.js";
import { memoisedSteps } from "./introducers.js";

/** One gift of the neighbourhood: who can give it, who nearby wants it, and where it could be used. */
export interface GiftEntry {
  gift: string;
  /** Residents who hold it as a gift. */
  holders: string[];
  /**
   * Residents who hold it as an interest (and not as a gift) within reach of a holder: in the same
   * area, or within two steps through residents and groups.
   */
  nearby: string[];
  /** Groups that have it among their interests or gifts: where it could be used. */
  groups: string[];
  /**
   * Of `nearby`, those nobody connects to a holder yet: tied to no holder and in no group with one.
   * Each of them is a gap worth acting on.
   */
  unmet: string[];
  /** The holders within reach of someone in `unmet`. */
  unmetHolders: string[];
}

/**
 * Every gift held by a resident, the ones someone nearby wants first (then the most held, then by
 * name), so the one that matters is not buried under gifts nobody asks for.
 */
export function giftsMap(graph: WeaveGraph): GiftEntry[] {
  const holders = new Map<string, string[]>();
  const carers = new Map<string, string[]>();
  const groups = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, tag: string, id: string) => {
    const list = map.get(tag);
    if (list === undefined) map.set(tag, [id]);
    else list.push(id);
  };
  graph.forEachNode((id, attributes) => {
    if (attributes.kind === "resident") {
      for (const gift of attributes.gifts) add(holders, gift, id);
      for (const interest of attributes.interests) add(carers, interest, id);
    } else if (attributes.kind === "group") {
      for (const tag of new Set([...attributes.interests, ...attributes.gifts])) add(groups, tag, id);
    }
  });
  const stepsOf = memoisedSteps(graph);
  const entries: GiftEntry[] = [];
  for (const [gift, givers] of holders) {
    const giverSet = new Set(givers);
    const giversByArea = new Map<string, string[]>();
    for (const giver of givers) {
      const area = graph.getNodeAttribute(giver, "area");
      if (area !== undefined) add(giversByArea, area, giver);
    }
    const nearby: string[] = [];
    const unmet: string[] = [];
    const unmetHolders = new Set<string>();
    for (const carer of carers.get(gift) ?? []) {
      if (giverSet.has(carer)) continue;
      // Holders in the carer's area and holders within two steps of the carer; looked up, not scanned.
      const area = graph.getNodeAttribute(carer, "area");
      const sameArea = area === undefined ? [] : (giversByArea.get(area) ?? []);
      const stepping = [...stepsOf(carer).keys()].filter((id) => giverSet.has(id));
      if (sameArea.length === 0 && stepping.length === 0) continue;
      nearby.push(carer);
      if (connectedToAny(graph, carer, giverSet)) continue;
      unmet.push(carer);
      for (const giver of sameArea) unmetHolders.add(giver);
      for (const giver of stepping) unmetHolders.add(giver);
    }
    entries.push({
      gift,
      holders: givers,
      nearby,
      groups: groups.get(gift) ?? [],
      unmet,
      unmetHolders: givers.filter((giver) => unmetHolders.has(giver)),
    });
  }
  return entries.sort(
    (a, b) =>
      b.nearby.length - a.nearby.length ||
      b.holders.length - a.holders.length ||
      (a.gift < b.gift ? -1 : a.gift > b.gift ? 1 : 0),
  );
}

/** Tied to one of `others`, or meeting one of them in a group both belong to. */
function connectedToAny(graph: WeaveGraph, id: string, others: ReadonlySet<string>): boolean {
  return graph.someNeighbor(
    id,
    (neighbor, attributes) =>
      others.has(neighbor) ||
      (attributes.kind === "group" && graph.someNeighbor(neighbor, (member) => others.has(member))),
  );
}
