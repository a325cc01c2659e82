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
  const areaOf = new Map<string, string | undefined>();
  const add = (map: Map<string, string[]>, tag: string, id: string) => map.set(tag, [...(map.get(tag) ?? []), id]);
  graph.forEachNode((id, attributes) => {
    if (attributes.kind === "resident") {
      areaOf.set(id, attributes.area);
      for (const gift of attributes.gifts) add(holders, gift, id);
      for (const interest of attributes.interests) add(carers, interest, id);
    } else if (attributes.kind === "group") {
      for (const tag of new Set([...attributes.interests, ...attributes.gifts])) add(groups, tag, id);
    }
  });
  const stepsOf = memoisedSteps(graph);
  const reachOf = memoisedReach(graph);
  const entries: GiftEntry[] = [];
  for (const [gift, givers] of holders) {
    const giverSet = new Set(givers);
    const nearby: string[] = [];
    const unmet: string[] = [];
    const unmetHolders = new Set<string>();
    for (const carer of carers.get(gift) ?? []) {
      if (giverSet.has(carer)) continue;
      const area = areaOf.get(carer);
      const steps = stepsOf(carer);
      const within = givers.filter((giver) => (area !== undefined && areaOf.get(giver) === area) || steps.has(giver));
      if (within.length === 0) continue;
      nearby.push(carer);
      const reach = reachOf(carer);
      if (givers.some((giver) => reach.has(giver))) continue;
      unmet.push(carer);
      for (const giver of within) unmetHolders.add(giver);
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

/**
 * Whom an actor is connected to: tied to them, or meeting them in a group both belong to. Made once
 * per actor, as the same residents want many gifts (asking each pair anew was a tenth of a 5k analysis).
 */
function memoisedReach(graph: WeaveGraph): (id: string) => ReadonlySet<string> {
  const reach = new Map<string, Set<string>>();
  return (id) => {
    let found = reach.get(id);
    if (found === undefined) {
      const connected = new Set<string>();
      graph.forEachNeighbor(id, (neighbor, attributes) => {
        connected.add(neighbor);
        if (attributes.kind === "group") for (const member of graph.neighbors(neighbor)) connected.add(member);
      });
      found = connected;
      reach.set(id, found);
    }
    return found;
  };
}
