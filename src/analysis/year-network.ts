import { type Actor, type ActorKind, isActiveIn, type Network, type Tie, type TieType } from "../model/index.js";
import type { Adjacency } from "./adjacency.js";
import { oneTypeLists } from "./graph.js";
import { KeyMap } from "./key-map.js";

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
  /** Per node: its id's place among all the network's actors (`networkPlaces`), the same every year. */
  readonly places: Int32Array;
  /** Per place (not per node): networkPlaces' `kinds`, shared by every year. */
  readonly placeKinds: readonly ActorKind[];
}

/**
 * The network's actor ids numbered once, in order of first appearance, and each tie's ends by those
 * numbers: found once for all the years, so that building a year looks no id up.
 */
export interface NetworkPlaces {
  /** Per actor record (records of one id share its place). */
  readonly actor: Int32Array;
  /** Per tie: the place of its source and of its target, −1 for an id that no actor has. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly count: number;
  /** Per place: the kind of the id's last actor record, whatever the year. */
  readonly kinds: readonly ActorKind[];
  /**
   * Per tie: its pair of places numbered 0…pairs − 1 (ties between the same two actors share one), −1
   * for a tie with an unknown end or both ends one actor. A year merges its parallel ties by these.
   */
  readonly pair: Int32Array;
  readonly pairs: number;
  /** Whether some actor's id is an array index (see indicesFirst). */
  readonly arrayIndices: boolean;
  /**
   * 2 × pairs ones, made on first use: every year's unweighted adjacency weighs its ties with a view of
   * it (a year has at most `pairs` merged ties), rather than with an array of ones of its own.
   */
  ones(): Float64Array;
}

export function networkPlaces(network: Network): NetworkPlaces {
  const { actors, ties } = network;
  const placeOf = new Map<string, number>();
  // Plain loops: Int32Array.from with a function over an array of objects is many times slower.
  const actor = new Int32Array(actors.length);
  const kinds: ActorKind[] = [];
  for (let k = 0; k < actors.length; k++) {
    const { id, kind } = actors[k] as Actor;
    let place = placeOf.get(id);
    if (place === undefined) {
      place = placeOf.size;
      placeOf.set(id, place);
    }
    actor[k] = place;
    kinds[place] = kind;
  }
  const source = new Int32Array(ties.length);
  const target = new Int32Array(ties.length);
  const pair = new Int32Array(ties.length);
  const pairOf = new KeyMap(ties.length);
  const count = placeOf.size;
  let pairs = 0;
  for (let t = 0; t < ties.length; t++) {
    const tie = ties[t] as Tie;
    const [a, b] = [placeOf.get(tie.source) ?? -1, placeOf.get(tie.target) ?? -1];
    source[t] = a;
    target[t] = b;
    if (a === -1 || b === -1 || a === b) {
      pair[t] = -1;
      continue;
    }
    const key = a < b ? a * count + b : b * count + a;
    let at = pairOf.get(key);
    if (at === -1) {
      at = pairs++;
      pairOf.set(key, at);
    }
    pair[t] = at;
  }
  let arrayIndices = false;
  for (const id of placeOf.keys()) if (isArrayIndex(id)) arrayIndices = true;
  let ones: Float64Array | undefined;
  return {
    actor,
    source,
    target,
    count,
    kinds,
    pair,
    pairs,
    arrayIndices,
    ones() {
      ones ??= new Float64Array(2 * pairs).fill(1);
      return ones;
    },
  };
}

/** A key graphology's adjacency objects enumerate first, in numeric order (an array index in JavaScript). */
export const isArrayIndex = (id: string) => /^(0|[1-9]\d*)$/.test(id) && Number(id) < 2 ** 32 - 1;

/** `places`: networkPlaces(network), when the caller builds several years. */
export const yearNetwork = (network: Network, year: number, places = networkPlaces(network)): YearNetwork =>
  snapshot(network, year, places).built;

/** A network's adjacency, weighted and not, as YearNetwork's. */
export interface NetworkAdjacencies {
  readonly unweighted: Adjacency;
  readonly weighted: Adjacency;
}

/**
 * The adjacency of every year together (every actor and tie in the data), exactly that of
 * `adjacencyOf(buildGraph(network), weighted)`; the weighted one made on first read. Only the adjacency
 * is kept, not the rest of what a year's network holds.
 */
export function wholeAdjacencies(network: Network, places = networkPlaces(network)): NetworkAdjacencies {
  const { built, weightedAdjacency } = snapshot(network, undefined, places);
  const { unweighted } = built;
  return {
    unweighted,
    get weighted() {
      return weightedAdjacency();
    },
  };
}

function snapshot<Year extends number | undefined>(
  network: Network,
  year: Year,
  places: NetworkPlaces,
): {
  readonly built: Omit<YearNetwork, "year"> & { readonly year: Year };
  readonly weightedAdjacency: () => Adjacency;
} {
  // Active actors in data order, merged by id as buildGraph's mergeNode does (the last kind counts).
  const ids: string[] = [];
  const kinds: ActorKind[] = [];
  const nodePlaces: number[] = [];
  // Per place: the node of that actor this year, −1 when it is not active.
  const nodeOf = new Int32Array(places.count).fill(-1);
  network.actors.forEach((actor, k) => {
    if (year !== undefined && !isActiveIn(actor, year)) return;
    const place = places.actor[k] as number;
    const at = nodeOf[place] as number;
    if (at !== -1) {
      kinds[at] = actor.kind;
      return;
    }
    nodeOf[place] = ids.length;
    ids.push(actor.id);
    kinds.push(actor.kind);
    nodePlaces.push(place);
  });
  const n = ids.length;
  // Parallel ties merged into the first one's place, their weights summed in data order.
  const tieAt = new Int32Array(places.pairs).fill(-1);
  const ends: number[] = [];
  const weightOf: number[] = [];
  const types: (readonly TieType[])[] = [];
  const typesOf = oneTypeLists();
  const { ties } = network;
  for (let t = 0; t < ties.length; t++) {
    const tie = ties[t] as Tie;
    const pair = places.pair[t] as number;
    if (pair === -1 || (year !== undefined && !isActiveIn(tie, year))) continue;
    const a = nodeOf[places.source[t] as number] as number;
    const b = nodeOf[places.target[t] as number] as number;
    if (a === -1 || b === -1) continue;
    const at = tieAt[pair] as number;
    if (at === -1) {
      tieAt[pair] = types.length;
      ends.push(a, b);
      weightOf.push(tie.weight);
      types.push(typesOf(tie.type));
      continue;
    }
    weightOf[at] = (weightOf[at] as number) + tie.weight;
    const listed = types[at] as readonly TieType[];
    if (!listed.includes(tie.type)) types[at] = [...listed, tie.type];
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
  if (places.arrayIndices && ids.some(isArrayIndex)) indicesFirst(ids, offsets, neighbors, tieOf);
  // The years read nodes by number, never by id: the id → node map (0.4 MB a year at 10,000 actors) is
  // made only if asked for, once for both adjacencies.
  let position: ReadonlyMap<string, number> | undefined;
  const positionOf = () => {
    position ??= new Map(ids.map((id, v) => [id, v]));
    return position;
  };
  const adjacency = (weighted: boolean, values: Float64Array): Adjacency => ({
    ids,
    get position() {
      return positionOf();
    },
    offsets,
    neighbors,
    weighted,
    weights: values,
  });
  // Weights per CSR entry only when the weighted adjacency is read (an unweighted analysis never does).
  let weighted: Adjacency | undefined;
  const weightedAdjacency = () => {
    if (weighted === undefined) {
      const weights = new Float64Array(2 * m);
      for (let j = 0; j < 2 * m; j++) weights[j] = weightOf[tieOf[j] as number] as number;
      weighted = adjacency(true, weights);
    }
    return weighted;
  };
  const built = {
    year,
    get weighted() {
      return weightedAdjacency();
    },
    unweighted: adjacency(false, places.ones().subarray(0, 2 * m)),
    kinds,
    ends: Int32Array.from(ends),
    types,
    tieOf,
    places: Int32Array.from(nodePlaces),
    placeKinds: places.kinds,
  };
  return { built, weightedAdjacency };
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
