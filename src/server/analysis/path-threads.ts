import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { Adjacency } from "../../analysis/adjacency.js";
import {
  addBlock,
  blockSources,
  finishPaths,
  type PathFigures,
  type PathFiguresOptions,
  type PathPlan,
  planPaths,
  SOURCES_PER_BLOCK,
  shortestPathFigures,
  startMerge,
} from "../../analysis/brandes.js";
import type { PathBlock } from "../../analysis/path-kernel.js";
import { startTypeScriptWorker } from "./start-typescript-worker.js";

const WORKER_ENTRY = new URL("./path-worker.ts", import.meta.url);

/** Below this many edge visits (sources × CSR entries) one thread finishes before a second has started. */
export const MIN_THREADED_WORK = 200_000_000;

export interface PathThreadOptions extends PathFiguresOptions {
  /** Threads to search with; 1 computes on the calling thread. */
  threads: number;
  /** Smaller passes stay on the calling thread (tests set 0 to force threads on small graphs). */
  minWork?: number;
}

export interface PathTask {
  readonly block: number;
  readonly sources: Int32Array;
}

/** One thread per core, unless the caller says otherwise (`weave analyse --threads`). */
export const defaultPathThreads = (): number => availableParallelism();

/**
 * Threads for each analysis when `poolSize` analyses may run at once (the server's
 * WEAVE_ANALYSIS_WORKERS): the cores shared out, so that busy pool workers never start more threads than
 * there are cores. A pool worker waits while its threads search, so it does not count itself.
 */
export const pathThreadsPerAnalysis = (poolSize: number, cores = availableParallelism()): number =>
  Math.max(1, Math.floor(cores / Math.max(1, poolSize)));

/**
 * `shortestPathFigures` with the blocks of sources spread over worker threads, each thread taking the
 * next block as soon as it is free. The blocks' sums are added in block order whatever order they come
 * back in, so the figures are exactly those of the single-threaded pass.
 */
export async function shortestPathFiguresThreaded(
  adjacency: Adjacency,
  options: PathThreadOptions,
): Promise<PathFigures> {
  const sources = options.sampling?.pivots ?? options.sources?.length ?? adjacency.ids.length;
  const work = sources * adjacency.neighbors.length;
  const threads = Math.min(options.threads, Math.ceil(sources / SOURCES_PER_BLOCK));
  if (threads <= 1 || work < (options.minWork ?? MIN_THREADED_WORK)) return shortestPathFigures(adjacency, options);
  const plan = planPaths(adjacency, options);
  const merge = startMerge(plan);
  const workers = Array.from({ length: threads }, () =>
    startTypeScriptWorker(WORKER_ENTRY, { workerData: { graph: plan.graph, want: plan.want } }),
  );
  try {
    await runBlocks(plan, workers, (b, block) => addBlock(merge, plan, b, block));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return finishPaths(merge, plan);
}

/** Hands out blocks 0, 1, 2 … to whichever worker is free, and adds the results in block order. */
function runBlocks(plan: PathPlan, workers: Worker[], add: (b: number, block: PathBlock) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const waiting = new Map<number, PathBlock>();
    let handedOut = 0;
    let added = 0;
    const handOut = (worker: Worker) => {
      if (handedOut >= plan.blocks) return;
      const task: PathTask = { block: handedOut, sources: blockSources(plan, handedOut).slice() };
      handedOut++;
      worker.postMessage(task);
    };
    for (const worker of workers) {
      worker.on("message", ({ block, result }: { block: number; result: PathBlock }) => {
        waiting.set(block, result);
        for (let next = waiting.get(added); next !== undefined; next = waiting.get(added)) {
          waiting.delete(added);
          add(added, next);
          added++;
        }
        if (added === plan.blocks) resolve();
        else handOut(worker);
      });
      worker.on("error", reject);
      worker.on("exit", (code) => {
        if (added < plan.blocks) reject(new Error(`a shortest-path thread exited with code ${code}`));
      });
      handOut(worker);
    }
  });
}
