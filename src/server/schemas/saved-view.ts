import { LIMITS, SAVED_VIEW_LIMITS, type SavedViewState } from "../../model/index.js";
import { YEAR } from "./common.js";

const WORD = { type: "string", pattern: "^[a-z_]+$", maxLength: SAVED_VIEW_LIMITS.word } as const;
const WORDS = { type: "array", items: WORD, maxItems: SAVED_VIEW_LIMITS.listItems, uniqueItems: true } as const;
/** One line of printable text (no control characters). */
const LINE = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$";

/**
 * The state of a saved view: untrusted, so its shape and every size are fixed here. Unknown words
 * (a kind or a tie type a later version drops) are kept and ignored by the explorer, as in its URL.
 */
export const SAVED_VIEW_STATE = {
  type: "object",
  description: "what the explorer shows: a year (absent: the latest), filters, a focus, colour and size",
  properties: {
    year: { anyOf: [YEAR, { type: "string", enum: ["all"] }] },
    kinds: WORDS,
    tieTypes: WORDS,
    area: { type: "string", minLength: 1, maxLength: LIMITS.area, pattern: LINE },
    cluster: { type: "integer", minimum: 0, maximum: 1_000_000 },
    actor: { type: "string", minLength: 1, maxLength: LIMITS.id },
    colourBy: { type: "string", enum: ["cluster", "kind"] },
    sizeBy: WORD,
  },
  additionalProperties: false,
} as const;

export const SAVED_VIEW_NAME = {
  type: "string",
  minLength: 1,
  maxLength: SAVED_VIEW_LIMITS.name,
  pattern: LINE,
} as const;

export const SAVED_VIEW = {
  type: "object",
  properties: {
    id: { type: "string" },
    name: { type: "string" },
    state: SAVED_VIEW_STATE,
    created: { type: "string" },
    updated: { type: "string" },
  },
  required: ["id", "name", "state", "created", "updated"],
} as const;

export interface SavedViewBody {
  name: string;
  state: SavedViewState;
}

export const NEW_SAVED_VIEW = {
  type: "object",
  properties: { name: SAVED_VIEW_NAME, state: SAVED_VIEW_STATE },
  required: ["name", "state"],
  additionalProperties: false,
} as const;

export const SAVED_VIEW_CHANGE = {
  type: "object",
  description: "a new name, a new state, or both",
  properties: { name: SAVED_VIEW_NAME, state: SAVED_VIEW_STATE },
  minProperties: 1,
  additionalProperties: false,
} as const;
