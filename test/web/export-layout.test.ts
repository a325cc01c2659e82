import { describe, expect, it } from "vitest";
import { pictureLayout } from "../../src/web/features/export/legend-drawing.js";
import type { LegendModel } from "../../src/web/features/graph/legend.js";

const LEGEND: LegendModel = {
  shapes: [
    { kind: "resident", colour: "#8a8a8a", label: "Residents" },
    { kind: "group", colour: "#8a8a8a", label: "Groups" },
  ],
  colours: Array.from({ length: 8 }, (_, i) => ({ colour: "#123456", label: `Cluster ${i + 1}: a long shared name` })),
  sizeNote: "Size: betweenness",
};
// 7 px a character: enough to check what goes where.
const measure = (text: string) => text.length * 7;

describe("the picture an export draws", () => {
  it("puts the title and every legend entry in a column right of the map, widening the picture", () => {
    const layout = pictureLayout({ width: 800, height: 600 }, LEGEND, "Weave: the neighbourhood in 2025", measure);
    expect(layout.mapWidth).toBe(800);
    expect(layout.width).toBeGreaterThan(800 + measure("Cluster 1: a long shared name"));
    for (const placed of [layout.title, layout.note, ...layout.entries]) {
      expect(placed.x).toBeGreaterThan(800);
      expect(placed.y).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.entries.map((entry) => entry.label)).toEqual(
      [...LEGEND.shapes, ...LEGEND.colours].map((e) => e.label),
    );
    expect(layout.height).toBe(600);
  });

  it("grows taller than a short map rather than cutting the legend off", () => {
    const layout = pictureLayout({ width: 300, height: 120 }, LEGEND, "Weave", measure);
    expect(layout.height).toBeGreaterThan(120);
    expect(layout.note.y).toBeLessThan(layout.height);
    const ys = layout.entries.map((entry) => entry.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });
});
