import type { Actor, ActorKind, CustomAttributes } from "../../../model/index.js";
import type { FieldProblem } from "../../api/client.js";
import { changedFields, type Patch } from "./operations.js";

export type ConsentChoice = "unknown" | "yes" | "no";

/** An actor as the form holds it: text as typed, turned into the API's body only on saving. */
export interface ActorDraft {
  readonly name: string;
  readonly kind: ActorKind;
  readonly area: string;
  /** Tags separated by commas, as typed. */
  readonly gifts: string;
  readonly interests: string;
  readonly since: string;
  readonly until: string;
  readonly consent: ConsentChoice;
  readonly consentDate: string;
  readonly notes: string;
  readonly custom: readonly { readonly key: string; readonly value: string }[];
}

export const EMPTY_ACTOR_DRAFT: ActorDraft = {
  name: "",
  kind: "resident",
  area: "",
  gifts: "",
  interests: "",
  since: "",
  until: "",
  consent: "unknown",
  consentDate: "",
  notes: "",
  custom: [],
};

export function draftOf(actor: Actor): ActorDraft {
  const year = (value: number | undefined) => (value === undefined ? "" : String(value));
  return {
    name: actor.name,
    kind: actor.kind,
    area: actor.area ?? "",
    gifts: actor.gifts.join(", "),
    interests: actor.interests.join(", "),
    since: year(actor.since),
    until: year(actor.until),
    consent: actor.consent === undefined ? "unknown" : actor.consent.given ? "yes" : "no",
    consentDate: actor.consent?.date ?? "",
    notes: actor.notes ?? "",
    custom: Object.entries(actor.custom).map(([key, value]) => ({ key, value: String(value) })),
  };
}

/** "Gardening, Cooking;  " → ["gardening", "cooking"]: tags are lower case, as the model wants. */
export function tagsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;]/)
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/** Digits become a year; anything else is sent as typed, so the server's refusal names the field. */
function yearOf(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function customOf(rows: ActorDraft["custom"]): CustomAttributes {
  const custom: CustomAttributes = {};
  for (const { key, value } of rows) {
    const name = key.trim();
    if (name === "") continue;
    const text = value.trim();
    custom[name] = text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
  }
  return custom;
}

/** Every editable field, null where the form leaves an optional one empty. */
function fieldsOf(draft: ActorDraft): Patch {
  const text = (value: string) => (value.trim() === "" ? null : value.trim());
  const consent =
    draft.kind !== "resident" || draft.consent === "unknown"
      ? null
      : { given: draft.consent === "yes", ...(draft.consentDate === "" ? {} : { date: draft.consentDate }) };
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    area: text(draft.area),
    gifts: tagsOf(draft.gifts),
    interests: tagsOf(draft.interests),
    since: yearOf(draft.since),
    until: yearOf(draft.until),
    consent,
    notes: text(draft.notes),
    custom: customOf(draft.custom),
  };
}

/** The POST body of a new actor: empty fields are left out. */
export function newActorBody(draft: ActorDraft): Patch {
  return Object.fromEntries(Object.entries(fieldsOf(draft)).filter(([, value]) => value !== null));
}

/** The PATCH body: only what changed, null clearing what was emptied. */
export function actorPatch(before: Actor, draft: ActorDraft): Patch {
  return changedFields(before, fieldsOf(draft));
}

/**
 * The server's problems by the form field they belong to ("custom.age" → "custom", "gifts.0" →
 * "gifts"); problems naming no field of the form are kept under "" and shown above the buttons.
 */
export function problemsByField(
  problems: readonly FieldProblem[],
  fields: readonly string[],
): ReadonlyMap<string, readonly string[]> {
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const head = (problem.field ?? "").split(".")[0] ?? "";
    const field = fields.includes(head) ? head : "";
    byField.set(field, [...(byField.get(field) ?? []), problem.message]);
  }
  return byField;
}
