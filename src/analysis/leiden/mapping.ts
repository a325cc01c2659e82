import { AnalysisInputError, type NodeMapping } from "../graph.js";

/**
 * The starting partition over node positions from a partial id → community map (e.g. last year's
 * communities): actors with the same number start together, actors not in the map start alone, and
 * ids the graph does not have are ignored. Numbers only group actors; their values carry no meaning.
 */
export function startingPartition(ids: readonly string[], initial: Readonly<NodeMapping> | undefined): Int32Array {
  const membership = new Int32Array(ids.length);
  if (initial === undefined) {
    for (let v = 0; v < ids.length; v++) membership[v] = v;
    return membership;
  }
  if (typeof initial !== "object" || initial === null || Array.isArray(initial)) {
    throw new AnalysisInputError("leiden", "initial must map actor ids to community numbers");
  }
  const clusterOf = new Map<number, number>();
  let next = 0;
  ids.forEach((id, v) => {
    const label = Object.hasOwn(initial, id) ? initial[id] : undefined;
    if (label === undefined) {
      membership[v] = next++;
      return;
    }
    if (typeof label !== "number" || !Number.isFinite(label)) {
      throw new AnalysisInputError("leiden", `initial community of "${id}" must be a number, not ${String(label)}`);
    }
    let cluster = clusterOf.get(label);
    if (cluster === undefined) {
      cluster = next++;
      clusterOf.set(label, cluster);
    }
    membership[v] = cluster;
  });
  return membership;
}

/**
 * Community numbers per actor id, as `louvain` gives them: 0 is the largest community, ties broken
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
