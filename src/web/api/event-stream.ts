import type { LiveChange } from "./live-changes.js";

export type LiveStatus = "connecting" | "live" | "offline";

export interface EventListeners {
  /** Told at once on joining, then whenever the stream opens or breaks. */
  readonly onStatus?: (status: LiveStatus) => void;
  /** The store's version on every (re)connection; told at once on joining an open stream. */
  readonly onHello?: (version: number) => void;
  readonly onChange?: (change: LiveChange) => void;
}

/** How long the page waits before opening a stream the browser gave up on. */
const REOPEN_MS = 3000;

const listeners = new Set<EventListeners>();
let source: EventSource | undefined;
let reopen: ReturnType<typeof setTimeout> | undefined;
let status: LiveStatus = "connecting";
let lastHello: number | undefined;

/**
 * One `/api/events` stream per page, shared by everything that follows the live changes (the map, the
 * projector's counter, the workshop panel): browsers allow a handful of connections per server, and
 * each stream holds one for good. Opened for the first listener, closed after the last, and opened
 * again by itself when the browser gives up on it. Returns the function that stops following.
 */
export function followEvents(follower: EventListeners): () => void {
  if (typeof EventSource === "undefined") return () => {};
  listeners.add(follower);
  if (source === undefined) open();
  else {
    follower.onStatus?.(status);
    if (lastHello !== undefined) follower.onHello?.(lastHello);
  }
  return () => {
    listeners.delete(follower);
    if (listeners.size > 0) return;
    clearTimeout(reopen);
    source?.close();
    source = undefined;
    lastHello = undefined;
  };
}

function open(): void {
  const current = new EventSource("/api/events", { withCredentials: true });
  source = current;
  tell("connecting");
  current.onopen = () => tell("live");
  current.onerror = () => {
    tell("offline");
    // The browser retries a broken stream itself, but gives up after an answer that is not a stream.
    if (current.readyState === EventSource.CLOSED && source === current) reopen = setTimeout(open, REOPEN_MS);
  };
  current.addEventListener("hello", (event) => {
    tell("live");
    const { version } = JSON.parse(event.data) as { version: number };
    lastHello = version;
    for (const follower of [...listeners]) follower.onHello?.(version);
  });
  current.addEventListener("change", (event) => {
    const change = JSON.parse(event.data) as LiveChange;
    for (const follower of [...listeners]) follower.onChange?.(change);
  });
}

function tell(next: LiveStatus): void {
  status = next;
  for (const follower of [...listeners]) follower.onStatus?.(next);
}
