/**
 * A saved view: a name and what the explorer shows (a year, filters, a focus, colour and size), so a
 * facilitator can open it again, share it as a link and step through several like slides. The state
 * is what the explorer's URL carries, minus what belongs to one person's screen (panel, language,
 * search text, hidden names): it names actors by id only.
 */
export interface SavedViewState {
  /** A year, or every year at once; absent: the latest. */
  readonly year?: number | "all";
  /** Shown kinds (the explorer's, with "professional"); absent or empty: all. */
  readonly kinds?: readonly string[];
  readonly tieTypes?: readonly string[];
  readonly area?: string;
  readonly cluster?: number;
  /** The actor in focus (its card open, the map centred on it). */
  readonly actor?: string;
  readonly colourBy?: string;
  readonly sizeBy?: string;
}

export interface SavedView {
  readonly id: string;
  readonly name: string;
  readonly state: SavedViewState;
  /** ISO instants. */
  readonly created: string;
  readonly updated: string;
}

export const SAVED_VIEW_LIMITS = {
  name: 100,
  /** Saved views in one installation: enough for every workshop, not a place to store data. */
  count: 500,
  /** Values in one list of the state (kinds, tie types). */
  listItems: 20,
  /** Characters of one word in those lists, and of colourBy and sizeBy. */
  word: 40,
} as const;
