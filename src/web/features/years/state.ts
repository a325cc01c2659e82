import { type YearChanges, yearChanges } from "../../../analysis/year-changes.js";
import type { Network } from "../../../model/index.js";
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

/** What changed going into `year`, as the analysis counts it (see analysis/year-changes.ts). */
export function whatChanged(network: Network, year: number): YearChanges | undefined {
  return yearChanges(network, year);
}
