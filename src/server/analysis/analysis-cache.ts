import type { GraphStore } from "../../store/graph-store.js";
import type { AnalysisDisk } from "./analysis-disk.js";
import { AnalysisPoolClosedError, AnalysisSupersededError } from "./analysis-errors.js";
import type { Analyse, AnalysisOptions } from "./analysis-options.js";

export interface CachedAnalysis {
  readonly etag: string;
  /** The answer's body, stringified once. */
  readonly json: string;
}

/** Figures and the store version they were computed from (never newer than the network they read). */
export interface VersionedAnalysis extends CachedAnalysis {
  readonly version: number;
}

interface Run {
  /** Set when the graph changed (or someone asked) while it ran: another run follows if the store moved on. */
  again: boolean;
  /** The ids of the network it computes, once loaded: an erasure stops only a run that may hold the person. */
  ids?: ReadonlySet<string>;
  readonly stop: AbortController;
  /** Settles once the result is kept (or the run failed), after any follow-up run has been started. */
  done: Promise<void>;
}

/** Kinds kept, and remembered as read: a handful of years and weightings a page moves between. */
const MAX_KINDS = 16;
/** A kind read this recently is computed again right after a write, before anyone asks. */
const FOLLOWED_MS = 10 * 60_000;

/**
 * The newest figures of each analysis (year, weighting, clustering), whatever the store version, and
 * at most one computation of each at a time. A write never throws figures away: readers get the last
 * ones (their version says how old they are) while the next are computed, right after the write.
 * Writes that land during a computation do not queue more: they mark it, and when it ends one more
 * run computes the store as it is then. So five writers cost at most two runs, not five.
 */
export class AnalysisCache {
  readonly #latest = new Map<string, VersionedAnalysis>();
  readonly #runs = new Map<string, Run>();
  readonly #read = new Map<string, { readonly options: AnalysisOptions; at: number }>();
  #closed = false;

  /**
   * `epoch` tells apart two runs of the server, whose stores may reach the same version number;
   * `disk` keeps the last figures of each kind over restarts.
   */
  constructor(
    readonly analyse: Analyse,
    readonly epoch: string,
    readonly store: GraphStore,
    readonly disk?: AnalysisDisk,
  ) {}

  etag(version: number, options: AnalysisOptions): string {
    return `"${this.epoch}-${version}-${kindOf(options)}"`;
  }

  /**
   * The newest figures there are, at once, and a computation of the store as it is now if they are
   * older; only when there are none yet, the first to finish. `fresh`: figures of at least the store
   * version at the time of asking, waiting for them. `reader: false` (the export, the warmer) does not
   * count as a page following this analysis.
   */
  async get(options: AnalysisOptions, { fresh = false, reader = true } = {}): Promise<VersionedAnalysis> {
    const kind = kindOf(options);
    if (reader) this.#remember(this.#read, kind, { options, at: Date.now() });
    const current = await this.store.version();
    const latest = this.#latest.get(kind);
    if (latest !== undefined && latest.version >= current) return latest;
    this.refresh(options);
    if (latest !== undefined && !fresh) return latest;
    return this.#atLeast(kind, options, fresh ? current : Number.NEGATIVE_INFINITY);
  }

  /** Computes the store as it is now, unless that is running already (it is then followed by one more run). */
  refresh(options: AnalysisOptions): void {
    if (this.#closed) return;
    const kind = kindOf(options);
    const running = this.#runs.get(kind);
    if (running !== undefined) running.again = true;
    else this.#start(kind, options);
  }

  /** The analyses pages read lately, the latest read first, so a write can have them computed before they ask again. */
  followed(): AnalysisOptions[] {
    const since = Date.now() - FOLLOWED_MS;
    return [...this.#read.values()]
      .filter((entry) => entry.at >= since)
      .reverse()
      .map((entry) => entry.options);
  }

  /**
   * After an erasure: drops the kept answers and stops the computations that may hold the person, `id`
   * (the answers naming that id; the runs whose network holds it or is still being loaded). Without an
   * id, all of them. Others go on: erasures in a row (an editor undoing new actors) never starve readers.
   */
  forget(id?: string): void {
    const named = id === undefined ? undefined : JSON.stringify(id);
    for (const [kind, answer] of this.#latest) {
      if (named === undefined || answer.json.includes(named)) this.#latest.delete(kind);
    }
    this.disk?.clear();
    for (const run of this.#runs.values()) {
      if (id === undefined || run.ids === undefined || run.ids.has(id)) run.stop.abort(new AnalysisSupersededError());
    }
  }

  /** At shutdown: stops every computation; those waiting get `analysis_unavailable`. */
  close(): void {
    this.#closed = true;
    for (const run of this.#runs.values()) run.stop.abort(new AnalysisPoolClosedError());
  }

  async #atLeast(kind: string, options: AnalysisOptions, version: number): Promise<VersionedAnalysis> {
    for (;;) {
      const latest = this.#latest.get(kind);
      if (latest !== undefined && latest.version >= version) return latest;
      if (this.#closed) throw new AnalysisPoolClosedError();
      const run = this.#runs.get(kind) ?? this.#start(kind, options);
      try {
        await run.done;
      } catch (error) {
        // Stopped by an erasure: the next round computes the network without that person.
        if (!(error instanceof AnalysisSupersededError)) throw error;
      }
    }
  }

  #start(kind: string, options: AnalysisOptions): Run {
    const run: Run = { again: false, stop: new AbortController(), done: Promise.resolve() };
    const compute = async (): Promise<void> => {
      // Read before loading: the network is at least this version, so figures are never older than their tag.
      const version = await this.store.version();
      if ((this.#latest.get(kind)?.version ?? -1) >= version) return;
      // The whole network even for one year: the analysis picks the year itself and reports every year.
      const network = await this.store.load();
      run.stop.signal.throwIfAborted();
      run.ids = new Set(network.actors.map((actor) => actor.id));
      const key = this.disk?.key(network);
      const kept = key === undefined ? undefined : this.disk?.read(kind, key);
      const answer = kept ?? (await this.analyse(network, options, run.stop.signal));
      run.stop.signal.throwIfAborted();
      const json = typeof answer === "string" ? answer : JSON.stringify(answer);
      if (key !== undefined && kept === undefined) this.disk?.write(kind, key, json);
      this.#keep(kind, { version, etag: this.etag(version, options), json });
    };
    run.done = compute().finally(() => {
      if (this.#runs.get(kind) === run) this.#runs.delete(kind);
      if (run.again && !run.stop.signal.aborted) this.refresh(options);
    });
    // Nobody may be waiting (the warmer, a reader served older figures): a failure is logged by whoever waits.
    run.done.catch(() => {});
    this.#runs.set(kind, run);
    return run;
  }

  #keep(kind: string, entry: VersionedAnalysis): void {
    if ((this.#latest.get(kind)?.version ?? -1) > entry.version) return;
    this.#remember(this.#latest, kind, entry);
  }

  #remember<T>(map: Map<string, T>, kind: string, value: T): void {
    map.delete(kind);
    map.set(kind, value);
    if (map.size > MAX_KINDS) map.delete(map.keys().next().value as string);
  }
}

function kindOf(options: AnalysisOptions): string {
  const clustering = options.clustering === "louvain" ? "-louvain" : "";
  const paths = options.exact === true ? "-exact" : options.pivots === undefined ? "" : `-p${options.pivots}`;
  return `${options.year ?? "all"}-${options.weighted === true ? "w" : "u"}${clustering}${paths}`;
}
