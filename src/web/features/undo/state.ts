import type { Operation } from "../edit/operations.js";

/** One edit of this page: what it did, and the writes that take it back. */
export interface Edit {
  readonly forward: readonly Operation[];
  readonly backward: readonly Operation[];
}

/** The page's own edits since it opened: undo takes from `done`, redo from `undone`. */
export interface UndoState {
  readonly done: readonly Edit[];
  readonly undone: readonly Edit[];
}

export type UndoProducer = (state: UndoState) => UndoState;

export const EMPTY_UNDO: UndoState = { done: [], undone: [] };

/** Enough for an evening's workshop; the oldest are forgotten first. */
export const UNDO_LIMIT = 200;

/** A new edit: it can be undone, and what was undone before can no longer be redone. */
export const recorded =
  (edit: Edit): UndoProducer =>
  (state) => ({ done: [...state.done, edit].slice(-UNDO_LIMIT), undone: [] });

/** The last edit was taken back (its backward writes succeeded): it can now be redone. */
export const undone: UndoProducer = (state) => {
  const last = state.done.at(-1);
  if (last === undefined) return state;
  return { done: state.done.slice(0, -1), undone: [...state.undone, last] };
};

/** The last undone edit was done again: it can be undone again. */
export const redone: UndoProducer = (state) => {
  const last = state.undone.at(-1);
  if (last === undefined) return state;
  return { done: [...state.done, last], undone: state.undone.slice(0, -1) };
};

/** The writes an undo sends now, if any. */
export function nextUndo(state: UndoState): readonly Operation[] | undefined {
  return state.done.at(-1)?.backward;
}

/** The writes a redo sends now, if any. */
export function nextRedo(state: UndoState): readonly Operation[] | undefined {
  return state.undone.at(-1)?.forward;
}
