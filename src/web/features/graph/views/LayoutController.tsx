import * as fa2Worker from "graphology-layout-forceatlas2/worker.js";
import { useEffect, useRef } from "react";
import type { DisplayGraph } from "../display-graph.js";
import { layoutDuration, layoutSettings, savePositions } from "../layout.js";

interface LayoutControllerProps {
  readonly graph: DisplayGraph;
  /** Changes whenever the data changes: the layout then runs again for a while. */
  readonly revision: number;
  readonly running: boolean;
  readonly onRunningChange: (running: boolean) => void;
}

// A CommonJS module whose `module.exports` is the class: Vite hands it over as the default export,
// where TypeScript (nodenext) expects it one `.default` further down.
const FA2LayoutSupervisor = fa2Worker.default as unknown as typeof fa2Worker.default.default;
type FA2LayoutSupervisor = InstanceType<typeof FA2LayoutSupervisor>;

/** ForceAtlas2 in a Web Worker, so the page stays responsive while the picture settles. */
export function LayoutController({ graph, revision, running, onRunningChange }: LayoutControllerProps) {
  const supervisor = useRef<FA2LayoutSupervisor | undefined>(undefined);

  useEffect(() => {
    const layout = new FA2LayoutSupervisor(graph, { settings: layoutSettings(graph) });
    supervisor.current = layout;
    return () => {
      layout.kill();
      supervisor.current = undefined;
    };
  }, [graph]);

  useEffect(() => {
    if (revision > 0 && graph.order > 0) onRunningChange(true);
  }, [revision, graph, onRunningChange]);

  useEffect(() => {
    const layout = supervisor.current;
    if (layout === undefined) return;
    if (!running) {
      if (layout.isRunning()) {
        layout.stop();
        savePositions(graph);
      }
      return;
    }
    layout.start();
    const timer = setTimeout(() => onRunningChange(false), layoutDuration(graph.order));
    return () => clearTimeout(timer);
  }, [running, graph, onRunningChange]);

  return null;
}
