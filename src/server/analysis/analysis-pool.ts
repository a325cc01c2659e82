import type { Worker } from "node:worker_threads";
import type { Network } from "../../model/index.js";
import { AnalysisFailedError, AnalysisPoolClosedError } from "./analysis-errors.js";
import type { AnalysisOptions } from "./analysis-options.js";
import { pathThreadsPerAnalysis } from "./path-threads.js";
import { startTypeScriptWorker } from "./start-typescript-worker.js";
import type { AnalysisAnswer, AnalysisJob } from "./worker-protocol.js";

const WORKER_ENTRY = new URL("./analysis-worker.ts", import.meta.url);

export interface AnalysisPoolOptions {
  /** Worker threads; one is enough on a small machine, where a second would slow the first. */
  readonly size?: number;
  /** The heap limit of each worker, so one huge network cannot take the server's memory with it. */
  readonly maxMemoryMb?: number;
}

interface Task {
  readonly job: AnalysisJob;
  readonly signal: AbortSignal | undefined;
  readonly resolve: (json: string) => void;
  readonly reject: (error: unknown) => void;
}

interface Slot {
  worker?: Worker;
  task?: Task;
}

/**
 * Runs `analyseForApi` in worker threads, so the event loop stays free while it computes. Jobs wait
 * in one queue; a worker that dies is replaced when the next job comes; an aborted job is dropped from the
 * queue, or its worker is stopped (a restart costs far less than finishing a computation nobody reads).
 */
export class AnalysisPool {
  readonly #slots: Slot[];
  readonly #queue: Task[] = [];
  readonly #maxMemoryMb: number | undefined;
  /** Each worker's threads for shortest paths: the cores shared out among the workers. */
  readonly #pathThreads: number;
  #closed = false;
  #started = 0;

  constructor(options: AnalysisPoolOptions = {}) {
    const size = options.size ?? 1;
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`an analysis pool needs at least one worker, not ${size}`);
    this.#slots = Array.from({ length: size }, () => ({}));
    this.#maxMemoryMb = options.maxMemoryMb;
    this.#pathThreads = pathThreadsPerAnalysis(size);
    // Started now, so loading the analysis modules overlaps the server's own start.
    for (const slot of this.#slots) this.#startWorker(slot);
  }

  /** The analysis as JSON text. */
  analyse = (network: Network, options: AnalysisOptions, signal?: AbortSignal): Promise<string> =>
    new Promise((resolve, reject) => {
      if (this.#closed) return reject(new AnalysisPoolClosedError());
      if (signal?.aborted === true) return reject(signal.reason);
      const task: Task = { job: { network, options }, signal, resolve, reject };
      signal?.addEventListener("abort", () => this.#abort(task), { once: true });
      this.#queue.push(task);
      this.#dispatch();
    });

  /** Analyses handed to a worker so far (each a whole computation): what a write costs, counted. */
  get started(): number {
    return this.#started;
  }

  /** Stops every worker; queued and running jobs fail with AnalysisPoolClosedError. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.reject(new AnalysisPoolClosedError());
    await Promise.all(
      this.#slots.map(async (slot) => {
        slot.task?.reject(new AnalysisPoolClosedError());
        slot.task = undefined;
        await slot.worker?.terminate();
      }),
    );
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (this.#closed || this.#queue.length === 0) return;
      if (slot.task !== undefined) continue;
      const task = this.#queue.shift() as Task;
      slot.task = task;
      this.#started++;
      (slot.worker ?? this.#startWorker(slot)).postMessage(task.job);
    }
  }

  #startWorker(slot: Slot): Worker {
    const worker = startTypeScriptWorker(WORKER_ENTRY, {
      workerData: { pathThreads: this.#pathThreads },
      resourceLimits: this.#maxMemoryMb === undefined ? undefined : { maxOldGenerationSizeMb: this.#maxMemoryMb },
    });
    let crash: unknown;
    worker.on("message", (answer: AnalysisAnswer) => {
      if (slot.worker !== worker) return;
      const task = slot.task;
      slot.task = undefined;
      if ("json" in answer) task?.resolve(answer.json);
      else
        task?.reject(new AnalysisFailedError({ cause: Object.assign(new Error(answer.error.message), answer.error) }));
      this.#dispatch();
    });
    worker.on("error", (error) => {
      crash = error;
    });
    worker.on("exit", (exitCode) => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      const task = slot.task;
      slot.task = undefined;
      task?.reject(
        new AnalysisFailedError({ cause: crash ?? new Error(`the analysis worker exited with code ${exitCode}`) }),
      );
      this.#dispatch();
    });
    slot.worker = worker;
    return worker;
  }

  #abort(task: Task): void {
    task.reject(task.signal?.reason);
    const queued = this.#queue.indexOf(task);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      return;
    }
    const slot = this.#slots.find((candidate) => candidate.task === task);
    if (slot === undefined) return;
    // Detached first, so its late answer or exit is ignored; the next job gets a new worker.
    const worker = slot.worker;
    slot.worker = undefined;
    slot.task = undefined;
    void worker?.terminate();
    this.#dispatch();
  }
}
