import { useEffect } from "react";
import { edgeAppearance, nodeAppearance, type Scene } from "../appearance.js";
import { useSigma } from "./sigma-context.js";

/** Installs the reducers: colour, size, label and hiding are computed, never stored in the graph. */
export function AppearanceController({ scene }: { readonly scene: Scene }) {
  const sigma = useSigma();
  useEffect(() => {
    if (sigma === undefined) return;
    const graph = sigma.getGraph();
    const hidden = new Set<string>();
    sigma.setSetting("nodeReducer", (id, attributes) => {
      const appearance = nodeAppearance(id, attributes, scene);
      if (appearance.hidden) hidden.add(id);
      else hidden.delete(id);
      return { ...attributes, ...appearance };
    });
    sigma.setSetting("edgeReducer", (edge, attributes) => {
      const [source, target] = graph.extremities(edge);
      const endsVisible = !hidden.has(source) && !hidden.has(target);
      return { ...attributes, ...edgeAppearance(attributes, source, target, endsVisible, scene) };
    });
  }, [sigma, scene]);
  return null;
}
