import { type ActorKind, isActiveIn, type Network, type TieType } from "../model/index.js";
import type { Adjacency } from "./adjacency.js";

/**
 * The network as of one year in typed arrays, without a graphology graph: what the years read (the
 * timeline's Leiden, brokerage, the year figures). Its nodes, ties, weights and neighbour order are
 * exactly those of `adjacencyOf(buildGraph(network, { year }), weighted)`, so every figure computed
 * from it is the one computed from that graph, and graph-memo.ts finds the same entries.
 */
export interface YearNetwork {
  readonly year: number;
  /** The same CSR, with tie weights (summed over parallel ties) or with 1 for every tie. */
  readonly weighted: Adjacency;
  readonly unweighted: Adjacency;
  /** Per node. */
  readonly kinds: readonly ActorKind[];
  /** Per merged tie: its two ends and the tie types, in the order buildGraph lists them. */
  readonly ends: Int32Array;
  readonly types: readonly (readonly TieType[])[];
  /** Per CSR entry (`neighbors[j]`): which merged tie it is. */
  readonly tieOf: Int32Array;
}

/** A key graphology's adjacency objects enumerate first, in numeric order (an array index in JavaScript). */
export const isArrayIndex = (id: string) => /^(0|[1-9]\d*)$/.test(id) && Number(id) < 2 ** 32 - 1;

export function yearNetwork(network: Network, year: number): YearNetwork {
  // Active actors in data order, merged by id as buildGraph's mergeNode does (the last kind counts).
  const position = new Map<string, number>();
  const ids: string[] = [];
  const kinds: ActorKind[] = [];
  for (const actor of network.actors) {
    if (!isActiveIn(actor, year)) continue;
    const at = position.get(actor.id);
    if (at !== undefined) {
      kinds[at] = actor.kind;
      continue;
    }
    position.set(actor.id, ids.length);
    ids.push(actor.id);
    kinds.push(actor.kind);
  }
  const n = ids.length;
  // Parallel ties merged into the first one's place, their weights summed in data order.
  const tieAt = new Map<number, number>();
  const ends: number[] = [];
  const weightOf: number[] = [];
  const types: TieType[][] = [];
  for (const tie of network.ties) {
    if (!isActiveIn(tie, year)) continue;
    const a = position.get(tie.source);
    const b = position.get(tie.target);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    const at = tieAt.get(key);
    if (at === undefined) {
      tieAt.set(key, types.length);
      ends.push(a, b);
      weightOf.push(tie.weight);
      types.push([tie.type]);
      continue;
    }
    weightOf[at] = (weightOf[at] as number) + tie.weight;
    const listed = types[at] as TieType[];
    if (!listed.includes(tie.type)) listed.push(tie.type);
  }
  const m = types.length;
  const offsets = new Int32Array(n + 1);
  for (const end of ends) offsets[end + 1] = (offsets[end + 1] as number) + 1;
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  // Each node's neighbours in the order their first tie came, as graphology keeps them.
  const neighbors = new Int32Array(2 * m);
  const tieOf = new Int32Array(2 * m);
  const fill = offsets.slice(0, n);
  for (let e = 0; e < m; e++) {
    const a = ends[2 * e] as number;
    const b = ends[2 * e + 1] as number;
    neighbors[fill[a] as number] = b;
    tieOf[(fill[a] as number)++] = e;
    neighbors[fill[b] as number] = a;
    tieOf[(fill[b] as number)++] = e;
  }
  if (ids.some(isArrayIndex)) indicesFirst(ids, offsets, neighbors, tieOf);
  const weights = new Float64Array(2 * m);
  for (let j = 0; j < 2 * m; j++) weights[j] = weightOf[tieOf[j] as number] as number;
  const shared = { ids, position, offsets, neighbors };
  return {
    year,
    weighted: { ...shared, weighted: true, weights },
    unweighted: { ...shared, weighted: false, weights: new Float64Array(2 * m).fill(1) },
    kinds,
    ends: Int32Array.from(ends),
    types,
    tieOf,
  };
}

/**
 * graphology keeps a node's neighbours in an object keyed by id, and JavaScript enumerates keys that
 * are array indices ("7", "12") first, in numeric order, then the others in insertion order.
 */
function indicesFirst(ids: readonly string[], offsets: Int32Array, neighbors: Int32Array, tieOf: Int32Array): void {
  for (let v = 0; v < ids.length; v++) {
    const start = offsets[v] as number;
    const entries = Array.from({ length: (offsets[v + 1] as number) - start }, (_, k) => start + k);
    const index = (j: number) => {
      const id = ids[neighbors[j] as number] as string;
      return isArrayIndex(id) ? Number(id) : Number.POSITIVE_INFINITY;
    };
    // A stable sort: the others keep their insertion order after the indices.
    const sorted = [...entries].sort((x, y) => index(x) - index(y) || x - y);
    const [byNeighbor, byTie] = [sorted.map((j) => neighbors[j] as number), sorted.map((j) => tieOf[j] as number)];
    byNeighbor.forEach((w, k) => {
      neighbors[start + k] = w;
      tieOf[start + k] = byTie[k] as number;
    });
  }
}
