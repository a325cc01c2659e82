import { TIE_TYPES, type TieType } from "../../../model/index.js";
import { CENTRALITIES, type Centrality } from "../../api/types.js";
import { SHOWN_KINDS, type ShownKind } from "../filters/shown-kind.js";

export type ColourBy = "cluster" | "kind";
export type PanelId = "connectors" | "unconnected" | "gaps" | "gifts" | "years" | "compare" | "followups" | "filters";
export const PANELS: readonly PanelId[] = [
  "connectors",
  "unconnected",
  "gaps",
  "gifts",
  "years",
  "compare",
  "followups",
  "filters",
];
export type Language = "en" | "nl";

/**
 * Which year the map shows: "latest" (the default) is the network as it is now, so people who moved
 * away do not show as today's connectors; "all" piles every year together.
 */
export type YearChoice = number | "latest" | "all";

/** Everything that makes up what the user is looking at; it is mirrored in the URL. */
export interface ViewState {
  readonly year: YearChoice;
  /** Empty means "all kinds" (and all tie types); professionals are a kind of their own here. */
  readonly kinds: readonly ShownKind[];
  readonly tieTypes: readonly TieType[];
  readonly area: string | undefined;
  readonly cluster: number | undefined;
  readonly search: string;
  readonly selected: string | undefined;
  readonly colourBy: ColourBy;
  readonly sizeBy: Centrality;
  readonly panel: PanelId;
  readonly anonymous: boolean;
  readonly report: boolean;
  readonly language: Language;
  /** The two years set side by side (the comparison tab, the report); undefined: the first and the last. */
  readonly compareFrom: number | undefined;
  readonly compareTo: number | undefined;
  /** The projector view: full screen, large labels, high contrast, no sidebar. */
  readonly projector: boolean;
  /** The saved view last opened (a link `?view=<id>` opens it; the projector steps from it). */
  readonly savedView: string | undefined;
}

export const DEFAULT_VIEW: ViewState = {
  year: "latest",
  kinds: [],
  tieTypes: [],
  area: undefined,
  cluster: undefined,
  search: "",
  selected: undefined,
  colourBy: "cluster",
  sizeBy: "betweenness",
  panel: "connectors",
  anonymous: false,
  report: false,
  language: "en",
  compareFrom: undefined,
  compareTo: undefined,
  projector: false,
  savedView: undefined,
};

export type ViewProducer = (state: ViewState) => ViewState;

export const setYear =
  (year: YearChoice): ViewProducer =>
  (state) => ({ ...state, year });

/** The year shown for a choice, given the years in the data; undefined means every year at once. */
export function shownYear(choice: YearChoice, years: readonly number[]): number | undefined {
  if (choice === "all") return undefined;
  if (choice === "latest") return years.at(-1);
  return choice;
}

export const toggleKind =
  (kind: ShownKind): ViewProducer =>
  (state) => ({ ...state, kinds: toggled(state.kinds, kind, SHOWN_KINDS) });

export const toggleTieType =
  (type: TieType): ViewProducer =>
  (state) => ({ ...state, tieTypes: toggled(state.tieTypes, type, TIE_TYPES) });

export const setArea =
  (area: string | undefined): ViewProducer =>
  (state) => ({ ...state, area: area === "" ? undefined : area });

export const setCluster =
  (cluster: number | undefined): ViewProducer =>
  (state) => ({ ...state, cluster });

export const setSearch =
  (search: string): ViewProducer =>
  (state) => ({ ...state, search });

export const select =
  (selected: string | undefined): ViewProducer =>
  (state) => ({ ...state, selected });

export const setColourBy =
  (colourBy: ColourBy): ViewProducer =>
  (state) => ({ ...state, colourBy });

export const setSizeBy =
  (sizeBy: Centrality): ViewProducer =>
  (state) => ({ ...state, sizeBy });

export const openPanel =
  (panel: PanelId): ViewProducer =>
  (state) => ({ ...state, panel });

export const setAnonymous =
  (anonymous: boolean): ViewProducer =>
  (state) => ({ ...state, anonymous });

export const setReport =
  (report: boolean): ViewProducer =>
  (state) => ({ ...state, report });

export const setComparedYears =
  (compareFrom: number | undefined, compareTo: number | undefined): ViewProducer =>
  (state) => ({ ...state, compareFrom, compareTo });

export const setProjector =
  (projector: boolean): ViewProducer =>
  (state) => ({ ...state, projector });

export const setLanguage =
  (language: Language): ViewProducer =>
  (state) => ({ ...state, language });

export const clearFilters: ViewProducer = (state) => ({
  ...state,
  kinds: [],
  tieTypes: [],
  area: undefined,
  cluster: undefined,
  search: "",
});

export function hasFilters(state: ViewState): boolean {
  return state.kinds.length > 0 || state.tieTypes.length > 0 || state.area !== undefined || state.cluster !== undefined;
}

/**
 * Toggles one value of a filter whose empty list means "all" (what the checkboxes show as all
 * ticked): unticking from "all" leaves the others; ticking everything again is "all" once more.
 */
function toggled<T>(current: readonly T[], value: T, all: readonly T[]): readonly T[] {
  const shown = current.length === 0 ? all : current;
  const next = shown.includes(value) ? shown.filter((item) => item !== value) : [...shown, value];
  const ordered = all.filter((item) => next.includes(item));
  return ordered.length === all.length ? [] : ordered;
}

export function isCentrality(value: string): value is Centrality {
  return (CENTRALITIES as readonly string[]).includes(value);
}
