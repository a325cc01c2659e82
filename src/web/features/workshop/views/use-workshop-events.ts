import { useEffect, useRef } from "react";

/** The live changes that can change what the workshop panel shows. */
const RELEVANT = /^(workshop\.changed|actor\.|tie\.)/;

/**
 * Calls `onChange` for every workshop, actor or tie change while the panel is open, on a stream of
 * its own: the panel opens rarely, and this keeps the map's stream handling untouched.
 */
export function useWorkshopEvents(onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/events", { withCredentials: true });
    source.addEventListener("change", (event) => {
      const { type } = JSON.parse(event.data) as { type?: string };
      if (type !== undefined && RELEVANT.test(type)) latest.current();
    });
    // A reconnection may have missed changes.
    source.addEventListener("hello", () => latest.current());
    return () => source.close();
  }, []);
}
