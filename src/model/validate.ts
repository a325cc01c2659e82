import { ValidationError } from "./errors.js";
import { isValidActorId } from "./ids.js";
import { ACTOR_KINDS, isActorKind, isTieType, isWeight, MAX_YEAR, MIN_YEAR, TIE_RULES, TIE_TYPES } from "./kinds.js";
import { codePoint, forbiddenCharacter, LIMITS, visibleText } from "./limits.js";
import type { Actor, CustomAttributes, Network, Tie } from "./types.js";

/** A problem with one field of one record; the reader that knows where the record came from locates it. */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

/** A FieldIssue placed in a network: which list, and the record's index in it. */
export interface RecordIssue extends FieldIssue {
  readonly collection: "actors" | "ties";
  readonly index: number;
}

/** A value as a message may quote it: short, with control characters made visible. */
function quoted(text: string): string {
  const preview = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return `"${visibleText(preview)}"`;
}

/** Length and characters of one text field; notes and custom text may span lines. */
function checkText(field: string, text: string | undefined, max: number, multiLine = false): FieldIssue[] {
  if (text === undefined) return [];
  const issues: FieldIssue[] = [];
  if (text.length > max) {
    issues.push({ field, message: `${field} is ${text.length} characters long; at most ${max} are allowed` });
  }
  const bad = forbiddenCharacter(text, multiLine);
  if (bad !== undefined) {
    const allowed = multiLine ? "; only tab and line breaks are allowed" : "";
    issues.push({ field, message: `${field} holds the control character ${codePoint(bad)}${allowed}` });
  }
  return issues;
}

function checkCustom(custom: CustomAttributes): FieldIssue[] {
  const entries = Object.entries(custom);
  const issues: FieldIssue[] = [];
  if (entries.length > LIMITS.customAttributes) {
    issues.push({
      field: "custom",
      message: `there are ${entries.length} custom attributes; at most ${LIMITS.customAttributes} are allowed`,
    });
    return issues;
  }
  for (const [name, value] of entries) {
    const named = checkText("custom attribute name", name, LIMITS.customName);
    issues.push(...named.map((issue) => ({ field: name, message: `${issue.message} (${quoted(name)})` })));
    if (typeof value === "string") issues.push(...checkText(name, value, LIMITS.customText, true));
  }
  return issues;
}

function checkYear(field: string, value: number | undefined): FieldIssue[] {
  if (value === undefined) return [];
  if (!Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    return [{ field, message: `${field} ${value} is not a year between ${MIN_YEAR} and ${MAX_YEAR}` }];
  }
  return [];
}

function checkPeriod(since: number | undefined, until: number | undefined): FieldIssue[] {
  const issues = [...checkYear("since", since), ...checkYear("until", until)];
  if (issues.length === 0 && since !== undefined && until !== undefined && until < since) {
    issues.push({ field: "until", message: `until ${until} is before since ${since}` });
  }
  return issues;
}

const isTag = (tag: string) =>
  tag.length >= 1 &&
  tag.length <= LIMITS.tag &&
  !tag.includes(";") &&
  forbiddenCharacter(tag) === undefined &&
  tag === tag.trim().toLowerCase();

function checkTags(field: string, tags: readonly string[]): FieldIssue[] {
  if (tags.length > LIMITS.tags) {
    return [{ field, message: `${field} has ${tags.length} tags; at most ${LIMITS.tags} are allowed` }];
  }
  const bad = tags.find((tag) => !isTag(tag));
  return bad === undefined
    ? []
    : [
        {
          field,
          message: `${field} tag ${quoted(bad)} must be lower-case text of 1 to ${LIMITS.tag} characters without ";"`,
        },
      ];
}

/** The checks that need nothing but the actor itself. */
export function checkActor(actor: Actor): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const idCharacter = forbiddenCharacter(actor.id);
  if (idCharacter !== undefined) {
    issues.push({
      field: "id",
      message: `id ${quoted(actor.id)} holds the control character ${codePoint(idCharacter)}`,
    });
  } else if (!isValidActorId(actor.id) || actor.id.length > LIMITS.id) {
    issues.push({
      field: "id",
      message: `id ${quoted(actor.id)} must be 1 to ${LIMITS.id} characters without surrounding spaces`,
    });
  }
  if (actor.name.trim() === "") issues.push({ field: "name", message: "name is empty" });
  issues.push(...checkText("name", actor.name, LIMITS.name), ...checkText("area", actor.area, LIMITS.area));
  if (!isActorKind(actor.kind)) {
    issues.push({ field: "kind", message: `kind ${quoted(actor.kind)} is not one of ${ACTOR_KINDS.join(", ")}` });
  }
  issues.push(...checkTags("gifts", actor.gifts), ...checkTags("interests", actor.interests));
  issues.push(...checkPeriod(actor.since, actor.until));
  if (actor.consent?.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(actor.consent.date)) {
    issues.push({ field: "consent", message: `consent date ${quoted(actor.consent.date)} is not YYYY-MM-DD` });
  }
  if (actor.consent !== undefined && actor.kind !== "resident") {
    issues.push({ field: "consent", message: `consent is recorded for residents only, not for a ${actor.kind}` });
  }
  issues.push(...checkText("notes", actor.notes, LIMITS.notes, true), ...checkCustom(actor.custom));
  return issues;
}

/** The checks that need the tie and, when given, the actors it joins. */
export function checkTie(tie: Tie, actorsById?: ReadonlyMap<string, Pick<Actor, "kind">>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isTieType(tie.type)) {
    issues.push({ field: "type", message: `type ${quoted(tie.type)} is not one of ${TIE_TYPES.join(", ")}` });
  }
  if (tie.source === tie.target) {
    issues.push({ field: "target", message: `a tie from ${quoted(tie.source)} to itself is not allowed` });
  }
  if (!isWeight(tie.weight)) {
    issues.push({ field: "weight", message: `weight ${tie.weight} is not a positive number` });
  }
  issues.push(...checkPeriod(tie.since, tie.until));
  issues.push(...checkText("note", tie.note, LIMITS.notes, true), ...checkCustom(tie.custom));
  if (actorsById === undefined) return issues;
  const source = actorsById.get(tie.source);
  const target = actorsById.get(tie.target);
  if (source === undefined)
    issues.push({ field: "source", message: `source ${quoted(tie.source)} is not a known actor id` });
  if (target === undefined)
    issues.push({ field: "target", message: `target ${quoted(tie.target)} is not a known actor id` });
  if (source !== undefined && target !== undefined && isTieType(tie.type)) {
    const rule = TIE_RULES[tie.type];
    const fits = (a: string, b: string) =>
      (rule.sources as readonly string[]).includes(a) && (rule.targets as readonly string[]).includes(b);
    const ok = fits(source.kind, target.kind) || (rule.undirected && fits(target.kind, source.kind));
    if (!ok) {
      issues.push({
        field: "type",
        message: `a ${tie.type} tie goes from ${rule.sources.join(" or ")} to ${rule.targets.join(" or ")}, not from ${source.kind} ${quoted(tie.source)} to ${target.kind} ${quoted(tie.target)}`,
      });
    }
  }
  return issues;
}

/**
 * Every problem in a whole network: each record's own checks, duplicate ids, and ties that do not
 * fit the actors they join. Pass `existing` actors when the network is merged into stored data.
 */
export function checkNetwork(
  network: Network,
  existing: ReadonlyMap<string, Pick<Actor, "kind">> = new Map(),
): RecordIssue[] {
  const issues: RecordIssue[] = [];
  const actorsById = new Map(existing);
  const firstActor = new Map<string, number>();
  network.actors.forEach((actor, index) => {
    for (const issue of checkActor(actor)) issues.push({ collection: "actors", index, ...issue });
    const seen = firstActor.get(actor.id);
    if (seen !== undefined) {
      issues.push({
        collection: "actors",
        index,
        field: "id",
        message: `id ${quoted(actor.id)} is used twice (first at record ${seen + 1})`,
      });
    } else {
      firstActor.set(actor.id, index);
      actorsById.set(actor.id, actor);
    }
  });
  const firstTie = new Map<string, number>();
  network.ties.forEach((tie, index) => {
    for (const issue of checkTie(tie, actorsById)) issues.push({ collection: "ties", index, ...issue });
    const seen = firstTie.get(tie.id);
    if (seen !== undefined) {
      issues.push({
        collection: "ties",
        index,
        field: "target",
        message: `the same ${tie.type} tie between ${quoted(tie.source)} and ${quoted(tie.target)} starting ${tie.since ?? "(no year)"} is given twice (first at record ${seen + 1})`,
      });
    } else {
      firstTie.set(tie.id, index);
    }
  });
  return issues;
}

/** A ValidationError for records read without line numbers: each issue names its record and field. */
export function recordIssuesToError(issues: readonly RecordIssue[], file?: string): ValidationError {
  return new ValidationError(
    issues.map((issue) => ({
      file,
      field: issue.field,
      message: `${issue.collection}[${issue.index}].${issue.field}: ${issue.message}`,
    })),
  );
}
