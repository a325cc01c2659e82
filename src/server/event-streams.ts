import type { Role } from "../store/accounts/roles.js";

/** Whose stream it is: the account, and the session it was opened with (none in open mode). */
export interface StreamOwner {
  readonly name: string;
  readonly role: Role;
  readonly sessionToken?: string;
}

/**
 * Every open event stream and whose it is, so logging out, removing an account or closing the
 * server ends the streams that no longer have a right to exist.
 */
export class OpenStreams {
  readonly #streams = new Map<() => void, StreamOwner>();

  /** `end` closes the stream; it must be idempotent. */
  add(owner: StreamOwner, end: () => void): void {
    this.#streams.set(end, owner);
  }

  remove(end: () => void): void {
    this.#streams.delete(end);
  }

  endSession(token: string): void {
    this.#endWhere((owner) => owner.sessionToken === token);
  }

  endAccount(name: string): void {
    this.#endWhere((owner) => owner.name === name);
  }

  endAll(): void {
    this.#endWhere(() => true);
  }

  get size(): number {
    return this.#streams.size;
  }

  #endWhere(matches: (owner: StreamOwner) => boolean): void {
    for (const [end, owner] of [...this.#streams]) if (matches(owner)) end();
  }
}
