import type { AnalysedActor } from "../../api/types.js";
import { headlineRole } from "../actor/state.js";

const BROKER_ROLES = new Set(["connector", "connector-hub", "hub", "articulation"]);

/**
 * Connectors, hubs and those holding a part of the network to the rest, most brokerage first:
 * the people and groups a community builder should know and not overload.
 */
export function rankConnectors(actors: readonly AnalysedActor[], limit = 25): AnalysedActor[] {
  return actors
    .filter((actor) => actor.status === "none" && (BROKER_ROLES.has(headlineRole(actor)) || actor.articulationPoint))
    .sort((a, b) => b.betweenness - a.betweenness || a.name.localeCompare(b.name))
    .slice(0, limit);
}
