import { UndirectedGraph } from "graphology";
import * as fa2Worker from "graphology-layout-forceatlas2/worker.js";
import { useEffect } from "react";
import type { DisplayGraph } from "../display-graph.js";
import { layoutDuration, layoutSettings, savePositions } from "../layout.js";
import { pacedRedraws } from "../paced-redraws.js";

interface LayoutControllerProps {
  readonly graph: DisplayGraph;
  /** Changes whenever the data changes; the layout runs by itself after the first. */
  readonly revision: number;
  readonly running: boolean;
  readonly onRunningChange: (running: boolean) => void;
}

// A CommonJS module whose `module.exports` is the class: Vite hands it over as the default export,
// where TypeScript (nodenext) expects it one `.default` further down.
const FA2LayoutSupervisor = fa2Worker.default as unknown as typeof fa2Worker.default.default;

type PositionGraph = UndirectedGraph<{ x: number; y: number }>;

/** Only positions and structure go to the worker; the display graph is updated at a bounded rate. */
function positionGraphOf(graph: DisplayGraph): PositionGraph {
  const positions: PositionGraph = new UndirectedGraph();
  graph.forEachNode((id, node) => {
    positions.addNode(id, { x: node.x, y: node.y });
  });
  graph.forEachEdge((_edge, _attributes, source, target) => {
    positions.mergeEdge(source, target);
  });
  return positions;
}

function copyPositions(from: PositionGraph, to: DisplayGraph): void {
  to.updateEachNodeAttributes(
    (id, node) => {
      if (!from.hasNode(id)) return node;
      const { x, y } = from.getNodeAttributes(id);
      return { ...node, x, y };
    },
    { attributes: ["x", "y"] },
  );
}

/** ForceAtlas2 in a Web Worker, so the page stays responsive while the picture settles. */
export function LayoutController({ graph, revision, running, onRunningChange }: LayoutControllerProps) {
  // Only the first picture is laid out by itself: later changes (a workshop adding people) keep
  // everyone where they are, and newcomers are placed beside their ties (`syncDisplayGraph`).
  useEffect(() => {
    if (revision === 1 && graph.order > 0) onRunningChange(true);
  }, [revision, graph, onRunningChange]);

  useEffect(() => {
    if (!running || revision === 0) return;
    const positions = positionGraphOf(graph);
    const layout = new FA2LayoutSupervisor(positions, { settings: layoutSettings(graph) });
    layout.start();
    const stopCopies = pacedRedraws(() => copyPositions(positions, graph));
    const timer = setTimeout(() => onRunningChange(false), layoutDuration(graph.order));
    return () => {
      clearTimeout(timer);
      stopCopies();
      layout.kill();
      copyPositions(positions, graph);
      savePositions(graph);
    };
  }, [running, revision, graph, onRunningChange]);

  return null;
}
