import type { YearFigures } from "../../api/types.js";

/** The figures set side by side, in the order the comparison lists them. */
export const COMPARED_MEASURES = [
  "actors",
  "ties",
  "clusters",
  "isolatedResidents",
  "groupLinks",
  "groupInstitutionLinks",
  "institutionBrokerageShare",
  "tiesAdded",
  "tiesRemoved",
] as const;
export type ComparedMeasure = (typeof COMPARED_MEASURES)[number];

export interface ComparisonRow {
  readonly measure: ComparedMeasure;
  /** The figure in each year; null where the year has none (ties made in the first, baseline year). */
  readonly from: number | null;
  readonly to: number | null;
  /**
   * For a state (actors, ties…): to − from. For a flow (ties made, ties lost): the sum over the years
   * after `from` up to `to`, so made − lost adds up to the change in ties.
   */
  readonly change: number;
  readonly kind: "state" | "flow";
  readonly asPercent: boolean;
}

export interface ComparedYears {
  readonly from: number;
  readonly to: number;
}

/**
 * The two years to compare: the chosen ones when the data has them, else the first and the last
 * year; earlier first. Undefined when the data has no years.
 */
export function comparedYears(
  years: readonly number[],
  from: number | undefined,
  to: number | undefined,
): ComparedYears | undefined {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const a = from !== undefined && years.includes(from) ? from : first;
  const b = to !== undefined && years.includes(to) ? to : last;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

function figureOf(figures: YearFigures, measure: ComparedMeasure): number | null {
  const value = figures[measure];
  return Array.isArray(value) ? value.length : value;
}

const FLOWS: ReadonlySet<ComparedMeasure> = new Set(["tiesAdded", "tiesRemoved"]);

/** One row per compared figure, from the analysis' per-year figures. */
export function comparisonRows(figures: readonly YearFigures[], { from, to }: ComparedYears): ComparisonRow[] {
  const at = (year: number) => figures.find((entry) => entry.year === year);
  const start = at(from);
  const end = at(to);
  if (start === undefined || end === undefined) return [];
  const between = figures.filter((entry) => entry.year > from && entry.year <= to);
  return COMPARED_MEASURES.map((measure) => {
    const a = figureOf(start, measure);
    const b = figureOf(end, measure);
    const flow = FLOWS.has(measure);
    const change = flow
      ? between.reduce((sum, entry) => sum + (figureOf(entry, measure) ?? 0), 0)
      : (b ?? 0) - (a ?? 0);
    return {
      measure,
      from: a,
      to: b,
      change,
      kind: flow ? "flow" : "state",
      asPercent: measure === "institutionBrokerageShare",
    };
  });
}

/**
 * Groups and institutions newly tied in the years after `from` up to `to`, each pair once, in the
 * order they were linked.
 */
export function newlyLinked(figures: readonly YearFigures[], { from, to }: ComparedYears): [string, string][] {
  const seen = new Set<string>();
  const pairs: [string, string][] = [];
  for (const entry of figures) {
    if (entry.year <= from || entry.year > to) continue;
    for (const [a, b] of entry.groupsLinked) {
      const ends: [string, string] = a < b ? [a, b] : [b, a];
      const key = ends.join("\u0000");
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push(ends);
    }
  }
  return pairs;
}
