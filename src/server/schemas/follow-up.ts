import {
  FOLLOW_UP_LIMITS,
  FOLLOW_UP_STATUSES,
  type FollowUpStatus,
  LIMITS,
  TIE_TYPES,
  type TieType,
} from "../../model/index.js";

const STATUS = { type: "string", enum: FOLLOW_UP_STATUSES } as const;
const DATE = { type: "string", format: "date", description: "a calendar date, YYYY-MM-DD" } as const;
const ACTOR_ID = { type: "string", minLength: 1, maxLength: LIMITS.id } as const;
const ASSIGNEE = {
  type: "string",
  minLength: 1,
  maxLength: FOLLOW_UP_LIMITS.assignee,
  description: "an account name",
} as const;
const NOTE_TEXT = { type: "string", minLength: 1, maxLength: FOLLOW_UP_LIMITS.note } as const;

const PROPOSED_TIE = {
  type: "object",
  description: "the tie the follow-up proposes, as a suggestion gives it; recording it closes the follow-up",
  properties: { type: { type: "string", enum: TIE_TYPES }, source: ACTOR_ID, target: ACTOR_ID },
  required: ["type", "source", "target"],
  additionalProperties: false,
} as const;

const NOTE = {
  type: "object",
  description: "a dated note; Weave's own notes carry a code (closed_by_tie) and the tie instead of text",
  properties: {
    at: { type: "string", format: "date-time" },
    author: { type: "string" },
    text: { type: "string" },
    code: { type: "string", enum: ["closed_by_tie"] },
    tieId: { type: "string" },
  },
  required: ["at", "author"],
  additionalProperties: false,
} as const;

export const FOLLOW_UP = {
  type: "object",
  properties: {
    id: { type: "string" },
    about: { type: "array", items: { type: "string" } },
    assignee: { type: "string" },
    status: STATUS,
    due: DATE,
    tie: PROPOSED_TIE,
    notes: { type: "array", items: NOTE },
    createdAt: { type: "string", format: "date-time" },
    createdBy: { type: "string" },
    updatedAt: { type: "string", format: "date-time" },
    closedByTie: { type: "string", description: "the recorded tie that closed it" },
  },
  required: ["id", "about", "assignee", "status", "notes", "createdAt", "createdBy", "updatedAt"],
  additionalProperties: false,
} as const;

export const FOLLOW_UP_LIST = {
  type: "object",
  properties: { followUps: { type: "array", items: FOLLOW_UP } },
  required: ["followUps"],
  additionalProperties: false,
} as const;

export const NEW_FOLLOW_UP = {
  type: "object",
  description: "a suggestion or a resident to follow up; who does it defaults to whoever asks",
  properties: {
    about: { type: "array", items: ACTOR_ID, minItems: 1, maxItems: FOLLOW_UP_LIMITS.about, uniqueItems: true },
    assignee: ASSIGNEE,
    status: STATUS,
    due: DATE,
    tie: PROPOSED_TIE,
    note: NOTE_TEXT,
  },
  required: ["about"],
  additionalProperties: false,
} as const;

export const FOLLOW_UP_PATCH = {
  type: "object",
  description: "status, assignee and due date (null clears it); a note is appended, dated now",
  properties: {
    assignee: ASSIGNEE,
    status: STATUS,
    due: { type: ["string", "null"], format: "date" },
    note: NOTE_TEXT,
  },
  additionalProperties: false,
  minProperties: 1,
} as const;

export const NEW_NOTE = {
  type: "object",
  properties: { text: NOTE_TEXT },
  required: ["text"],
  additionalProperties: false,
} as const;

export const FOLLOW_UP_QUERY = {
  type: "object",
  properties: {
    mine: { type: "string", enum: ["true", "false"], description: "true: only those assigned to whoever asks" },
    status: STATUS,
    about: { ...ACTOR_ID, description: "only those naming this actor" },
    format: { type: "string", enum: ["json", "csv"] },
  },
  additionalProperties: false,
} as const;

export interface NewFollowUpBody {
  about: string[];
  assignee?: string;
  status?: FollowUpStatus;
  due?: string;
  tie?: { type: TieType; source: string; target: string };
  note?: string;
}

export interface FollowUpPatchBody {
  assignee?: string;
  status?: FollowUpStatus;
  due?: string | null;
  note?: string;
}

export interface FollowUpQuery {
  mine?: "true" | "false";
  status?: FollowUpStatus;
  about?: string;
  format?: "json" | "csv";
}
