import type { Community } from "../../api/types.js";
import { SHOWN_KINDS, type ShownKind } from "../filters/shown-kind.js";
import type { ColourBy } from "../view/state.js";
import { clusterColour, KIND_COLOURS } from "./palette.js";

export interface LegendEntry {
  readonly kind?: ShownKind;
  readonly colour: string;
  readonly label: string;
}

export interface LegendModel {
  readonly shapes: readonly LegendEntry[];
  readonly colours: readonly LegendEntry[];
  readonly sizeNote: string;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The legend as data, drawn on screen by <Legend> and into PNG and SVG exports. */
export function legendModel(
  colourBy: ColourBy,
  communities: readonly Community[],
  sizeBy: string,
  t: Translate,
  clusterName: (community: number) => string,
  maxClusters = 8,
): LegendModel {
  const shapes = SHOWN_KINDS.map((kind) => ({ kind, colour: "#8a8a8a", label: t(`kind.plural.${kind}`) }));
  const colours =
    colourBy === "kind"
      ? SHOWN_KINDS.map((kind) => ({ colour: KIND_COLOURS[kind], label: t(`kind.plural.${kind}`) }))
      : [...communities]
          .sort((a, b) => b.size - a.size)
          .slice(0, maxClusters)
          .map((community) => ({
            colour: clusterColour(community.community),
            label: clusterName(community.community),
          }));
  return { shapes, colours, sizeNote: t("legend.sizeNote", { measure: t(`centrality.${sizeBy}`) }) };
}
