import { type Issue, ValidationError } from "./errors.js";
import { isTieType, TIE_RULES, type TieType } from "./kinds.js";
import { LIMITS } from "./limits.js";
import { isCalendarDate } from "./validate.js";

/**
 * A follow-up: someone is to act on a suggestion or on a resident (introduce, contact), and the
 * outcome is recorded. It names actors by id only; names are filled in where it is shown.
 */
export const FOLLOW_UP_STATUSES = ["to_contact", "introduced", "connected", "declined", "not_now"] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** The tie a follow-up proposes, as a suggestion gives it. */
export interface ProposedTie {
  readonly type: TieType;
  readonly source: string;
  readonly target: string;
}

/**
 * A dated note. People write `text`; a note Weave adds itself carries a `code` (rendered by i18n)
 * and the tie it is about, so no sentence is stored.
 */
export interface FollowUpNote {
  /** ISO 8601 instant. */
  readonly at: string;
  readonly author: string;
  readonly text?: string;
  readonly code?: "closed_by_tie";
  readonly tieId?: string;
}

export interface FollowUp {
  readonly id: string;
  /** The actors it is about (one resident, or the two ends of an introduction); never empty. */
  readonly about: readonly string[];
  /** The account name of who is to do it. */
  readonly assignee: string;
  readonly status: FollowUpStatus;
  /** A calendar date, YYYY-MM-DD. */
  readonly due?: string;
  readonly tie?: ProposedTie;
  readonly notes: readonly FollowUpNote[];
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  /** The id of the recorded tie that closed it. */
  readonly closedByTie?: string;
}

/** What an update may change; `due: null` clears the date. */
export interface FollowUpChange {
  readonly assignee?: string;
  readonly status?: FollowUpStatus;
  readonly due?: string | null;
  readonly note?: FollowUpNote;
}

export interface FollowUpFilter {
  readonly assignee?: string;
  readonly status?: FollowUpStatus;
  /** Follow-ups naming this actor. */
  readonly about?: string;
}

export const FOLLOW_UP_LIMITS = { note: LIMITS.notes, about: 10, assignee: 100 } as const;

export function isFollowUpStatus(value: unknown): value is FollowUpStatus {
  return typeof value === "string" && (FOLLOW_UP_STATUSES as readonly string[]).includes(value);
}

function isInstant(value: unknown): boolean {
  return typeof value === "string" && !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value);
}

function checkNote(note: FollowUpNote, field: string): Issue[] {
  const issues: Issue[] = [];
  if (!isInstant(note.at)) issues.push({ field: `${field}.at`, message: `"${note.at}" is not a date and time` });
  if (note.text === undefined && note.code === undefined)
    issues.push({ field: `${field}.text`, message: "a note needs text" });
  if (note.text !== undefined && note.text.length > FOLLOW_UP_LIMITS.note)
    issues.push({ field: `${field}.text`, message: `a note holds at most ${FOLLOW_UP_LIMITS.note} characters` });
  return issues;
}

function checkStatus(status: unknown): Issue[] {
  return isFollowUpStatus(status)
    ? []
    : [{ field: "status", message: `status "${String(status)}" is not one of ${FOLLOW_UP_STATUSES.join(", ")}` }];
}

function checkDue(due: unknown): Issue[] {
  return due === undefined || due === null || isCalendarDate(due)
    ? []
    : [{ field: "due", message: `due "${String(due)}" is not a date (YYYY-MM-DD)` }];
}

function checkAssignee(assignee: unknown): Issue[] {
  return typeof assignee === "string" && assignee.length > 0 && assignee.length <= FOLLOW_UP_LIMITS.assignee
    ? []
    : [{ field: "assignee", message: "assignee must be an account name" }];
}

/** Problems with a follow-up's own fields (whether its actors exist is the store's to check). */
export function checkFollowUp(followUp: FollowUp): Issue[] {
  const issues: Issue[] = [
    ...checkStatus(followUp.status),
    ...checkDue(followUp.due),
    ...checkAssignee(followUp.assignee),
  ];
  if (followUp.about.length === 0 || followUp.about.length > FOLLOW_UP_LIMITS.about) {
    issues.push({ field: "about", message: `a follow-up is about 1 to ${FOLLOW_UP_LIMITS.about} actors` });
  }
  if (followUp.tie !== undefined) {
    if (!isTieType(followUp.tie.type))
      issues.push({ field: "tie.type", message: `"${followUp.tie.type}" is not a tie type` });
    if (followUp.tie.source === followUp.tie.target)
      issues.push({ field: "tie.target", message: "a tie joins two different actors" });
  }
  followUp.notes.forEach((note, index) => {
    issues.push(...checkNote(note, `notes[${index}]`));
  });
  return issues;
}

export function checkFollowUpChange(change: FollowUpChange): Issue[] {
  return [
    ...(change.status === undefined ? [] : checkStatus(change.status)),
    ...checkDue(change.due),
    ...(change.assignee === undefined ? [] : checkAssignee(change.assignee)),
    ...(change.note === undefined ? [] : checkNote(change.note, "note")),
  ];
}

export function assertFollowUp(followUp: FollowUp): void {
  const issues = checkFollowUp(followUp);
  if (issues.length > 0) throw new ValidationError(issues);
}

export function assertFollowUpChange(change: FollowUpChange): void {
  const issues = checkFollowUpChange(change);
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Every actor a follow-up names: what it is about and the ends of the tie it proposes. */
export function followUpActorIds(followUp: Pick<FollowUp, "about" | "tie">): string[] {
  const ids = [...followUp.about, ...(followUp.tie === undefined ? [] : [followUp.tie.source, followUp.tie.target])];
  return [...new Set(ids)];
}

/** Whether a recorded tie is the one proposed: same type and ends (either way round when undirected). */
export function tieFulfils(proposed: ProposedTie, tie: ProposedTie): boolean {
  if (proposed.type !== tie.type) return false;
  if (proposed.source === tie.source && proposed.target === tie.target) return true;
  return TIE_RULES[tie.type].undirected && proposed.source === tie.target && proposed.target === tie.source;
}

export const AUTOMATIC_AUTHOR = "weave";

/**
 * The rule that closes follow-ups, one place for every route: each open follow-up whose proposed
 * tie is among `ties` becomes connected, with a dated note naming the tie. Returns the changed ones.
 */
export function closeFollowUps(
  followUps: readonly FollowUp[],
  ties: readonly (ProposedTie & { readonly id: string })[],
  at: string,
): FollowUp[] {
  return followUps.flatMap((followUp) => {
    const proposed = followUp.tie;
    if (proposed === undefined || followUp.status === "connected") return [];
    const recorded = ties.find((tie) => tieFulfils(proposed, tie));
    if (recorded === undefined) return [];
    const note: FollowUpNote = { at, author: AUTOMATIC_AUTHOR, code: "closed_by_tie", tieId: recorded.id };
    return [
      { ...followUp, status: "connected", closedByTie: recorded.id, updatedAt: at, notes: [...followUp.notes, note] },
    ];
  });
}

/** A follow-up with a change applied (the caller has validated it). */
export function applyFollowUpChange(followUp: FollowUp, change: FollowUpChange, at: string): FollowUp {
  const { due: _due, ...rest } = followUp;
  const due = change.due === undefined ? followUp.due : (change.due ?? undefined);
  return {
    ...rest,
    ...(due === undefined ? {} : { due }),
    assignee: change.assignee ?? followUp.assignee,
    status: change.status ?? followUp.status,
    notes: change.note === undefined ? followUp.notes : [...followUp.notes, change.note],
    updatedAt: at,
  };
}
