import { availableParallelism } from "node:os";
import { MessageChannel, type MessagePort, type Worker } from "node:worker_threads";
import type { Adjacency } from "../../analysis/adjacency.js";
import {
  addBlock,
  blockSources,
  blocksAdded,
  countsHopClasses,
  finishPaths,
  type PathFigures,
  type PathFiguresOptions,
  type PathMerge,
  type PathPlan,
  planPaths,
  startMerge,
} from "../../analysis/brandes.js";
import { searchSources } from "../../analysis/path-kernel.js";
import type { PathBlock } from "../../analysis/path-types.js";
import { hopClassSizes } from "../../analysis/pivot-estimates.js";
import type { BrokerageSampling } from "../../analysis/sampled-betweenness.js";
import type { BrokerageSampler } from "../../analysis/year-graphs.js";
import { SampledAhead } from "./path-ahead.js";
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

/**
 * The same for helper threads kept between passes (`helpers`): they are started and their code is warm,
 * so only the search itself is shared; about 40 ms of searching (the threshold before threads were kept).
 */
const MIN_KEPT_THREAD_WORK = 4_000_000;

export interface PathThreadOptions extends PathFiguresOptions {
  /** Threads to search with, the calling thread included; 1: the calling thread alone. */
  threads: number;
  /** Smaller passes stay on the calling thread (tests set 0 to force threads on small graphs). */
  minWork?: number;
  /** Helper threads kept between passes (a server's analysis worker); without them each pass starts its own. */
  helpers?: PathHelpers;
}

/** What a helper thread is given for one pass: the pass, the counter it claims blocks from, the sums. */
export interface PathThreadJob {
  /** Tells this pass's answers from those a stopped pass may still send. */
  readonly pass: number;
  readonly plan: Pick<PathPlan, "graph" | "want" | "sources" | "blocks">;
  /**
   * One Int32 on shared memory: the next block nobody has claimed yet. Claim number `blocks`, when the
   * estimates want them (`countsHopClasses`), is counting the hop classes.
   */
  readonly claims: Int32Array;
  /** The blocks' sums on shared memory, which each thread adds its blocks to when their turn comes. */
  readonly merge: PathMerge;
  /** Where passes to search between two blocks arrive (path-ahead.ts); given to one helper only. */
  readonly ahead?: MessagePort;
}

/** What one claim gives: a block's sums, or the hop classes' sizes. */
export type PathClaimAnswer =
  | { readonly block: number; readonly result: PathBlock }
  | { readonly hopClasses: Int32Array | null };

/**
 * A helper thread's answer, with the pass it belongs to: the hop classes, a block it could not add (the
 * one before was another thread's, still unadded when it stopped claiming), or `idle`: it claims no more.
 */
export type PathThreadResult = (PathClaimAnswer | { readonly idle: true }) & { readonly pass: number };

/** What a thread does with claim `claim` of the plan: search a block, count the hop classes, or nothing. */
export function runClaim(plan: PathThreadJob["plan"], claim: number): PathClaimAnswer | null {
  if (claim < plan.blocks)
    return { block: claim, result: searchSources(plan.graph, blockSources(plan, claim), plan.want) };
  if (claim === plan.blocks && countsHopClasses(plan))
    return { hopClasses: hopClassSizes(plan.graph, plan.sources.length) };
  return null;
}

/**
 * Adds the held blocks whose turn has come (the next in order, then the one after …) to the shared sums
 * and lets them go. Only the thread holding block b adds it, and only once the count says b, so no two
 * threads ever add at once. A helper adds its blocks itself as it goes: while the calling thread is busy
 * with the rest of the analysis, their sums do not wait in its message queue (12 MB at 10,000 actors).
 */
export function addHeldBlocks(
  merge: PathMerge,
  plan: Pick<PathPlan, "sources" | "want">,
  held: Map<number, PathBlock>,
): void {
  for (let b = blocksAdded(merge), block = held.get(b); block !== undefined; b++, block = held.get(b)) {
    held.delete(b);
    addBlock(merge, plan, b, block);
  }
}

let passes = 0;

/**
 * Helper threads that live from one pass to the next, so that a pass neither waits for threads to start
 * nor runs their search before it is compiled: a new thread costs as much as the search itself at 2,000
 * actors (far more from the sources, where each loads tsx). A thread that dies is replaced by the next pass.
 */
export class PathHelpers {
  readonly #threads: Worker[] = [];
  #closed = false;

  /** `count` threads, started now so that they are ready when the first pass comes. */
  constructor(readonly count: number) {
    this.threads(count);
  }

  /** Up to `count` live threads, `wanted` of them. */
  threads(wanted: number): Worker[] {
    if (this.#closed) throw new Error("these shortest-path helpers are closed");
    while (this.#threads.length < Math.min(wanted, this.count)) {
      const thread = startPathThread();
      // Referenced only during a pass: waiting for the next one is no reason to keep a process alive.
      thread.unref();
      thread.once("exit", () => {
        const at = this.#threads.indexOf(thread);
        if (at >= 0) this.#threads.splice(at, 1);
      });
      this.#threads.push(thread);
    }
    return this.#threads.slice(0, wanted);
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#threads.map((thread) => thread.terminate()));
  }
}

/**
 * A helper allocates little on its heap (the blocks' sums are typed arrays, outside it), and nothing it
 * allocates there lives long, so a small young generation does: by the end of a pass over 10,000 actors
 * V8's default had grown its new space to 4 MB (heap 9.2 MB), with 3 MB it stays at 1 MB (heap 6.2 MB),
 * while `weave analyse` is at its peak.
 */
const PATH_THREAD_LIMITS = { maxYoungGenerationSizeMb: 3 };

const startPathThread = (): Worker => startTypeScriptWorker(WORKER_ENTRY, { resourceLimits: PATH_THREAD_LIMITS });

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
  /**
   * Has a helper search a year's sampled brokerage between its blocks (nothing without helpers), for
   * `sampler` to read back.
   */
  sampleAhead(adjacency: Adjacency, options: BrokerageSampling): void;
  /** `sampledBetweenness`, from a helper when it searched it ahead (path-ahead.ts). */
  readonly sampler: BrokerageSampler;
  /** Searches the blocks nobody has claimed yet on the calling thread, then adds up every block. */
  finish(): Promise<PathFigures>;
  /** Stops the helpers without a result (the caller failed before it could finish). */
  stop(): Promise<void>;
}

/**
 * `shortestPathFigures` with the blocks of sources shared between `threads − 1` helper threads (started
 * at once, or kept ones: `helpers`) and the calling thread, which is free to do other work until it calls `finish`. Each thread
 * claims the next block from a shared counter as soon as it is free. The blocks' sums are added in block
 * order whatever order they come in, so the figures are exactly those of the single-threaded pass.
 */
export function startPathSearch(adjacency: Adjacency, options: PathThreadOptions): PathSearch {
  const plan = planPaths(adjacency, options);
  const work = plan.sources.length * adjacency.neighbors.length;
  const minWork = options.minWork ?? (options.helpers === undefined ? MIN_THREADED_WORK : MIN_KEPT_THREAD_WORK);
  const helpers = work < minWork ? 0 : Math.min(options.threads, plan.blocks) - 1;
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const merge = startMerge(plan, helpers > 0);
  // Blocks this thread holds until their turn: its own, and those helpers could not add.
  const held = new Map<number, PathBlock>();
  // Undefined until counted (or when the estimates do not want them).
  let hopClasses: Int32Array | null | undefined;
  const done = () => blocksAdded(merge) === plan.blocks && (hopClasses !== undefined || !countsHopClasses(plan));
  let settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;
  const allAdded = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Until `finish` awaits it, a failed helper must not count as an unhandled rejection.
  allAdded.catch(() => undefined);
  // Whatever arrives (or nothing, when a helper says it is idle), the blocks whose turn came are added.
  const arrived = (answer: PathClaimAnswer | { readonly idle: true }) => {
    if ("hopClasses" in answer) hopClasses = answer.hopClasses;
    else if ("block" in answer) held.set(answer.block, answer.result);
    addHeldBlocks(merge, plan, held);
    if (done()) settle?.resolve();
  };
  const job: PathThreadJob = {
    pass: ++passes,
    plan: { graph: plan.graph, want: plan.want, sources: plan.sources, blocks: plan.blocks },
    claims,
    merge,
  };
  const kept = options.helpers;
  const workers = kept === undefined ? Array.from({ length: helpers }, startPathThread) : kept.threads(helpers);
  const channel = workers.length > 0 ? new MessageChannel() : undefined;
  const ahead = new SampledAhead(channel?.port1);
  const onMessage = ({ pass, ...answer }: PathThreadResult) => {
    if (pass === job.pass) arrived(answer);
  };
  const onError = (error: unknown) => settle?.reject(error);
  const onExit = (code: number) => settle?.reject(new Error(`a shortest-path thread exited with code ${code}`));
  workers.forEach((worker, i) => {
    worker.on("message", onMessage).on("error", onError).on("exit", onExit).ref();
    if (i === 0 && channel !== undefined) worker.postMessage({ ...job, ahead: channel.port2 }, [channel.port2]);
    else worker.postMessage(job);
  });
  const stop = async () => {
    // Helpers finish the claim in hand and claim no more; kept ones then wait for the next pass.
    Atomics.store(claims, 0, plan.blocks + 1);
    ahead.drop();
    for (const worker of workers) worker.off("message", onMessage).off("error", onError).off("exit", onExit).unref();
    if (kept === undefined) await Promise.all(workers.map((worker) => worker.terminate()));
  };
  if (done()) settle?.resolve();
  return {
    sampleAhead: (adjacency, sampling) => ahead.send(adjacency, sampling),
    sampler: ahead.sampler,
    async finish() {
      try {
        for (let b = Atomics.add(claims, 0, 1); b <= plan.blocks; b = Atomics.add(claims, 0, 1)) {
          const answer = runClaim(plan, b);
          if (answer !== null) arrived(answer);
          // Lets the blocks helpers could not add in between, so that they are added (and let go) as they come.
          if (workers.length > 0) await new Promise(setImmediate);
        }
        await allAdded;
      } finally {
        await stop();
      }
      return finishPaths(merge, plan, hopClasses);
    },
    stop,
  };
}

/** The whole pass at once: `startPathSearch`, the calling thread joining in straight away. */
export const shortestPathFiguresThreaded = (adjacency: Adjacency, options: PathThreadOptions): Promise<PathFigures> =>
  startPathSearch(adjacency, options).finish();
