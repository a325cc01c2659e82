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
  const settings = resolveOptions(CLUSTER_IDENTITY_DEFAULTS, options);
  const now = membersOf("current", current);
  const before = previous === undefined ? undefined : membersOf("previous", previous);
  // Per actor of last year, its cluster's place now; −1 for an actor gone this year (and for names on
  // Object.prototype such as "constructor").
  const nowOf = new Int32Array(before?.ids.length ?? 0);
  before?.ids.forEach((id, k) => {
    nowOf[k] = Object.hasOwn(current, id) ? (now.placeOf.get(current[id] as number) ?? -1) : -1;
  });
  const { numberOf, changes, nextNumber } = identify(before, now, nowOf, settings);
  const communities: NodeMapping = {};
  for (const k of now.byCluster) {
    communities[now.ids[k] as string] = numberOf[now.clusterOf[k] as number] as number;
  }
  return { communities, changes, nextNumber };
}

/** Two years' clusters per node, each year's nodes by their places among all actors (year-network.ts). */
export interface PlacedClusters {
  /** Cluster number per node (any whole numbers; only equal ones group nodes). */
  clusters: Int32Array;
  /** Per node: its actor's place, the same in every year. */
  places: Int32Array;
}

/**
 * matchClusters over typed arrays, for years whose actors are numbered alike by place (`placeCount`
 * places in all): the stable number per node of `current`, with the same changes and next number as
 * matchClusters of the two years' mappings gives.
 */
export function matchPlacedClusters(
  previous: PlacedClusters | undefined,
  current: PlacedClusters,
  placeCount: number,
  options?: Partial<ClusterIdentityOptions>,
): { numbers: Int32Array; changes: ClusterChanges; nextNumber: number } {
  const settings = resolveOptions(CLUSTER_IDENTITY_DEFAULTS, options);
  const now = clusteredOf(current.clusters);
  const before = previous === undefined ? undefined : clusteredOf(previous.clusters);
  const nowOf = new Int32Array(previous?.places.length ?? 0);
  if (previous !== undefined) {
    const nodeOf = new Int32Array(placeCount).fill(-1);
    for (let v = 0; v < current.places.length; v++) nodeOf[current.places[v] as number] = v;
    for (let k = 0; k < nowOf.length; k++) {
      const v = nodeOf[previous.places[k] as number] as number;
      nowOf[k] = v === -1 ? -1 : (now.clusterOf[v] as number);
    }
  }
  const { numberOf, changes, nextNumber } = identify(before, now, nowOf, settings);
  const numbers = new Int32Array(current.clusters.length);
  for (let v = 0; v < numbers.length; v++) numbers[v] = numberOf[now.clusterOf[v] as number] as number;
  return { numbers, changes, nextNumber };
}

/**
 * The stable number of each cluster of `now` (by its place), what changed and the next number, from
 * `nowOf`: per member of `before`, the place of its cluster in `now` or −1. Neither the order of the
 * members nor that of the clusters' places changes the answer.
 */
function identify(
  before: Clustered | undefined,
  now: Clustered,
  nowOf: Int32Array,
  { threshold, minSize, nextNumber }: ClusterIdentityOptions,
): { numberOf: Int32Array; changes: ClusterChanges; nextNumber: number } {
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
    throw new AnalysisInputError("matchClusters", `threshold must lie in (0, 1], not ${threshold}`);
  }
  checkPositiveInteger("matchClusters", "minSize", minSize);
  let largest = -1;
  for (const number of before?.numbers ?? []) largest = Math.max(largest, number);
  let fresh = nextNumber ?? largest + 1;
  if (!Number.isInteger(fresh) || fresh <= largest) {
    throw new AnalysisInputError("matchClusters", `nextNumber ${fresh} has been used before`);
  }

  // Overlaps between last year's and this year's clusters, over the actors present in both years,
  // counted by the clusters' places in `numbers` (key: place before × clusters now + place now).
  const overlaps = new Map<number, number>();
  const staying = new Int32Array(before?.numbers.length ?? 0); // per previous cluster: its members still here
  const arriving = new Int32Array(now.numbers.length); // per current cluster: its members who were here
  if (before !== undefined) {
    for (let k = 0; k < nowOf.length; k++) {
      const a = nowOf[k] as number;
      if (a === -1) continue;
      const b = before.clusterOf[k] as number;
      const key = b * now.numbers.length + a;
      overlaps.set(key, (overlaps.get(key) ?? 0) + 1);
      staying[b] = (staying[b] as number) + 1;
      arriving[a] = (arriving[a] as number) + 1;
    }
  }
  const pairs: Overlap[] = [];
  for (const [key, shared] of overlaps) {
    const [b, a] = [Math.floor(key / now.numbers.length), key % now.numbers.length];
    const jaccard = shared / ((staying[b] as number) + (arriving[a] as number) - shared);
    const [was, is] = [before?.numbers[b] as number, now.numbers[a] as number];
    pairs.push({ was, is, shared, jaccard, staying: staying[b] as number, arriving: arriving[a] as number });
  }
  const matches = pairs.filter((pair) => pair.jaccard >= threshold);
  matches.sort((a, b) => b.jaccard - a.jaccard || b.shared - a.shared || a.was - b.was || a.is - b.is);
  const numberOf = new Map<number, number>();
  const carried = new Set<number>();
  for (const { was, is } of matches) {
    if (numberOf.has(is) || carried.has(was)) continue;
    numberOf.set(is, was);
    carried.add(was);
  }
  for (const is of [...now.numbers].sort((a, b) => a - b)) {
    if (!numberOf.has(is)) numberOf.set(is, fresh++);
  }
  const changes =
    before === undefined ? emptyChanges() : changesBetween({ before, now, pairs }, numberOf, { carried, minSize });
  const byPlace = Int32Array.from(now.numbers, (number) => numberOf.get(number) as number);
  return { numberOf: byPlace, changes, nextNumber: fresh };
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

/** How many actors present both years went from cluster `was` to cluster `is`. */
interface Overlap {
  was: number;
  is: number;
  shared: number;
  jaccard: number;
  /** Of `was`'s members, those still here; of `is`'s, those who were here. */
  staying: number;
  arriving: number;
}

interface Flows {
  before: Clustered;
  now: Clustered;
  pairs: readonly Overlap[];
}

const emptyChanges = (): ClusterChanges => ({ continued: [], born: [], ended: [], merged: [], split: [] });

function changesBetween(
  flows: Flows,
  numberOf: Map<number, number>,
  settings: { carried: Set<number>; minSize: number },
): ClusterChanges {
  const changes = emptyChanges();
  const { before, now, pairs } = flows;
  const { carried, minSize } = settings;
  const big = (members: Clustered, cluster: number) =>
    (members.sizes[members.placeOf.get(cluster) ?? -1] ?? 0) >= minSize;
  const mergedInto = new Map<number, number[]>();
  const splitInto = new Map<number, number[]>();
  for (const { was, is, shared, staying, arriving } of pairs) {
    if (shared * 2 > staying && big(before, was)) {
      mergedInto.set(is, [...(mergedInto.get(is) ?? []), was]);
    }
    if (shared * 2 > arriving && big(now, is)) {
      splitInto.set(was, [...(splitInto.get(was) ?? []), numberOf.get(is) as number]);
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
  for (const is of now.numbers) {
    const number = numberOf.get(is) as number;
    if (carried.has(number)) changes.continued.push(number);
    else if (big(now, is) && !pieces.has(number)) changes.born.push(number);
  }
  for (const was of before.numbers) {
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

/** A partition's clusters in the order their numbers first appear, and each member's cluster by place. */
interface Clustered {
  /** The cluster numbers, in order of first appearance, and each one's place in that list. */
  numbers: number[];
  placeOf: Map<number, number>;
  /** Per member, the place of its cluster. */
  clusterOf: Int32Array;
  /** Members per cluster place. */
  sizes: Int32Array;
}

/** Clustered, with the actors' ids, read once from a mapping. */
interface Members extends Clustered {
  ids: string[];
  /** The actors' places grouped by cluster (in `numbers` order), each group in the mapping's order. */
  byCluster: Int32Array;
}

function membersOf(name: string, partition: Readonly<NodeMapping>): Members {
  if (typeof partition !== "object" || partition === null || Array.isArray(partition)) {
    throw new AnalysisInputError("matchClusters", `${name} must map actor ids to cluster numbers`);
  }
  const ids = Object.keys(partition);
  const clusters = new Float64Array(ids.length);
  ids.forEach((id, k) => {
    const cluster = partition[id] as number;
    if (!Number.isInteger(cluster)) {
      throw new AnalysisInputError(
        "matchClusters",
        `${name} cluster of "${id}" must be a whole number, not ${cluster}`,
      );
    }
    clusters[k] = cluster;
  });
  const clustered = clusteredOf(clusters);
  const { clusterOf, sizes } = clustered;
  const fill = new Int32Array(sizes.length);
  for (let c = 1; c < sizes.length; c++) fill[c] = (fill[c - 1] as number) + (sizes[c - 1] as number);
  const byCluster = new Int32Array(ids.length);
  clusterOf.forEach((place, k) => {
    byCluster[fill[place] as number] = k;
    fill[place] = (fill[place] as number) + 1;
  });
  return { ...clustered, ids, byCluster };
}

function clusteredOf(clusters: ArrayLike<number>): Clustered {
  const clusterOf = new Int32Array(clusters.length);
  const numbers: number[] = [];
  const placeOf = new Map<number, number>();
  const counts: number[] = [];
  for (let k = 0; k < clusters.length; k++) {
    const cluster = clusters[k] as number;
    let place = placeOf.get(cluster);
    if (place === undefined) {
      place = numbers.length;
      placeOf.set(cluster, place);
      numbers.push(cluster);
      counts.push(0);
    }
    clusterOf[k] = place;
    counts[place] = (counts[place] as number) + 1;
  }
  return { numbers, placeOf, clusterOf, sizes: Int32Array.from(counts) };
}
