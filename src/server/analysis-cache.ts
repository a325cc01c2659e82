import type { Network } from "../model/index.js";
import type { GraphStore } from "../store/graph-store.js";

export interface AnalysisOptions {
  readonly year?: number;
  readonly weighted?: boolean;
}

export type Analyse = (network: Network, options: AnalysisOptions) => unknown;

export interface CachedAnalysis {
  readonly etag: string;
  readonly result: unknown;
}

/**
 * Each analysis is computed once per store version, year and weighting. Only the newest version's
 * results are kept: a write makes every older one stale.
 */
export class AnalysisCache {
  readonly #entries = new Map<string, CachedAnalysis>();
  #version = -1;

  /** `epoch` tells apart two runs of the server, whose stores may reach the same version number. */
  constructor(
    readonly analyse: Analyse,
    readonly epoch: string,
  ) {}

  etag(version: number, options: AnalysisOptions): string {
    return `"${this.epoch}-${version}-${options.year ?? "all"}-${options.weighted === true ? "w" : "u"}"`;
  }

  async get(store: GraphStore, options: AnalysisOptions): Promise<CachedAnalysis> {
    const version = await store.version();
    const etag = this.etag(version, options);
    const cached = version === this.#version ? this.#entries.get(etag) : undefined;
    if (cached !== undefined) return cached;
    // The whole network even for one year: the analysis picks the year itself and reports every year.
    const network = await store.load();
    const result = this.analyse(network, options);
    const entry = { etag, result };
    // A write that landed while we loaded would make this result older than its tag says.
    if ((await store.version()) === version) this.#remember(version, entry);
    return entry;
  }

  #remember(version: number, entry: CachedAnalysis): void {
    if (version !== this.#version) {
      this.#entries.clear();
      this.#version = version;
    }
    this.#entries.set(entry.etag, entry);
  }
}
