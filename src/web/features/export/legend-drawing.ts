import type { LegendModel } from "../graph/legend.js";
import { drawShapeParts, LEGEND_SWATCH_RADIUS, shapeParts } from "../graph/shapes.js";

const LINE = 20;

/** Draws the legend in a white box at the bottom left of an export, in CSS pixels. */
export function drawLegend(context: CanvasRenderingContext2D, legend: LegendModel, height: number): void {
  const entries = [...legend.shapes, ...legend.colours];
  const boxHeight = (entries.length + 1) * LINE + 16;
  const top = height - boxHeight - 12;
  context.font = "13px system-ui, sans-serif";
  const width = Math.max(
    ...entries.map((entry) => context.measureText(entry.label).width + 40),
    context.measureText(legend.sizeNote).width + 20,
  );
  context.fillStyle = "rgba(255,255,255,0.92)";
  context.strokeStyle = "#bbbbbb";
  context.lineWidth = 1;
  context.fillRect(12, top, width, boxHeight);
  context.strokeRect(12, top, width, boxHeight);
  entries.forEach((entry, index) => {
    const y = top + 14 + index * LINE;
    drawShapeParts(context, shapeParts(entry.kind, 28, y + 6, LEGEND_SWATCH_RADIUS, entry.colour));
    context.fillStyle = "#222222";
    context.fillText(entry.label, 44, y + 11);
  });
  context.fillStyle = "#555555";
  context.fillText(legend.sizeNote, 22, top + 14 + entries.length * LINE + 11);
}
