import { describe, expect, it } from "vitest";
import type { Actor } from "../../src/model/index.js";
import { undoKey } from "../../src/web/features/edit/editor.js";
import { changedFields, restoringPatch } from "../../src/web/features/edit/operations.js";
import {
  type Edit,
  EMPTY_UNDO,
  nextRedo,
  nextUndo,
  recorded,
  redone,
  UNDO_LIMIT,
  undone,
} from "../../src/web/features/undo/state.js";

const mira: Actor = {
  id: "r1",
  name: "Mira",
  kind: "resident",
  area: "Oost",
  gifts: ["cooking"],
  interests: [],
  custom: {},
};
const addMira: Edit = {
  forward: [{ kind: "createActor", actor: mira }],
  backward: [{ kind: "deleteActor", id: "r1" }],
};
const rename: Edit = {
  forward: [{ kind: "updateActor", id: "r1", patch: { name: "Mira B." } }],
  backward: [{ kind: "updateActor", id: "r1", patch: { name: "Mira" } }],
};

describe("the undo stack", () => {
  it("undoes the last edit first, and redoes it with the same writes", () => {
    const state = [recorded(addMira), recorded(rename)].reduce((current, produce) => produce(current), EMPTY_UNDO);
    expect(nextUndo(state)).toEqual(rename.backward);
    expect(nextRedo(state)).toBeUndefined();
    const afterUndo = undone(state);
    expect(nextUndo(afterUndo)).toEqual(addMira.backward);
    expect(nextRedo(afterUndo)).toEqual(rename.forward);
    const afterRedo = redone(afterUndo);
    expect(afterRedo).toEqual(state);
  });

  it("forgets what was undone once a new edit is made", () => {
    const state = recorded(rename)(undone(recorded(addMira)(EMPTY_UNDO)));
    expect(state.undone).toEqual([]);
    expect(nextUndo(state)).toEqual(rename.backward);
    expect(nextRedo(state)).toBeUndefined();
  });

  it("does nothing when there is nothing to undo or redo", () => {
    expect(undone(EMPTY_UNDO)).toBe(EMPTY_UNDO);
    expect(redone(EMPTY_UNDO)).toBe(EMPTY_UNDO);
    expect(nextUndo(EMPTY_UNDO)).toBeUndefined();
  });

  it("keeps the last edits of a long evening", () => {
    let state = EMPTY_UNDO;
    for (let i = 0; i < UNDO_LIMIT + 5; i++) state = recorded(i === UNDO_LIMIT + 4 ? rename : addMira)(state);
    expect(state.done).toHaveLength(UNDO_LIMIT);
    expect(nextUndo(state)).toEqual(rename.backward);
  });
});

describe("the writes that take an edit back", () => {
  it("puts back old values, and clears fields that were empty", () => {
    expect(restoringPatch(mira, { name: "Mira B.", area: null, since: 2024 })).toEqual({
      name: "Mira",
      area: "Oost",
      since: null,
    });
  });

  it("records only the fields that changed", () => {
    expect(changedFields(mira, { name: "Mira", gifts: ["cooking"], area: "West", notes: null })).toEqual({
      area: "West",
    });
  });
});

describe("the undo keys", () => {
  const key = (key: string, extra: Partial<Parameters<typeof undoKey>[0]> = {}) =>
    undoKey({ key, ctrlKey: true, metaKey: false, shiftKey: false, inTextField: false, ...extra });
  it("reads Ctrl-Z as undo and Ctrl-Shift-Z or Ctrl-Y as redo", () => {
    expect(key("z")).toBe("undo");
    expect(key("Z", { shiftKey: true })).toBe("redo");
    expect(key("y")).toBe("redo");
    expect(key("z", { ctrlKey: false, metaKey: true })).toBe("undo");
  });
  it("leaves the browser's own undo to text fields, and plain keys alone", () => {
    expect(key("z", { inTextField: true })).toBeUndefined();
    expect(key("z", { ctrlKey: false })).toBeUndefined();
    expect(key("x")).toBeUndefined();
  });
});
