import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Actor, Tie } from "../../../../model/index.js";
import {
  type Edit,
  EMPTY_UNDO,
  nextRedo,
  nextUndo,
  recorded,
  redone,
  type UndoState,
  undone,
} from "../../undo/state.js";
import { type Editor, EditorContext, type OpenForm, runAll, undoKey } from "../editor.js";
import {
  type CreatedActor,
  type Operation,
  type Patch,
  restoringPatch,
  runOperation,
  withoutUndoToken,
} from "../operations.js";

const WRITERS = new Set(["editor", "admin"]);

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function storedAs(operation: Operation, result: unknown): Operation {
  if (operation.kind === "createActor") return { kind: "createActor", actor: withoutUndoToken(result as CreatedActor) };
  if (operation.kind === "createTie") return { kind: "createTie", tie: result as Tie };
  return operation;
}

/** Holds this page's undo stack and the open form; every write, undo and redo goes through the API. */
export function EditorProvider({
  role,
  children,
}: {
  readonly role: string | undefined;
  readonly children: ReactNode;
}) {
  const [history, setHistory] = useState<UndoState>(EMPTY_UNDO);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [form, openForm] = useState<OpenForm>();
  const latest = useRef(history);
  latest.current = history;
  const working = useRef(false);

  const commit = useCallback(async <T,>(forward: Operation, backwardOf: (result: T) => Operation[]) => {
    const result = (await runOperation(forward)) as T;
    const edit: Edit = {
      // A redo sends what the server stored, so the actor comes back under the same id.
      forward: [storedAs(forward, result)],
      backward: backwardOf(result),
    };
    setHistory(recorded(edit));
    setError(undefined);
    return result;
  }, []);

  const replay = useCallback(async (which: "undo" | "redo") => {
    const operations = which === "undo" ? nextUndo(latest.current) : nextRedo(latest.current);
    if (operations === undefined || working.current) return;
    working.current = true;
    setBusy(true);
    try {
      await runAll(operations, runOperation);
      setHistory(which === "undo" ? undone : redone);
      setError(undefined);
    } catch (caught) {
      setError(caught);
    } finally {
      working.current = false;
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { key, ctrlKey, metaKey, shiftKey } = event;
      const action = undoKey({ key, ctrlKey, metaKey, shiftKey, inTextField: inTextField(event.target) });
      if (action === undefined || document.querySelector("dialog[open]") !== null) return;
      event.preventDefault();
      void replay(action);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [replay]);

  const editor = useMemo<Editor>(
    () => ({
      canEdit: role !== undefined && WRITERS.has(role),
      canErase: role === "admin",
      canUndo: history.done.length > 0,
      canRedo: history.undone.length > 0,
      busy,
      error,
      addActor: async (body) => {
        // An editor may erase only their own new actor, with the token the server gave for it.
        const created = await commit<CreatedActor>(
          { kind: "createActor", actor: body as unknown as Actor },
          (actor) => [
            actor.undoToken === undefined
              ? { kind: "deleteActor", id: actor.id }
              : { kind: "deleteActor", id: actor.id, undo: actor.undoToken },
          ],
        );
        return withoutUndoToken(created);
      },
      updateActor: async (before, patch) => {
        if (Object.keys(patch).length === 0) return;
        await commit({ kind: "updateActor", id: before.id, patch }, () => [
          { kind: "updateActor", id: before.id, patch: restoringPatch(before, patch) },
        ]);
      },
      eraseActor: async (actor, ties) => {
        await commit({ kind: "deleteActor", id: actor.id }, () => [
          { kind: "createActor", actor },
          ...ties.map((tie): Operation => ({ kind: "createTie", tie })),
        ]);
      },
      addTie: (body: Patch) =>
        commit<Tie>({ kind: "createTie", tie: body as unknown as Tie }, (tie) => [{ kind: "deleteTie", id: tie.id }]),
      updateTie: async (before, patch) => {
        if (Object.keys(patch).length === 0) return;
        await commit({ kind: "updateTie", id: before.id, patch }, () => [
          { kind: "updateTie", id: before.id, patch: restoringPatch(before, patch) },
        ]);
      },
      removeTie: async (tie) => {
        await commit({ kind: "deleteTie", id: tie.id }, () => [{ kind: "createTie", tie }]);
      },
      undo: () => void replay("undo"),
      redo: () => void replay("redo"),
      form,
      openForm,
    }),
    [role, history, busy, error, commit, replay, form],
  );

  return <EditorContext.Provider value={editor}>{children}</EditorContext.Provider>;
}
