import { type ActorKind, type Network, yearsInData } from "../model/index.js";
import { KeyMap } from "./key-map.js";
import { type YearNetwork, yearNetwork } from "./year-network.js";

/** Two actor ids, the smaller first. */
export type Pair = [string, string];

/**
 * What changed going into `year` from the year before it in the data. Ties are counted as the tie
 * total counts them: pairs tied that year, parallel ties merged, so `tiesMade − tiesLost` is the
 * change in that total. The first year is the baseline: `previous` is null and nothing is "made".
 */
export interface YearChanges {
  year: number;
  previous: number | null;
  /** Actors active this year and not the year before. */
  joined: string[];
  left: string[];
  tiesMade: Pair[];
  tiesLost: Pair[];
  /** Group–group and group–institution pairs tied this year and in no earlier year, each once. */
  groupsLinked: Pair[];
}

interface Snapshot {
  year: number;
  actors: readonly string[];
  /** Per actor of the year: its place among all actors, the same every year. */
  places: Int32Array;
  /** Per merged tie of the year, in its order: a key of its two ends' places. */
  keys: Float64Array;
  /** The same keys, to look pairs up. */
  tied: KeyMap;
  /** Per merged tie: its two ends' ids, the smaller first. */
  pairOf: (tie: number) => Pair;
}

const ASSOCIATIONS: ReadonlySet<ActorKind> = new Set(["group", "institution"]);

/**
 * The changes of every year in the data, in order; the first is the baseline with nothing changed.
 * `networkOf`: the years as the caller has them already (year-graphs.ts).
 */
export function changesOverYears(
  network: Network,
  networkOf: (year: number) => YearNetwork = (year) => yearNetwork(network, year),
): YearChanges[] {
  const kindOf = new Map(network.actors.map((actor) => [actor.id, actor.kind]));
  const isAssociationPair = ([a, b]: Pair) =>
    ASSOCIATIONS.has(kindOf.get(a) ?? "resident") &&
    ASSOCIATIONS.has(kindOf.get(b) ?? "resident") &&
    // As in the year's groupLinks and groupInstitutionLinks: institution pairs do not count.
    !(kindOf.get(a) === "institution" && kindOf.get(b) === "institution");
  // Pairs are keyed by their ends' places among all actors (year-network.ts), the same key every
  // year, and looked up in typed hash maps (key-map.ts).
  const size = new Set(network.actors.map((actor) => actor.id)).size;
  const present = new Uint8Array(size);
  const everTied = new KeyMap();
  let before: Snapshot | undefined;
  return yearsInData(network).map((year) => {
    const now = snapshot(networkOf(year), size, year);
    let changes: YearChanges;
    if (before === undefined) {
      changes = { year, previous: null, joined: [], left: [], tiesMade: [], tiesLost: [], groupsLinked: [] };
    } else {
      const was = before;
      changes = {
        year,
        previous: was.year,
        joined: now.actors.filter((_id, v) => present[now.places[v] as number] === 0),
        left: [],
        tiesMade: pairsWhere(now, (key) => !was.tied.has(key)),
        tiesLost: pairsWhere(was, (key) => !now.tied.has(key)),
        groupsLinked: pairsWhere(now, (key) => !everTied.has(key)).filter(isAssociationPair),
      };
      for (const place of now.places) present[place] = 2;
      changes.left = was.actors.filter((_id, v) => present[was.places[v] as number] === 1);
    }
    present.fill(0);
    for (const place of now.places) present[place] = 1;
    for (const key of now.keys) everTied.set(key, 1);
    before = now;
    return changes;
  });
}

/** The changes going into one year, or undefined when the data has no such year. */
export function yearChanges(network: Network, year: number): YearChanges | undefined {
  return changesOverYears(network).find((changes) => changes.year === year);
}

/** Active actors and tied pairs as buildGraph sees them (self-ties and ties to unknown actors left out). */
function snapshot({ unweighted, ends, places }: YearNetwork, size: number, year: number): Snapshot {
  const { ids } = unweighted;
  const keys = new Float64Array(ends.length / 2);
  for (let e = 0; e < keys.length; e++) {
    const [i, j] = [places[ends[2 * e] as number] as number, places[ends[2 * e + 1] as number] as number];
    keys[e] = i < j ? i * size + j : j * size + i;
  }
  const pairOf = (e: number): Pair => {
    const [a, b] = [ids[ends[2 * e] as number] as string, ids[ends[2 * e + 1] as number] as string];
    return a < b ? [a, b] : [b, a];
  };
  const tied = new KeyMap(keys.length);
  for (const key of keys) tied.set(key, 1);
  return { year, actors: ids, places, keys, tied, pairOf };
}

/** The pairs of the year whose key passes `keep`, in the year's tie order. */
function pairsWhere(year: Snapshot, keep: (key: number) => boolean): Pair[] {
  const pairs: Pair[] = [];
  for (let e = 0; e < year.keys.length; e++) if (keep(year.keys[e] as number)) pairs.push(year.pairOf(e));
  return pairs;
}
