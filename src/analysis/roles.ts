import { adjacencyOf } from "./adjacency.js";
import { AnalysisInputError, checkGraph, type NodeMapping, type WeaveGraph } from "./graph.js";
import { resolveOptions } from "./options.js";

/**
 * Guimerà & Amaral (2005), Nature 433: 895–900, roles R1–R7, read together with bridging: an actor in
 * the top tenth by betweenness is never (ultra-)peripheral (see README, "Roles").
 */
export const ROLES = [
  "ultra-peripheral",
  "peripheral",
  "connector",
  "kinless",
  "provincial-hub",
  "connector-hub",
  "kinless-hub",
] as const;
export type Role = (typeof ROLES)[number];

export const HUB_Z = 2.5;
/** The share of actors, highest betweenness first, whose role reads as bridging whatever their P. */
export const BROKER_SHARE = 0.1;

export interface RolesOptions {
  /** Count tie weights (strength) instead of ties. */
  weighted: boolean;
}

export const ROLES_DEFAULTS: RolesOptions = { weighted: false };

export interface ActorRole {
  /** 1 − Σ_s (k_is / k_i)²: 0 when all ties stay in the own community; 0 for actors without ties. */
  participation: number;
  /** Ties inside the own community as a z-score within that community; 0 when all members are alike. */
  withinModuleZ: number;
  role: Role;
}

/**
 * Participation coefficient, within-module degree z-score and role of every actor, given communities
 * and betweenness (the same weighting as `options.weighted`).
 */
export function roles(
  graph: WeaveGraph,
  communities: NodeMapping,
  bridging: NodeMapping,
  options?: Partial<RolesOptions>,
): NodeMapping<ActorRole> {
  checkGraph("roles", graph);
  const { weighted } = resolveOptions(ROLES_DEFAULTS, options);
  const { ids, offsets, neighbors, weights } = adjacencyOf(graph, weighted);
  const brokers = new Set(
    topBrokers(
      ids,
      ids.map((id) => bridging[id] ?? 0),
      graph.order,
    ),
  );
  const community = ids.map((id) => {
    const value = communities[id];
    if (value === undefined) throw new AnalysisInputError("roles", `actor "${id}" has no community`);
    return value;
  });
  const n = ids.length;
  const inside = new Float64Array(n);
  const participation = new Float64Array(n);
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const perCommunity = new Map<number, number>();
    let total = 0;
    for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) {
      const other = community[neighbors[j] as number] as number;
      const weight = weights[j] as number;
      perCommunity.set(other, (perCommunity.get(other) ?? 0) + weight);
      total += weight;
    }
    inside[i] = perCommunity.get(community[i] as number) ?? 0;
    strength[i] = total;
    if (total === 0) continue;
    let sumOfSquares = 0;
    for (const value of perCommunity.values()) sumOfSquares += (value / total) ** 2;
    participation[i] = 1 - sumOfSquares;
  }
  const stats = new Map<number, { count: number; sum: number; sumOfSquares: number }>();
  for (let i = 0; i < n; i++) {
    const entry = stats.get(community[i] as number) ?? { count: 0, sum: 0, sumOfSquares: 0 };
    entry.count += 1;
    entry.sum += inside[i] as number;
    entry.sumOfSquares += (inside[i] as number) ** 2;
    stats.set(community[i] as number, entry);
  }
  const result: NodeMapping<ActorRole> = {};
  ids.forEach((id, i) => {
    const entry = stats.get(community[i] as number) ?? { count: 1, sum: 0, sumOfSquares: 0 };
    const mean = entry.sum / entry.count;
    const variance = Math.max(0, entry.sumOfSquares / entry.count - mean * mean);
    const sd = Math.sqrt(variance);
    // Rounding noise in the variance must not turn equal members into ±huge z-scores.
    const z = sd > 1e-12 ? ((inside[i] as number) - mean) / sd : 0;
    const p = Math.max(0, participation[i] as number);
    const total = strength[i] as number;
    const insideShare = total > 0 ? (inside[i] as number) / total : 1;
    result[id] = { participation: p, withinModuleZ: z, role: roleOf(z, p, brokers.has(id), insideShare) };
  });
  return result;
}

/**
 * The Guimerà–Amaral role, read so that its words hold: brokers (top tenth by betweenness) with ties
 * into other clusters are connectors, with every tie inside their own cluster its pillar; and nobody
 * with at most half their ties (`insideShare`) in their own cluster is "mostly within" it.
 */
export function roleOf(withinModuleZ: number, participation: number, broker = false, insideShare = 1): Role {
  const p = participation;
  if (withinModuleZ >= HUB_Z) {
    if (p <= 0.3) return broker && p > 0.05 ? "connector-hub" : "provincial-hub";
    if (p <= 0.75) return "connector-hub";
    return "kinless-hub";
  }
  if (broker) {
    if (p > 0.8) return "kinless";
    return p > 0.05 ? "connector" : "provincial-hub";
  }
  if (p <= 0.05) return "ultra-peripheral";
  if (p <= 0.62) return insideShare > 0.5 ? "peripheral" : "connector";
  if (p <= 0.8) return "connector";
  return "kinless";
}

export function isConnectorRole(role: Role): boolean {
  return role === "connector" || role === "connector-hub";
}

/**
 * The top tenth of `order` actors by betweenness (`values`, per actor of `ids`; at least one), highest
 * first, level ones by id: those with no betweenness never count, and an actor level with the last one
 * counts too. Only the actors above the cut are sorted.
 */
export function topBrokers(ids: readonly string[], values: ArrayLike<number>, order: number): string[] {
  const positive: number[] = [];
  for (let v = 0; v < ids.length; v++) if ((values[v] as number) > 0) positive.push(v);
  const count = Math.min(Math.ceil(order * BROKER_SHARE), positive.length);
  if (!(count > 0)) return [];
  const ascending = new Float64Array(positive.length);
  positive.forEach((v, k) => {
    ascending[k] = values[v] as number;
  });
  ascending.sort();
  // Rounding noise must not split actors whose betweenness is the same.
  const cut = (ascending[positive.length - count] as number) * (1 - 1e-9);
  const value = (v: number) => values[v] as number;
  const name = (v: number) => ids[v] as string;
  return positive
    .filter((v) => value(v) >= cut)
    .sort((a, b) => value(b) - value(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0))
    .map(name);
}
