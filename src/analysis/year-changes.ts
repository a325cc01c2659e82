import { type ActorKind, type Network, yearsInData } from "../model/index.js";
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
  actors: readonly string[];
  present: Set<string>;
  /** Tied pairs by a key of their two ends. */
  pairs: Map<number, Pair>;
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
  // Pairs are keyed by their ends' places among all actors, the same key every year.
  const index = new Map<string, number>();
  for (const { id } of network.actors) if (!index.has(id)) index.set(id, index.size);
  const everTied = new Set<number>();
  let before: (Snapshot & { year: number }) | undefined;
  return yearsInData(network).map((year) => {
    const now = snapshot(networkOf(year), index);
    const changes: YearChanges =
      before === undefined
        ? { year, previous: null, joined: [], left: [], tiesMade: [], tiesLost: [], groupsLinked: [] }
        : {
            year,
            previous: before.year,
            joined: now.actors.filter((id) => !before?.present.has(id)),
            left: before.actors.filter((id) => !now.present.has(id)),
            tiesMade: [...now.pairs].filter(([key]) => !before?.pairs.has(key)).map(([, pair]) => pair),
            tiesLost: [...before.pairs].filter(([key]) => !now.pairs.has(key)).map(([, pair]) => pair),
            groupsLinked: [...now.pairs]
              .filter(([key, pair]) => !everTied.has(key) && isAssociationPair(pair))
              .map(([, pair]) => pair),
          };
    for (const key of now.pairs.keys()) everTied.add(key);
    before = { ...now, year };
    return changes;
  });
}

/** The changes going into one year, or undefined when the data has no such year. */
export function yearChanges(network: Network, year: number): YearChanges | undefined {
  return changesOverYears(network).find((changes) => changes.year === year);
}

/** Active actors and tied pairs as buildGraph sees them (self-ties and ties to unknown actors left out). */
function snapshot({ unweighted, ends }: YearNetwork, index: ReadonlyMap<string, number>): Snapshot {
  const { ids } = unweighted;
  const size = index.size;
  const pairs = new Map<number, Pair>();
  for (let e = 0; e < ends.length; e += 2) {
    const [a, b] = [ids[ends[e] as number] as string, ids[ends[e + 1] as number] as string];
    const [i, j] = [index.get(a) as number, index.get(b) as number];
    pairs.set(i < j ? i * size + j : j * size + i, a < b ? [a, b] : [b, a]);
  }
  return { actors: ids, present: new Set(ids), pairs };
}
