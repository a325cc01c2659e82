import type { Issue } from "../model/index.js";
import { type CsvRecord, parseCsv, unescapeCell } from "./csv.js";
import { decodeUtf8 } from "./decode.js";

export interface CsvFile {
  /** Shown in every message about the file, e.g. "nodes.csv". */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A CSV file read into named cells, with every problem that reading it found. */
export interface Table {
  readonly file: string;
  /** Column names as written in the header, trimmed. */
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
  readonly issues: Issue[];
  /** The file could not be read into rows as written (encoding, header, quoting): row checks would mislead. */
  readonly unreadable: boolean;
}

export interface TableRow {
  readonly line: number;
  /** Cell by column name (known columns by their lower-case name), formula escapes taken off. */
  readonly cells: ReadonlyMap<string, string>;
}

export function readTable(source: CsvFile, known: readonly string[], required: readonly string[]): Table {
  const file = source.name;
  const decoded = decodeUtf8(source.bytes, file);
  if ("issue" in decoded) return { file, header: [], rows: [], issues: [decoded.issue], unreadable: true };
  const { records, issues } = parseCsv(decoded.text, file);
  const [headerRecord, ...body] = records;
  if (headerRecord === undefined) {
    issues.push({ file, line: 1, message: `the file is empty; expected a header row starting ${required.join(",")}` });
    return { file, header: [], rows: [], issues, unreadable: true };
  }
  const header = headerRecord.fields.map((name) => normaliseColumn(unescapeCell(name).trim(), known));
  const unreadable = issues.length > 0 || required.some((name) => !header.includes(name));
  issues.push(...headerIssues(file, header, required));
  const rows = body.map((record) => toRow(file, record, header, issues));
  return { file, header, rows, issues, unreadable };
}

function normaliseColumn(name: string, known: readonly string[]): string {
  const lower = name.toLowerCase();
  return known.includes(lower) ? lower : name;
}

function headerIssues(file: string, header: readonly string[], required: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  for (const name of required) {
    if (!header.includes(name)) issues.push({ file, line: 1, message: `the header has no "${name}" column` });
  }
  header.forEach((name, index) => {
    if (name === "") issues.push({ file, line: 1, column: index + 1, message: "a column has no name" });
    else if (header.indexOf(name) !== index) {
      issues.push({ file, line: 1, column: index + 1, message: `the column "${name}" appears twice` });
    }
  });
  return issues;
}

function toRow(file: string, record: CsvRecord, header: readonly string[], issues: Issue[]): TableRow {
  if (record.fields.length !== header.length) {
    issues.push({
      file,
      line: record.line,
      message: `the row has ${record.fields.length} fields but the header has ${header.length} columns`,
    });
  }
  const cells = new Map<string, string>();
  header.forEach((name, index) => {
    cells.set(name, unescapeCell(record.fields[index] ?? ""));
  });
  return { line: record.line, cells };
}

/** The column number of a field, for messages; undefined when the file has no such column. */
export function columnOf(table: Table, field: string): number | undefined {
  const index = table.header.indexOf(field);
  return index === -1 ? undefined : index + 1;
}
