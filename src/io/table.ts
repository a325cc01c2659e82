import { type Issue, quotedValue } from "../model/index.js";
import { type CsvRecord, csvRecords, parseCsv, unescapeCell } from "./csv.js";
import { decodeUtf8 } from "./decode.js";

export interface CsvFile {
  /** Shown in every message about the file, e.g. "nodes.csv". */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * A CSV file (or a workbook's sheet) as named cells. The rows are read anew on every pass, so a large
 * file is held as its text, never as rows; the first pass adds the problems it finds to `issues`.
 */
export interface Table {
  readonly file: string;
  /** The header's line: 1, or 2 after Excel's `sep=,` line. */
  readonly headerLine: number;
  /** Column names as written in the header, trimmed. */
  readonly header: readonly string[];
  /** 1-based column number of each name, the first when a name repeats. */
  readonly columns: ReadonlyMap<string, number>;
  /** The header's problems at once; the rows' (quoting, row length) once a first pass has ended. */
  readonly issues: Issue[];
  rows(): Iterable<TableRow>;
  /**
   * After a first pass: the file could not be read into rows as written (encoding, header, quoting),
   * so row checks would mislead.
   */
  unreadable(): boolean;
}

export interface TableRow {
  readonly line: number;
  /**
   * The cell of a column by name (known columns by their lower-case name; of the last column so named),
   * its formula escape taken off; undefined when the header has no such column.
   */
  cell(name: string): string | undefined;
}

export function readTable(
  source: CsvFile,
  known: readonly string[],
  required: readonly string[],
  rename: ColumnNames = {},
): Table {
  const file = source.name;
  const decoded = decodeUtf8(source.bytes, file);
  if ("issue" in decoded) return unreadableTable(file, [decoded.issue]);
  const { text } = decoded;
  // The header, and Excel's `sep=` line before it: the first two records, parsed once more per pass.
  const firstIssues: Issue[] = [];
  const [first, second] = take(csvRecords(text, file, firstIssues), 2);
  const separator = separatorLine(first);
  const skipped = separator === "," ? 1 : 0;
  const headerRecord = skipped === 1 ? second : first;
  const otherSeparator =
    separator !== undefined && separator !== ","
      ? separator
      : headerRecord === undefined
        ? undefined
        : semicolonHeader(headerRecord);
  if (otherSeparator !== undefined) {
    const message = `the file seems to use ${quotedValue(otherSeparator)} as separator, and Weave reads commas; save it as CSV UTF-8 (comma-separated)`;
    const { issues } = parseCsv(text, file);
    return unreadableTable(file, [...issues, { file, line: headerRecord?.line ?? 1, message }]);
  }
  if (headerRecord === undefined) {
    const { issues } = parseCsv(text, file);
    return tableFromRecords(file, [], issues, known, required, rename);
  }
  const parseIssues: Issue[] = [];
  function* records(firstPass: boolean): Generator<CsvRecord> {
    const all = csvRecords(text, file, firstPass ? parseIssues : []);
    for (let i = 0; i <= skipped; i++) all.next();
    yield* all;
  }
  return tableOf(file, headerRecord, records, parseIssues, known, required, rename);
}

/** The first `n` items of an iterator, or fewer. */
function take<T>(items: Iterator<T>, n: number): (T | undefined)[] {
  const taken: (T | undefined)[] = [];
  for (let i = 0; i < n; i++) {
    const next = items.next();
    if (next.done === true) break;
    taken.push(next.value);
  }
  return taken;
}

/** Column names as a spreadsheet has them, each to the Weave column it holds ("Naam" → "name"). */
export type ColumnNames = Readonly<Record<string, string>>;

function unreadableTable(file: string, issues: Issue[]): Table {
  return {
    file,
    headerLine: 1,
    header: [],
    columns: new Map(),
    rows: () => [],
    issues,
    unreadable: () => true,
  };
}

/**
 * Records already split into fields (from a CSV file or a workbook's sheet), the first being the
 * header, as a table; `issues` holds what splitting them found, and is added to.
 */
export function tableFromRecords(
  file: string,
  records: readonly CsvRecord[],
  issues: Issue[],
  known: readonly string[],
  required: readonly string[],
  rename: ColumnNames = {},
): Table {
  const [headerRecord, ...body] = records;
  if (headerRecord === undefined) {
    if (issues.length > 0) return unreadableTable(file, issues);
    issues.push({ file, line: 1, message: `the file is empty; expected a header row starting ${required.join(",")}` });
    return unreadableTable(file, issues);
  }
  return tableOf(file, headerRecord, () => body, issues, known, required, rename);
}

/**
 * A table on a header and its body, which `records` gives anew on every pass; `parseIssues` holds
 * what splitting the records found, complete once the first pass has ended.
 */
function tableOf(
  file: string,
  headerRecord: CsvRecord,
  records: (firstPass: boolean) => Iterable<CsvRecord>,
  parseIssues: Issue[],
  known: readonly string[],
  required: readonly string[],
  rename: ColumnNames,
): Table {
  const knownNames = new Set(known);
  const header = headerRecord.fields.map((cell) => {
    const name = unescapeCell(cell).trim();
    return normaliseColumn(Object.hasOwn(rename, name) ? (rename[name] ?? name) : name, knownNames);
  });
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    if (!columns.has(name)) columns.set(name, index + 1);
  });
  // Each name's column for its cells: the last so named, where `columns` (for messages) has the first.
  const cellColumns = new Map(header.map((name, index) => [name, index]));
  const missing = required.filter((name) => !columns.has(name));
  const headerLine = headerRecord.line;
  const issues = [...parseIssues, ...headerIssues(file, headerLine, header, columns, missing)];
  let passes = 0;
  let parsedCleanly: boolean | undefined;
  function* rows(): Generator<TableRow> {
    const firstPass = passes++ === 0;
    const rowIssues: Issue[] = [];
    for (const record of records(firstPass)) {
      yield toRow(file, record, header, cellColumns, firstPass ? rowIssues : undefined);
    }
    if (!firstPass) return;
    // As a whole-file read gives them: quoting, then the header, then the rows.
    parsedCleanly = parseIssues.length === 0;
    const later = issues.splice(0);
    issues.push(...new Set([...parseIssues, ...later]), ...rowIssues);
  }
  return {
    file,
    headerLine,
    header,
    columns,
    rows,
    issues,
    unreadable: () => parsedCleanly !== true || missing.length > 0,
  };
}

/**
 * The separator named by Excel's optional first line `sep=;`, or undefined when there is no such
 * line. `sep=,` reads as two fields, "sep=" and "".
 */
function separatorLine(record: CsvRecord | undefined): string | undefined {
  const [first, ...rest] = record?.fields ?? [];
  const text = first?.trimStart() ?? "";
  if (record?.line !== 1 || !text.toLowerCase().startsWith("sep=")) return undefined;
  const named = text.slice("sep=".length);
  if (named === "") return rest.length === 1 && rest[0] === "" ? "," : undefined;
  return named;
}

/** ";" when the header is one field holding semicolons: a spreadsheet saved it with ";" between fields. */
function semicolonHeader(header: CsvRecord): string | undefined {
  return header.fields.length === 1 && header.fields[0]?.includes(";") ? ";" : undefined;
}

function normaliseColumn(name: string, known: ReadonlySet<string>): string {
  const lower = name.toLowerCase();
  return known.has(lower) ? lower : name;
}

/** Missing, unnamed and repeated columns; one pass over the header. */
function headerIssues(
  file: string,
  line: number,
  header: readonly string[],
  columns: ReadonlyMap<string, number>,
  missing: readonly string[],
): Issue[] {
  const issues: Issue[] = missing.map((name) => ({ file, line, message: `the header has no "${name}" column` }));
  header.forEach((name, index) => {
    if (name === "") issues.push({ file, line, column: index + 1, message: "a column has no name" });
    else if (columns.get(name) !== index + 1) {
      issues.push({ file, line, column: index + 1, message: `the column ${quotedValue(name)} appears twice` });
    }
  });
  return issues;
}

function toRow(
  file: string,
  record: CsvRecord,
  header: readonly string[],
  cellColumns: ReadonlyMap<string, number>,
  issues?: Issue[],
): TableRow {
  if (record.fields.length !== header.length) {
    issues?.push({
      file,
      line: record.line,
      message: `the row has ${record.fields.length} fields but the header has ${header.length} columns`,
    });
  }
  return new Row(record, cellColumns);
}

/**
 * A record's cells looked up by column name as they are read, rather than a Map of them made for every
 * row: at 1,000 actors and 2,800 ties, 1.7 of the 17 MB that reading the files allocated.
 */
class Row implements TableRow {
  readonly line: number;
  readonly #fields: readonly string[];
  readonly #columns: ReadonlyMap<string, number>;

  constructor(record: CsvRecord, columns: ReadonlyMap<string, number>) {
    this.line = record.line;
    this.#fields = record.fields;
    this.#columns = columns;
  }

  cell(name: string): string | undefined {
    const index = this.#columns.get(name);
    return index === undefined ? undefined : unescapeCell(this.#fields[index] ?? "");
  }
}

/** The column number of a field, for messages; undefined when the file has no such column. */
export function columnOf(table: Table, field: string): number | undefined {
  return table.columns.get(field);
}
