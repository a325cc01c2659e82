import { useEffect } from "react";
import { useSigma } from "../../graph/views/sigma-context.js";

/** Labels that read from the back of a room: larger, bolder, black, and shown for smaller nodes too. */
const PROJECTOR_LABELS = {
  labelSize: 20,
  labelWeight: "700",
  labelColor: { color: "#000000" },
  labelRenderedSizeThreshold: 6,
  // Large labels need large cells, or they are drawn over each other.
  labelDensity: 0.5,
  labelGridCellSize: 220,
} as const;

type LabelSetting = keyof typeof PROJECTOR_LABELS;

/** Sets sigma's label settings for the projector, and puts the explorer's back when it closes. */
export function ProjectorLabels() {
  const sigma = useSigma();
  useEffect(() => {
    if (sigma === undefined) return;
    const names = Object.keys(PROJECTOR_LABELS) as LabelSetting[];
    const before = new Map(names.map((name) => [name, sigma.getSetting(name)]));
    for (const name of names) sigma.setSetting(name, PROJECTOR_LABELS[name]);
    return () => {
      for (const name of names) sigma.setSetting(name, before.get(name) as never);
    };
  }, [sigma]);
  return null;
}
