import type { Community } from "../../api/types.js";
import { SHOWN_KINDS, type ShownKind } from "../filters/shown-kind.js";
import type { ColourBy } from "../view/state.js";
import type { OnScreen } from "./on-screen.js";
import { type ClusterColours, clusterColour, KIND_COLOURS } from "./palette.js";

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

/** The legend names the largest clusters on screen, up to this many. */
const MAX_CLUSTERS = 8;

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The legend as data, drawn on screen by <Legend> and into PNG and SVG exports. Given what is on
 * screen, it names only the kinds and clusters drawn there; without, every kind and cluster.
 */
export function legendModel(
  colourBy: ColourBy,
  communities: readonly Community[],
  sizeBy: string,
  t: Translate,
  clusterName: (community: number) => string,
  present?: Pick<OnScreen, "kinds" | "communities">,
  clusterColours?: ClusterColours,
): LegendModel {
  const kinds = SHOWN_KINDS.filter((kind) => present === undefined || present.kinds.has(kind));
  const shapes = kinds.map((kind) => ({ kind, colour: "#8a8a8a", label: t(`kind.plural.${kind}`) }));
  const colours =
    colourBy === "kind"
      ? kinds.map((kind) => ({ colour: KIND_COLOURS[kind], label: t(`kind.plural.${kind}`) }))
      : communities
          .filter((community) => present === undefined || present.communities.has(community.community))
          .sort((a, b) => b.size - a.size)
          .slice(0, MAX_CLUSTERS)
          .map((community) => ({
            colour: clusterColour(community.community, clusterColours),
            label: clusterName(community.community),
          }));
  return { shapes, colours, sizeNote: t("legend.sizeNote", { measure: t(`centrality.${sizeBy}`) }) };
}
