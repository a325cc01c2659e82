import type { FastifyRequest } from "fastify";
import {
  type PrivacyMode,
  type PseudonymKey,
  type PseudonymTable,
  PseudonymView,
  pseudonymTable,
} from "../../io/pseudonyms.js";
import type { GraphStore } from "../../store/graph-store.js";
import type { CachedAnalysis } from "../analysis/analysis-cache.js";
import type { ChangeEvent, ChangeListener } from "../events.js";
import type { Principal } from "../plugins/auth.js";

/** The mode of a reader: admins (and the local user, who is admin) see everything. */
export function modeOf(principal: Principal | null, { pseudonymise = false } = {}): PrivacyMode {
  if (pseudonymise) return "everyone";
  return principal?.role === "admin" ? "full" : "consent";
}

const MEMO_SIZE = 8;
/** Shared answers kept once made, in bytes at most: a few graphs of a few thousand actors, none at 100,000. */
const SHARED_BYTES = 32 * 1024 * 1024;

/**
 * The one place that turns what the store holds into what a reader may see (see src/io/pseudonyms.ts
 * for the rules). Every route that answers with actors, ties, the analysis, an export or an event
 * asks `view(request)` and sends what it returns. The pseudonym table is built once per store version.
 */
export class Privacy {
  #table: { readonly version: number; readonly table: Promise<PseudonymTable> } | undefined;
  /** Rewritten analysis answers by their view's ETag; the full one stays in the analysis cache. */
  readonly #analyses = new Map<string, CachedAnalysis>();
  /** Answers of the store version `#sharedVersion` (see `shared`), oldest first. */
  readonly #shared = new Map<string, { readonly answer: Promise<Buffer>; bytes: number }>();
  #sharedVersion = Number.NEGATIVE_INFINITY;

  constructor(
    readonly store: GraphStore,
    readonly key: PseudonymKey,
  ) {}

  /** The view of the request's principal; `pseudonymise` (an export for anyone) hides every resident. */
  async view(request: FastifyRequest, options: { pseudonymise?: boolean } = {}): Promise<AnswerView> {
    return this.viewFor(modeOf(request.principal, options));
  }

  async viewFor(mode: PrivacyMode): Promise<AnswerView> {
    const table = mode === "full" ? EMPTY_TABLE : await this.#currentTable();
    return new AnswerView(new PseudonymView(mode, table, this.key), this.#analyses);
  }

  /**
   * A bus listener that hands `send` each change as this reader may see it, in the order they came.
   * When the view cannot be made (the store is down) the change is not sent and `fail` is called.
   */
  live(request: FastifyRequest, send: (event: ChangeEvent) => void, fail: (error: unknown) => void): ChangeListener {
    const mode = modeOf(request.principal);
    let queue = Promise.resolve();
    return (event) => {
      queue = queue.then(async () => send((await this.viewFor(mode)).event(event))).catch(fail);
    };
  }

  /**
   * The answer `make` gives for `key` (which names the view it is for) at this store `version`,
   * made once and shared by every request of that version: the graph is large, and every page asks
   * for it at once. What `make` reads may be newer than `version`, as when each request reads for
   * itself. Kept until the version moves on, within SHARED_BYTES.
   */
  shared(key: string, version: number, make: () => Promise<Buffer>): Promise<Buffer> {
    if (version < this.#sharedVersion) return make();
    if (version > this.#sharedVersion) {
      this.#shared.clear();
      this.#sharedVersion = version;
    }
    const kept = this.#shared.get(key);
    if (kept !== undefined) return kept.answer;
    const entry = { answer: make(), bytes: 0 };
    this.#shared.set(key, entry);
    entry.answer.then(
      (answer) => {
        entry.bytes = answer.length;
        this.#keepWithinBudget();
      },
      () => {
        if (this.#shared.get(key) === entry) this.#shared.delete(key);
      },
    );
    return entry.answer;
  }

  #keepWithinBudget(): void {
    let bytes = 0;
    for (const entry of this.#shared.values()) bytes += entry.bytes;
    for (const [key, entry] of this.#shared) {
      if (bytes <= SHARED_BYTES) return;
      bytes -= entry.bytes;
      this.#shared.delete(key);
    }
  }

  /** After an erasure: nothing derived from the erased person stays in memory. */
  forget(): void {
    this.#table = undefined;
    this.#analyses.clear();
    this.#shared.clear();
  }

  async #currentTable(): Promise<PseudonymTable> {
    const version = await this.store.version();
    if (this.#table?.version !== version) {
      this.#analyses.clear();
      // Every stored actor, not a year's: a pseudonym's number must not depend on the year asked for.
      const table = this.store.load().then(({ actors }) => pseudonymTable(actors, this.key));
      this.#table = { version, table };
      table.catch(() => {
        if (this.#table?.table === table) this.#table = undefined;
      });
    }
    return this.#table.table;
  }
}

const EMPTY_TABLE: PseudonymTable = { pseudonyms: new Map(), withoutConsent: new Set(), others: new Set() };

/** One reader's view: the record rewriters plus the analysis and event payloads. */
export class AnswerView {
  readonly actor;
  readonly tie;
  readonly network;

  constructor(
    readonly records: PseudonymView,
    readonly memo: Map<string, CachedAnalysis>,
  ) {
    this.actor = records.actor.bind(records);
    this.tie = records.tie.bind(records);
    this.network = records.network.bind(records);
  }

  get mode(): PrivacyMode {
    return this.records.mode;
  }

  /** The ETag of this view of an answer: one view's answer never matches another's. */
  etag(etag: string): string {
    return this.mode === "full" ? etag : `${etag.slice(0, -1)}-pseudonymised"`;
  }

  /** The analysis answer with its actors' names rewritten; all its other text is codes and ids. */
  analysis(entry: CachedAnalysis): CachedAnalysis {
    if (this.mode === "full") return entry;
    const etag = this.etag(entry.etag);
    const remembered = this.memo.get(etag);
    if (remembered !== undefined) return remembered;
    const answer = JSON.parse(entry.json) as { actors?: unknown };
    const actors = Array.isArray(answer.actors) ? (answer.actors as { id: string; kind: string; name: string }[]) : [];
    for (const actor of actors) {
      if (actor.kind === "resident" && this.records.hidesId(actor.id)) actor.name = this.records.pseudonymOf(actor.id);
    }
    const rewritten = { etag, json: JSON.stringify(answer) };
    if (this.memo.size >= MEMO_SIZE) this.memo.delete(this.memo.keys().next().value as string);
    this.memo.set(etag, rewritten);
    return rewritten;
  }

  event(event: ChangeEvent): ChangeEvent {
    switch (event.type) {
      case "actor.created":
      case "actor.updated":
        return { ...event, actor: this.actor(event.actor) };
      case "tie.created":
      case "tie.updated":
        return { ...event, tie: this.tie(event.tie) };
      default:
        return event;
    }
  }
}
