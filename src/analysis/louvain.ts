import louvainModule from "graphology-communities-louvain";
import { numberBySize } from "./cluster-numbers.js";
import { checkGraph, type NodeMapping, type WeaveGraph } from "./graph.js";
import { interopDefault } from "./interop.js";
import { checkPositiveInteger, checkPositiveNumber, resolveOptions } from "./options.js";
import { mulberry32 } from "./rng.js";

const louvainCommunities = interopDefault(louvainModule);

export interface LouvainOptions {
  /** Tie weights count in modularity. */
  weighted: boolean;
  resolution: number;
  /** Louvain is run this many times and the partition with the highest modularity is kept. */
  runs: number;
  /** Run k uses the PRNG seeded with seed + k, so the same data gives the same communities. */
  seed: number;
}

export const LOUVAIN_DEFAULTS: LouvainOptions = { weighted: false, resolution: 1, runs: 10, seed: 1 };

export interface LouvainResult {
  /** Community number per actor: 0 is the largest community, ties broken by the smallest member id. */
  communities: NodeMapping;
  count: number;
  modularity: number;
}

/** Louvain communities, deterministic: best modularity over `runs` seeded runs. */
export function louvain(graph: WeaveGraph, options?: Partial<LouvainOptions>): LouvainResult {
  checkGraph("louvain", graph);
  const { weighted, resolution, runs, seed } = resolveOptions(LOUVAIN_DEFAULTS, options);
  checkPositiveInteger("louvain", "runs", runs);
  checkPositiveNumber("louvain", "resolution", resolution);
  if (graph.size === 0) {
    // Modularity is undefined without ties; every actor is a community of its own.
    return { ...renumber(Object.fromEntries(graph.nodes().map((id, i) => [id, i]))), modularity: 0 };
  }
  let best: { communities: NodeMapping; modularity: number } | undefined;
  for (let run = 0; run < runs; run++) {
    const result = louvainCommunities.detailed(graph, {
      getEdgeWeight: weighted ? "weight" : null,
      resolution,
      rng: mulberry32(seed + run),
    });
    if (best === undefined || result.modularity > best.modularity) {
      best = { communities: result.communities, modularity: result.modularity };
    }
  }
  const chosen = best ?? { communities: {}, modularity: 0 };
  return { ...renumber(chosen.communities), modularity: Number.isFinite(chosen.modularity) ? chosen.modularity : 0 };
}

function renumber(communities: NodeMapping): { communities: NodeMapping; count: number } {
  const ids = Object.keys(communities);
  const dense = new Map<number, number>();
  const membership = Int32Array.from(ids, (id) => {
    const label = communities[id] as number;
    const known = dense.get(label);
    if (known !== undefined) return known;
    dense.set(label, dense.size);
    return dense.size - 1;
  });
  return { communities: numberBySize(ids, membership, dense.size), count: dense.size };
}
