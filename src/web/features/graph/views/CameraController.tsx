import { useEffect, useRef } from "react";
import { useSigma } from "./sigma-context.js";

interface CameraControllerProps {
  readonly focusId: string | undefined;
  /** While the layout runs, the focus moves: the camera stays on it until the user moves the map. */
  readonly follow: boolean;
}

/** Brings the focused actor to the centre, so a click in a list, or a link, shows where they are. */
export function CameraController({ focusId, follow }: CameraControllerProps) {
  const sigma = useSigma();
  const following = useRef(follow);
  following.current = follow;
  useEffect(() => {
    if (sigma === undefined || focusId === undefined || !sigma.getGraph().hasNode(focusId)) return;
    const camera = sigma.getCamera();
    // Display data is in sigma's normalised ("framed") space, the camera's, not in layout coordinates.
    const target = () => {
      const data = sigma.getNodeDisplayData(focusId);
      return data === undefined ? undefined : { x: data.x, y: data.y };
    };
    const start = target();
    if (start === undefined) return;
    if (!following.current) {
      void camera.animate({ ...start, ratio: 0.6 }, { duration: 500 });
      return;
    }
    camera.setState({ ...start, ratio: 0.6 });
    let userMoved = false;
    const keepCentred = () => {
      const at = target();
      if (userMoved || !following.current || at === undefined) return;
      const { x, y } = camera.getState();
      if (Math.abs(x - at.x) + Math.abs(y - at.y) > 1e-4) camera.setState({ x: at.x, y: at.y });
    };
    const stop = () => {
      userMoved = true;
    };
    sigma.on("afterRender", keepCentred);
    sigma.on("downStage", stop);
    sigma.on("wheelStage", stop);
    return () => {
      sigma.off("afterRender", keepCentred);
      sigma.off("downStage", stop);
      sigma.off("wheelStage", stop);
    };
  }, [sigma, focusId]);
  return null;
}
