import { betweennessRuns, emptyBlock, NEAR_HOPS, type PathBlock, type PathGraph, type PathWant } from "./path-types.js";

/** The largest distance stamp before the distances are cleared and stamping starts again from 0. */
const STAMP_LIMIT = 0x7fffffff;

/** A search that reached more than n >>> SWEEP_SHIFT nodes adds their per-target sums in node order. */
const SWEEP_SHIFT = 3;

/**
 * The work arrays of breadth-first searches over one graph, allocated once and never cleared between
 * searches:
 * - `distance` is stamped: a search starting at stamp b writes b + d, so anything below b is unreached
 *   by this search, whatever earlier searches left there;
 * - `paths` is zero everywhere between searches: the walk back clears each node's count as it reads it;
 * - `pullEven` and `pullOdd`, what a node of an even or odd level passes up the walk back, are zero
 *   everywhere between searches too: each level is cleared once the level above has read it.
 */
interface Levels {
  readonly distance: Int32Array;
  readonly paths: Float64Array;
  readonly pullEven: Float64Array;
  readonly pullOdd: Float64Array;
  /** The nodes in the order reached; level l is order[levelEnd[l − 1]] to order[levelEnd[l] − 1]. */
  readonly order: Int32Array;
  readonly levelEnd: Int32Array;
  /** Per level, the CSR entries of its nodes (what scanning their neighbours costs). */
  readonly levelEntries: Float64Array;
  /** Per level, 1 when its nodes lie in `order` by increasing number (found bottom-up). */
  readonly ascending: Uint8Array;
  /** The nodes a bottom-up step still has to look at (reached or not), by increasing number. */
  readonly unreached: Int32Array;
  stamp: number;
}

/** Each graph's work arrays, kept for its next range of sources (a thread searches many ranges). */
const workArrays = new WeakMap<PathGraph, Levels>();

function levelsOf(graph: PathGraph): Levels {
  let levels = workArrays.get(graph);
  if (levels === undefined) {
    const n = graph.offsets.length - 1;
    levels = {
      distance: new Int32Array(n).fill(-1),
      paths: new Float64Array(n),
      pullEven: new Float64Array(n),
      pullOdd: new Float64Array(n),
      order: new Int32Array(n + 1),
      levelEnd: new Int32Array(n + 1),
      levelEntries: new Float64Array(n + 1),
      ascending: new Uint8Array(n + 1),
      unreached: new Int32Array(n),
      stamp: 0,
    };
    workArrays.set(graph, levels);
  }
  return levels;
}

/**
 * Brandes' algorithm by breadth-first search from each of `sources`, level by level. The walk back
 * pulls from every neighbour, branch-free: of a node's neighbours (its level and the two beside it) only
 * the level below has a non-zero value in the array it reads, so the sum is the same, in the same
 * order, as one over the successors alone.
 */
export function searchBreadthFirst(
  graph: PathGraph,
  sources: Int32Array,
  want: PathWant,
  /** Tests set a small one to clear the stamped distances every few searches. */
  stampLimit = STAMP_LIMIT,
): PathBlock {
  const n = graph.offsets.length - 1;
  const sums = want.perTarget ? n : sources.length;
  const block = emptyBlock(n * betweennessRuns(graph, want), sums);
  const levels = levelsOf(graph);
  for (let s = 0; s < sources.length; s++) {
    const depth = breadthFirst(graph, sources[s] as number, levels, stampLimit);
    if (want.perTarget) addPerTarget(block, levels, depth);
    else addPerSource(block, s, levels, depth);
    if (want.betweenness) walkBack(graph, block.betweenness, levels, depth, want.perTarget);
    else clearPaths(levels, depth);
    levels.paths[sources[s] as number] = 0;
  }
  return block;
}

/**
 * Searches from `source` level by level, counting shortest paths; returns the number of levels (1: the
 * source alone). Each level is found from whichever side has fewer neighbours to scan (Beamer, Asanović
 * & Patterson 2012, "Direction-optimizing breadth-first search"): top-down from the level before, or
 * bottom-up from the nodes not reached yet. In a small world the last levels hold most of the nodes, and
 * few are left behind them, so bottom-up scans about half as much. Path counts are whole numbers: their
 * sums are the same in whatever order they are added.
 */
function breadthFirst(graph: PathGraph, source: number, levels: Levels, stampLimit: number): number {
  const { offsets, neighbors } = graph;
  const { distance, paths, order, levelEnd, levelEntries, ascending } = levels;
  if (levels.stamp > stampLimit - distance.length - 1) {
    distance.fill(-1);
    levels.stamp = 0;
  }
  const base = levels.stamp;
  distance[source] = base;
  paths[source] = 1;
  order[0] = source;
  levelEnd[0] = 1;
  levelEntries[0] = (offsets[source + 1] as number) - (offsets[source] as number);
  ascending[0] = 1;
  // The CSR entries of the nodes on no level yet, and how many nodes the bottom-up list holds (-1: none).
  let unexplored = neighbors.length;
  let unreached = -1;
  let level = 0;
  for (let head = 0; head < (levelEnd[level] as number); level++) {
    const entries = levelEntries[level] as number;
    unexplored -= entries;
    if (unexplored < entries) {
      if (unreached === -1) unreached = listUnreached(levels, base);
      unreached = bottomUp(graph, levels, base + level, level, unreached);
    } else topDown(graph, levels, base + level, head, level);
    head = levelEnd[level] as number;
  }
  levels.stamp = base + level + 1;
  return level;
}

/**
 * Finds level + 1 from the neighbours of `level` (stamped `at`, from order[head]). Branch-free per
 * neighbour w, as which of the three cases comes next is a coin toss (new, on the next level, or seen
 * already): `fresh` and `follows` are 0 or 1 from integer arithmetic, and every write happens, harmlessly
 * when they are 0 (adding 0 leaves a count exactly as it was).
 */
function topDown(graph: PathGraph, levels: Levels, at: number, head: number, level: number): void {
  const { offsets, neighbors } = graph;
  const { distance, paths, order, levelEnd } = levels;
  const base = at - level;
  const next = at + 1;
  const end = levelEnd[level] as number;
  let tail = end;
  for (let k = head; k < end; k++) {
    const v = order[k] as number;
    const through = paths[v] as number;
    const stop = offsets[v + 1] as number;
    for (let j = offsets[v] as number; j < stop; j++) {
      const w = neighbors[j] as number;
      const seen = distance[w] as number;
      const fresh = (seen - base) >>> 31;
      const differs = seen ^ next;
      const follows = fresh | (1 - ((differs | -differs) >>> 31));
      paths[w] = (paths[w] as number) + through * follows;
      distance[w] = seen + (next - seen) * fresh;
      order[tail] = w;
      tail += fresh;
    }
  }
  let entries = 0;
  if (tail - end > distance.length >>> SWEEP_SHIFT) {
    // A large level: listed again by increasing number, from the distances, so that the walk back reads
    // its nodes' arrays in order (and may push up to the level above).
    let k = end;
    for (let w = 0; w < distance.length; w++) {
      if (distance[w] === next) {
        order[k++] = w;
        entries += (offsets[w + 1] as number) - (offsets[w] as number);
      }
    }
    endLevel(levels, level + 1, tail, entries, 1);
    return;
  }
  for (let k = end; k < tail; k++) {
    const w = order[k] as number;
    entries += (offsets[w + 1] as number) - (offsets[w] as number);
  }
  endLevel(levels, level + 1, tail, entries, 0);
}

/** The nodes this search has not reached, by increasing number, into `unreached`; returns how many. */
function listUnreached(levels: Levels, base: number): number {
  const { distance, unreached } = levels;
  let count = 0;
  for (let w = 0; w < distance.length; w++) if ((distance[w] as number) < base) unreached[count++] = w;
  return count;
}

/**
 * Finds level + 1 among the first `count` nodes of the bottom-up list: each one not reached yet sums the
 * paths of its neighbours on `level` (stamped `at`; the others add 0). Keeps those still unreached in the
 * list, in their order, and returns how many; the level found lies by increasing number too.
 */
function bottomUp(graph: PathGraph, levels: Levels, at: number, level: number, count: number): number {
  const { offsets, neighbors } = graph;
  const { distance, paths, order, levelEnd, unreached } = levels;
  const base = at - level;
  let tail = levelEnd[level] as number;
  let entries = 0;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const w = unreached[i] as number;
    // Reached by a top-down step since the list was made.
    if ((distance[w] as number) >= base) continue;
    const start = offsets[w] as number;
    const stop = offsets[w + 1] as number;
    let through = 0;
    for (let j = start; j < stop; j++) {
      const v = neighbors[j] as number;
      const differs = (distance[v] as number) ^ at;
      through += (paths[v] as number) * (1 - ((differs | -differs) >>> 31));
    }
    if (through > 0) {
      paths[w] = through;
      distance[w] = at + 1;
      order[tail++] = w;
      entries += stop - start;
    } else unreached[kept++] = w;
  }
  endLevel(levels, level + 1, tail, entries, 1);
  return kept;
}

function endLevel(levels: Levels, level: number, end: number, entries: number, ascending: number): void {
  levels.levelEnd[level] = end;
  levels.levelEntries[level] = entries;
  levels.ascending[level] = ascending;
}

/** Reached, Σd and Σ1/d of the source; Σ1/d as count/d level by level, in level order. */
function addPerSource(block: PathBlock, s: number, levels: Levels, depth: number): void {
  const { levelEnd } = levels;
  let total = 0;
  let harmonic = 0;
  for (let d = 1; d < depth; d++) {
    const count = (levelEnd[d] as number) - (levelEnd[d - 1] as number);
    total += d * count;
    harmonic += count / d;
  }
  block.reached[s] = levelEnd[depth - 1] as number;
  block.total[s] = total;
  block.harmonic[s] = harmonic;
}

/**
 * Each node reached adds 1, d and 1/d to its own sums: no two of its terms meet, so the nodes can be
 * taken in any order. When the search reached many, in increasing number, reading the distances, so that
 * the sums (three arrays of n) are swept rather than hit at random: at 100,000 actors they lie far
 * outside the cache.
 */
function addPerTarget(block: PathBlock, levels: Levels, depth: number): void {
  const { distance, order, levelEnd } = levels;
  const { reached, total, harmonic } = block;
  const count = levelEnd[depth - 1] as number;
  if (count > distance.length >>> SWEEP_SHIFT) {
    const base = levels.stamp - depth - 1;
    for (let v = 0; v < distance.length; v++) {
      const d = (distance[v] as number) - base;
      if (d > 0) {
        reached[v] = (reached[v] as number) + 1;
        total[v] = (total[v] as number) + d;
        harmonic[v] = (harmonic[v] as number) + 1 / d;
      }
    }
    return;
  }
  for (let d = 1; d < depth; d++) {
    const end = levelEnd[d] as number;
    for (let k = levelEnd[d - 1] as number; k < end; k++) {
      const v = order[k] as number;
      reached[v] = (reached[v] as number) + 1;
      total[v] = (total[v] as number) + d;
      harmonic[v] = (harmonic[v] as number) + 1 / d;
    }
  }
}

/**
 * From the deepest level up: dependency(v) = paths(v) × Σ over successors w of pull(w), where
 * pull(w) = (1 + dependency(w)) / paths(w). Scaled (pivots, Geisberger, Sanders & Schultes 2008 with the
 * origin moved one tie out, see path-dijkstra.ts): pull(w) = (1 / (d(w) − 2) + D(w)) / paths(w), ½ / paths(w)
 * at d(w) = 2; v is credited (d(v) − 1) × D(v), or D(v) at d(v) = 1, into the run of its hop count when
 * that is at most NEAR_HOPS and the block holds those runs.
 *
 * Each level pulls from every neighbour, branch-free: of a node's neighbours (its level and the two beside
 * it) only the level below has a non-zero value in the array it reads, so the sum is the same, in the
 * same order, as one over the successors alone. Where the level below has fewer neighbours to scan and
 * lies by increasing number (found bottom-up), it pushes instead: as every neighbour list is sorted
 * (locality.ts), each node then receives the same terms in the same order, so the same sum bit for bit.
 */
function walkBack(graph: PathGraph, betweenness: Float64Array, levels: Levels, depth: number, scaled: boolean): void {
  const { offsets, neighbors } = graph;
  const { paths, order, levelEnd, levelEntries, ascending } = levels;
  const n = offsets.length - 1;
  const split = betweenness.length > n;
  const base = levels.stamp - depth - 1;
  for (let d = depth - 1; d >= 1; d--) {
    const start = levelEnd[d - 1] as number;
    const end = levelEnd[d] as number;
    // Level d + 1 pulls from `from`; level d writes into the other, so its nodes read none of their own.
    const into = (d & 1) === 1 ? levels.pullOdd : levels.pullEven;
    const from = (d & 1) === 1 ? levels.pullEven : levels.pullOdd;
    const deepest = d === depth - 1;
    const pushed = !deepest && ascending[d + 1] === 1 && (levelEntries[d + 1] as number) < (levelEntries[d] as number);
    if (pushed) pushUp(graph, levels, from, into, base + d, d);
    for (let k = start; k < end; k++) {
      const v = order[k] as number;
      let pulled = 0;
      if (pushed) pulled = into[v] as number;
      else if (!deepest) {
        const stop = offsets[v + 1] as number;
        for (let j = offsets[v] as number; j < stop; j++) pulled += from[neighbors[j] as number] as number;
      }
      const through = paths[v] as number;
      paths[v] = 0;
      const beyond = through * pulled;
      if (scaled) {
        const at = split && d <= NEAR_HOPS ? d * n + v : v;
        betweenness[at] = (betweenness[at] as number) + (d === 1 ? beyond : (d - 1) * beyond);
        into[v] = d > 2 ? (1 / (d - 2) + beyond) / through : d === 2 ? 0.5 / through : 0;
      } else {
        betweenness[v] = (betweenness[v] as number) + beyond;
        into[v] = (1 + beyond) / through;
      }
    }
    // Level d + 1 is read by no level above this one.
    const below = levelEnd[d + 1] as number;
    for (let k = end; k < below; k++) from[order[k] as number] = 0;
  }
  const first = levelEnd[1] as number;
  for (let k = 1; k < first; k++) levels.pullOdd[order[k] as number] = 0;
}

/**
 * Level d + 1 adds its pull into `into` of its neighbours on level d (stamped `at`), branch-free: the
 * others (on levels d + 1 and d + 2, zero in `into`) get 0 added.
 */
function pushUp(graph: PathGraph, levels: Levels, from: Float64Array, into: Float64Array, at: number, d: number): void {
  const { offsets, neighbors } = graph;
  const { distance, order, levelEnd } = levels;
  const below = levelEnd[d + 1] as number;
  for (let k = levelEnd[d] as number; k < below; k++) {
    const w = order[k] as number;
    const pull = from[w] as number;
    const stop = offsets[w + 1] as number;
    for (let j = offsets[w] as number; j < stop; j++) {
      const v = neighbors[j] as number;
      const differs = (distance[v] as number) ^ at;
      into[v] = (into[v] as number) + pull * (1 - ((differs | -differs) >>> 31));
    }
  }
}

function clearPaths(levels: Levels, depth: number): void {
  const end = levels.levelEnd[depth - 1] as number;
  for (let k = 0; k < end; k++) levels.paths[levels.order[k] as number] = 0;
}
