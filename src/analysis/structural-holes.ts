import { type Adjacency, adjacencyOf } from "./adjacency.js";
import { checkGraph, type NodeMapping, type WeaveGraph } from "./graph.js";
import { resolveOptions } from "./options.js";

export interface StructuralHolesOptions {
  /** Use tie weights in the proportions p_ij (NetworkX's `weight` argument). */
  weighted: boolean;
}

export const STRUCTURAL_HOLES_DEFAULTS: StructuralHolesOptions = { weighted: false };

export interface StructuralHoles {
  /** Burt's effective size: the non-redundant part of an actor's contacts. null without ties. */
  effectiveSize: number | null;
  /** Burt's constraint: how much an actor's contacts are tied to each other. null without ties. */
  constraint: number | null;
}

/**
 * Burt's effective size and constraint with NetworkX's definitions (effective_size, constraint):
 * p_ij = w_ij / Σ_k w_ik and redundancy via m_jk = w_jk / max_l w_jl. Unweighted, effective size
 * reduces to Borgatti's n − 2t/n. NetworkX gives NaN to actors without ties; here they get null.
 */
export function structuralHoles(
  graph: WeaveGraph,
  options?: Partial<StructuralHolesOptions>,
): NodeMapping<StructuralHoles> {
  checkGraph("structuralHoles", graph);
  const { weighted } = resolveOptions(STRUCTURAL_HOLES_DEFAULTS, options);
  const adjacency = adjacencyOf(graph, weighted);
  const { ids, offsets, neighbors, weights } = adjacency;
  const n = ids.length;
  const strength = new Float64Array(n);
  const strongest = new Float64Array(n);
  const tieWeights: Map<number, number>[] = [];
  for (let i = 0; i < n; i++) {
    const own = new Map<number, number>();
    for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) {
      const weight = weights[j] as number;
      own.set(neighbors[j] as number, weight);
      strength[i] = (strength[i] as number) + weight;
      strongest[i] = Math.max(strongest[i] as number, weight);
    }
    tieWeights.push(own);
  }
  const weightOf = (a: number, b: number) => tieWeights[a]?.get(b) ?? 0;
  const result: NodeMapping<StructuralHoles> = {};
  ids.forEach((id, v) => {
    const contacts = neighborsOf(adjacency, v);
    if (contacts.length === 0) {
      result[id] = { effectiveSize: null, constraint: null };
      return;
    }
    const p = (a: number, b: number) => weightOf(a, b) / (strength[a] as number);
    let effectiveSize = 0;
    let constraint = 0;
    for (const u of contacts) {
      let redundancy = 0;
      let indirect = 0;
      for (const w of contacts) {
        if (w === u) continue;
        const tie = weightOf(u, w);
        if (tie === 0) continue;
        redundancy += p(v, w) * (tie / (strongest[u] as number));
        indirect += p(v, w) * p(w, u);
      }
      effectiveSize += 1 - redundancy;
      constraint += (p(v, u) + indirect) ** 2;
    }
    result[id] = { effectiveSize, constraint };
  });
  return result;
}

function neighborsOf(adjacency: Adjacency, node: number): number[] {
  return Array.from(adjacency.neighbors.subarray(adjacency.offsets[node], adjacency.offsets[node + 1]));
}
