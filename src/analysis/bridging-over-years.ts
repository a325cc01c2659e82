import { type Network, yearsInData } from "../model/index.js";
import { betweenness } from "./betweenness.js";
import { buildGraph } from "./build-graph.js";
import { resolveOptions } from "./options.js";
import { sampledBetweenness, YEAR_DEFAULTS } from "./years.js";

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

export function bridgingOverYears(network: Network, options?: Partial<BridgingOverYearsOptions>): BridgingOverYears {
  const resolved = resolveOptions(BRIDGING_OVER_YEARS_DEFAULTS, options);
  const years = yearsInData(network);
  const actors: Record<string, (number | null)[]> = {};
  for (const actor of network.actors) actors[actor.id] = years.map(() => null);
  const scale = 10 ** resolved.digits;
  years.forEach((year, index) => {
    const graph = buildGraph(network, { year });
    const estimated = !resolved.weighted && graph.order > resolved.exactBrokerageUpTo;
    const values = estimated
      ? sampledBetweenness(graph, resolved)
      : betweenness(graph, { weighted: resolved.weighted });
    for (const [id, value] of Object.entries(values)) {
      const series = actors[id];
      if (series !== undefined) series[index] = Math.round(value * scale) / scale;
    }
  });
  return { years, actors };
}
