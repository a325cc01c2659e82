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

/** Room around the outermost actors, so their discs stay on the screen… */
const MARGIN = 1.1;
/** …and, on the right, for the labels written after them. */
const LABEL_ROOM = 0.15;
const SMALLEST_RATIO = 0.05;

/**
 * The camera (in sigma's framed space, where the whole graph spans 0 to 1) that shows every given
 * point: centred on their box widened to the right for labels, zoomed to its longer side.
 * Undefined when nobody is drawn.
 */
export function fittingCamera(points: readonly Point[]): CameraState | undefined {
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
  maxX += (maxX - minX) * LABEL_ROOM;
  const ratio = Math.max(SMALLEST_RATIO, Math.max(maxX - minX, maxY - minY) * MARGIN);
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
}

/** Whether the camera is far enough from where it should be to move it (avoids endless tiny moves). */
export function cameraMoved(from: CameraState, to: CameraState): boolean {
  return Math.abs(from.x - to.x) + Math.abs(from.y - to.y) > 0.01 || Math.abs(from.ratio / to.ratio - 1) > 0.05;
}
