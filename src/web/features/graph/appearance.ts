import type { AnalysedActor, Centrality } from "../../api/types.js";
import { type ShownKind, shownKind } from "../filters/shown-kind.js";
import { type FilterView, isActorVisible, isEdgeVisible } from "../filters/visibility.js";
import type { ColourBy, ViewState } from "../view/state.js";
import type { DisplayEdge, DisplayNode } from "./display-graph.js";
import {
  type ClusterColours,
  clusterColour,
  DIMMED_NODE_COLOUR,
  EDGE_COLOUR,
  HIGHLIGHT_EDGE_COLOUR,
  KIND_COLOURS,
} from "./palette.js";

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 16;

/** What the reducers need besides the graph: the view, the analysis, and what is under the pointer. */
export interface Scene {
  /** Only what the reducers read: any change here redraws every actor and tie. */
  readonly view: Pick<ViewState, "sizeBy" | "anonymous" | "selected">;
  /** The view's filters with its year resolved. */
  readonly filter: FilterView;
  /** The view's choice, or "kind" while there is no analysis yet to tell the clusters. */
  readonly colourBy: ColourBy;
  readonly analysis: ReadonlyMap<string, AnalysedActor>;
  /** Residents with a paid tie in the year shown: drawn, coloured and filtered as professionals. */
  readonly professionals: ReadonlySet<string>;
  readonly largestCentrality: number;
  /** Actors found by the search; undefined when nothing is searched. */
  readonly matches: ReadonlySet<string> | undefined;
  /** The hovered or selected actor and their neighbours, drawn forward while the rest fades. */
  readonly focus: ReadonlySet<string> | undefined;
  readonly focusId: string | undefined;
  /** Big networks hide their ties (but the focus's) while the layout moves: 20,000 lines per step cost seconds. */
  readonly hideEdges: boolean;
  /** Actors and ties (by id) just added on any screen, drawn highlighted for a few seconds. */
  readonly fresh?: { readonly actors: ReadonlySet<string>; readonly ties: ReadonlySet<string> };
  /** The colours the page gave the clusters; without, each cluster's palette colour by its number. */
  readonly clusterColours?: ClusterColours;
  /** With names hidden: each resident's pseudonym, as the server writes it in downloads (see `hiddenName`). */
  readonly hiddenNames?: HiddenNames;
}

/** Residents' pseudonyms by id, from the server's pseudonymised export. */
export type HiddenNames = ReadonlyMap<string, string>;

/** What a resident is called while names are hidden before their pseudonym is known (just added). */
export const UNKNOWN_PSEUDONYM = "…";

/** Just-added actors and ties stand out in a colour no kind or cluster uses. */
export const FRESH_COLOUR = "#f08c00";

export interface NodeAppearance {
  hidden: boolean;
  color: string;
  size: number;
  label: string;
  type: ShownKind;
  highlighted: boolean;
  zIndex: number;
  forceLabel: boolean;
}

export function largestCentrality(analysis: Iterable<AnalysedActor>, centrality: Centrality): number {
  let largest = 0;
  for (const actor of analysis) largest = Math.max(largest, actor[centrality]);
  return largest;
}

/** Area grows with the centrality, so the eye reads it fairly. */
export function sizeFor(value: number | undefined, largest: number): number {
  if (value === undefined || largest <= 0 || !Number.isFinite(value)) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.max(0, value) / largest);
}

export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((part) => part !== "" && /\p{Lu}/u.test(part[0] ?? ""))
    .map((part) => `${part[0]}.`)
    .join("");
}

export function displayName(name: string, anonymous: boolean): string {
  if (!anonymous) return name;
  return initials(name) || "?";
}

/**
 * A resident's name while names are hidden: the pseudonym the server gives them in every download,
 * so the room, the map and the file say the same; initials where no pseudonyms were asked for.
 */
export function hiddenName(id: string, name: string, pseudonyms: HiddenNames | undefined): string {
  if (pseudonyms === undefined) return displayName(name, true);
  return pseudonyms.get(id) ?? UNKNOWN_PSEUDONYM;
}

export function nodeAppearance(id: string, node: DisplayNode, scene: Scene): NodeAppearance {
  const analysed = scene.analysis.get(id);
  const professional = scene.professionals.has(id);
  const kind = shownKind(node.kind, professional);
  const hidden = !isActorVisible(node, analysed?.community, scene.filter, professional);
  const base =
    scene.colourBy === "kind" ? KIND_COLOURS[kind] : clusterColour(analysed?.community, scene.clusterColours);
  const inFocus = scene.focus === undefined || scene.focus.has(id);
  const matched = scene.matches === undefined || scene.matches.has(id);
  const forward = inFocus && matched;
  const anonymousResident = scene.view.anonymous && node.kind === "resident";
  const fresh = scene.fresh?.actors.has(id) ?? false;
  const size = sizeFor(analysed?.[scene.view.sizeBy], scene.largestCentrality);
  return {
    hidden,
    color: fresh ? FRESH_COLOUR : forward ? base : DIMMED_NODE_COLOUR,
    size: fresh ? size + 4 : size,
    label: anonymousResident ? hiddenName(id, node.name, scene.hiddenNames) : node.name,
    type: kind,
    highlighted: fresh || id === scene.focusId || id === scene.view.selected,
    zIndex: fresh ? 2 : forward ? 1 : 0,
    forceLabel: fresh || id === scene.focusId || id === scene.view.selected || (scene.matches?.has(id) ?? false),
  };
}

export interface EdgeAppearance {
  hidden: boolean;
  color: string;
  size: number;
}

export function edgeAppearance(
  edge: DisplayEdge,
  source: string,
  target: string,
  endsVisible: boolean,
  scene: Scene,
): EdgeAppearance {
  const touchesFocus = scene.focusId !== undefined && (source === scene.focusId || target === scene.focusId);
  // While a big map moves, only the focused actor's ties are drawn: they are few, and the point of a click.
  const hidden = (scene.hideEdges && !touchesFocus) || !endsVisible || !isEdgeVisible(edge, scene.filter);
  const faded = scene.focus !== undefined && !touchesFocus;
  const freshTies = scene.fresh?.ties;
  if (freshTies !== undefined && edge.ties.some((tie) => freshTies.has(tie.id))) {
    return { hidden, color: FRESH_COLOUR, size: 3 };
  }
  return {
    hidden,
    color: touchesFocus ? HIGHLIGHT_EDGE_COLOUR : faded ? "#eeeeee" : EDGE_COLOUR,
    size: touchesFocus ? 2 : 1,
  };
}
