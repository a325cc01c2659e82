import { isActiveIn } from "../../../model/years.js";
import type { DisplayEdge, DisplayNode } from "../graph/display-graph.js";
import type { ViewState } from "../view/state.js";
import { shownKind } from "./shown-kind.js";

/** The filters of the view, with its year resolved: undefined shows every year at once. */
export type FilterView = Pick<ViewState, "kinds" | "tieTypes" | "area" | "cluster"> & {
  readonly year: number | undefined;
};

/** Shown when active in the chosen year and let through by every filter (a professional by the "professional" kind). */
export function isActorVisible(
  node: DisplayNode,
  community: number | null | undefined,
  view: FilterView,
  professional = false,
): boolean {
  if (view.year !== undefined && !isActiveIn(node, view.year)) return false;
  if (view.kinds.length > 0 && !view.kinds.includes(shownKind(node.kind, professional))) return false;
  if (view.area !== undefined && node.area !== view.area) return false;
  if (view.cluster !== undefined && community !== view.cluster) return false;
  return true;
}

/** A pair's edge shows when at least one of its ties is active that year and of a chosen type. */
export function isEdgeVisible(edge: DisplayEdge, view: FilterView): boolean {
  return edge.ties.some(
    (tie) =>
      (view.year === undefined || isActiveIn(tie, view.year)) &&
      (view.tieTypes.length === 0 || view.tieTypes.includes(tie.type)),
  );
}
