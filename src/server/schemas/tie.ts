import { type CustomAttributes, LIMITS, TIE_TYPES, type TieType } from "../../model/index.js";
import { CUSTOM, NULLABLE_YEAR, YEAR } from "./common.js";

export const TIE = {
  type: "object",
  properties: {
    id: { type: "string" },
    source: { type: "string" },
    target: { type: "string" },
    type: { type: "string", enum: TIE_TYPES },
    since: { type: "integer" },
    until: { type: "integer" },
    weight: { type: "number" },
    note: { type: "string" },
    custom: CUSTOM,
  },
  required: ["id", "source", "target", "type", "weight", "custom"],
} as const;

/** As the model's isWeight: any positive number (JSON has no Infinity); by hand, 1–3 by convention. */
const WEIGHT = { type: "number", exclusiveMinimum: 0 } as const;

export const NEW_TIE = {
  type: "object",
  description: "a new tie; its id is made from type, ends and since (see tieId)",
  properties: {
    source: { type: "string", minLength: 1, maxLength: LIMITS.id },
    target: { type: "string", minLength: 1, maxLength: LIMITS.id },
    type: { type: "string", enum: TIE_TYPES },
    since: YEAR,
    until: YEAR,
    weight: WEIGHT,
    note: { type: "string", maxLength: LIMITS.notes },
    custom: CUSTOM,
  },
  required: ["source", "target", "type"],
  additionalProperties: false,
} as const;

export const TIE_PATCH = {
  type: "object",
  description:
    "since, until, weight, note and custom only; null clears; the id stays the one given at creation even when since changes",
  properties: {
    since: NULLABLE_YEAR,
    until: NULLABLE_YEAR,
    weight: WEIGHT,
    note: { type: ["string", "null"], maxLength: LIMITS.notes },
    custom: CUSTOM,
  },
  additionalProperties: false,
  minProperties: 1,
} as const;

export interface NewTieBody {
  source: string;
  target: string;
  type: TieType;
  since?: number;
  until?: number;
  weight?: number;
  note?: string;
  custom?: CustomAttributes;
}

export interface TiePatchBody {
  since?: number | null;
  until?: number | null;
  weight?: number;
  note?: string | null;
  custom?: CustomAttributes;
}
