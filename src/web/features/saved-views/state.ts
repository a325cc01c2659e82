import { isTieType, type SavedView, type SavedViewState } from "../../../model/index.js";
import { isShownKind } from "../filters/shown-kind.js";
import { DEFAULT_VIEW, isCentrality, type ViewProducer, type ViewState } from "../view/state.js";

/**
 * What a saved view keeps of the explorer's view: the year, the filters, the focus, colour and size
 * (what its URL carries), leaving out what is one person's screen (panel, language, search text,
 * hidden names, the projector itself). Defaults are left out, as in the URL.
 */
export function toSavedState(view: ViewState): SavedViewState {
  return {
    ...(view.year === "latest" ? {} : { year: view.year }),
    ...(view.kinds.length === 0 ? {} : { kinds: view.kinds }),
    ...(view.tieTypes.length === 0 ? {} : { tieTypes: view.tieTypes }),
    ...(view.area === undefined ? {} : { area: view.area }),
    ...(view.cluster === undefined ? {} : { cluster: view.cluster }),
    ...(view.selected === undefined ? {} : { actor: view.selected }),
    ...(view.colourBy === DEFAULT_VIEW.colourBy ? {} : { colourBy: view.colourBy }),
    ...(view.sizeBy === DEFAULT_VIEW.sizeBy ? {} : { sizeBy: view.sizeBy }),
  };
}

/**
 * Opens a saved view: its year, filters, focus, colour and size replace the current ones; what it does
 * not keep stays as it is. Words this version does not know are dropped, as from a URL.
 */
export const openSavedView =
  (saved: Pick<SavedView, "id" | "state">): ViewProducer =>
  (view) => {
    const { state } = saved;
    const year = state.year;
    return {
      ...view,
      year: year === "all" || (typeof year === "number" && Number.isInteger(year)) ? year : DEFAULT_VIEW.year,
      kinds: (state.kinds ?? []).filter(isShownKind),
      tieTypes: (state.tieTypes ?? []).filter(isTieType),
      area: state.area,
      cluster: state.cluster,
      search: "",
      selected: state.actor,
      colourBy: state.colourBy === "kind" || state.colourBy === "cluster" ? state.colourBy : DEFAULT_VIEW.colourBy,
      sizeBy: state.sizeBy !== undefined && isCentrality(state.sizeBy) ? state.sizeBy : DEFAULT_VIEW.sizeBy,
      savedView: saved.id,
    };
  };

/**
 * Whether the page's URL asks to open its saved view: a shared link is `?view=<id>` alone. A URL that
 * carries a year, filters or a focus of its own is a page reloaded after the view was opened and then
 * changed: its own state wins, and the saved view stays only as the place among the slides.
 */
export function linkOpensSavedView(view: ViewState): boolean {
  return view.savedView !== undefined && Object.keys(toSavedState(view)).length === 0;
}

/** Forgets which saved view is open (after it was deleted). */
export const leaveSavedView: ViewProducer = (view) => ({ ...view, savedView: undefined });

/** The keys that step through saved views like slides: arrows, and PageUp/PageDown of presenter clickers. */
export function slideStep(key: string): -1 | 1 | undefined {
  if (key === "ArrowRight" || key === "PageDown") return 1;
  if (key === "ArrowLeft" || key === "PageUp") return -1;
  return undefined;
}

/**
 * The saved view one step from the open one, stopping at either end; from none, the first going
 * forward and the last going back. Undefined when there is nowhere to go.
 */
export function slideFrom(
  views: readonly SavedView[],
  current: string | undefined,
  step: -1 | 1,
): SavedView | undefined {
  const at = views.findIndex((view) => view.id === current);
  if (at < 0) return step === 1 ? views[0] : views.at(-1);
  const next = views[at + step];
  return next;
}

/** "3 / 7 — name": where the open saved view stands among them, or undefined when none is open. */
export function slidePosition(
  views: readonly SavedView[],
  current: string | undefined,
): { number: number; count: number; name: string } | undefined {
  const at = views.findIndex((view) => view.id === current);
  const view = views[at];
  return view === undefined ? undefined : { number: at + 1, count: views.length, name: view.name };
}
