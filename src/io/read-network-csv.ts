import {
  type Actor,
  type ActorKind,
  type CustomAttributes,
  type CustomValue,
  checkCustomName,
  checkNetwork,
  type Issue,
  type Network,
  type Tie,
  type TieEnds,
  type TieType,
  tieId,
  ValidationError,
  withoutUndefined,
} from "../model/index.js";
import { customColumnValues, type Parsed, parseConsent, parseTags, parseWeight, parseYear } from "./cells.js";
import { NODE_COLUMNS, REQUIRED_NODE_COLUMNS, REQUIRED_TIE_COLUMNS, TIE_COLUMNS } from "./columns.js";
import { type ColumnNames, type CsvFile, columnOf, readTable, type Table } from "./table.js";

export interface ReadCsvOptions {
  /** Actors already stored, so ties may point at them. */
  readonly existing?: ReadonlyMap<string, Pick<Actor, "kind">>;
  /** Ties already stored, so an actor the file gives another kind is checked against them. */
  readonly existingTies?: readonly TieEnds[];
  /** Differently named columns, per file, mapped to Weave's. */
  readonly columns?: { readonly nodes?: ColumnNames; readonly ties?: ColumnNames };
}

/**
 * Reads nodes.csv and ties.csv into a network, or throws a ValidationError that lists every problem
 * in both files with its file, line and column.
 */
export function readNetworkCsv(nodes: CsvFile, ties: CsvFile, options: ReadCsvOptions = {}): Network {
  const nodeTable = readTable(nodes, NODE_COLUMNS, REQUIRED_NODE_COLUMNS, options.columns?.nodes);
  const tieTable = readTable(ties, TIE_COLUMNS, REQUIRED_TIE_COLUMNS, options.columns?.ties);
  return readNetworkTables(nodeTable, tieTable, options);
}

/** The checks of readNetworkCsv on tables from any source (CSV files, a workbook's sheets). */
export function readNetworkTables(nodeTable: Table, tieTable: Table, options: ReadCsvOptions = {}): Network {
  const issues: Issue[] = [...nodeTable.issues, ...tieTable.issues];
  const network: Network = {
    actors: readActors(nodeTable, issues),
    ties: readTies(tieTable, issues),
  };
  const tableOf = (collection: "actors" | "ties") => (collection === "actors" ? nodeTable : tieTable);
  const checks =
    nodeTable.unreadable || tieTable.unreadable
      ? []
      : checkNetwork(network, options.existing, {
          storedTies: options.existingTies,
          place: (collection, index) => `line ${tableOf(collection).rows[index]?.line}`,
        });
  for (const issue of checks) {
    const table = tableOf(issue.collection);
    const row = table.rows[issue.index];
    issues.push({
      file: table.file,
      line: row?.line,
      column: columnOf(table, issue.field),
      field: issue.field,
      message: issue.message,
    });
  }
  if (issues.length > 0) throw new ValidationError(sortIssues(issues));
  return network;
}

function sortIssues(issues: Issue[]): Issue[] {
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

/**
 * Custom attributes by row index. A column whose name is not allowed is reported once, on the
 * header line, and left out of the records so no row repeats the problem.
 */
function customColumns(table: Table, known: readonly string[], issues: Issue[]): Map<number, CustomAttributes> {
  const byRow = new Map<number, [string, CustomValue][]>();
  for (const column of table.header.filter((name) => name !== "" && !known.includes(name))) {
    const nameIssues = checkCustomName(column);
    for (const { field, message } of nameIssues) {
      issues.push({ file: table.file, line: table.headerLine, column: columnOf(table, column), field, message });
    }
    if (nameIssues.length > 0) continue;
    const values = customColumnValues(table.rows.map((row) => row.cells.get(column) ?? ""));
    values.forEach((value, index) => {
      if (value === undefined) return;
      const entries = byRow.get(index) ?? [];
      entries.push([column, value]);
      byRow.set(index, entries);
    });
  }
  // fromEntries, not assignment: a column named "__proto__" is an attribute like any other.
  return new Map([...byRow].map(([index, entries]) => [index, Object.fromEntries(entries)]));
}

/** Collects a parse problem for a cell and returns the value, or undefined when it did not parse. */
function take<T>(table: Table, line: number, field: string, parsed: Parsed<T>, issues: Issue[]): T | undefined {
  if ("value" in parsed) return parsed.value;
  issues.push({ file: table.file, line, column: columnOf(table, field), field, message: parsed.problem });
  return undefined;
}

function optionalText(cell: string | undefined): string | undefined {
  const text = cell?.trim() ?? "";
  return text === "" ? undefined : text;
}

function readActors(table: Table, issues: Issue[]): Actor[] {
  const custom = customColumns(table, NODE_COLUMNS, issues);
  return table.rows.map((row, index) => {
    const cell = (field: string) => row.cells.get(field) ?? "";
    const read = <T>(field: string, parsed: Parsed<T>) => take(table, row.line, field, parsed, issues);
    return withoutUndefined({
      id: cell("id").trim(),
      name: cell("name").trim(),
      kind: cell("kind").trim().toLowerCase() as ActorKind,
      area: optionalText(cell("area")),
      gifts: parseTags(cell("gifts")),
      interests: parseTags(cell("interests")),
      since: read("since", parseYear("since", cell("since"))),
      until: read("until", parseYear("until", cell("until"))),
      consent: read("consent", parseConsent(cell("consent"))),
      notes: optionalText(cell("notes")),
      custom: custom.get(index) ?? {},
    });
  });
}

function readTies(table: Table, issues: Issue[]): Tie[] {
  const custom = customColumns(table, TIE_COLUMNS, issues);
  return table.rows.map((row, index) => {
    const cell = (field: string) => row.cells.get(field) ?? "";
    const read = <T>(field: string, parsed: Parsed<T>) => take(table, row.line, field, parsed, issues);
    const type = cell("type").trim().toLowerCase() as TieType;
    const source = cell("source").trim();
    const target = cell("target").trim();
    const since = read("since", parseYear("since", cell("since")));
    return withoutUndefined({
      id: tieId(type, source, target, since),
      source,
      target,
      type,
      since,
      until: read("until", parseYear("until", cell("until"))),
      weight: read("weight", parseWeight(cell("weight"))) ?? 1,
      note: optionalText(cell("note")),
      custom: custom.get(index) ?? {},
    });
  });
}
