import { useEffect, useRef, useState } from "react";
import { followEvents, type LiveStatus } from "./event-stream.js";
import type { LiveChange } from "./live-changes.js";

export interface LiveHandlers {
  /** One committed write, as it happened: the page patches it in. */
  readonly onChange: (change: LiveChange) => void;
  /** On every (re)connection, the store's version: a page that missed changes reloads. */
  readonly onHello: (version: number) => void;
}

/**
 * Follows `/api/events` so a workshop's projector and laptops stay in step without reloading. The
 * header says "offline" as soon as the stream breaks, and the stream is opened again by itself.
 */
export function useLiveUpdates(handlers: LiveHandlers, enabled: boolean): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (!enabled) return;
    return followEvents({
      onStatus: setStatus,
      onHello: (version) => latest.current.onHello(version),
      onChange: (change) => latest.current.onChange(change),
    });
  }, [enabled]);

  return status;
}
