import { useEffect } from "react";
import { useSigma, type WeaveSigma } from "../../graph/views/sigma-context.js";
import { cameraMoved, fittingCamera, type Point, type Screen } from "../state.js";

/** How often the fit is checked while the map is moving (the first layout, actors arriving live). */
const CHECK_MS = 400;

/**
 * Keeps every actor drawn on the screen: the camera fits their box, again whenever someone new
 * arrives or the layout moves them, until the user moves the map. Renders nothing.
 */
export function FitToScreen({ enabled }: { readonly enabled: boolean }) {
  const sigma = useSigma();
  useEffect(() => {
    if (sigma === undefined || !enabled) return;
    const camera = sigma.getCamera();
    let userMoved = false;
    let last = 0;
    const fitAll = (force: boolean) => {
      const now = performance.now();
      if (userMoved || (!force && now - last < CHECK_MS)) return;
      last = now;
      const points: Point[] = [];
      sigma.getGraph().forEachNode((id) => {
        const data = sigma.getNodeDisplayData(id);
        if (data !== undefined && !data.hidden) points.push({ x: data.x, y: data.y });
      });
      const target = fittingCamera(points, screenOf(sigma));
      if (target !== undefined && cameraMoved(camera.getState(), target)) camera.setState(target);
    };
    const onRender = () => fitAll(false);
    const stop = () => {
      userMoved = true;
    };
    const onNodeAdded = () => {
      userMoved = false;
    };
    fitAll(true);
    sigma.on("afterRender", onRender);
    sigma.on("downStage", stop);
    sigma.on("wheelStage", stop);
    sigma.getGraph().on("nodeAdded", onNodeAdded);
    return () => {
      sigma.off("afterRender", onRender);
      sigma.off("downStage", stop);
      sigma.off("wheelStage", stop);
      sigma.getGraph().off("nodeAdded", onNodeAdded);
    };
  }, [sigma, enabled]);
  return null;
}

/** The map's size, and sigma's own scale from its framed space to pixels (the aspect and padding included). */
function screenOf(sigma: WeaveSigma): Screen {
  const { width, height } = sigma.getDimensions();
  const cameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const origin = sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState });
  const corner = sigma.framedGraphToViewport({ x: 1, y: 1 }, { cameraState });
  return { width, height, pixelsPerUnit: { x: Math.abs(corner.x - origin.x), y: Math.abs(corner.y - origin.y) } };
}
