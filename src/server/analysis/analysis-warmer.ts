import type { FastifyBaseLogger } from "fastify";
import { yearsInData } from "../../model/index.js";
import type { GraphStore } from "../../store/graph-store.js";
import type { ChangeBus } from "../events.js";
import type { AnalysisCache } from "./analysis-cache.js";
import { AnalysisSupersededError } from "./analysis-errors.js";

export interface AnalysisWarmerOptions {
  /** Quiet time after a write before computing, so an import or a burst of edits computes once. */
  readonly debounceMs: number;
  readonly log: FastifyBaseLogger;
}

/**
 * Computes in the background, at start-up and after every committed write, what pages ask for
 * first: the network as of its latest year (where the explorer opens), then the whole network.
 */
export class AnalysisWarmer {
  #timer: NodeJS.Timeout | undefined;
  #unsubscribe: (() => void) | undefined;
  #running: Promise<void> = Promise.resolve();
  #stopped = false;

  constructor(
    readonly cache: AnalysisCache,
    readonly store: GraphStore,
    readonly bus: ChangeBus,
    readonly options: AnalysisWarmerOptions,
  ) {}

  start(): void {
    this.#unsubscribe = this.bus.subscribe((event) => {
      this.cache.supersede(event.version);
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#warm(), this.options.debounceMs);
    });
    this.#warm();
  }

  /** Stops the computation nobody else waits for, and resolves once it has let go of the store. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#unsubscribe?.();
    this.cache.supersede(Number.POSITIVE_INFINITY);
    await this.#running;
  }

  #warm(): void {
    if (this.#stopped) return;
    const started = performance.now();
    this.#running = this.#warmLatestThenWhole().then(
      () => this.options.log.debug({ ms: Math.round(performance.now() - started) }, "analysis cache warmed"),
      (error: unknown) => {
        if (this.#stopped || error instanceof AnalysisSupersededError) return;
        this.options.log.warn({ err: error }, "warming the analysis cache failed");
      },
    );
  }

  async #warmLatestThenWhole(): Promise<void> {
    const latest = yearsInData(await this.store.load()).at(-1);
    for (const options of latest === undefined ? [{}] : [{ year: latest }, {}]) {
      if (this.#stopped) return;
      await this.cache.get(this.store, options, { reader: false });
    }
  }
}
