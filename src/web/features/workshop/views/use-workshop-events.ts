import { useEffect, useRef } from "react";
import { followEvents } from "../../../api/event-stream.js";

/** The live changes that can change what the workshop panel shows. */
const RELEVANT = /^(workshop\.changed|actor\.|tie\.)/;

/** Calls `onChange` for every workshop, actor or tie change while the panel is open. */
export function useWorkshopEvents(onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(
    () =>
      followEvents({
        onChange: ({ type }) => {
          if (RELEVANT.test(type)) latest.current();
        },
        // A reconnection may have missed changes.
        onHello: () => latest.current(),
      }),
    [],
  );
}
