import { NEAR_HOPS, type PathBlock, type PathGraph } from "./path-types.js";
import type { PathSampling } from "./pivots.js";

/** The figures estimated from the pivots' sums, per node of the searched graph, and the error they carry. */
export interface PivotEstimates {
  readonly reached: Float64Array;
  readonly total: Float64Array;
  readonly harmonic: Float64Array;
  /** Normalised as NetworkX does (empty when betweenness was not asked). */
  readonly betweenness: Float64Array;
  /** The largest actor's error bound (see `estimateFromPivots`); the planned one without hop classes. */
  readonly epsilon: number;
}

/**
 * The shortest-path figures from the pivots' sums, post-stratified by hop distance: for each actor v the
 * other actors fall into classes by their distance from v (1, 2 … NEAR_HOPS hops, farther), whose sizes
 * N_c are counted; each class's total is N_c × the mean over the pivots in it, and for closeness and
 * harmonic the near classes are exact (their distance is their hop count). A broker's credit comes
 * mostly from the few pivots near it, so how many of them the draw happened to catch no longer moves its
 * estimate; that was the largest part of the error.
 *
 * The guarantee: given how many pivots fell in each class, those in a class are a uniform draw from it,
 * so Hoeffding's inequality (which holds for drawing without replacement) bounds the weighted sum of the
 * pivots' credits, each in [0, n − 2]: with probability 1 − δ/n, v's normalised betweenness lies within
 * √(2 ln(2n/δ) Σ_c N_c² / m_c) / (n − 1) of the exact one, m_c the pivots in class c. A class without
 * a pivot takes the mean of all the actor's pivots and adds its whole possible range, N_c × the largest
 * credit of one source, to the bound. The union over the n actors gives the stated epsilon, the largest
 * actor's bound: about the planned one, as Σ_c N_c² / m_c ≥ (n − 1)² / k. It holds for each figure, as
 * a pivot's 1 / d lies in [0, 1] and the near classes' distances are exact.
 *
 * On weighted graphs (no hop counts from Dijkstra) or when counting the classes would cost more than an
 * eighth of the pass, all actors are one class: the plain estimate, with the planned epsilon.
 */
export function estimateFromPivots(
  graph: PathGraph,
  pivots: Int32Array,
  sums: PathBlock,
  sampling: PathSampling,
  /** `hopClassSizes(graph, pivots.length)` when counted already (by a thread with nothing left to search). */
  counted?: Int32Array | null,
): PivotEstimates {
  const n = graph.offsets.length - 1;
  const runs = sums.betweenness.length / n;
  const sizes =
    runs === 1 || graph.lengths !== null ? null : counted === undefined ? hopClassSizes(graph, pivots.length) : counted;
  if (sizes === null) return plainEstimates(n, pivots, sums, sampling);
  const caught = countByHops(graph, pivots);
  return stratifiedEstimates(graph, pivots, sums, sampling, { sizes, caught });
}

/** Per node, how many actors lie 1, 2 … NEAR_HOPS hops from it (N_c); null when that costs more than an eighth of the pass. */
export function hopClassSizes(graph: PathGraph, pivots: number): Int32Array | null {
  if (countingExceeds(graph, (pivots * graph.neighbors.length) / 4)) return null;
  return countByHops(graph, allNodes(graph.offsets.length - 1));
}

/**
 * Whether counting the classes from every node would visit more than `budget` neighbour entries. It
 * visits those of each node within NEAR_HOPS − 1 hops of each source: Σ_v deg(v) × |v's ball of that
 * radius|, distance being symmetric. Each ball is measured by a search one hop shorter than the
 * counting's, stopping as soon as the sum is over (the counting itself found that out only after a
 * quarter of the pass's work, then threw its counts away).
 */
function countingExceeds(graph: PathGraph, budget: number): boolean {
  const { offsets, neighbors } = graph;
  const n = offsets.length - 1;
  const seen = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let visits = 0;
  for (let v = 0; v < n; v++) {
    seen[v] = v;
    queue[0] = v;
    let head = 0;
    let tail = 1;
    for (let hop = 0; hop < NEAR_HOPS - 1; hop++) {
      const level = tail;
      for (; head < level; head++) {
        const u = queue[head] as number;
        const end = offsets[u + 1] as number;
        for (let j = offsets[u] as number; j < end; j++) {
          const w = neighbors[j] as number;
          if (seen[w] === v) continue;
          seen[w] = v;
          queue[tail++] = w;
        }
      }
    }
    visits += ((offsets[v + 1] as number) - (offsets[v] as number)) * tail;
    if (visits > budget) return true;
  }
  return false;
}

/** Per node, how many of `from` lie 1, 2 … NEAR_HOPS hops from it (n × NEAR_HOPS). */
function countByHops(graph: PathGraph, from: Int32Array): Int32Array {
  const { offsets, neighbors } = graph;
  const n = offsets.length - 1;
  const counts = new Int32Array(n * NEAR_HOPS);
  const seen = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let i = 0; i < from.length; i++) {
    const source = from[i] as number;
    seen[source] = i;
    queue[0] = source;
    let head = 0;
    let tail = 1;
    for (let hop = 0; hop < NEAR_HOPS; hop++) {
      const level = tail;
      for (; head < level; head++) {
        const v = queue[head] as number;
        const end = offsets[v + 1] as number;
        for (let j = offsets[v] as number; j < end; j++) {
          const w = neighbors[j] as number;
          if (seen[w] === i) continue;
          seen[w] = i;
          queue[tail++] = w;
          counts[w * NEAR_HOPS + hop] = (counts[w * NEAR_HOPS + hop] as number) + 1;
        }
      }
    }
  }
  return counts;
}

const allNodes = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);

function pivotFlags(n: number, pivots: Int32Array): Uint8Array {
  const flags = new Uint8Array(n);
  for (const s of pivots) flags[s] = 1;
  return flags;
}

/** Every class one: the pivots other than v stand for the n − 1 others; betweenness over all n sources. */
function plainEstimates(n: number, pivots: Int32Array, sums: PathBlock, sampling: PathSampling): PivotEstimates {
  const k = pivots.length;
  const runs = sums.betweenness.length / n;
  const pivot = pivotFlags(n, pivots);
  const estimates = emptyEstimates(n, runs > 0);
  // Linearly scaled credits count each pair once in all, not once from each end: raw = n / k × the sum.
  const scale = n > 2 && k > 0 ? (2 * n) / k / ((n - 1) * (n - 2)) : 0;
  for (let v = 0; v < n; v++) {
    let credit = 0;
    for (let run = 0; run < runs; run++) credit += sums.betweenness[run * n + v] as number;
    if (runs > 0) estimates.betweenness[v] = credit * scale;
    const others = k - (pivot[v] as number);
    const up = others > 0 ? (n - 1) / others : 0;
    estimates.reached[v] = 1 + (sums.reached[v] as number) * up;
    estimates.total[v] = (sums.total[v] as number) * up;
    estimates.harmonic[v] = (sums.harmonic[v] as number) * up;
  }
  return { ...estimates, epsilon: sampling.epsilon };
}

function emptyEstimates(n: number, betweenness: boolean): Omit<PivotEstimates, "epsilon"> {
  return {
    reached: new Float64Array(n),
    total: new Float64Array(n),
    harmonic: new Float64Array(n),
    betweenness: new Float64Array(betweenness ? n : 0),
  };
}

interface HopClasses {
  /** Per node, the actors 1 … NEAR_HOPS hops away (N_c). */
  readonly sizes: Int32Array;
  /** Per node, the pivots 1 … NEAR_HOPS hops away (m_c). */
  readonly caught: Int32Array;
}

function stratifiedEstimates(
  graph: PathGraph,
  pivots: Int32Array,
  sums: PathBlock,
  sampling: PathSampling,
  classes: HopClasses,
): PivotEstimates {
  const n = graph.offsets.length - 1;
  const hasBetweenness = sums.betweenness.length > 0;
  const pivot = pivotFlags(n, pivots);
  const estimates = emptyEstimates(n, hasBetweenness);
  const normalise = n > 2 ? 2 / ((n - 1) * (n - 2)) : 0;
  const confidence = 2 * Math.log((2 * n) / sampling.delta);
  const actor: ActorClasses = {
    size: new Float64Array(NEAR_HOPS + 1),
    caught: new Float64Array(NEAR_HOPS + 1),
    credit: new Float64Array(NEAR_HOPS + 1),
  };
  let epsilon = 0;
  for (let v = 0; v < n; v++) {
    // Class 0 holds the actors beyond NEAR_HOPS (or out of reach), class h those h hops away.
    actor.size[0] = n - 1;
    actor.caught[0] = pivots.length - (pivot[v] as number);
    for (let hop = 1; hop <= NEAR_HOPS; hop++) {
      actor.size[hop] = classes.sizes[v * NEAR_HOPS + hop - 1] as number;
      actor.caught[hop] = classes.caught[v * NEAR_HOPS + hop - 1] as number;
      actor.size[0] -= actor.size[hop] as number;
      actor.caught[0] -= actor.caught[hop] as number;
    }
    for (let c = 0; c <= NEAR_HOPS; c++) actor.credit[c] = hasBetweenness ? (sums.betweenness[c * n + v] as number) : 0;
    estimateDistances(estimates, v, sums, actor);
    if (hasBetweenness) estimates.betweenness[v] = rawBetweenness(actor) * normalise;
    const bound = n > 2 ? Math.sqrt(confidence * spreadOf(actor)) / (n - 1) + uncoveredOf(actor, n) * normalise : 0;
    if (bound > epsilon) epsilon = bound;
  }
  return { ...estimates, epsilon };
}

/** One actor's classes: their sizes N_c, the pivots m_c in them, and those pivots' summed credit. */
interface ActorClasses {
  readonly size: Float64Array;
  readonly caught: Float64Array;
  readonly credit: Float64Array;
}

/** Near classes exactly (their distance is their hop count); the far class from its pivots' sums. */
function estimateDistances(
  estimates: Omit<PivotEstimates, "epsilon">,
  v: number,
  sums: PathBlock,
  { size, caught }: ActorClasses,
): void {
  let reached = 1;
  let total = 0;
  let harmonic = 0;
  let farReached = sums.reached[v] as number;
  let farTotal = sums.total[v] as number;
  let farHarmonic = sums.harmonic[v] as number;
  for (let hop = 1; hop <= NEAR_HOPS; hop++) {
    reached += size[hop] as number;
    total += (size[hop] as number) * hop;
    harmonic += (size[hop] as number) / hop;
    farReached -= caught[hop] as number;
    farTotal -= (caught[hop] as number) * hop;
    farHarmonic -= (caught[hop] as number) / hop;
  }
  const far = caught[0] as number;
  const beyond = size[0] as number;
  // With no far pivot, the far actors are taken as reached one hop past the near classes.
  estimates.reached[v] = reached + (far > 0 ? (beyond * farReached) / far : beyond);
  estimates.total[v] = total + (far > 0 ? (beyond * farTotal) / far : beyond * (NEAR_HOPS + 1));
  estimates.harmonic[v] = harmonic + (far > 0 ? (beyond * farHarmonic) / far : beyond / (NEAR_HOPS + 1));
}

/** Σ over classes of N_c × the class's mean credit; a class without a pivot takes the mean of them all. */
function rawBetweenness({ size, caught, credit }: ActorClasses): number {
  let pooled = 0;
  let pivots = 0;
  for (let c = 0; c <= NEAR_HOPS; c++) {
    pooled += credit[c] as number;
    pivots += caught[c] as number;
  }
  const mean = pivots > 0 ? pooled / pivots : 0;
  let raw = 0;
  for (let c = 0; c <= NEAR_HOPS; c++) {
    const members = size[c] as number;
    raw += (caught[c] as number) > 0 ? (members * (credit[c] as number)) / (caught[c] as number) : members * mean;
  }
  return raw;
}

/** Σ_c N_c² / m_c over the classes with a pivot: the Hoeffding term of the actor's bound. */
function spreadOf({ size, caught }: ActorClasses): number {
  let spread = 0;
  for (let c = 0; c <= NEAR_HOPS; c++) {
    if ((caught[c] as number) > 0) spread += ((size[c] as number) * (size[c] as number)) / (caught[c] as number);
  }
  return spread;
}

/** The raw credit the classes without a pivot could hold: N_c × the largest credit of one of their sources. */
function uncoveredOf(actor: ActorClasses, n: number): number {
  let uncovered = 0;
  for (let c = 0; c <= NEAR_HOPS; c++) {
    if ((actor.caught[c] as number) === 0) uncovered += (actor.size[c] as number) * largestCredit(actor, c, n);
  }
  return uncovered;
}

/**
 * The most one source a hops from v can credit it with. A neighbour (a = 1) only for the pairs of v's
 * other neighbours, ½ each. From a ≥ 2 a target h hops beyond v gives at most (a − 1) / (a − 2 + h), so
 * the actors h hops from v bound it, those past NEAR_HOPS with h = NEAR_HOPS + 1; farther sources n − 2.
 */
function largestCredit({ size }: ActorClasses, a: number, n: number): number {
  if (a === 1) return ((size[1] as number) - 1) / 2;
  if (a === 0) return n - 2;
  let most = ((size[0] as number) * (a - 1)) / (a - 1 + NEAR_HOPS);
  for (let h = 1; h <= NEAR_HOPS; h++) most += ((size[h] as number) * (a - 1)) / (a - 2 + h);
  return Math.min(most, n - 2);
}
