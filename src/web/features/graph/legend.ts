import type { ActorKind } from "../../../model/index.js";
import { ACTOR_KINDS } from "../../../model/kinds.js";
import type { Community } from "../../api/types.js";
import type { ColourBy } from "../view/state.js";
import { clusterColour, KIND_COLOURS } from "./palette.js";

export interface LegendEntry {
  readonly kind?: ActorKind;
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
  const shapes = ACTOR_KINDS.map((kind) => ({ kind, colour: "#555555", label: t(`kind.plural.${kind}`) }));
  const colours =
    colourBy === "kind"
      ? ACTOR_KINDS.map((kind) => ({ colour: KIND_COLOURS[kind], label: t(`kind.plural.${kind}`) }))
      : [...communities]
          .sort((a, b) => b.size - a.size)
          .slice(0, maxClusters)
          .map((community) => ({
            colour: clusterColour(community.community),
            label: clusterName(community.community),
          }));
  return { shapes, colours, sizeNote: t("legend.sizeNote", { measure: t(`centrality.${sizeBy}`) }) };
}

/** SVG path of each kind's shape in a 16×16 box, matching the WebGL node programs. */
export function shapeSvg(kind: ActorKind | undefined, colour: string): string {
  switch (kind) {
    case "group":
      return `<circle cx="8" cy="8" r="6" fill="${colour}"/><circle cx="8" cy="8" r="3.3" fill="none" stroke="#fff" stroke-width="1.8"/>`;
    case "institution":
      return `<rect x="2.5" y="2.5" width="11" height="11" fill="${colour}"/>`;
    case "place":
      return `<path d="M8 1.5 L14.5 8 L8 14.5 L1.5 8 Z" fill="${colour}"/>`;
    default:
      return `<circle cx="8" cy="8" r="6" fill="${colour}"/>`;
  }
}
