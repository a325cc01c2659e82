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
  // A 1648×1048 map where one unit of sigma's framed space spans 1000 px at ratio 1: less 24 px on each
  // side and 120 px for labels on the right, the actors get 1480 × 1000 px.
  const screen = { width: 1648, height: 1048, pixelsPerUnit: { x: 1000, y: 1000 } };

  it("fills the width with a wide box, leaving room for labels on the right", () => {
    const camera = fittingCamera(
      [
        { x: 0.2, y: 0.4 },
        { x: 0.6, y: 0.5 },
        { x: 0.4, y: 0.45 },
      ],
      screen,
    );
    // 0.4 across is 400 px at ratio 1 and must span 1480 px: ratio 400 / 1480.
    expect(camera?.ratio).toBeCloseTo(400 / 1480);
    // Centred on the box, moved right by half the label room (60 px at that ratio).
    expect(camera?.x).toBeCloseTo(0.4 + (60 * (400 / 1480)) / 1000);
    expect(camera?.y).toBeCloseTo(0.45);
  });

  it("fills the height with a tall box", () => {
    const camera = fittingCamera(
      [
        { x: 0.5, y: 0.2 },
        { x: 0.6, y: 0.7 },
      ],
      screen,
    );
    expect(camera?.ratio).toBeCloseTo(500 / 1000);
  });

  it("does not zoom in without end on one actor, and has nothing to fit on an empty map", () => {
    expect(fittingCamera([{ x: 0.5, y: 0.5 }], screen)?.ratio).toBe(0.05);
    expect(fittingCamera([], screen)).toBeUndefined();
  });

  it("moves the camera only for a change one can see", () => {
    const at = { x: 0.5, y: 0.5, ratio: 1 };
    expect(cameraMoved(at, { x: 0.501, y: 0.5, ratio: 1.01 })).toBe(false);
    expect(cameraMoved(at, { x: 0.6, y: 0.5, ratio: 1 })).toBe(true);
    expect(cameraMoved(at, { x: 0.5, y: 0.5, ratio: 0.5 })).toBe(true);
  });
});
