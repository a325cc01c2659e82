import type { ActorKind } from "../../../model/index.js";

/**
 * What the map, the legend and the filters tell apart: the four kinds, and professionals (residents
 * with a paid tie, `works_at`) apart from the other residents. The stored kind stays `resident`.
 */
export const SHOWN_KINDS = ["resident", "professional", "group", "institution", "place"] as const;
export type ShownKind = (typeof SHOWN_KINDS)[number];

export function shownKind(kind: ActorKind, professional: boolean): ShownKind {
  return kind === "resident" && professional ? "professional" : kind;
}

export function isShownKind(value: string): value is ShownKind {
  return (SHOWN_KINDS as readonly string[]).includes(value);
}
