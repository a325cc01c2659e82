import { availableParallelism } from "node:os";
import type { Adjacency } from "../../analysis/adjacency.js";
import {
  addBlock,
  blockSources,
  finishPaths,
  type PathFigures,
  type PathFiguresOptions,
  type PathPlan,
  planPaths,
  startMerge,
} from "../../analysis/brandes.js";
import { searchSources } from "../../analysis/path-kernel.js";
import type { PathBlock } from "../../analysis/path-types.js";
import { startTypeScriptWorker } from "./start-typescript-worker.js";

const WORKER_ENTRY = new URL("./path-worker.ts", import.meta.url);

/**
 * Below this many edge visits (sources × CSR entries, about 0.3 s of searching) the calling thread
 * searches alone: a helper thread costs more than it saves, starting (a fresh isolate, the search's
 * code cold again) and competing with this thread for the two cores. Measured on the compiled build,
 * `weave analyse --json` of generated networks under SCHED_RR: 2,000 actors (23 M) 1.30 s alone against
 * 1.41 s with a helper, 4,000 actors (93 M) 2.81 s against 2.55 s; 1,000 actors 0.72 against 0.75 s.
 */
export const MIN_THREADED_WORK = 30_000_000;

export interface PathThreadOptions extends PathFiguresOptions {
  /** Threads to search with, the calling thread included; 1: the calling thread alone. */
  threads: number;
  /** Smaller passes stay on the calling thread (tests set 0 to force threads on small graphs). */
  minWork?: number;
}

/** What a helper thread is given: the pass, and the counter it claims blocks from. */
export interface PathThreadData {
  readonly plan: Pick<PathPlan, "graph" | "want" | "sources" | "blocks">;
  /** One Int32 on shared memory: the next block nobody has claimed yet. */
  readonly claims: Int32Array;
}

export interface PathThreadResult {
  readonly block: number;
  readonly result: PathBlock;
}

/** One thread per core, unless the caller says otherwise (`weave analyse --threads`). */
export const defaultPathThreads = (): number => availableParallelism();

/**
 * Threads for each analysis when `poolSize` analyses may run at once (the server's
 * WEAVE_ANALYSIS_WORKERS): the cores shared out, so that busy pool workers never run more threads than
 * there are cores. A pool worker searches too once it has measured the rest, so it counts itself.
 */
export const pathThreadsPerAnalysis = (poolSize: number, cores = availableParallelism()): number =>
  Math.max(1, Math.floor(cores / Math.max(1, poolSize)));

/** A shortest-path pass under way on helper threads, which the calling thread joins with `finish`. */
export interface PathSearch {
  /** Searches the blocks nobody has claimed yet on the calling thread, then adds up every block. */
  finish(): Promise<PathFigures>;
  /** Stops the helpers without a result (the caller failed before it could finish). */
  stop(): Promise<void>;
}

/**
 * `shortestPathFigures` with the blocks of sources shared between `threads − 1` helper threads, started
 * at once, and the calling thread, which is free to do other work until it calls `finish`. Each thread
 * claims the next block from a shared counter as soon as it is free. The blocks' sums are added in block
 * order whatever order they come in, so the figures are exactly those of the single-threaded pass.
 */
export function startPathSearch(adjacency: Adjacency, options: PathThreadOptions): PathSearch {
  const plan = planPaths(adjacency, options);
  const work = plan.sources.length * adjacency.neighbors.length;
  const helpers = work < (options.minWork ?? MIN_THREADED_WORK) ? 0 : Math.min(options.threads, plan.blocks) - 1;
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const merge = startMerge(plan);
  const waiting = new Map<number, PathBlock>();
  let settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;
  const allAdded = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Until `finish` awaits it, a failed helper must not count as an unhandled rejection.
  allAdded.catch(() => undefined);
  const arrived = (block: number, result: PathBlock) => {
    waiting.set(block, result);
    for (let next = waiting.get(merge.added); next !== undefined; next = waiting.get(merge.added)) {
      waiting.delete(merge.added);
      addBlock(merge, plan, merge.added, next);
    }
    if (merge.added === plan.blocks) settle?.resolve();
  };
  const data: PathThreadData = {
    plan: { graph: plan.graph, want: plan.want, sources: plan.sources, blocks: plan.blocks },
    claims,
  };
  const workers = Array.from({ length: helpers }, () => {
    const worker = startTypeScriptWorker(WORKER_ENTRY, { workerData: data });
    worker.on("message", ({ block, result }: PathThreadResult) => arrived(block, result));
    worker.on("error", (error) => settle?.reject(error));
    worker.on("exit", (code) => {
      if (code !== 0) settle?.reject(new Error(`a shortest-path thread exited with code ${code}`));
    });
    return worker;
  });
  const stop = async () => {
    await Promise.all(workers.map((worker) => worker.terminate()));
  };
  if (plan.blocks === 0) settle?.resolve();
  return {
    async finish() {
      try {
        for (let b = Atomics.add(claims, 0, 1); b < plan.blocks; b = Atomics.add(claims, 0, 1)) {
          arrived(b, searchSources(plan.graph, blockSources(plan, b), plan.want));
          // Lets the helpers' blocks in between, so that they are added (and let go) as they come.
          if (workers.length > 0) await new Promise(setImmediate);
        }
        await allAdded;
      } finally {
        await stop();
      }
      return finishPaths(merge, plan);
    },
    stop,
  };
}

/** The whole pass at once: `startPathSearch`, the calling thread joining in straight away. */
export const shortestPathFiguresThreaded = (adjacency: Adjacency, options: PathThreadOptions): Promise<PathFigures> =>
  startPathSearch(adjacency, options).finish();
