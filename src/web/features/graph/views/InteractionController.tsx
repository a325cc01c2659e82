import { useEffect } from "react";
import { useSigma } from "./sigma-context.js";

interface InteractionControllerProps {
  readonly onHover: (id: string | undefined) => void;
  readonly onSelect: (id: string | undefined) => void;
}

/** Pointer events on the graph: hover to light up neighbours, click to open a card. */
export function InteractionController({ onHover, onSelect }: InteractionControllerProps) {
  const sigma = useSigma();
  useEffect(() => {
    if (sigma === undefined) return;
    sigma.on("enterNode", ({ node }) => onHover(node));
    sigma.on("leaveNode", () => onHover(undefined));
    sigma.on("clickNode", ({ node }) => onSelect(node));
    sigma.on("clickStage", () => onSelect(undefined));
    return () => {
      sigma.removeAllListeners("enterNode");
      sigma.removeAllListeners("leaveNode");
      sigma.removeAllListeners("clickNode");
      sigma.removeAllListeners("clickStage");
    };
  }, [sigma, onHover, onSelect]);
  return null;
}
