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
