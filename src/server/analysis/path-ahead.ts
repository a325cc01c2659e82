import { type MessagePort, receiveMessageOnPort } from "node:worker_threads";
import type { Adjacency } from "../../analysis/adjacency.js";
import { type PathPlan, searchPlan } from "../../analysis/brandes.js";
import {
  type BrokerageSampling,
  sampledBetweenness,
  sampledBrokeragePlan,
} from "../../analysis/sampled-betweenness.js";
import type { BrokerageSampler } from "../../analysis/year-graphs.js";

/**
 * Sampled betweenness (the years' brokerage) searched by a path helper thread between its blocks, while
 * the calling thread measures the rest; the calling thread reads it back through `sampler` when the years
 * come to it. Without it, at 100,000 actors, the calling thread searched these itself while the helper,
 * done with its blocks, waited for it.
 */
export interface AheadJob {
  readonly plans: readonly PathPlan[];
  /** Per plan, who has it (`AHEAD_*`), on shared memory. */
  readonly states: Int32Array<ArrayBufferLike>;
  /** Per plan, its betweenness once searched, on shared memory. */
  readonly betweenness: readonly Float64Array<ArrayBufferLike>[];
}

const FREE = 0;
const TAKEN = 1;
const DONE = 2;
const DROPPED = 3;

/**
 * How long the calling thread waits for a plan a helper has taken before searching it itself (the same
 * figures): only so that a helper that died holding one cannot leave it waiting for ever.
 */
const PATIENCE_MS = 120_000;

/** On a helper thread: searches each plan sent on `port` that nobody has taken yet. */
export function searchAhead(port: MessagePort | undefined): void {
  if (port === undefined) return;
  for (let sent = receiveMessageOnPort(port); sent !== undefined; sent = receiveMessageOnPort(port)) {
    const { plans, states, betweenness } = sent.message as AheadJob;
    plans.forEach((plan, j) => {
      if (Atomics.compareExchange(states, j, FREE, TAKEN) !== FREE) return;
      let state = DROPPED;
      try {
        betweenness[j]?.set(searchPlan(plan).betweenness);
        state = DONE;
      } finally {
        Atomics.store(states, j, state);
        Atomics.notify(states, j);
      }
    });
  }
}

/** A plan sent ahead, as the calling thread knows it: its adjacency and sampling, who has it, its figures. */
interface Sent {
  readonly adjacency: Adjacency;
  readonly options: BrokerageSampling;
  readonly state: Int32Array<ArrayBufferLike>;
  readonly betweenness: Float64Array<ArrayBufferLike>;
}

/** On the calling thread: what it sent ahead to a helper (through `port`; none without helpers). */
export class SampledAhead {
  readonly #sent: Sent[] = [];

  constructor(readonly port: MessagePort | undefined) {}

  /** Sends the plan (copied as it is sent, not kept here): a helper takes it between two blocks. */
  send(adjacency: Adjacency, options: BrokerageSampling): void {
    if (this.port === undefined) return;
    const sent: Sent = {
      adjacency,
      options,
      state: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
      betweenness: new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT * adjacency.ids.length)),
    };
    this.#sent.push(sent);
    const job: AheadJob = {
      plans: [sampledBrokeragePlan(adjacency, options)],
      states: sent.state,
      betweenness: [sent.betweenness],
    };
    this.port.postMessage(job);
  }

  /**
   * `sampledBetweenness`: the helper's when it searched it, waited for while it does, and searched here
   * when it has not started it (or it was not sent).
   */
  readonly sampler: BrokerageSampler = (adjacency, options) => {
    const sent = this.#sent.find(
      (entry) =>
        entry.adjacency === adjacency &&
        entry.options.seed === options.seed &&
        entry.options.brokeragePivots === options.brokeragePivots,
    );
    if (sent === undefined || Atomics.compareExchange(sent.state, 0, FREE, DROPPED) === FREE)
      return sampledBetweenness(adjacency, options);
    Atomics.wait(sent.state, 0, TAKEN, PATIENCE_MS);
    return Atomics.load(sent.state, 0) === DONE ? sent.betweenness.slice() : sampledBetweenness(adjacency, options);
  };

  /** No helper takes what it has not started; the calling thread searches those itself if it asks. */
  drop(): void {
    for (const { state } of this.#sent) Atomics.compareExchange(state, 0, FREE, DROPPED);
    this.port?.close();
  }
}
