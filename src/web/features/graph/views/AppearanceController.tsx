import { useEffect } from "react";
import { edgeAppearance, nodeAppearance, type Scene } from "../appearance.js";
import type { DisplayGraph } from "../display-graph.js";
import { useSigma, type WeaveSigma } from "./sigma-context.js";

type WeaveSettings = Parameters<WeaveSigma["setSettings"]>[0];

/** Colour, size, label and hiding, computed from the scene and never stored in the graph. */
export function reducersFor(graph: DisplayGraph, scene: Scene): Pick<WeaveSettings, "nodeReducer" | "edgeReducer"> {
  const hidden = new Set<string>();
  return {
    nodeReducer: (id, attributes) => {
      const appearance = nodeAppearance(id, attributes, scene);
      if (appearance.hidden) hidden.add(id);
      else hidden.delete(id);
      // Only what sigma draws: copying the domain data (gifts, interests…) for 5,000 actors per frame is garbage.
      return { x: attributes.x, y: attributes.y, ...appearance };
    },
    edgeReducer: (edge, attributes) => {
      if (scene.hideEdges && scene.focusId === undefined) return { hidden: true };
      const [source, target] = graph.extremities(edge);
      const endsVisible = !hidden.has(source) && !hidden.has(target);
      return edgeAppearance(attributes, source, target, endsVisible, scene);
    },
  };
}

/** The scene each sigma instance draws, so that one set at its creation is not installed twice. */
export const installedScenes = new WeakMap<WeaveSigma, Scene>();

/** Installs the reducers again whenever the scene changes; every install redraws the whole map. */
export function AppearanceController({ scene }: { readonly scene: Scene }) {
  const sigma = useSigma();
  useEffect(() => {
    if (sigma === undefined || installedScenes.get(sigma) === scene) return;
    installedScenes.set(sigma, scene);
    sigma.setSettings(reducersFor(sigma.getGraph(), scene));
  }, [sigma, scene]);
  return null;
}
