import { NEAR_HOPS, type PathBlock, type PathGraph } from "./path-types.js";
import type { PathSampling, TypicalError } from "./pivots.js";

/** The figures estimated from the pivots' sums, per node of the searched graph, and the error they carry. */
export interface PivotEstimates {
  readonly reached: Float64Array;
  readonly total: Float64Array;
  readonly harmonic: Float64Array;
  /** Normalised as NetworkX does (empty when betweenness was not asked). */
  readonly betweenness: Float64Array;
  /** The largest actor's error bound (see `estimateFromPivots`); the planned one without hop classes. */
  readonly epsilon: number;
  /** The strongest brokers' typical relative error, found between two halves of the pivots (`typicalErrorOf`). */
  readonly typicalError: TypicalError | null;
}

/** One half of the pivots (those of the odd blocks) and their betweenness sums; the other half is the rest. */
export interface PivotHalves {
  readonly odd: Int32Array;
  readonly oddBetweenness: Float64Array;
}

/** The typical error is measured over the actors with the highest estimated bridging, at most this many. */
const TYPICAL_ERROR_TOP = 50;

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
  halves: PivotHalves | null = null,
): PivotEstimates {
  const n = graph.offsets.length - 1;
  const runs = sums.betweenness.length / n;
  const sizes =
    runs === 1 || graph.lengths !== null ? null : counted === undefined ? hopClassSizes(graph, pivots.length) : counted;
  const classes = sizes === null ? null : { sizes, caught: countByHops(graph, pivots) };
  const estimates =
    classes === null
      ? plainEstimates(n, pivots, sums, sampling)
      : stratifiedEstimates(graph, pivots, sums, sampling, classes);
  const typicalError =
    halves === null ? null : typicalErrorOf(graph, pivots, sums.betweenness, halves, classes, estimates);
  return { ...estimates, typicalError };
}

/**
 * The strongest brokers' typical relative error, from the data rather than a bound: each half of the pivots
 * estimates their betweenness on its own, as the whole does (post-stratified when the whole is). Means
 * of k₁ and k₂ independent pivots differ with variance σ²(1/k₁ + 1/k₂), the whole's being σ²/k, so
 * (half₁ − half₂) × √(k₁k₂) / k, half the difference for equal halves, stands for the whole's error: the
 * root mean square of it relative to the estimate, over the TYPICAL_ERROR_TOP actors the whole ranks
 * highest. Null when no actor bridges.
 */
function typicalErrorOf(
  graph: PathGraph,
  pivots: Int32Array,
  credits: Float64Array,
  halves: PivotHalves,
  classes: HopClasses | null,
  estimates: Omit<PivotEstimates, "typicalError">,
): TypicalError | null {
  const n = graph.offsets.length - 1;
  const top = highest(estimates.betweenness, TYPICAL_ERROR_TOP);
  if (top.length === 0) return null;
  const inOdd = pivotFlags(n, halves.odd);
  const even = pivots.filter((s) => inOdd[s] === 0);
  const evenCredits = credits.map((credit, i) => credit - (halves.oddBetweenness[i] as number));
  // The whole's classes less the odd half's pivots in them are the even half's: one count, not two.
  let oddClasses: HopClasses | null = null;
  let evenClasses: HopClasses | null = null;
  if (classes !== null) {
    const oddCaught = countByHops(graph, halves.odd);
    oddClasses = { sizes: classes.sizes, caught: oddCaught };
    evenClasses = { sizes: classes.sizes, caught: classes.caught.map((count, i) => count - (oddCaught[i] as number)) };
  }
  const odd = halfBetweenness(n, halves.odd, halves.oddBetweenness, oddClasses, top);
  const other = halfBetweenness(n, even, evenCredits, evenClasses, top);
  const scale = Math.sqrt(halves.odd.length * even.length) / pivots.length;
  let squares = 0;
  for (let i = 0; i < top.length; i++) {
    const relative =
      (((odd[i] as number) - (other[i] as number)) * scale) / (estimates.betweenness[top[i] as number] as number);
    squares += relative * relative;
  }
  return { relative: Math.sqrt(squares / top.length), actors: top.length };
}

/** Up to `count` nodes with the highest positive values, highest first. */
function highest(values: Float64Array, count: number): Int32Array {
  const chosen: number[] = [];
  for (let v = 0; v < values.length; v++) {
    const value = values[v] as number;
    if (value <= 0 || (chosen.length === count && value <= (values[chosen[count - 1] as number] as number))) continue;
    let at = chosen.length === count ? count - 1 : chosen.length;
    while (at > 0 && (values[chosen[at - 1] as number] as number) < value) {
      chosen[at] = chosen[at - 1] as number;
      at--;
    }
    chosen[at] = v;
  }
  return Int32Array.from(chosen);
}

/** The normalised betweenness of the `actors` estimated from `pivots` and their summed `credits` alone. */
function halfBetweenness(
  n: number,
  pivots: Int32Array,
  credits: Float64Array,
  classes: HopClasses | null,
  actors: Int32Array,
): Float64Array {
  const runs = credits.length / n;
  const estimates = new Float64Array(actors.length);
  if (classes === null) {
    const scale = n > 2 && pivots.length > 0 ? (2 * n) / pivots.length / ((n - 1) * (n - 2)) : 0;
    actors.forEach((v, i) => {
      let credit = 0;
      for (let run = 0; run < runs; run++) credit += credits[run * n + v] as number;
      estimates[i] = credit * scale;
    });
    return estimates;
  }
  const pivot = pivotFlags(n, pivots);
  const actor = newActorClasses();
  const normalise = n > 2 ? 2 / ((n - 1) * (n - 2)) : 0;
  actors.forEach((v, i) => {
    classesOf(actor, v, n, pivots.length - (pivot[v] as number), classes, credits);
    estimates[i] = rawBetweenness(actor) * normalise;
  });
  return estimates;
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
function plainEstimates(
  n: number,
  pivots: Int32Array,
  sums: PathBlock,
  sampling: PathSampling,
): Omit<PivotEstimates, "typicalError"> {
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

function emptyEstimates(n: number, betweenness: boolean): Omit<PivotEstimates, "epsilon" | "typicalError"> {
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
): Omit<PivotEstimates, "typicalError"> {
  const n = graph.offsets.length - 1;
  const hasBetweenness = sums.betweenness.length > 0;
  const pivot = pivotFlags(n, pivots);
  const estimates = emptyEstimates(n, hasBetweenness);
  const normalise = n > 2 ? 2 / ((n - 1) * (n - 2)) : 0;
  const confidence = 2 * Math.log((2 * n) / sampling.delta);
  const actor = newActorClasses();
  let epsilon = 0;
  for (let v = 0; v < n; v++) {
    classesOf(actor, v, n, pivots.length - (pivot[v] as number), classes, hasBetweenness ? sums.betweenness : null);
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

function newActorClasses(): ActorClasses {
  return {
    size: new Float64Array(NEAR_HOPS + 1),
    caught: new Float64Array(NEAR_HOPS + 1),
    credit: new Float64Array(NEAR_HOPS + 1),
  };
}

/**
 * Fills `actor` with v's classes: class 0 holds the actors beyond NEAR_HOPS (or out of reach), class h
 * those h hops away; `others` is the pivots other than v; `credits` the betweenness sums, one run of n
 * per class (null: no betweenness).
 */
function classesOf(
  actor: ActorClasses,
  v: number,
  n: number,
  others: number,
  classes: HopClasses,
  credits: Float64Array | null,
): void {
  actor.size[0] = n - 1;
  actor.caught[0] = others;
  for (let hop = 1; hop <= NEAR_HOPS; hop++) {
    actor.size[hop] = classes.sizes[v * NEAR_HOPS + hop - 1] as number;
    actor.caught[hop] = classes.caught[v * NEAR_HOPS + hop - 1] as number;
    actor.size[0] -= actor.size[hop] as number;
    actor.caught[0] -= actor.caught[hop] as number;
  }
  for (let c = 0; c <= NEAR_HOPS; c++) actor.credit[c] = credits === null ? 0 : (credits[c * n + v] as number);
}

/** Near classes exactly (their distance is their hop count); the far class from its pivots' sums. */
function estimateDistances(
  estimates: Omit<PivotEstimates, "epsilon" | "typicalError">,
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
