import type { AnalysedActor } from "../../api/types.js";

/**
 * Who connects us: everyone who bridges at all, most betweenness first (the analysis's role reads
 * the same figure, so the top of this list are its connectors), then by name.
 */
export function rankConnectors(actors: readonly AnalysedActor[], limit = 25): AnalysedActor[] {
  return actors
    .filter((actor) => actor.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** Burt's explanation of the bridging: how many of the actor's contacts count as separate ones. */
export function brokerage(actor: AnalysedActor): { degree: number; effective: number } | undefined {
  if (actor.effectiveSize === null) return undefined;
  return { degree: actor.degree, effective: Math.round(actor.effectiveSize) };
}

/** The highest bridging figure among the actors (0 when there are none). */
export function highestBridging(actors: readonly AnalysedActor[]): number {
  let highest = 0;
  for (const actor of actors) if (actor.betweenness > highest) highest = actor.betweenness;
  return highest;
}
