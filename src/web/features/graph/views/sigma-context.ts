import { createContext, useContext } from "react";
import type Sigma from "sigma";
import type { DisplayEdge, DisplayNode } from "../display-graph.js";

export type WeaveSigma = Sigma<DisplayNode, DisplayEdge>;

export const SigmaContext = createContext<WeaveSigma | undefined>(undefined);

export function useSigma(): WeaveSigma | undefined {
  return useContext(SigmaContext);
}
