import { describe, expect, it } from "vitest";
import { cameraMoved, changesCounter, counterOf, fittingCamera } from "../../src/web/features/projector/state.js";

const workshop = (code: string, status: string, actors: number, ties: number) => ({
  code,
  status,
  added: { actors, ties },
});

describe("the workshop counter", () => {
  it("counts what the newest open workshop added, with its join code in upper case", () => {
    expect(counterOf([workshop("k7m2qp", "open", 12, 31), workshop("AAAAAA", "open", 1, 1)])).toEqual({
      code: "K7M2QP",
      actors: 12,
      ties: 31,
    });
  });

  it("shows nothing without an open workshop", () => {
    expect(counterOf([])).toBeUndefined();
    expect(counterOf([workshop("ABCDEF", "closed", 3, 4)])).toBeUndefined();
  });

  it("asks again after additions and workshop changes, not after edits", () => {
    expect(["workshop.changed", "actor.created", "tie.created"].every(changesCounter)).toBe(true);
    expect(changesCounter("actor.updated")).toBe(false);
    expect(changesCounter("follow-up.changed")).toBe(false);
  });
});

describe("fitting the map to the screen", () => {
  it("centres on the box of everyone drawn, with room for labels on the right and around it", () => {
    const camera = fittingCamera([
      { x: 0.2, y: 0.4 },
      { x: 0.6, y: 0.5 },
      { x: 0.4, y: 0.45 },
    ]);
    // The box runs from 0.2 to 0.6 + 0.4 × 0.15 = 0.66 across, 0.4 to 0.5 down.
    expect(camera?.x).toBeCloseTo(0.43);
    expect(camera?.y).toBeCloseTo(0.45);
    expect(camera?.ratio).toBeCloseTo(0.46 * 1.1);
  });

  it("does not zoom in without end on one actor, and has nothing to fit on an empty map", () => {
    expect(fittingCamera([{ x: 0.5, y: 0.5 }])?.ratio).toBe(0.05);
    expect(fittingCamera([])).toBeUndefined();
  });

  it("moves the camera only for a change one can see", () => {
    const at = { x: 0.5, y: 0.5, ratio: 1 };
    expect(cameraMoved(at, { x: 0.501, y: 0.5, ratio: 1.01 })).toBe(false);
    expect(cameraMoved(at, { x: 0.6, y: 0.5, ratio: 1 })).toBe(true);
    expect(cameraMoved(at, { x: 0.5, y: 0.5, ratio: 0.5 })).toBe(true);
  });
});
