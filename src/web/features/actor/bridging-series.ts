import type { BridgingOverYears } from "../../../analysis/index.js";

export interface SeriesPoint {
  readonly year: number;
  readonly value: number;
}

/**
 * An actor's bridging year by year, as runs of consecutive years they were there (a line breaks
 * where they were away). Empty when the analysis has no years or does not know the actor.
 */
export function bridgingRuns(bridging: BridgingOverYears | undefined, id: string): SeriesPoint[][] {
  const values = bridging?.actors[id];
  if (bridging === undefined || values === undefined) return [];
  const runs: SeriesPoint[][] = [];
  let run: SeriesPoint[] = [];
  bridging.years.forEach((year, index) => {
    const value = values[index];
    if (value === null || value === undefined) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    run.push({ year, value });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}
