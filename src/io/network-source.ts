import {
  type Actor,
  type ActorKind,
  type CustomAttributes,
  type CustomValue,
  checkCustomName,
  type Issue,
  NetworkChecker,
  type RecordIssue,
  type Tie,
  type TieEnds,
  type TieType,
  tieId,
  withoutUndefined,
} from "../model/index.js";
import { isCanonicalNumber, type Parsed, parseConsent, parseTags, parseWeight, parseYear } from "./cells.js";
import { NODE_COLUMNS, TIE_COLUMNS } from "./columns.js";
import { columnOf, type Table, type TableRow } from "./table.js";

export type Kinds = ReadonlyMap<string, Pick<Actor, "kind">>;

/** Where a source's records are collected as they are checked. */
export interface Collected {
  readonly actors: Actor[];
  readonly ties: Tie[];
}

/** What checking a network found, and how to check its kind changes against stored ties. */
export interface NetworkCheck {
  /** Every problem in both tables, located (file, line, column) and sorted. */
  readonly issues: Issue[];
  /** Incoming actors that change the kind they are stored with: their stored ties must still fit. */
  readonly kindChanged: readonly string[];
  /** Located problems of those kind changes, given the stored ties that touch the actors. */
  kindIssues(storedTies: readonly TieEnds[]): Issue[];
}

/**
 * A network in two tables, read row by row and never held whole: `check` reads both once and keeps
 * only each id's kind and the tie ids; `actors` and `ties` read them again, a batch at a time, for
 * writing, as often as asked (a retried transaction reads them again). Each generator yields about
 * every CELLS_PER_STEP cells, so a caller on the event loop can let other work run in between.
 */
export interface NetworkSource {
  /** `keep`: where to collect the records as they are checked, for a reader that holds them all anyway. */
  check(existing?: Kinds, keep?: Collected): Generator<void, NetworkCheck>;
  actors(): Generator<Actor[]>;
  ties(): Generator<Tie[]>;
}

/** Cells read per step and per batch: a wide file gets fewer rows per step. */
const CELLS_PER_STEP = 20_000;
const MAX_ROWS_PER_STEP = 2_000;

function rowsPerStep(table: Table): number {
  return Math.max(1, Math.min(MAX_ROWS_PER_STEP, Math.floor(CELLS_PER_STEP / Math.max(1, table.header.length))));
}

export function networkSource(nodeTable: Table, tieTable: Table): NetworkSource {
  let nodeCustom: CustomColumns | undefined;
  let tieCustom: CustomColumns | undefined;

  function* check(existing: Kinds = new Map(), keep?: Collected): Generator<void, NetworkCheck> {
    const cellIssues: Issue[] = [];
    nodeCustom = yield* customColumns(nodeTable, NODE_COLUMNS, cellIssues);
    tieCustom = yield* customColumns(tieTable, TIE_COLUMNS, cellIssues);
    const checker = new NetworkChecker(existing, (_collection, line) => `line ${line}`);
    const recordIssues: Issue[] = [];
    const locate = (table: Table, issues: readonly RecordIssue[]) => {
      for (const issue of issues) recordIssues.push(located(table, issue));
    };
    // Kept ties name their ends by the actors' own id strings, not copies read from the tie's row (at
    // 10,000 actors and 29,000 ties, 1.4 MB less held through the analysis).
    const ids = new Map<string, string>();
    for (const batch of records(nodeTable, nodeCustom, readActor, cellIssues)) {
      for (const { record, line } of batch) {
        locate(nodeTable, checker.actor(record, line));
        if (keep !== undefined) {
          keep.actors.push(record);
          ids.set(record.id, record.id);
        }
      }
      yield;
    }
    for (const batch of records(tieTable, tieCustom, readTie, cellIssues)) {
      for (const { record, line } of batch) {
        locate(tieTable, checker.tie(record, line));
        if (keep !== undefined) {
          const source = ids.get(record.source);
          const target = ids.get(record.target);
          keep.ties.push(source === undefined || target === undefined ? record : { ...record, source, target });
        }
      }
      yield;
    }
    const readable = !nodeTable.unreadable() && !tieTable.unreadable();
    const issues = [...nodeTable.issues, ...tieTable.issues, ...cellIssues, ...(readable ? recordIssues : [])];
    return {
      issues: sortIssues(issues),
      kindChanged: readable ? checker.kindChanged() : [],
      kindIssues: (storedTies) =>
        readable ? sortIssues(checker.kindIssues(storedTies).map((issue) => located(nodeTable, issue))) : [],
    };
  }

  function* batches<T>(table: Table, custom: CustomColumns, read: RowReader<T>): Generator<T[]> {
    for (const batch of records(table, custom, read, [])) yield batch.map(({ record }) => record);
  }

  const checked = <T>(columns: T | undefined): T => {
    if (columns === undefined) throw new Error("a network source is read for writing before it was checked");
    return columns;
  };
  return {
    check,
    actors: () => batches(nodeTable, checked(nodeCustom), readActor),
    ties: () => batches(tieTable, checked(tieCustom), readTie),
  };
}

/** Runs a generator to its end and returns what it returns. */
export function drain<R>(generator: Generator<unknown, R>): R {
  for (;;) {
    const step = generator.next();
    if (step.done === true) return step.value;
  }
}

/** A record issue at its table's line (the checker's index is the line) and column. */
function located(table: Table, issue: RecordIssue): Issue {
  return {
    file: table.file,
    line: issue.index,
    column: columnOf(table, issue.field),
    field: issue.field,
    message: issue.message,
  };
}

export function sortIssues(issues: Issue[]): Issue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        (a.issue.file ?? "").localeCompare(b.issue.file ?? "") ||
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        (a.issue.column ?? 0) - (b.issue.column ?? 0) ||
        a.order - b.order,
    )
    .map(({ issue }) => issue);
}

/** Custom columns by name: true when the column is numeric. */
type CustomColumns = ReadonlyMap<string, boolean>;

/** A row's cell in `field`'s column; empty when the file has no such column. */
const cellOf = (row: TableRow, field: string): string => row.cell(field) ?? "";

/**
 * The table's custom columns, each numeric when every filled cell is a number written the way it
 * will be written back: one pass over the rows when there are any. A column whose name is not
 * allowed is reported once, on the header line, and left out, so no row repeats the problem.
 */
function* customColumns(table: Table, known: readonly string[], issues: Issue[]): Generator<void, CustomColumns> {
  const allowed: string[] = [];
  for (const column of table.header.filter((name) => name !== "" && !known.includes(name))) {
    const nameIssues = checkCustomName(column);
    for (const { field, message } of nameIssues) {
      issues.push({ file: table.file, line: table.headerLine, column: columnOf(table, column), field, message });
    }
    if (nameIssues.length === 0 && !allowed.includes(column)) allowed.push(column);
  }
  if (allowed.length === 0) return new Map();
  const filled = new Set<string>();
  const text = new Set<string>();
  const step = rowsPerStep(table);
  let count = 0;
  for (const row of table.rows()) {
    for (const name of allowed) {
      const cell = cellOf(row, name);
      if (cell === "") continue;
      filled.add(name);
      if (!isCanonicalNumber(cell)) text.add(name);
    }
    if (++count % step === 0) yield;
  }
  return new Map(allowed.map((name) => [name, filled.has(name) && !text.has(name)]));
}

type RowReader<T> = (table: Table, row: TableRow, custom: CustomAttributes, issues: Issue[]) => T;

/** The table's records, in batches of rowsPerStep; cell problems go to `issues`. */
function* records<T>(
  table: Table,
  custom: CustomColumns,
  read: RowReader<T>,
  issues: Issue[],
): Generator<{ record: T; line: number }[]> {
  const size = rowsPerStep(table);
  let batch: { record: T; line: number }[] = [];
  for (const row of table.rows()) {
    batch.push({ record: read(table, row, customOf(row, custom), issues), line: row.line });
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** What records without custom values share: not an empty object each (2 MB at 10,000 actors, 29,000 ties). */
const NO_CUSTOM: CustomAttributes = Object.freeze({});

function customOf(row: TableRow, custom: CustomColumns): CustomAttributes {
  const entries: [string, CustomValue][] = [];
  for (const [name, numeric] of custom) {
    const cell = cellOf(row, name);
    if (cell !== "") entries.push([name, numeric ? Number(cell) : cell]);
  }
  if (entries.length === 0) return NO_CUSTOM;
  // fromEntries, not assignment: a column named "__proto__" is an attribute like any other.
  return Object.fromEntries(entries);
}

/**
 * The value of a parsed cell, or undefined when it did not parse, its problem collected in `issues`.
 * Plain functions rather than closures made for each row: a file's rows are mostly read before V8
 * optimises the readers, and every closure is an allocation more.
 */
function take<T>(table: Table, row: TableRow, issues: Issue[], field: string, parsed: Parsed<T>): T | undefined {
  if ("value" in parsed) return parsed.value;
  issues.push({ file: table.file, line: row.line, column: columnOf(table, field), field, message: parsed.problem });
  return undefined;
}

function optionalText(cell: string | undefined): string | undefined {
  const text = cell?.trim() ?? "";
  return text === "" ? undefined : text;
}

const readActor: RowReader<Actor> = (table, row, custom, issues) =>
  withoutUndefined({
    id: cellOf(row, "id").trim(),
    name: cellOf(row, "name").trim(),
    kind: cellOf(row, "kind").trim().toLowerCase() as ActorKind,
    area: optionalText(cellOf(row, "area")),
    gifts: parseTags(cellOf(row, "gifts")),
    interests: parseTags(cellOf(row, "interests")),
    since: take(table, row, issues, "since", parseYear("since", cellOf(row, "since"))),
    until: take(table, row, issues, "until", parseYear("until", cellOf(row, "until"))),
    consent: take(table, row, issues, "consent", parseConsent(cellOf(row, "consent"))),
    notes: optionalText(cellOf(row, "notes")),
    custom,
  });

const readTie: RowReader<Tie> = (table, row, custom, issues) => {
  const type = cellOf(row, "type").trim().toLowerCase() as TieType;
  const source = cellOf(row, "source").trim();
  const target = cellOf(row, "target").trim();
  const since = take(table, row, issues, "since", parseYear("since", cellOf(row, "since")));
  return withoutUndefined({
    id: tieId(type, source, target, since),
    source,
    target,
    type,
    since,
    until: take(table, row, issues, "until", parseYear("until", cellOf(row, "until"))),
    weight: take(table, row, issues, "weight", parseWeight(cellOf(row, "weight"))) ?? 1,
    note: optionalText(cellOf(row, "note")),
    custom,
  });
};
