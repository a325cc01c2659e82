import type { ActorKind, Network } from "../../../model/index.js";
import type { YearFigures } from "../../api/types.js";

export const TREND_MEASURES = [
  "ties",
  "components",
  "isolatedResidents",
  "groupLinks",
  "institutionBrokerageShare",
] as const;
export type TrendMeasure = (typeof TREND_MEASURES)[number];

export function measureOf(figures: YearFigures, measure: TrendMeasure): number {
  const value = figures[measure];
  return typeof value === "number" ? value : value.length;
}

/** The year after `current` in the data, or the first one once the last is passed (for "play"). */
export function nextYear(years: readonly number[], current: number | undefined): number | undefined {
  if (years.length === 0) return undefined;
  const index = current === undefined ? -1 : years.indexOf(current);
  return years[(index + 1) % years.length];
}

export interface YearChanges {
  readonly joined: readonly string[];
  readonly left: readonly string[];
  readonly tiesAdded: readonly { source: string; target: string; type: string }[];
  readonly tiesEnded: readonly { source: string; target: string; type: string }[];
  /** Pairs of groups or institutions tied for the first time that year. */
  readonly newGroupLinks: readonly { source: string; target: string }[];
}

const ASSOCIATIONS: readonly ActorKind[] = ["group", "institution"];

/** What changed going into `year`: who and what started that year, and what ended the year before. */
export function whatChanged(network: Network, year: number): YearChanges {
  const kindOf = new Map(network.actors.map((actor) => [actor.id, actor.kind]));
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const linkedBefore = new Set(
    network.ties
      .filter((tie) => tie.since !== undefined && tie.since < year)
      .map((tie) => pairKey(tie.source, tie.target)),
  );
  const tiesAdded = network.ties.filter((tie) => tie.since === year);
  const newGroupLinks = tiesAdded.filter(
    (tie) =>
      ASSOCIATIONS.includes(kindOf.get(tie.source) ?? "resident") &&
      ASSOCIATIONS.includes(kindOf.get(tie.target) ?? "resident") &&
      !linkedBefore.has(pairKey(tie.source, tie.target)),
  );
  return {
    joined: network.actors.filter((actor) => actor.since === year).map((actor) => actor.id),
    left: network.actors.filter((actor) => actor.until === year - 1).map((actor) => actor.id),
    tiesAdded: tiesAdded.map(({ source, target, type }) => ({ source, target, type })),
    tiesEnded: network.ties
      .filter((tie) => tie.until === year - 1)
      .map(({ source, target, type }) => ({ source, target, type })),
    newGroupLinks: newGroupLinks.map(({ source, target }) => ({ source, target })),
  };
}
