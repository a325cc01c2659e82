import type { Adjacency } from "./adjacency.js";

/**
 * Results of deterministic computations over a graph, kept by the graph's exact content: its nodes in
 * order, every node's neighbours in order and the weights read. A result is reused only for an input
 * equal in every array element and the same `key` (the options), so it is exactly what computing again
 * would give. The year figures use it: an edit of the latest year leaves the earlier years' graphs as
 * they were, and their betweenness and clusters are not computed again by the next analysis.
 * Bounded by entries and by the neighbour entries held; the oldest go first.
 */
export class GraphMemo<T> {
  readonly #entries = new Map<string, Entry<T>[]>();
  #held = 0;
  #count = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxNeighbors: number,
  ) {}

  get(adjacency: Adjacency, key: string): T | undefined {
    const bucket = this.#entries.get(bucketOf(adjacency, key));
    const found = bucket?.find((entry) => entry.key === key && sameContent(entry.content, adjacency));
    return found?.value;
  }

  set(adjacency: Adjacency, key: string, value: T): void {
    if (adjacency.neighbors.length > this.maxNeighbors) return;
    const bucketKey = bucketOf(adjacency, key);
    // Re-inserted so that the Map's order stays oldest first.
    const bucket = this.#entries.get(bucketKey) ?? [];
    this.#entries.delete(bucketKey);
    // Only what is compared: not the id → node map, nor anything else the caller hangs on the adjacency.
    const { weighted, ids, offsets, neighbors, weights } = adjacency;
    bucket.push({ key, content: { weighted, ids, offsets, neighbors, weights }, value });
    this.#entries.set(bucketKey, bucket);
    this.#held += adjacency.neighbors.length;
    this.#count++;
    while (this.#count > this.maxEntries || this.#held > this.maxNeighbors) this.#dropOldest();
  }

  #dropOldest(): void {
    const [oldestKey, bucket] = this.#entries.entries().next().value as [string, Entry<T>[]];
    const dropped = bucket.shift() as Entry<T>;
    if (bucket.length === 0) this.#entries.delete(oldestKey);
    this.#held -= dropped.content.neighbors.length;
    this.#count--;
  }
}

type Content = Pick<Adjacency, "weighted" | "ids" | "offsets" | "neighbors" | "weights">;

interface Entry<T> {
  readonly key: string;
  readonly content: Content;
  readonly value: T;
}

/** A cheap summary that tells most different graphs apart; equality is then checked element by element. */
function bucketOf(adjacency: Adjacency, key: string): string {
  let summary = summaries.get(adjacency);
  if (summary === undefined) {
    summary = summaryOf(adjacency);
    summaries.set(adjacency, summary);
  }
  return `${key}|${summary}`;
}

/**
 * Each adjacency's summary, made once: the memos look the same one up several times (a year's for its
 * clusters and for its brokerage, before and after measuring), and a walk over every neighbour entry is
 * slow while its code is still cold (a one-shot `weave analyse`). An adjacency is never changed.
 */
const summaries = new WeakMap<Adjacency, string>();

function summaryOf({ ids, neighbors, weights, weighted }: Adjacency): string {
  // Started as a 32-bit integer, as Math.imul leaves it: the loop never works on a double.
  let hash = 0x811c9dc5 | 0;
  for (let j = 0; j < neighbors.length; j++) hash = Math.imul(hash ^ (neighbors[j] as number), 0x01000193);
  // Without weights every weight is 1.
  let total = 0;
  if (weighted) for (let j = 0; j < weights.length; j++) total += weights[j] as number;
  return `${ids.length}|${neighbors.length}|${hash >>> 0}|${total}`;
}

function sameContent(a: Content, b: Adjacency): boolean {
  return (
    a.weighted === b.weighted &&
    sameArray(a.ids, b.ids) &&
    sameArray(a.offsets, b.offsets) &&
    sameArray(a.neighbors, b.neighbors) &&
    sameArray(a.weights, b.weights)
  );
}

function sameArray<T>(a: ArrayLike<T>, b: ArrayLike<T>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
