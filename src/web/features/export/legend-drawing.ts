import type { LegendEntry, LegendModel } from "../graph/legend.js";
import { drawShapeParts, LEGEND_SWATCH_RADIUS, shapeParts } from "../graph/shapes.js";

const LINE = 20;
const PAD = 16;
const SECTION_GAP = 8;
/** The picture's width on a poster, in pixels: a map printed at A0 or on a wall. */
export const POSTER_WIDTH = 4000;

export interface PictureLayout {
  /** The whole picture in CSS pixels: the map, then the legend's column to its right. */
  readonly width: number;
  readonly height: number;
  readonly mapWidth: number;
  readonly mapHeight: number;
  readonly title: { readonly text: string; readonly x: number; readonly y: number };
  readonly entries: readonly (LegendEntry & { readonly x: number; readonly y: number })[];
  readonly note: { readonly text: string; readonly x: number; readonly y: number };
}

/**
 * Where an export draws what: the map as on screen, and beside it a column with the title and the
 * legend, so the legend never covers a node. The picture widens by the column (and grows taller if
 * the legend is taller than the map). `measure` gives a text's width at 13 px (the title's at 16 px).
 */
export function pictureLayout(
  map: { readonly width: number; readonly height: number },
  legend: LegendModel,
  title: string,
  measure: (text: string, bold: boolean) => number,
): PictureLayout {
  const left = map.width + PAD;
  const labelWidths = [...legend.shapes, ...legend.colours].map((entry) => measure(entry.label, false) + 24);
  const column = Math.ceil(Math.max(measure(title, true), measure(legend.sizeNote, false), ...labelWidths)) + 2 * PAD;
  let y = PAD + 18 + SECTION_GAP;
  const place = (list: readonly LegendEntry[]) =>
    list.map((entry) => {
      const placed = { ...entry, x: left, y };
      y += LINE;
      return placed;
    });
  const shapes = place(legend.shapes);
  y += SECTION_GAP;
  const colours = place(legend.colours);
  const note = { text: legend.sizeNote, x: left, y: y + 14 };
  return {
    width: map.width + column,
    height: Math.max(map.height, Math.ceil(note.y + PAD)),
    mapWidth: map.width,
    mapHeight: map.height,
    title: { text: title, x: left, y: PAD + 16 },
    entries: [...shapes, ...colours],
    note,
  };
}

/** A text measure from a 2D canvas, for laying out a picture in the browser. */
export function canvasMeasure(context: CanvasRenderingContext2D): (text: string, bold: boolean) => number {
  return (text, bold) => {
    context.font = `${bold ? "bold 16px" : "13px"} system-ui, sans-serif`;
    return context.measureText(text).width;
  };
}

/** Draws the title and the legend in their column, in CSS pixels. */
export function drawLegendColumn(context: CanvasRenderingContext2D, layout: PictureLayout): void {
  context.fillStyle = "#ffffff";
  context.fillRect(layout.mapWidth, 0, layout.width - layout.mapWidth, layout.height);
  context.fillStyle = "#bbbbbb";
  context.fillRect(layout.mapWidth, 0, 1, layout.height);
  context.fillStyle = "#222222";
  context.font = "bold 16px system-ui, sans-serif";
  context.fillText(layout.title.text, layout.title.x, layout.title.y);
  context.font = "13px system-ui, sans-serif";
  for (const entry of layout.entries) {
    drawShapeParts(context, shapeParts(entry.kind, entry.x + 8, entry.y + 6, LEGEND_SWATCH_RADIUS, entry.colour));
    context.fillStyle = "#222222";
    context.fillText(entry.label, entry.x + 24, entry.y + 11);
  }
  context.fillStyle = "#555555";
  context.fillText(layout.note.text, layout.note.x, layout.note.y);
}
