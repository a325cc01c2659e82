import { useEffect } from "react";
import { select, type ViewProducer } from "../state.js";

/**
 * Escape closes the actor card from anywhere on the page, unless something on top of it (a dialog,
 * the search list) has taken that Escape for itself.
 */
export function useEscapeClosesCard(selected: string | undefined, update: (producer: ViewProducer) => void): void {
  useEffect(() => {
    if (selected === undefined) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (document.querySelector("dialog[open]") !== null) return;
      update(select(undefined));
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [selected, update]);
}
