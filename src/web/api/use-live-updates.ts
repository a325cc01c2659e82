import { useEffect, useRef, useState } from "react";

/** The server sends `hello` on connecting and `change` for every committed write. */
const CHANGE_EVENTS = ["change"];

export type LiveStatus = "connecting" | "live" | "offline";

/**
 * Follows `/api/events` and calls `onChange` once per burst of changes (an import sends many), so
 * a workshop's projector and laptops stay in step without reloading.
 */
export function useLiveUpdates(onChange: () => void, enabled: boolean): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    const source = new EventSource("/api/events", { withCredentials: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), 250);
    };
    source.onopen = () => setStatus("live");
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? "offline" : "connecting");
    for (const name of CHANGE_EVENTS) source.addEventListener(name, changed);
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [enabled]);

  return status;
}
