import type { ActorFigures } from "./actor-figures.js";
import type { CommunitySummary } from "./communities.js";
import type { WeaveGraph } from "./graph.js";

export interface ThinBridge {
  a: CommunitySummary;
  b: CommunitySummary;
  /** 0 or 1. */
  ties: number;
  /** The one tie joining them, when there is one. */
  tie?: [string, string];
}

export interface ThinBridgeOptions {
  /** Communities smaller than this are not "sizeable". */
  minCommunitySize: number;
  /** Pairs joined by no tie at all are only reported among this many largest communities. */
  unjoinedAmongLargest: number;
}

export const THIN_BRIDGE_DEFAULTS: ThinBridgeOptions = { minCommunitySize: 4, unjoinedAmongLargest: 4 };

/**
 * Pairs of sizeable communities joined by exactly one tie, and pairs of the largest communities
 * joined by none (listing every unjoined pair of dozens of small clusters would drown the rest).
 */
export function thinBridges(
  graph: WeaveGraph,
  actors: ReadonlyMap<string, ActorFigures>,
  communities: readonly CommunitySummary[],
  options: ThinBridgeOptions = THIN_BRIDGE_DEFAULTS,
): ThinBridge[] {
  // Largest first: a year's clusters carry stable numbers, not numbers by size.
  const sizeable = communities
    .filter((community) => community.size >= options.minCommunitySize)
    .sort((a, b) => b.size - a.size || a.community - b.community);
  const links = new Map<string, { count: number; tie: [string, string] }>();
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = actors.get(source)?.community ?? -1;
    const b = actors.get(target)?.community ?? -1;
    if (a === b) return;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    const entry = links.get(key);
    if (entry === undefined) links.set(key, { count: 1, tie: [source, target] });
    else entry.count += 1;
  });
  const result: ThinBridge[] = [];
  sizeable.forEach((a, i) => {
    for (const b of sizeable.slice(i + 1)) {
      const [low, high] = a.community < b.community ? [a, b] : [b, a];
      const entry = links.get(`${low.community}:${high.community}`);
      const ties = entry?.count ?? 0;
      if (ties === 1 && entry !== undefined) result.push({ a, b, ties, tie: entry.tie });
      else if (ties === 0 && i < options.unjoinedAmongLargest && sizeable.indexOf(b) < options.unjoinedAmongLargest) {
        result.push({ a, b, ties });
      }
    }
  });
  return result;
}

/** Bigger clusters and thinner links matter more; in [0, 1). */
export function thinBridgeScore(bridge: ThinBridge): number {
  const smaller = Math.min(bridge.a.size, bridge.b.size);
  return (smaller / (smaller + 5)) * (bridge.ties === 0 ? 0.9 : 1);
}
