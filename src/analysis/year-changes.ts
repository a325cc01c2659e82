import { type ActorKind, type Network, networkAsOf, yearsInData } from "../model/index.js";

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
  actors: Set<string>;
  pairs: Map<string, Pair>;
}

const ASSOCIATIONS: ReadonlySet<ActorKind> = new Set(["group", "institution"]);

/** The changes of every year in the data, in order; the first is the baseline with nothing changed. */
export function changesOverYears(network: Network): YearChanges[] {
  const kindOf = new Map(network.actors.map((actor) => [actor.id, actor.kind]));
  const isAssociationPair = ([a, b]: Pair) =>
    ASSOCIATIONS.has(kindOf.get(a) ?? "resident") &&
    ASSOCIATIONS.has(kindOf.get(b) ?? "resident") &&
    // As in the year's groupLinks and groupInstitutionLinks: institution pairs do not count.
    !(kindOf.get(a) === "institution" && kindOf.get(b) === "institution");
  const everTied = new Set<string>();
  let before: (Snapshot & { year: number }) | undefined;
  return yearsInData(network).map((year) => {
    const now = snapshot(network, year);
    const changes: YearChanges =
      before === undefined
        ? { year, previous: null, joined: [], left: [], tiesMade: [], tiesLost: [], groupsLinked: [] }
        : {
            year,
            previous: before.year,
            joined: [...now.actors].filter((id) => !before?.actors.has(id)),
            left: [...(before?.actors ?? [])].filter((id) => !now.actors.has(id)),
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
function snapshot(network: Network, year: number): Snapshot {
  const active = networkAsOf(network, year);
  const actors = new Set(active.actors.map((actor) => actor.id));
  const pairs = new Map<string, Pair>();
  for (const { source, target } of active.ties) {
    if (source === target || !actors.has(source) || !actors.has(target)) continue;
    const pair: Pair = source < target ? [source, target] : [target, source];
    pairs.set(`${pair[0]}\u0000${pair[1]}`, pair);
  }
  return { actors, pairs };
}
