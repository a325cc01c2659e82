import { aggregate, type LevelGraph } from "./level-graph.js";
import { type LeidenSettings, optimise } from "./optimise.js";
import { connectedParts, modularityOf } from "./partition.js";
import { Workspace } from "./workspace.js";

export interface Found {
  membership: Int32Array;
  count: number;
  modularity: number;
}

export interface RunSettings extends Omit<LeidenSettings, "random"> {
  resolution: number;
  iterations: number;
  /** Seeds one PRNG per stage, in order, so that the whole search replays from one seed. */
  randomFor: (stage: number) => () => number;
}

/**
 * With two or more runs, each run is cut short after this many iterations: the consensus needs the
 * runs' rough agreement, not their last digits, and the polish after it converges far faster than
 * a run from singletons does (at 100,000 generated actors a run creeps from 0.42 to 0.44 over twenty
 * iterations; the consensus polished for as many reaches 0.53).
 */
const SCOUTING_ITERATIONS = 3;

/**
 * `runs` seeded Leiden runs from `start`; with two or more, the runs are short (SCOUTING_ITERATIONS)
 * and their consensus follows, after Ovelgönne & Geyer-Schulz's core groups graph clustering (CGGC,
 * 2012): the groups of nodes that every run puts together are contracted into single nodes, Leiden
 * clusters that smaller graph afresh, and the result, taken back to the nodes, is polished by Leiden
 * on the whole graph until an iteration gains less than the tolerance. Runs agree where the
 * structure is clear, so the contracted graph keeps what they found, and clustering it from scratch
 * lets whole groups move at once where single actors could not. The partition with the highest
 * modularity is returned.
 */
export function search(base: LevelGraph, start: Int32Array, runs: number, settings: RunSettings): Found {
  const { resolution, iterations, randomFor } = settings;
  const runIterations = runs < 2 ? iterations : Math.min(iterations, SCOUTING_ITERATIONS);
  const workspace = new Workspace(base.order, base.neighbors.length);
  const found: Found[] = [];
  for (let run = 0; run < runs; run++) {
    const result = optimise(base, start.slice(), { ...settings, random: randomFor(run) }, runIterations, workspace);
    found.push({ ...result, modularity: modularityOf(base, result.membership, result.count, resolution) });
  }
  let best = found.reduce((a, b) => (b.modularity > a.modularity ? b : a));
  if (runs < 2) return best;

  const cores = coreGroups(base, found);
  const contracted = aggregate(base, cores.parts, cores.count);
  const startOnCores = Int32Array.from({ length: cores.count }, (_, c) => c);
  const onCores = optimise(contracted, startOnCores, { ...settings, random: randomFor(runs) }, iterations);
  const projected = new Int32Array(base.order);
  for (let v = 0; v < base.order; v++) projected[v] = onCores.membership[cores.parts[v] as number] as number;
  const polished = optimise(base, projected, { ...settings, random: randomFor(runs + 1) }, iterations, workspace);
  const modularity = modularityOf(base, polished.membership, polished.count, resolution);
  if (modularity > best.modularity) best = { ...polished, modularity };
  return best;
}

/** The groups of nodes that every partition puts in one cluster, split into connected parts. */
export function coreGroups(base: LevelGraph, partitions: readonly Found[]): { parts: Int32Array; count: number } {
  let groups = new Int32Array(base.order);
  let count = 1;
  for (const { membership, count: clusters } of partitions) {
    // Pair (group, cluster) → a new group number: a dense key, since both are below the node count.
    const numbered = new Map<number, number>();
    const next = new Int32Array(base.order);
    for (let v = 0; v < base.order; v++) {
      const key = (groups[v] as number) * clusters + (membership[v] as number);
      let group = numbered.get(key);
      if (group === undefined) {
        group = numbered.size;
        numbered.set(key, group);
      }
      next[v] = group;
    }
    groups = next;
    count = numbered.size;
  }
  return count === base.order ? { parts: groups, count } : connectedParts(base, groups);
}
