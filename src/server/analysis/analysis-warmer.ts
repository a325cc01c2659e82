import type { FastifyBaseLogger } from "fastify";
import { yearsInData } from "../../model/index.js";
import type { GraphStore } from "../../store/graph-store.js";
import type { ChangeBus } from "../events.js";
import type { AnalysisCache } from "./analysis-cache.js";
import { AnalysisPoolClosedError, AnalysisSupersededError } from "./analysis-errors.js";
import type { AnalysisOptions } from "./analysis-options.js";

export interface AnalysisWarmerOptions {
  /** Quiet time after a write before computing, so the writes of one burst (a round of edits) share a run. */
  readonly debounceMs: number;
  readonly log: FastifyBaseLogger;
}

/**
 * Computes ahead, so pages find figures waiting: at start-up the network as of its latest year (where
 * the explorer opens), then the whole network; right after every write, the analyses pages have been
 * reading (or those two when nobody has read any yet). Writes during a computation coalesce in the cache.
 */
export class AnalysisWarmer {
  #timer: NodeJS.Timeout | undefined;
  #unsubscribe: (() => void) | undefined;
  #stopped = false;

  constructor(
    readonly cache: AnalysisCache,
    readonly store: GraphStore,
    readonly bus: ChangeBus,
    readonly options: AnalysisWarmerOptions,
  ) {}

  start(): void {
    this.#unsubscribe = this.bus.subscribe(() => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#warm(), this.options.debounceMs);
    });
    this.#warm({ atStart: true });
  }

  /** No more computing ahead; the cache's `close` stops what runs. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#unsubscribe?.();
  }

  #warm({ atStart = false } = {}): void {
    if (this.#stopped) return;
    const started = performance.now();
    this.#warmAll(atStart).then(
      () => this.options.log.debug({ ms: Math.round(performance.now() - started) }, "analysis cache warmed"),
      (error: unknown) => {
        if (this.#stopped || error instanceof AnalysisSupersededError || error instanceof AnalysisPoolClosedError)
          return;
        this.options.log.warn({ err: error }, "warming the analysis cache failed");
      },
    );
  }

  async #warmAll(atStart: boolean): Promise<void> {
    const followed = atStart ? [] : this.cache.followed();
    const kinds = followed.length > 0 ? followed : await this.#whereThePageOpens();
    // Queued in this order; each waits for whatever runs already, then for one run of the store as it is.
    await Promise.all(kinds.map((options) => this.cache.get(options, { fresh: true, reader: false })));
  }

  async #whereThePageOpens(): Promise<AnalysisOptions[]> {
    const latest = yearsInData(await this.store.load()).at(-1);
    return latest === undefined ? [{}] : [{ year: latest }, {}];
  }
}
