import { createContext, useContext } from "react";
import type { Actor, Tie } from "../../../model/index.js";
import type { Operation, Patch } from "./operations.js";

/** Which form is open: one at a time, as a modal dialog. */
export type OpenForm =
  | { readonly form: "actor"; readonly id?: string }
  | { readonly form: "tie"; readonly first?: string; readonly second?: string }
  | { readonly form: "ties"; readonly id: string };

/** What the edit controls read: the role's rights, the writes (each recorded for undo), and the open form. */
export interface Editor {
  /** Editors and admins write; viewers see no edit controls at all. */
  readonly canEdit: boolean;
  /** Erasing an actor is the admin's call. */
  readonly canErase: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly busy: boolean;
  /** The last undo or redo that the server refused. */
  readonly error: unknown;
  readonly addActor: (body: Patch) => Promise<Actor>;
  readonly updateActor: (before: Actor, patch: Patch) => Promise<void>;
  readonly eraseActor: (actor: Actor, ties: readonly Tie[]) => Promise<void>;
  readonly addTie: (body: Patch) => Promise<Tie>;
  readonly updateTie: (before: Tie, patch: Patch) => Promise<void>;
  readonly removeTie: (tie: Tie) => Promise<void>;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly form: OpenForm | undefined;
  readonly openForm: (form: OpenForm | undefined) => void;
}

export const EditorContext = createContext<Editor | undefined>(undefined);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (editor === undefined) throw new Error("useEditor is used outside <EditorProvider>");
  return editor;
}

/** Sends the writes one after the other: an actor is back before the ties that need it. */
export async function runAll(operations: readonly Operation[], run: (operation: Operation) => Promise<unknown>) {
  for (const operation of operations) await run(operation);
}

/** Ctrl-Z undoes, Ctrl-Shift-Z (or Ctrl-Y) redoes; inside a text field the browser's own undo is left alone. */
export function undoKey(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly inTextField: boolean;
}): "undo" | "redo" | undefined {
  if (event.inTextField || !(event.ctrlKey || event.metaKey)) return undefined;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y" && !event.shiftKey) return "redo";
  return undefined;
}
