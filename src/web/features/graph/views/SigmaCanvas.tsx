import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import Sigma from "sigma";
import type { Scene } from "../appearance.js";
import type { DisplayEdge, DisplayGraph, DisplayNode } from "../display-graph.js";
import { isBigNetwork } from "../layout.js";
import { MAP_DRAWN_MARK } from "../marks.js";
import { NODE_PROGRAMS } from "../node-programs.js";
import { installedScenes, reducersFor } from "./AppearanceController.js";
import { SigmaContext, type WeaveSigma } from "./sigma-context.js";

interface SigmaCanvasProps {
  readonly graph: DisplayGraph;
  /** Drawn from the very first frame: a first frame without it would draw every tie for nothing. */
  readonly scene: Scene;
  readonly children?: ReactNode;
  /** Drawn in a column beside the map, never over it (the legend). */
  readonly beside?: ReactNode;
}

/** Owns the one sigma instance; the controllers inside steer it and render nothing. */
export function SigmaCanvas({ graph, scene, children, beside }: SigmaCanvasProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<WeaveSigma>();
  const latestScene = useRef(scene);
  latestScene.current = scene;

  useEffect(() => {
    if (container.current === null) return;
    const initialScene = latestScene.current;
    const instance = new Sigma<DisplayNode, DisplayEdge>(graph, container.current, {
      nodeProgramClasses: NODE_PROGRAMS,
      defaultNodeType: "resident",
      labelDensity: 0.6,
      labelGridCellSize: 120,
      labelRenderedSizeThreshold: 9,
      labelFont: "system-ui, sans-serif",
      zIndex: true,
      minCameraRatio: 0.05,
      maxCameraRatio: 4,
      allowInvalidContainer: true,
      hideEdgesOnMove: isBigNetwork(graph),
      hideLabelsOnMove: isBigNetwork(graph),
      ...reducersFor(graph, initialScene),
    });
    installedScenes.set(instance, initialScene);
    setSigma(instance);
    // A User Timing mark the web-load benchmark reads: when the map first shows anyone. Sigma draws
    // once in its constructor, so a map with actors is drawn already.
    const markDrawn = () => {
      if (graph.order === 0) return;
      performance.mark(MAP_DRAWN_MARK);
      instance.off("afterRender", markDrawn);
    };
    if (graph.order > 0) markDrawn();
    else instance.on("afterRender", markDrawn);
    // Opening the actor card narrows the map without resizing the window, which sigma alone misses.
    // The observer also reports the size sigma was just drawn at: only a real change is redrawn, once.
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = instance.getDimensions();
      if (entry === undefined) return;
      if (Math.round(entry.contentRect.width) === width && Math.round(entry.contentRect.height) === height) return;
      instance.scheduleRefresh();
    });
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.kill();
      setSigma(undefined);
    };
  }, [graph]);

  return (
    <div className="graph-area">
      <div className="map-frame">
        <div
          ref={container}
          className="sigma-container"
          role="img"
          aria-label={t("graph.ariaLabel")}
          data-testid="sigma-container"
        />
        {sigma !== undefined && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
      </div>
      {beside !== undefined && <div className="map-side">{beside}</div>}
    </div>
  );
}
