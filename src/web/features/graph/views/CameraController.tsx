import { useEffect } from "react";
import { useSigma } from "./sigma-context.js";

/** Brings the selected actor to the centre, so a click in a list shows where they are. */
export function CameraController({ focusId }: { readonly focusId: string | undefined }) {
  const sigma = useSigma();
  useEffect(() => {
    if (sigma === undefined || focusId === undefined) return;
    const graph = sigma.getGraph();
    if (!graph.hasNode(focusId)) return;
    const { x, y } = graph.getNodeAttributes(focusId);
    // The camera works in sigma's normalised ("framed") space, not in layout coordinates.
    const target = sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
    void sigma.getCamera().animate({ ...target, ratio: 0.6 }, { duration: 500 });
  }, [sigma, focusId]);
  return null;
}
