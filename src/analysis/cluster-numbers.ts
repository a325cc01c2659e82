import type { NodeMapping } from "./graph.js";

/**
 * Community numbers per actor id, as `leiden` and `louvain` give them: 0 is the largest community, ties broken
 * by the smallest member id. `membership` numbers the clusters 0…count − 1.
 */
export function numberBySize(ids: readonly string[], membership: Int32Array, count: number): NodeMapping {
  const number = sizeRanks(ids, membership, count);
  const communities: NodeMapping = {};
  ids.forEach((id, v) => {
    communities[id] = number[membership[v] as number] as number;
  });
  return communities;
}

/** Per cluster of `membership` (0…count − 1), the number numberBySize gives it. */
export function sizeRanks(ids: readonly string[], membership: Int32Array, count: number): Int32Array {
  const sizes = new Int32Array(count);
  const smallestId: string[] = new Array(count);
  for (let v = 0; v < ids.length; v++) {
    const id = ids[v] as string;
    const c = membership[v] as number;
    sizes[c] = (sizes[c] as number) + 1;
    const smallest = smallestId[c];
    if (smallest === undefined || id < smallest) smallestId[c] = id;
  }
  const ranked = Array.from({ length: count }, (_, c) => c).sort(
    (a, b) => (sizes[b] as number) - (sizes[a] as number) || ((smallestId[a] ?? "") < (smallestId[b] ?? "") ? -1 : 1),
  );
  const number = new Int32Array(count);
  ranked.forEach((c, rank) => {
    number[c] = rank;
  });
  return number;
}
