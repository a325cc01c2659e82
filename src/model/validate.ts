import { ValidationError } from "./errors.js";
import { isValidActorId } from "./ids.js";
import {
  ACTOR_KINDS,
  type ActorKind,
  isActorKind,
  isTieType,
  isWeight,
  MAX_YEAR,
  MIN_YEAR,
  TIE_RULES,
  TIE_TYPES,
  type TieRule,
  type TieType,
} from "./kinds.js";
import { codePoint, forbiddenCharacter, LIMITS, quotedValue as quoted } from "./limits.js";
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
    issues.push(...checkCustomName(name));
    if (typeof value === "string") issues.push(...checkText(name, value, LIMITS.customText, true));
  }
  return issues;
}

/** The name of a custom attribute (a CSV column): its length and characters. */
export function checkCustomName(name: string): FieldIssue[] {
  const named = checkText("custom attribute name", name, LIMITS.customName);
  return named.map((issue) => ({ field: name, message: `${issue.message} (${quoted(name)})` }));
}

function checkYear(field: string, value: number | undefined): FieldIssue[] {
  if (value === undefined) return [];
  if (!Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    return [{ field, message: `${field} ${value} is not a year between ${MIN_YEAR} and ${MAX_YEAR}` }];
  }
  return [];
}

function checkPeriod(since: number | undefined, until: number | undefined): FieldIssue[] {
  // Pushed rather than spread into a new array: every row of an import comes here.
  const issues = checkYear("since", since);
  const untilIssues = checkYear("until", until);
  if (untilIssues.length > 0) issues.push(...untilIssues);
  if (issues.length === 0 && since !== undefined && until !== undefined && until < since) {
    issues.push({ field: "until", message: `until ${until} is before since ${since}` });
  }
  return issues;
}

const isTag = (tag: string) =>
  tag.length >= 1 && tag.length <= LIMITS.tag && !tag.includes(";") && tag === tag.trim().toLowerCase();

function checkTags(field: string, tags: readonly string[]): FieldIssue[] {
  if (tags.length > LIMITS.tags) {
    return [{ field, message: `${field} has ${tags.length} tags; at most ${LIMITS.tags} are allowed` }];
  }
  for (const tag of tags) {
    const control = forbiddenCharacter(tag);
    if (control !== undefined) {
      return [{ field, message: `${field} tag ${quoted(tag)} holds the control character ${codePoint(control)}` }];
    }
    if (!isTag(tag)) {
      const message = `${field} tag ${quoted(tag)} must be lower-case text of 1 to ${LIMITS.tag} characters without ";"`;
      return [{ field, message }];
    }
  }
  return [];
}

/** A real day of the calendar written YYYY-MM-DD: 2024-02-29 is one, 2023-02-29 and 2024-13-45 are not. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
  if (actor.consent?.date !== undefined && !isCalendarDate(actor.consent.date)) {
    issues.push({
      field: "consent",
      message: `consent date ${quoted(actor.consent.date)} is not a date (YYYY-MM-DD, e.g. 2024-03-12)`,
    });
  }
  if (actor.consent !== undefined && actor.kind !== "resident") {
    issues.push({ field: "consent", message: `consent is recorded for residents only, not for a ${actor.kind}` });
  }
  issues.push(...checkText("notes", actor.notes, LIMITS.notes, true), ...checkCustom(actor.custom));
  return issues;
}

/** The checks that need the tie and, when given, the actors it joins. */
/** Each actor's kind by id: a Map, or anything that looks kinds up like one. */
export type KindsById = Pick<ReadonlyMap<string, Pick<Actor, "kind">>, "get">;

export function checkTie(tie: Tie, actorsById?: KindsById): FieldIssue[] {
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
    if (!tieFits(tie.type, source.kind, target.kind)) {
      issues.push({
        field: "type",
        message: `${tieRule(tie.type)}, not from ${source.kind} ${quoted(tie.source)} to ${target.kind} ${quoted(tie.target)}`,
      });
    }
  }
  return issues;
}

function tieFits(type: TieType, sourceKind: ActorKind, targetKind: ActorKind): boolean {
  const rule = TIE_RULES[type];
  return fitsRule(rule, sourceKind, targetKind) || (rule.undirected && fitsRule(rule, targetKind, sourceKind));
}

/** Not a closure made in tieFits: every tie of an import is checked, mostly before V8 optimises it. */
const fitsRule = (rule: TieRule, from: ActorKind, to: ActorKind): boolean =>
  rule.sources.includes(from) && rule.targets.includes(to);

/** "a knows tie goes from resident to resident" */
function tieRule(type: TieType): string {
  const rule = TIE_RULES[type];
  return `a ${type} tie goes from ${rule.sources.join(" or ")} to ${rule.targets.join(" or ")}`;
}

/** What a check of stored ties needs to know of each. */
export type TieEnds = Pick<Tie, "id" | "type" | "source" | "target">;

/**
 * An actor about to get another kind, checked against the stored ties that touch it and stay as
 * they are: one issue naming the first tie that would no longer fit, or none. `actorsById` holds
 * every actor's kind as it will be, this actor's new kind included.
 */
export function checkKindAgainstTies(
  actor: Pick<Actor, "id" | "kind">,
  ties: readonly TieEnds[],
  actorsById: KindsById,
): FieldIssue[] {
  const broken = ties.filter((tie) => {
    const source = actorsById.get(tie.source)?.kind;
    const target = actorsById.get(tie.target)?.kind;
    const known = source !== undefined && target !== undefined && isActorKind(source) && isActorKind(target);
    return known && isTieType(tie.type) && !tieFits(tie.type, source, target);
  });
  const [first] = broken;
  if (first === undefined) return [];
  const more = broken.length > 1 ? ` and ${broken.length - 1} more stored ties` : "";
  return [
    {
      field: "kind",
      message: `kind ${quoted(actor.kind)} does not fit the stored ${first.type} tie from ${quoted(first.source)} to ${quoted(first.target)}${more} (${tieRule(first.type)}); change or remove those ties first`,
    },
  ];
}

/** Where checkNetwork says a record is, for "used twice (first at line 4)". */
export type RecordPlace = (collection: "actors" | "ties", index: number) => string;

export interface CheckNetworkContext {
  /** Ties already stored; checked when an actor in the network changes the kind it is stored with. */
  readonly storedTies?: readonly TieEnds[];
  /** Names a record in messages; `record 3` (1-based) unless the reader knows better. */
  readonly place?: RecordPlace;
}

const RECORD_PLACE: RecordPlace = (_collection, index) => `record ${index + 1}`;

/**
 * Every problem in a whole network: each record's own checks, duplicate ids, and ties that do not
 * fit the actors they join. Pass `existing` actors when the network is merged into stored data.
 */
export function checkNetwork(
  network: Network,
  existing: ReadonlyMap<string, Pick<Actor, "kind">> = new Map(),
  { storedTies = [], place = RECORD_PLACE }: CheckNetworkContext = {},
): RecordIssue[] {
  const checker = new NetworkChecker(existing, place);
  const issues: RecordIssue[] = [];
  network.actors.forEach((actor, index) => {
    for (const issue of checker.actor(actor, index)) issues.push(issue);
  });
  network.ties.forEach((tie, index) => {
    for (const issue of checker.tie(tie, index)) issues.push(issue);
  });
  for (const issue of checker.kindIssues(storedTies)) issues.push(issue);
  return issues;
}

/**
 * checkNetwork a record at a time, for a network read as a stream and never held whole: all actors
 * first, then the ties, then kindIssues. It keeps only each id's kind and the tie ids; `index` is
 * whatever `place` turns into words (a record number, or a line).
 */
export class NetworkChecker {
  /** Every id's kind as it will be: the incoming actors' here, the stored ones' in #existing. */
  readonly #kinds: KindsById;
  readonly #incoming = new Map<string, Pick<Actor, "kind">>();
  readonly #existing: ReadonlyMap<string, Pick<Actor, "kind">>;
  readonly #place: RecordPlace;
  readonly #firstActor = new Map<string, number>();
  readonly #firstTie = new Map<string, number>();
  /** Actors given another kind than the stored one, by id. */
  readonly #changed = new Map<string, { index: number; kind: ActorKind }>();

  constructor(existing: ReadonlyMap<string, Pick<Actor, "kind">> = new Map(), place: RecordPlace = RECORD_PLACE) {
    this.#existing = existing;
    // A view over both, not a copy of the stored kinds: a large import keeps one map of each.
    const incoming = this.#incoming;
    this.#kinds = { get: (id: string) => incoming.get(id) ?? existing.get(id) };
    this.#place = place;
  }

  actor(actor: Actor, index: number): RecordIssue[] {
    const issues: RecordIssue[] = checkActor(actor).map((issue) => ({ collection: "actors", index, ...issue }));
    const seen = this.#firstActor.get(actor.id);
    if (seen !== undefined) {
      issues.push({
        collection: "actors",
        index,
        field: "id",
        message: `id ${quoted(actor.id)} is used twice (first at ${this.#place("actors", seen)})`,
      });
      return issues;
    }
    this.#firstActor.set(actor.id, index);
    this.#incoming.set(actor.id, kindEntry(actor.kind));
    const before = this.#existing.get(actor.id)?.kind;
    if (before !== undefined && before !== actor.kind) this.#changed.set(actor.id, { index, kind: actor.kind });
    return issues;
  }

  tie(tie: Tie, index: number): RecordIssue[] {
    const issues: RecordIssue[] = checkTie(tie, this.#kinds).map((issue) => ({ collection: "ties", index, ...issue }));
    const seen = this.#firstTie.get(tie.id);
    if (seen !== undefined) {
      issues.push({
        collection: "ties",
        index,
        field: "target",
        message: `the same ${tie.type} tie between ${quoted(tie.source)} and ${quoted(tie.target)} starting ${tie.since ?? "(no year)"} is given twice (first at ${this.#place("ties", seen)})`,
      });
    } else {
      this.#firstTie.set(tie.id, index);
    }
    return issues;
  }

  /** The actors whose stored kind the network changes: only their stored ties matter to kindIssues. */
  kindChanged(): string[] {
    return [...this.#changed.keys()];
  }

  /** checkKindAgainstTies for every actor given another kind, against the stored ties not given again. */
  kindIssues(storedTies: readonly TieEnds[]): RecordIssue[] {
    if (this.#changed.size === 0) return [];
    const tiesOf = new Map<string, TieEnds[]>();
    for (const tie of storedTies) {
      if (this.#firstTie.has(tie.id)) continue;
      for (const end of new Set([tie.source, tie.target])) {
        if (!this.#changed.has(end)) continue;
        const ties = tiesOf.get(end);
        if (ties === undefined) tiesOf.set(end, [tie]);
        else ties.push(tie);
      }
    }
    const issues: RecordIssue[] = [];
    for (const [id, { index, kind }] of this.#changed) {
      if (!isActorKind(kind)) continue;
      for (const issue of checkKindAgainstTies({ id, kind }, tiesOf.get(id) ?? [], this.#kinds)) {
        issues.push({ collection: "actors", index, ...issue });
      }
    }
    return issues;
  }
}

/** One `{kind}` per kind, shared by every actor in a checker's id → kind map. */
const KIND_ENTRIES = new Map<string, Pick<Actor, "kind">>(ACTOR_KINDS.map((kind) => [kind, { kind }]));
const kindEntry = (kind: ActorKind): Pick<Actor, "kind"> => KIND_ENTRIES.get(kind) ?? { kind };

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
