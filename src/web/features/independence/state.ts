import type { AnalysisResponse, YearFigures } from "../../api/types.js";

/** The figures of the year on screen, or of the last year when every year is shown at once. */
export function independenceShown(analysis: AnalysisResponse, year: number | undefined): YearFigures | undefined {
  return year === undefined ? analysis.years.at(-1) : analysis.years.find((entry) => entry.year === year);
}
