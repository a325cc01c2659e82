import type { NodeMapping } from "./graph.js";

/**
 * Community numbers per actor id, as `leiden` and `louvain` give them: 0 is the largest community, ties broken
 * by the smallest member id. `membership` numbers the clusters 0…count − 1.
 */
export function numberBySize(ids: readonly string[], membership: Int32Array, count: number): NodeMapping {
  const sizes = new Int32Array(count);
  const smallestId: string[] = new Array(count);
  ids.forEach((id, v) => {
    const c = membership[v] as number;
    sizes[c] = (sizes[c] as number) + 1;
    const smallest = smallestId[c];
    if (smallest === undefined || id < smallest) smallestId[c] = id;
  });
  const ranked = Array.from({ length: count }, (_, c) => c).sort(
    (a, b) => (sizes[b] as number) - (sizes[a] as number) || ((smallestId[a] ?? "") < (smallestId[b] ?? "") ? -1 : 1),
  );
  const number = new Int32Array(count);
  ranked.forEach((c, rank) => {
    number[c] = rank;
  });
  const communities: NodeMapping = {};
  ids.forEach((id, v) => {
    communities[id] = number[membership[v] as number] as number;
  });
  return communities;
}
