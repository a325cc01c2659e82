import { AnalysisInputError, type NodeMapping } from "./graph.js";
import { checkPositiveInteger, resolveOptions } from "./options.js";

export interface ClusterIdentityOptions {
  /**
   * A cluster keeps last year's number when their Jaccard index, counted over the actors present in
   * both years, is at least this. Pairs are matched greedily, the highest index first. 0.3 lets the
   * largest of three equal clusters that merge (index 1/3) carry its number on.
   */
  threshold: number;
  /** Clusters with fewer members take no part in births, ends, merges and splits (they keep numbers). */
  minSize: number;
  /** The first number never used before; by default one more than the largest number last year. */
  nextNumber: number | undefined;
}

export const CLUSTER_IDENTITY_DEFAULTS: ClusterIdentityOptions = { threshold: 0.3, minSize: 3, nextNumber: undefined };

/**
 * What happened between two years, in stable numbers. "Mostly" means more than half of the members
 * present in both years: a merge is two or more of last year's clusters mostly inside one of this
 * year's, a split is two or more of this year's clusters mostly made of one of last year's.
 */
export interface ClusterChanges {
  /** Numbers carried on from last year. */
  continued: number[];
  /** New numbers that are neither the result of a merge nor a piece of a split. */
  born: number[];
  /** Last year's numbers not carried on and not merged into a cluster. */
  ended: number[];
  merged: { into: number; from: number[] }[];
  split: { from: number; into: number[] }[];
}

export interface ClusterIdentity {
  /** Stable cluster number per actor. */
  communities: NodeMapping;
  changes: ClusterChanges;
  /** The first number never used so far: pass it on to next year. */
  nextNumber: number;
}

/**
 * Renumbers this year's clusters so that a cluster mostly made of last year's members of a cluster
 * keeps that cluster's number; the others get numbers never used before, in the order of their
 * numbers in `current`. Without `previous` (the first year) every cluster is new and nothing is
 * reported as changed: the first year is the baseline. Pure: the inputs are never changed.
 */
export function matchClusters(
  previous: Readonly<NodeMapping> | undefined,
  current: Readonly<NodeMapping>,
  options?: Partial<ClusterIdentityOptions>,
): ClusterIdentity {
  const { threshold, minSize, nextNumber } = resolveOptions(CLUSTER_IDENTITY_DEFAULTS, options);
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
    throw new AnalysisInputError("matchClusters", `threshold must lie in (0, 1], not ${threshold}`);
  }
  checkPositiveInteger("matchClusters", "minSize", minSize);
  const now = membersOf("current", current);
  const before = previous === undefined ? new Map<number, string[]>() : membersOf("previous", previous);
  let largest = -1;
  for (const number of before.keys()) largest = Math.max(largest, number);
  let fresh = nextNumber ?? largest + 1;
  if (!Number.isInteger(fresh) || fresh <= largest) {
    throw new AnalysisInputError("matchClusters", `nextNumber ${fresh} has been used before`);
  }

  // Overlaps between last year's and this year's clusters, over the actors present in both years.
  const overlaps = new Map<number, Map<number, number>>();
  const staying = new Map<number, number>(); // per previous cluster: its members still here
  const arriving = new Map<number, number>(); // per current cluster: its members who were here
  if (previous !== undefined) {
    for (const [id, was] of Object.entries(previous)) {
      const is = current[id];
      if (is === undefined) continue;
      const row = overlaps.get(was) ?? new Map<number, number>();
      overlaps.set(was, row.set(is, (row.get(is) ?? 0) + 1));
      staying.set(was, (staying.get(was) ?? 0) + 1);
      arriving.set(is, (arriving.get(is) ?? 0) + 1);
    }
  }
  const pairs: { was: number; is: number; shared: number; jaccard: number }[] = [];
  for (const [was, row] of overlaps) {
    for (const [is, shared] of row) {
      const jaccard = shared / ((staying.get(was) ?? 0) + (arriving.get(is) ?? 0) - shared);
      if (jaccard >= threshold) pairs.push({ was, is, shared, jaccard });
    }
  }
  pairs.sort((a, b) => b.jaccard - a.jaccard || b.shared - a.shared || a.was - b.was || a.is - b.is);
  const numberOf = new Map<number, number>();
  const carried = new Set<number>();
  for (const { was, is } of pairs) {
    if (numberOf.has(is) || carried.has(was)) continue;
    numberOf.set(is, was);
    carried.add(was);
  }
  for (const is of [...now.keys()].sort((a, b) => a - b)) {
    if (!numberOf.has(is)) numberOf.set(is, fresh++);
  }

  const communities: NodeMapping = {};
  for (const [is, ids] of now) for (const id of ids) communities[id] = numberOf.get(is) as number;
  const changes = changesBetween(previous === undefined, { before, now, overlaps, staying, arriving }, numberOf, {
    carried,
    minSize,
  });
  return { communities, changes, nextNumber: fresh };
}

/** Stable numbers for a series of years (each year's partition, oldest first), chained by overlap. */
export function trackClusters(
  partitions: readonly Readonly<NodeMapping>[],
  options?: Partial<Omit<ClusterIdentityOptions, "nextNumber">>,
): ClusterIdentity[] {
  const years: ClusterIdentity[] = [];
  for (const partition of partitions) {
    const last = years.at(-1);
    years.push(matchClusters(last?.communities, partition, { ...options, nextNumber: last?.nextNumber ?? 0 }));
  }
  return years;
}

interface Flows {
  before: Map<number, string[]>;
  now: Map<number, string[]>;
  overlaps: Map<number, Map<number, number>>;
  staying: Map<number, number>;
  arriving: Map<number, number>;
}

function changesBetween(
  baseline: boolean,
  flows: Flows,
  numberOf: Map<number, number>,
  settings: { carried: Set<number>; minSize: number },
): ClusterChanges {
  const changes: ClusterChanges = { continued: [], born: [], ended: [], merged: [], split: [] };
  if (baseline) return changes;
  const { before, now, overlaps, staying, arriving } = flows;
  const { carried, minSize } = settings;
  const big = (members: Map<number, string[]>, cluster: number) => (members.get(cluster)?.length ?? 0) >= minSize;
  const mergedInto = new Map<number, number[]>();
  const splitInto = new Map<number, number[]>();
  for (const [was, row] of overlaps) {
    for (const [is, shared] of row) {
      if (shared * 2 > (staying.get(was) ?? 0) && big(before, was)) {
        mergedInto.set(is, [...(mergedInto.get(is) ?? []), was]);
      }
      if (shared * 2 > (arriving.get(is) ?? 0) && big(now, is)) {
        splitInto.set(was, [...(splitInto.get(was) ?? []), numberOf.get(is) as number]);
      }
    }
  }
  const merging = new Set<number>();
  // New numbers that came of a merge or a split: these clusters were not born from nothing.
  const pieces = new Set<number>();
  for (const [is, from] of mergedInto) {
    if (from.length < 2) continue;
    for (const was of from) merging.add(was);
    pieces.add(numberOf.get(is) as number);
    changes.merged.push({ into: numberOf.get(is) as number, from: from.sort((a, b) => a - b) });
  }
  for (const [was, into] of splitInto) {
    if (into.length < 2) continue;
    for (const number of into) pieces.add(number);
    changes.split.push({ from: was, into: into.sort((a, b) => a - b) });
  }
  for (const is of now.keys()) {
    const number = numberOf.get(is) as number;
    if (carried.has(number)) changes.continued.push(number);
    else if (big(now, is) && !pieces.has(number)) changes.born.push(number);
  }
  for (const was of before.keys()) {
    if (!carried.has(was) && big(before, was) && !merging.has(was)) changes.ended.push(was);
  }
  const ascending = (a: number, b: number) => a - b;
  changes.continued.sort(ascending);
  changes.born.sort(ascending);
  changes.ended.sort(ascending);
  changes.merged.sort((a, b) => a.into - b.into);
  changes.split.sort((a, b) => a.from - b.from);
  return changes;
}

function membersOf(name: string, partition: Readonly<NodeMapping>): Map<number, string[]> {
  if (typeof partition !== "object" || partition === null || Array.isArray(partition)) {
    throw new AnalysisInputError("matchClusters", `${name} must map actor ids to cluster numbers`);
  }
  const members = new Map<number, string[]>();
  for (const [id, cluster] of Object.entries(partition)) {
    if (!Number.isInteger(cluster)) {
      throw new AnalysisInputError(
        "matchClusters",
        `${name} cluster of "${id}" must be a whole number, not ${cluster}`,
      );
    }
    const list = members.get(cluster);
    if (list === undefined) members.set(cluster, [id]);
    else list.push(id);
  }
  return members;
}
