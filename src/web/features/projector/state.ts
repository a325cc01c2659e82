/**
 * The projector view's plain parts: the workshop counter read from `GET /api/workshops?status=open`,
 * and the camera that fits everyone drawn on the screen.
 */

/** What the counter reads of a workshop (see WORKSHOP-CONTRACT.md); the rest is ignored. */
export interface OpenWorkshop {
  readonly code: string;
  readonly status: string;
  readonly added: { readonly actors: number; readonly ties: number };
}

export interface WorkshopCounter {
  readonly code: string;
  readonly actors: number;
  readonly ties: number;
}

/** The newest open workshop's join code and what was added while it was open; none: no counter. */
export function counterOf(workshops: readonly OpenWorkshop[]): WorkshopCounter | undefined {
  const open = workshops.find((workshop) => workshop.status === "open");
  if (open === undefined) return undefined;
  return { code: open.code.toUpperCase(), actors: open.added.actors, ties: open.added.ties };
}

/** The live events after which the counter asks again; every other event leaves it. */
const COUNTER_EVENTS = new Set(["workshop.changed", "actor.created", "tie.created", "actor.deleted", "tie.deleted"]);

export function changesCounter(type: string): boolean {
  return COUNTER_EVENTS.has(type);
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface CameraState {
  readonly x: number;
  readonly y: number;
  readonly ratio: number;
}

/** The map on screen: its size in pixels, and how many pixels one unit of sigma's framed space spans at ratio 1. */
export interface Screen {
  readonly width: number;
  readonly height: number;
  readonly pixelsPerUnit: Point;
}

/** Pixels kept free around the outermost actors, so their discs and rims stay on the screen… */
const EDGE_ROOM = 24;
/** …and on the right, for the labels written after them (cut off beyond, never drawn over the legend). */
const LABEL_ROOM = 120;
const SMALLEST_RATIO = 0.05;

/**
 * The camera (in sigma's framed space, where the whole graph spans 0 to 1) that shows every given
 * point as large as the screen allows: their box fills the map's width or its height, whichever
 * runs out first, less a small margin and room for labels on the right. Undefined when nobody is
 * drawn.
 */
export function fittingCamera(points: readonly Point[], screen: Screen): CameraState | undefined {
  if (points.length === 0) return undefined;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const across = Math.max(1, screen.width - 2 * EDGE_ROOM - LABEL_ROOM);
  const down = Math.max(1, screen.height - 2 * EDGE_ROOM);
  const ratio = Math.max(
    SMALLEST_RATIO,
    ((maxX - minX) * screen.pixelsPerUnit.x) / across,
    ((maxY - minY) * screen.pixelsPerUnit.y) / down,
  );
  // The screen's centre lies half the label room to the right of the box's.
  const shift = ((LABEL_ROOM / 2) * ratio) / screen.pixelsPerUnit.x;
  return { x: (minX + maxX) / 2 + shift, y: (minY + maxY) / 2, ratio };
}

/** Whether the camera is far enough from where it should be to move it (avoids endless tiny moves). */
export function cameraMoved(from: CameraState, to: CameraState): boolean {
  return Math.abs(from.x - to.x) + Math.abs(from.y - to.y) > 0.01 || Math.abs(from.ratio / to.ratio - 1) > 0.05;
}
