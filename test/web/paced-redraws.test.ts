import { describe, expect, it } from "vitest";
import { MIN_REDRAW_INTERVAL_MS, pauseAfter } from "../../src/web/features/graph/paced-redraws.js";

describe("redraw pacing while the layout runs", () => {
  it("keeps redraws to a quarter of the main thread: a 500 ms redraw waits 1.5 s", () => {
    expect(pauseAfter(500)).toBe(1500);
  });

  it("redraws cheap maps at the fastest pace, never faster", () => {
    expect(pauseAfter(2)).toBe(MIN_REDRAW_INTERVAL_MS);
    expect(pauseAfter(0)).toBe(MIN_REDRAW_INTERVAL_MS);
  });
});
