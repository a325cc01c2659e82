import type { LegendModel } from "../graph/legend.js";

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
  context.fillRect(12, top, width, boxHeight);
  context.strokeRect(12, top, width, boxHeight);
  entries.forEach((entry, index) => {
    const y = top + 14 + index * LINE;
    context.fillStyle = entry.colour;
    drawShape(context, entry.kind, 28, y + 6);
    context.fillStyle = "#222222";
    context.fillText(entry.label, 44, y + 11);
  });
  context.fillStyle = "#555555";
  context.fillText(legend.sizeNote, 22, top + 14 + entries.length * LINE + 11);
}

function drawShape(
  context: CanvasRenderingContext2D,
  kind: LegendModel["shapes"][number]["kind"],
  x: number,
  y: number,
): void {
  context.beginPath();
  if (kind === "institution") context.rect(x - 6, y - 6, 12, 12);
  else if (kind === "place") {
    context.moveTo(x, y - 7);
    context.lineTo(x + 7, y);
    context.lineTo(x, y + 7);
    context.lineTo(x - 7, y);
    context.closePath();
  } else context.arc(x, y, 6, 0, 2 * Math.PI);
  context.fill();
  if (kind === "group") {
    context.beginPath();
    context.strokeStyle = "#ffffff";
    context.lineWidth = 1.8;
    context.arc(x, y, 3.3, 0, 2 * Math.PI);
    context.stroke();
    context.lineWidth = 1;
  }
}
