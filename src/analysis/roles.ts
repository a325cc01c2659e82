import { adjacencyOf } from "./adjacency.js";
import { AnalysisInputError, checkGraph, type NodeMapping, type WeaveGraph } from "./graph.js";
import { resolveOptions } from "./options.js";

/** Guimerà & Amaral (2005), Nature 433: 895–900, roles R1–R7. */
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

/** Participation coefficient, within-module degree z-score and role of every actor, given communities. */
export function roles(
  graph: WeaveGraph,
  communities: NodeMapping,
  options?: Partial<RolesOptions>,
): NodeMapping<ActorRole> {
  checkGraph("roles", graph);
  const { weighted } = resolveOptions(ROLES_DEFAULTS, options);
  const { ids, offsets, neighbors, weights } = adjacencyOf(graph, weighted);
  const community = ids.map((id) => {
    const value = communities[id];
    if (value === undefined) throw new AnalysisInputError("roles", `actor "${id}" has no community`);
    return value;
  });
  const n = ids.length;
  const inside = new Float64Array(n);
  const participation = new Float64Array(n);
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
    result[id] = { participation: p, withinModuleZ: z, role: roleOf(z, p) };
  });
  return result;
}

export function roleOf(withinModuleZ: number, participation: number): Role {
  const p = participation;
  if (withinModuleZ >= HUB_Z) {
    if (p <= 0.3) return "provincial-hub";
    if (p <= 0.75) return "connector-hub";
    return "kinless-hub";
  }
  if (p <= 0.05) return "ultra-peripheral";
  if (p <= 0.62) return "peripheral";
  if (p <= 0.8) return "connector";
  return "kinless";
}

export function isConnectorRole(role: Role): boolean {
  return role === "connector" || role === "connector-hub";
}
