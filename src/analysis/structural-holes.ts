import { adjacencyOf } from "./adjacency.js";
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
  const { ids, offsets, neighbors, weights } = adjacencyOf(graph, weighted);
  const n = ids.length;
  const strength = new Float64Array(n);
  const strongest = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) {
      const weight = weights[j] as number;
      strength[i] = (strength[i] as number) + weight;
      strongest[i] = Math.max(strongest[i] as number, weight);
    }
  }
  // The ties of contact u, looked up by the other end: tieTo[x] holds w_ux where marked[x] is u's entry.
  const marked = new Int32Array(n).fill(-1);
  const tieTo = new Float64Array(n);
  const result: NodeMapping<StructuralHoles> = {};
  ids.forEach((id, v) => {
    const start = offsets[v] as number;
    const end = offsets[v + 1] as number;
    if (start === end) {
      result[id] = { effectiveSize: null, constraint: null };
      return;
    }
    const share = strength[v] as number;
    let effectiveSize = 0;
    let constraint = 0;
    for (let a = start; a < end; a++) {
      const u = neighbors[a] as number;
      for (let k = offsets[u] as number; k < (offsets[u + 1] as number); k++) {
        marked[neighbors[k] as number] = a;
        tieTo[neighbors[k] as number] = weights[k] as number;
      }
      let redundancy = 0;
      let indirect = 0;
      for (let b = start; b < end; b++) {
        const w = neighbors[b] as number;
        if (w === u) continue;
        const tie = marked[w] === a ? (tieTo[w] as number) : 0;
        if (tie === 0) continue;
        const pvw = (weights[b] as number) / share;
        redundancy += pvw * (tie / (strongest[u] as number));
        indirect += pvw * (tie / (strength[w] as number));
      }
      effectiveSize += 1 - redundancy;
      constraint += ((weights[a] as number) / share + indirect) ** 2;
    }
    result[id] = { effectiveSize, constraint };
  });
  return result;
}
