import type { GraphStore } from "../../store/graph-store.js";
import { AnalysisSupersededError } from "./analysis-errors.js";
import type { Analyse, AnalysisOptions } from "./analysis-options.js";

export interface CachedAnalysis {
  readonly etag: string;
  /** The answer's body, stringified once. */
  readonly json: string;
}

interface Computation {
  readonly version: number;
  /** Year and weighting: what it computes, whatever the version. */
  readonly kind: string;
  readonly result: Promise<CachedAnalysis>;
  readonly stop: AbortController;
  /** Requests waiting for it; a computation only the warmer waits for may be stopped. */
  readers: number;
}

/**
 * Each analysis is computed once per store version, year and weighting; requests that arrive while
 * it is being computed wait for that same computation. Only the newest version's results are kept:
 * a write makes every older one stale.
 */
export class AnalysisCache {
  readonly #entries = new Map<string, CachedAnalysis>();
  readonly #computing = new Map<string, Computation>();
  #version = -1;

  /** `epoch` tells apart two runs of the server, whose stores may reach the same version number. */
  constructor(
    readonly analyse: Analyse,
    readonly epoch: string,
  ) {}

  etag(version: number, options: AnalysisOptions): string {
    return `"${this.epoch}-${version}-${kindOf(options)}"`;
  }

  /** `reader: false` (the warmer) lets a newer version stop this computation if nobody else waits for it. */
  async get(store: GraphStore, options: AnalysisOptions, { reader = true } = {}): Promise<CachedAnalysis> {
    const version = await store.version();
    const etag = this.etag(version, options);
    const cached = version === this.#version ? this.#entries.get(etag) : undefined;
    if (cached !== undefined) return cached;
    this.supersede(version);
    const computation =
      this.#computing.get(etag) ??
      (reader ? this.#awaitedOlder(version, options) : undefined) ??
      this.#compute(store, version, etag, options);
    if (!reader) return computation.result;
    computation.readers++;
    try {
      return await computation.result;
    } finally {
      computation.readers--;
    }
  }

  /** After an erasure: drops every kept answer and stops the computations nobody waits for. */
  forget(): void {
    this.#entries.clear();
    this.supersede(Number.POSITIVE_INFINITY);
  }

  /** Stops the computations of versions older than `version` that no request waits for. */
  supersede(version: number): void {
    for (const [etag, computation] of this.#computing) {
      if (computation.version >= version || computation.readers > 0) continue;
      this.#computing.delete(etag);
      computation.stop.abort(new AnalysisSupersededError());
    }
  }

  /**
   * An older version's computation of the same analysis that requests already wait for, so it runs
   * to the end anyway. Under a stream of writes, joining it (and answering a result a few writes old,
   * under its own ETag) means a request waits for at most one computation; otherwise every write
   * queued one more computation of the whole network, and requests waited for all of them.
   */
  #awaitedOlder(version: number, options: AnalysisOptions): Computation | undefined {
    const kind = kindOf(options);
    for (const computation of this.#computing.values()) {
      if (computation.kind === kind && computation.version < version && computation.readers > 0) return computation;
    }
    return undefined;
  }

  #compute(store: GraphStore, version: number, etag: string, options: AnalysisOptions): Computation {
    const stop = new AbortController();
    const run = async (): Promise<CachedAnalysis> => {
      // The whole network even for one year: the analysis picks the year itself and reports every year.
      const network = await store.load();
      // A write that landed while we loaded would make this result older than its tag says.
      const loadedAsTagged = (await store.version()) === version;
      stop.signal.throwIfAborted();
      const answer = await this.analyse(network, options, stop.signal);
      const entry = { etag, json: typeof answer === "string" ? answer : JSON.stringify(answer) };
      if (loadedAsTagged) this.#remember(version, entry);
      return entry;
    };
    const result = run().finally(() => {
      if (this.#computing.get(etag) === computation) this.#computing.delete(etag);
    });
    const computation: Computation = { version, kind: kindOf(options), result, stop, readers: 0 };
    this.#computing.set(etag, computation);
    return computation;
  }

  #remember(version: number, entry: CachedAnalysis): void {
    if (version < this.#version) return;
    if (version > this.#version) {
      this.#entries.clear();
      this.#version = version;
    }
    this.#entries.set(entry.etag, entry);
  }
}

function kindOf(options: AnalysisOptions): string {
  const clustering = options.clustering === "louvain" ? "-louvain" : "";
  const paths = options.exact === true ? "-exact" : options.pivots === undefined ? "" : `-p${options.pivots}`;
  return `${options.year ?? "all"}-${options.weighted === true ? "w" : "u"}${clustering}${paths}`;
}
