import { useCallback, useEffect, useState } from "react";

/** The page in full screen (the Fullscreen API), and whether it is; the browser's Escape leaves it. */
export function useFullscreen(): { readonly active: boolean; readonly enter: () => void; readonly exit: () => void } {
  const [active, setActive] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);
  const enter = useCallback(() => {
    // Refused without a user's gesture (a projector opened by its link): the button is there for that.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  const exit = useCallback(() => {
    if (document.fullscreenElement !== null) document.exitFullscreen().catch(() => undefined);
  }, []);
  return { active, enter, exit };
}
