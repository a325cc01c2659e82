import { ACTOR_KINDS, type ActorKind, type CustomAttributes, LIMITS } from "../../model/index.js";
import { CUSTOM, NULLABLE_YEAR, TAGS, YEAR } from "./common.js";

const CONSENT = {
  type: "object",
  properties: { given: { type: "boolean" }, date: { type: "string", description: "YYYY-MM-DD" } },
  required: ["given"],
  additionalProperties: false,
} as const;

export const ACTOR = {
  type: "object",
  properties: {
    id: { type: "string" },
    name: { type: "string" },
    kind: { type: "string", enum: ACTOR_KINDS },
    area: { type: "string" },
    gifts: { type: "array", items: { type: "string" } },
    interests: { type: "array", items: { type: "string" } },
    since: { type: "integer" },
    until: { type: "integer" },
    consent: CONSENT,
    notes: { type: "string" },
    custom: CUSTOM,
  },
  required: ["id", "name", "kind", "gifts", "interests", "custom"],
} as const;

const EDITABLE = {
  name: { type: "string", minLength: 1, maxLength: LIMITS.name },
  kind: { type: "string", enum: ACTOR_KINDS },
  area: { type: "string", maxLength: LIMITS.area },
  gifts: TAGS,
  interests: TAGS,
  since: YEAR,
  until: YEAR,
  consent: CONSENT,
  notes: { type: "string", maxLength: LIMITS.notes },
  custom: CUSTOM,
} as const;

export const NEW_ACTOR = {
  type: "object",
  description: "a new actor; without an id one is made from its kind",
  properties: { id: { type: "string", minLength: 1, maxLength: LIMITS.id }, ...EDITABLE },
  required: ["name", "kind"],
  additionalProperties: false,
} as const;

export const ACTOR_PATCH = {
  type: "object",
  description: "the fields to change; null clears an optional field; the id cannot change",
  properties: {
    ...EDITABLE,
    area: { type: ["string", "null"], maxLength: LIMITS.area },
    since: NULLABLE_YEAR,
    until: NULLABLE_YEAR,
    consent: { ...CONSENT, type: ["object", "null"] },
    notes: { type: ["string", "null"], maxLength: LIMITS.notes },
  },
  additionalProperties: false,
  minProperties: 1,
} as const;

interface Consent {
  given: boolean;
  date?: string;
}

export interface NewActorBody {
  id?: string;
  name: string;
  kind: ActorKind;
  area?: string;
  gifts?: string[];
  interests?: string[];
  since?: number;
  until?: number;
  consent?: Consent;
  notes?: string;
  custom?: CustomAttributes;
}

export interface ActorPatchBody {
  name?: string;
  kind?: ActorKind;
  area?: string | null;
  gifts?: string[];
  interests?: string[];
  since?: number | null;
  until?: number | null;
  consent?: Consent | null;
  notes?: string | null;
  custom?: CustomAttributes;
}
