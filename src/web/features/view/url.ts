import { isTieType } from "../../../model/index.js";
import { isShownKind } from "../filters/shown-kind.js";
import { DEFAULT_VIEW, isCentrality, type Language, PANELS, type PanelId, type ViewState } from "./state.js";

/** The view as a query string, leaving out what equals the default, so links stay short. */
export function viewToQuery(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.year !== DEFAULT_VIEW.year) params.set("year", String(view.year));
  if (view.kinds.length > 0) params.set("kinds", view.kinds.join(","));
  if (view.tieTypes.length > 0) params.set("ties", view.tieTypes.join(","));
  if (view.area !== undefined) params.set("area", view.area);
  if (view.cluster !== undefined) params.set("cluster", String(view.cluster));
  if (view.search !== "") params.set("q", view.search);
  if (view.selected !== undefined) params.set("actor", view.selected);
  if (view.colourBy !== DEFAULT_VIEW.colourBy) params.set("colour", view.colourBy);
  if (view.sizeBy !== DEFAULT_VIEW.sizeBy) params.set("size", view.sizeBy);
  if (view.panel !== DEFAULT_VIEW.panel) params.set("panel", view.panel);
  if (view.anonymous) params.set("anonymous", "1");
  if (view.report) params.set("report", "1");
  if (view.language !== DEFAULT_VIEW.language) params.set("lang", view.language);
  if (view.compareFrom !== undefined) params.set("from", String(view.compareFrom));
  if (view.compareTo !== undefined) params.set("to", String(view.compareTo));
  if (view.projector) params.set("projector", "1");
  if (view.savedView !== undefined) params.set("view", view.savedView);
  return params.toString();
}

/** Reads a query string back; anything unknown or malformed falls back to the default. */
export function queryToView(query: string, fallbackLanguage: Language = DEFAULT_VIEW.language): ViewState {
  const params = new URLSearchParams(query);
  const list = (name: string) => (params.get(name) ?? "").split(",").filter((item) => item !== "");
  const whole = (name: string) => {
    const value = params.get(name);
    return value !== null && /^-?\d+$/.test(value) ? Number(value) : undefined;
  };
  const colour = params.get("colour");
  const size = params.get("size") ?? "";
  const panel = params.get("panel") ?? "";
  const lang = params.get("lang");
  return {
    year: params.get("year") === "all" ? "all" : (whole("year") ?? DEFAULT_VIEW.year),
    kinds: list("kinds").filter(isShownKind),
    tieTypes: list("ties").filter(isTieType),
    area: params.get("area") ?? undefined,
    cluster: whole("cluster"),
    search: params.get("q") ?? "",
    selected: params.get("actor") ?? undefined,
    colourBy: colour === "kind" || colour === "cluster" ? colour : DEFAULT_VIEW.colourBy,
    sizeBy: isCentrality(size) ? size : DEFAULT_VIEW.sizeBy,
    panel: (PANELS as readonly string[]).includes(panel) ? (panel as PanelId) : DEFAULT_VIEW.panel,
    anonymous: params.get("anonymous") === "1",
    report: params.get("report") === "1",
    language: lang === "en" || lang === "nl" ? lang : fallbackLanguage,
    compareFrom: whole("from"),
    compareTo: whole("to"),
    projector: params.get("projector") === "1",
    savedView: params.get("view") || undefined,
  };
}
