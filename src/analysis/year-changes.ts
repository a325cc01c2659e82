import { type Network, yearsInData } from "../model/index.js";
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

/** What the year figures read of the changes: how many pairs were made and lost, not which. */
export type YearTieCounts = Omit<YearChanges, "joined" | "left" | "tiesMade" | "tiesLost"> & {
  tiesMade: number;
  tiesLost: number;
};

/** One year against the year before it (`was`, undefined in the first year). */
interface YearStep {
  year: number;
  now: YearNetwork;
  was: YearNetwork | undefined;
  /** Per merged tie of `now`: 1 when its pair was not tied in `was`; of `was`: 1 when not tied in `now`. */
  made: Uint8Array;
  lost: Uint8Array;
  groupsLinked: Pair[];
}

const ASSOCIATION = { group: 1, institution: 2 } as const;

/**
 * Walks the years in order, comparing each with the year before by the actors' places among all
 * actors (year-network.ts), the same every year: a tie is in both years when its other end's place
 * is among the other year's neighbours of its actor, found by marking those in an array by place.
 * `networkOf`: the years as the caller has them already (year-graphs.ts).
 */
function walkYears<T>(network: Network, networkOf: (year: number) => YearNetwork, visit: (step: YearStep) => T): T[] {
  let marks: { mark: Int32Array; next: number } | undefined;
  const everTied = new KeyMap();
  let before: { year: YearNetwork; nodes: Int32Array } | undefined;
  return yearsInData(network).map((year) => {
    const now = networkOf(year);
    const size = now.placeKinds.length;
    marks ??= { mark: new Int32Array(size).fill(-1), next: 0 };
    const nodes = nodesByPlace(now, size);
    const was = before?.year;
    const step: YearStep = {
      year,
      now,
      was,
      made: before === undefined ? new Uint8Array(0) : absentFrom(now, before, marks),
      lost: before === undefined ? new Uint8Array(0) : absentFrom(before.year, { year: now, nodes }, marks),
      groupsLinked: [],
    };
    const { ends, places } = now;
    const association = associationsOf(now);
    for (let e = 0; e < now.types.length; e++) {
      const a = ends[2 * e] as number;
      const b = ends[2 * e + 1] as number;
      const kindA = association[a] as number;
      const kindB = association[b] as number;
      // As in the year's groupLinks and groupInstitutionLinks: institution pairs do not count.
      if (kindA === 0 || kindB === 0 || (kindA === ASSOCIATION.institution && kindB === ASSOCIATION.institution)) {
        continue;
      }
      const [i, j] = [places[a] as number, places[b] as number];
      const key = i < j ? i * size + j : j * size + i;
      if (was !== undefined && !everTied.has(key)) step.groupsLinked.push(pairOf(now, e));
      everTied.set(key, 1);
    }
    before = { year: now, nodes };
    return visit(step);
  });
}

/** Per node: its ASSOCIATION code by its actor's last record (whatever the year), 0 for the other kinds. */
function associationsOf({ places, placeKinds }: YearNetwork): Uint8Array {
  const codes = new Uint8Array(places.length);
  for (let v = 0; v < places.length; v++) {
    const kind = placeKinds[places[v] as number];
    codes[v] = kind === "group" || kind === "institution" ? ASSOCIATION[kind] : 0;
  }
  return codes;
}

/** Per place among all actors: its node in `year`, −1 when not active. */
function nodesByPlace(year: YearNetwork, size: number): Int32Array {
  const nodes = new Int32Array(size).fill(-1);
  for (let v = 0; v < year.places.length; v++) nodes[year.places[v] as number] = v;
  return nodes;
}

/**
 * Per merged tie of `year`: 1 when its pair is not tied in `other` (`nodes`: nodesByPlace of it).
 * `marks`: a scratch array by place whose every value below `next` is stale.
 */
function absentFrom(
  year: YearNetwork,
  { year: other, nodes: otherNodes }: { year: YearNetwork; nodes: Int32Array },
  marks: { mark: Int32Array; next: number },
): Uint8Array {
  const absent = new Uint8Array(year.types.length).fill(1);
  const { offsets, neighbors } = year.unweighted;
  const { offsets: otherOffsets, neighbors: otherNeighbors } = other.unweighted;
  const { places, tieOf } = year;
  const otherPlaces = other.places;
  const { mark } = marks;
  let stamp = marks.next;
  for (let v = 0; v < places.length; v++) {
    const u = otherNodes[places[v] as number] as number;
    if (u === -1) continue;
    stamp++;
    const otherEnd = otherOffsets[u + 1] as number;
    for (let k = otherOffsets[u] as number; k < otherEnd; k++)
      mark[otherPlaces[otherNeighbors[k] as number] as number] = stamp;
    const end = offsets[v + 1] as number;
    for (let j = offsets[v] as number; j < end; j++) {
      if (mark[places[neighbors[j] as number] as number] === stamp) absent[tieOf[j] as number] = 0;
    }
  }
  marks.next = stamp + 1;
  return absent;
}

/**
 * The changes of every year in the data, in order; the first is the baseline with nothing changed.
 * `networkOf`: the years as the caller has them already (year-graphs.ts).
 */
export function changesOverYears(
  network: Network,
  networkOf: (year: number) => YearNetwork = (year) => yearNetwork(network, year),
): YearChanges[] {
  return walkYears(network, networkOf, ({ year, now, was, made, lost, groupsLinked }) => {
    if (was === undefined) {
      return { year, previous: null, joined: [], left: [], tiesMade: [], tiesLost: [], groupsLinked };
    }
    const [nowIds, wasIds] = [new Set(now.unweighted.ids), new Set(was.unweighted.ids)];
    return {
      year,
      previous: was.year,
      joined: now.unweighted.ids.filter((id) => !wasIds.has(id)),
      left: was.unweighted.ids.filter((id) => !nowIds.has(id)),
      tiesMade: pairsFlagged(now, made),
      tiesLost: pairsFlagged(was, lost),
      groupsLinked,
    };
  });
}

/** As changesOverYears, counting the pairs made and lost instead of listing them. */
export function tieCountsOverYears(network: Network, networkOf: (year: number) => YearNetwork): YearTieCounts[] {
  return walkYears(network, networkOf, ({ year, was, made, lost, groupsLinked }) => ({
    year,
    previous: was === undefined ? null : was.year,
    tiesMade: was === undefined ? 0 : flagged(made),
    tiesLost: was === undefined ? 0 : flagged(lost),
    groupsLinked,
  }));
}

/** The changes going into one year, or undefined when the data has no such year. */
export function yearChanges(network: Network, year: number): YearChanges | undefined {
  return changesOverYears(network).find((changes) => changes.year === year);
}

function flagged(flags: Uint8Array): number {
  let count = 0;
  for (const flag of flags) count += flag;
  return count;
}

/** The year's pairs whose flag is set, in the year's tie order. */
function pairsFlagged(year: YearNetwork, flags: Uint8Array): Pair[] {
  const pairs: Pair[] = [];
  for (let e = 0; e < flags.length; e++) if (flags[e] === 1) pairs.push(pairOf(year, e));
  return pairs;
}

/** A merged tie's two ends' ids, the smaller first. */
function pairOf({ ends, unweighted }: YearNetwork, e: number): Pair {
  const [a, b] = [unweighted.ids[ends[2 * e] as number] as string, unweighted.ids[ends[2 * e + 1] as number] as string];
  return a < b ? [a, b] : [b, a];
}
