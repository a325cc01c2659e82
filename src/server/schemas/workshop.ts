import { LIMITS } from "../../model/index.js";
import { JOIN_CODE_LENGTH } from "../../store/workshops/join-code.js";
import { TAGS } from "./common.js";

const ID = { type: "string", minLength: 1, maxLength: LIMITS.id } as const;
const IDS = { type: "array", items: ID, maxItems: LIMITS.tags, uniqueItems: true } as const;
const STATUS = { type: "string", enum: ["open", "closed", "expired"] } as const;

export const WORKSHOP = {
  type: "object",
  properties: {
    id: { type: "string" },
    code: { type: "string", description: "6 characters of ABCDEFGHJKMNPQRSTUVWXYZ23456789" },
    title: { type: "string" },
    date: { type: "string", description: "YYYY-MM-DD" },
    openedAt: { type: "string" },
    expiresAt: { type: "string", description: "openedAt + 12 h: the code stops working then" },
    closedAt: { type: "string" },
    status: STATUS,
    joinPath: { type: "string", description: "/join/<code>, the phone page" },
    participants: { type: "integer" },
    added: {
      type: "object",
      description: "actors and ties made while it was open, by anyone, and still stored",
      properties: { actors: { type: "integer" }, ties: { type: "integer" } },
      required: ["actors", "ties"],
    },
  },
  required: ["id", "code", "title", "date", "openedAt", "expiresAt", "status", "joinPath", "participants", "added"],
} as const;

export const NEW_WORKSHOP = {
  type: "object",
  properties: {
    title: { type: "string", minLength: 1, maxLength: LIMITS.name },
    date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD" },
  },
  required: ["title", "date"],
  additionalProperties: false,
} as const;

export interface NewWorkshopBody {
  title: string;
  date: string;
}

export const WORKSHOP_QUERY = {
  type: "object",
  properties: { status: STATUS },
  additionalProperties: false,
} as const;

export const ENTRY = {
  type: "object",
  properties: {
    participantId: { type: "string" },
    joinedAt: { type: "string" },
    actorId: { type: "string" },
    actorName: { type: "string", description: "as this reader may see it (a pseudonym without consent)" },
    ties: { type: "array", items: { type: "string" }, description: "ids of the ties this participant made" },
  },
  required: ["participantId", "joinedAt", "ties"],
} as const;

export const MERGE = {
  type: "object",
  properties: { actorId: ID, into: ID },
  required: ["actorId", "into"],
  additionalProperties: false,
} as const;

export interface MergeBody {
  actorId: string;
  into: string;
}

export const CODE_PARAMS = {
  type: "object",
  properties: { code: { type: "string", minLength: 1, maxLength: JOIN_CODE_LENGTH + 10 } },
  required: ["code"],
} as const;

export interface CodeParams {
  code: string;
}

export const PARTICIPANT_ACTOR = {
  type: "object",
  properties: {
    id: { type: "string" },
    name: { type: "string" },
    area: { type: "string" },
    gifts: { type: "array", items: { type: "string" } },
    interests: { type: "array", items: { type: "string" } },
    consent: { type: "boolean" },
  },
  required: ["id", "name", "gifts", "interests", "consent"],
} as const;

export const PARTICIPANT_ME = {
  type: "object",
  properties: {
    participantId: { type: "string" },
    actor: PARTICIPANT_ACTOR,
    groups: { type: "array", items: { type: "string" } },
    places: { type: "array", items: { type: "string" } },
    knows: { type: "array", items: { type: "string" }, description: "participant ids" },
  },
  required: ["participantId", "groups", "places", "knows"],
} as const;

export const PARTICIPANT_SELF = {
  type: "object",
  properties: {
    name: { type: "string", minLength: 1, maxLength: LIMITS.name },
    area: { type: "string", maxLength: LIMITS.area },
    gifts: TAGS,
    interests: TAGS,
    consent: { type: "boolean" },
  },
  required: ["name", "consent"],
  additionalProperties: false,
} as const;

export interface ParticipantSelfBody {
  name: string;
  area?: string;
  gifts?: string[];
  interests?: string[];
  consent: boolean;
}

export const PARTICIPANT_LINKS = {
  type: "object",
  properties: { groups: IDS, places: IDS, knows: IDS },
  required: ["groups", "places", "knows"],
  additionalProperties: false,
} as const;

export interface ParticipantLinksBody {
  groups: string[];
  places: string[];
  knows: string[];
}

const NAMED = {
  type: "object",
  properties: { id: { type: "string" }, name: { type: "string" } },
  required: ["id", "name"],
} as const;

export const CHOICES = {
  type: "object",
  properties: {
    groups: { type: "array", items: NAMED },
    places: { type: "array", items: NAMED },
    participants: {
      type: "array",
      items: {
        type: "object",
        properties: {
          participantId: { type: "string" },
          name: { type: ["string", "null"], description: "null without consent: show 'Participant <number>'" },
          number: { type: "integer" },
        },
        required: ["participantId", "name", "number"],
      },
    },
  },
  required: ["groups", "places", "participants"],
} as const;

export const PARTICIPANT_MAP = {
  type: "object",
  properties: {
    nodes: {
      type: "array",
      items: {
        type: "object",
        properties: { id: { type: "string" }, kind: { type: "string" }, label: { type: ["string", "null"] } },
        required: ["id", "kind", "label"],
      },
    },
    edges: {
      type: "array",
      items: {
        type: "object",
        properties: { source: { type: "string" }, target: { type: "string" }, type: { type: "string" } },
        required: ["source", "target", "type"],
      },
    },
  },
  required: ["nodes", "edges"],
} as const;
