import { useEffect } from "react";
import { useSigma } from "./sigma-context.js";

/** Brings the selected actor to the centre, so a click in a list shows where they are. */
export function CameraController({ focusId }: { readonly focusId: string | undefined }) {
  const sigma = useSigma();
  useEffect(() => {
    if (sigma === undefined || focusId === undefined) return;
    const display = sigma.getNodeDisplayData(focusId);
    if (display === undefined) return;
    void sigma.getCamera().animate({ x: display.x, y: display.y, ratio: 0.6 }, { duration: 500 });
  }, [sigma, focusId]);
  return null;
}
