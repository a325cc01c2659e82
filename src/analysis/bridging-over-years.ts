import type { Network } from "../model/index.js";
import { resolveOptions } from "./options.js";
import { type YearGraphs, yearGraphs } from "./year-graphs.js";
import { YEAR_DEFAULTS } from "./years.js";

/**
 * Each actor's bridging (normalised betweenness) in every year of the data, for the actor card's
 * small line: `actors[id][i]` is the value in `years[i]`, null in a year the actor was not there.
 */
export interface BridgingOverYears {
  years: number[];
  actors: Record<string, (number | null)[]>;
}

export interface BridgingOverYearsOptions {
  weighted: boolean;
  seed: number;
  /** As in the per-year figures: above this many actors (unweighted), estimated from sampled pivots. */
  exactBrokerageUpTo: number;
  brokeragePivots: number;
  /** Decimal places kept: the series is drawn, not read to the last digit, and stays compact. */
  digits: number;
}

export const BRIDGING_OVER_YEARS_DEFAULTS: BridgingOverYearsOptions = {
  weighted: false,
  seed: 1,
  ...YEAR_DEFAULTS,
  digits: 4,
};

/** `shared`: the year graphs and betweenness the year figures already measured (see year-graphs.ts). */
export function bridgingOverYears(
  network: Network,
  options?: Partial<BridgingOverYearsOptions>,
  shared: YearGraphs = yearGraphs(network),
): BridgingOverYears {
  const resolved = resolveOptions(BRIDGING_OVER_YEARS_DEFAULTS, options);
  const years = [...shared.years];
  const actors: Record<string, (number | null)[]> = {};
  for (const actor of network.actors) actors[actor.id] = years.map(() => null);
  const scale = 10 ** resolved.digits;
  years.forEach((year, index) => {
    const { byNode } = shared.brokerageOf(year, resolved);
    const { ids } = shared.networkOf(year).unweighted;
    for (let v = 0; v < byNode.length; v++) {
      const series = actors[ids[v] as string];
      if (series !== undefined) series[index] = Math.round((byNode[v] as number) * scale) / scale;
    }
  });
  return { years, actors };
}
