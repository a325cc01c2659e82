import { useEffect, useRef, useState } from "react";
import type { LiveChange } from "./live-changes.js";

export type LiveStatus = "connecting" | "live" | "offline";

export interface LiveHandlers {
  /** One committed write, as it happened: the page patches it in. */
  readonly onChange: (change: LiveChange) => void;
  /** On every (re)connection, the store's version: a page that missed changes reloads. */
  readonly onHello: (version: number) => void;
}

/** How long the page waits before opening a stream the browser gave up on. */
const REOPEN_MS = 3000;

/**
 * Follows `/api/events` so a workshop's projector and laptops stay in step without reloading. The
 * header says "offline" as soon as the stream breaks, and the stream is opened again by itself.
 */
export function useLiveUpdates(handlers: LiveHandlers, enabled: boolean): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      const current = new EventSource("/api/events", { withCredentials: true });
      source = current;
      current.onopen = () => setStatus("live");
      current.onerror = () => {
        setStatus("offline");
        // The browser retries a broken stream itself, but gives up after an answer that is not a stream.
        if (current.readyState === EventSource.CLOSED) timer = setTimeout(open, REOPEN_MS);
      };
      current.addEventListener("hello", (event) => {
        setStatus("live");
        latest.current.onHello((JSON.parse(event.data) as { version: number }).version);
      });
      current.addEventListener("change", (event) => latest.current.onChange(JSON.parse(event.data) as LiveChange));
    };
    open();
    return () => {
      clearTimeout(timer);
      source?.close();
    };
  }, [enabled]);

  return status;
}
