import { EventEmitter } from "node:events";
import type { Actor, Tie } from "../model/index.js";
import type { ImportSummary } from "../store/graph-store.js";

/** One committed change, as pushed to every connected client. `version` is the store's after the write. */
export type ChangeEvent =
  | { readonly type: "actor.created" | "actor.updated"; readonly version: number; readonly actor: Actor }
  | { readonly type: "actor.deleted"; readonly version: number; readonly id: string }
  | { readonly type: "tie.created" | "tie.updated"; readonly version: number; readonly tie: Tie }
  | { readonly type: "tie.deleted"; readonly version: number; readonly id: string }
  | { readonly type: "import.finished"; readonly version: number; readonly summary: ImportSummary }
  | { readonly type: "follow-up.changed"; readonly version: number; readonly id: string }
  /** A workshop opened or closed, got a participant, or its `added` counts changed: only its id. */
  | { readonly type: "workshop.changed"; readonly version: number; readonly id: string };

export type ChangeListener = (event: ChangeEvent) => void;

/** The in-process bus: routes publish after a successful write, the events route fans out. */
export class ChangeBus {
  readonly #emitter = new EventEmitter().setMaxListeners(0);

  publish(event: ChangeEvent): void {
    this.#emitter.emit("change", event);
  }

  /** Returns the function that unsubscribes. */
  subscribe(listener: ChangeListener): () => void {
    this.#emitter.on("change", listener);
    return () => this.#emitter.off("change", listener);
  }

  get listeners(): number {
    return this.#emitter.listenerCount("change");
  }
}
