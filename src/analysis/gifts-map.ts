import { type Adjacency, adjacencyOf } from "./adjacency.js";
import type { WeaveGraph } from "./graph.js";

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
 * name), so the one that matters is not buried under gifts nobody asks for. Within two steps means as
 * `stepsFrom` (introducers.ts) walks: through residents and groups.
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
  const ties = tiesOf(graph);
  const { position } = ties.adjacency;
  const entries: GiftEntry[] = [];
  let gift = 0;
  for (const [name, givers] of holders) {
    // The givers of this gift are the nodes stamped with its number, the unmet ones in `unmetGiving` too.
    gift++;
    for (const giver of givers) ties.giving[position.get(giver) as number] = gift;
    const giversByArea = new Map<string, string[]>();
    for (const giver of givers) {
      const area = ties.area[position.get(giver) as number];
      if (area !== undefined) add(giversByArea, area, giver);
    }
    const nearby: string[] = [];
    const unmet: string[] = [];
    const unmetAreas = new Set<string>();
    for (const carer of carers.get(name) ?? []) {
      const c = position.get(carer) as number;
      if (ties.giving[c] === gift) continue;
      // Holders in the carer's area and holders within two steps of the carer; looked up, not scanned.
      const area = ties.area[c];
      const sameArea = area !== undefined && giversByArea.has(area);
      if (!sameArea && !givesWithinTwoSteps(ties, c, gift, false)) continue;
      nearby.push(carer);
      if (connectedToAny(ties, c, gift)) continue;
      unmet.push(carer);
      if (sameArea) unmetAreas.add(area);
      givesWithinTwoSteps(ties, c, gift, true);
    }
    for (const area of unmetAreas) {
      for (const giver of giversByArea.get(area) ?? []) ties.unmetGiving[position.get(giver) as number] = gift;
    }
    entries.push({
      gift: name,
      holders: givers,
      nearby,
      groups: groups.get(name) ?? [],
      unmet,
      unmetHolders: givers.filter((giver) => ties.unmetGiving[position.get(giver) as number] === gift),
    });
  }
  return entries.sort(
    (a, b) =>
      b.nearby.length - a.nearby.length ||
      b.holders.length - a.holders.length ||
      (a.gift < b.gift ? -1 : a.gift > b.gift ? 1 : 0),
  );
}

/** The ties as the gifts map walks them: the adjacency, the kind of each node, and who gives the gift at hand. */
interface GiftTies {
  readonly adjacency: Adjacency;
  /** 1 for residents and groups, whom `stepsFrom` walks through; 2 for groups (also personal). */
  readonly kind: Uint8Array;
  readonly area: readonly (string | undefined)[];
  /** The number of the last gift each node gives (0: none yet). */
  readonly giving: Int32Array;
  /** The number of the last gift each node gives within reach of someone unmet. */
  readonly unmetGiving: Int32Array;
}

const PERSONAL = 1;
const GROUP = 2;

function tiesOf(graph: WeaveGraph): GiftTies {
  const adjacency = adjacencyOf(graph, false);
  const n = adjacency.ids.length;
  const kind = new Uint8Array(n);
  const area = adjacency.ids.map((id, i) => {
    const attributes = graph.getNodeAttributes(id);
    kind[i] = attributes.kind === "group" ? GROUP : attributes.kind === "resident" ? PERSONAL : 0;
    return attributes.area;
  });
  return { adjacency, kind, area, giving: new Int32Array(n), unmetGiving: new Int32Array(n) };
}

/**
 * Whether someone giving `gift` lies within two steps of c: a neighbour, or a neighbour of a resident
 * or group c is tied to. With `mark`, every such giver is marked in `unmetGiving`; without, the first
 * one answers.
 */
function givesWithinTwoSteps(ties: GiftTies, c: number, gift: number, mark: boolean): boolean {
  const { adjacency, kind, giving, unmetGiving } = ties;
  const { offsets, neighbors } = adjacency;
  let found = false;
  const reach = (w: number) => {
    if (giving[w] !== gift) return false;
    found = true;
    if (mark) unmetGiving[w] = gift;
    return !mark;
  };
  for (let j = offsets[c] as number; j < (offsets[c + 1] as number); j++) {
    const m = neighbors[j] as number;
    if (reach(m)) return true;
    if ((kind[m] as number) === 0) continue;
    for (let k = offsets[m] as number; k < (offsets[m + 1] as number); k++) {
      if (reach(neighbors[k] as number)) return true;
    }
  }
  return found;
}

/** Tied to someone giving `gift`, or meeting one of them in a group both belong to. */
function connectedToAny(ties: GiftTies, c: number, gift: number): boolean {
  const { adjacency, kind, giving } = ties;
  const { offsets, neighbors } = adjacency;
  for (let j = offsets[c] as number; j < (offsets[c + 1] as number); j++) {
    const m = neighbors[j] as number;
    if (giving[m] === gift) return true;
    if (kind[m] !== GROUP) continue;
    for (let k = offsets[m] as number; k < (offsets[m + 1] as number); k++) {
      if (giving[neighbors[k] as number] === gift) return true;
    }
  }
  return false;
}
