import { type Issue, LIMITS } from "../model/index.js";

export interface CsvRecord {
  /** 1-based physical line where the record starts (a quoted field may span lines). */
  readonly line: number;
  readonly fields: readonly string[];
}

export type CsvResult = { readonly records: CsvRecord[]; readonly issues: Issue[] };

interface CsvLimits {
  readonly columns: number;
  /** Characters on one physical line. */
  readonly line: number;
}

const DEFAULT_LIMITS: CsvLimits = { columns: LIMITS.columns, line: LIMITS.line };
const count = (n: number) => n.toLocaleString("en");

/**
 * RFC 4180: comma-separated, `"` quotes, `""` an escaped quote, CRLF, LF or CR line ends. One pass over
 * the text; a line past `limits.line` characters or a record past `limits.columns` fields ends the
 * parse with an issue, so a hostile file costs no more than reading it once.
 */
export function parseCsv(text: string, file: string, limits: CsvLimits = DEFAULT_LIMITS): CsvResult {
  const issues: Issue[] = [];
  return { records: [...csvRecords(text, file, issues, limits)], issues };
}

/**
 * parseCsv one record at a time, blank records left out, so a large file is never held as an array
 * of records. Problems are pushed onto `issues` as they are found; a line past `limits.line`
 * characters or a record past `limits.columns` fields ends the records.
 */
export function* csvRecords(
  text: string,
  file: string,
  issues: Issue[],
  limits: CsvLimits = DEFAULT_LIMITS,
): Generator<CsvRecord> {
  let ended = 0;
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let lineStart = 0;
  let recordLine = 1;
  let quoteLine = 0;
  let quoteColumn = 0;
  let inQuotes = false;
  let fieldWasQuoted = false;
  const endRecord = (): CsvRecord => {
    fields.push(field);
    const record = { line: recordLine, fields };
    ended++;
    fields = [];
    field = "";
    fieldWasQuoted = false;
    recordLine = line;
    return record;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (i - lineStart >= limits.line && char !== "\n" && char !== "\r") {
      issues.push({
        file,
        line,
        message: `the line is longer than ${count(limits.line)} characters; is this a CSV file?`,
      });
      return;
    }
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else if (char === "\n" || char === "\r") {
        // A line break inside quotes is text, but still a line: CRLF, LF, or CR alone (old Mac files).
        if (char === "\n" || text[i + 1] !== "\n") {
          line++;
          lineStart = i + 1;
        }
        field += char;
      } else {
        const end = plainRun(text, i, lineStart + limits.line, false);
        field += text.slice(i, end);
        i = end - 1;
      }
      continue;
    }
    if (char === '"' && field === "" && !fieldWasQuoted) {
      inQuotes = true;
      fieldWasQuoted = true;
      quoteLine = line;
      quoteColumn = fields.length + 1;
    } else if (char === '"') {
      issues.push({
        file,
        line,
        column: fields.length + 1,
        message: 'a quote (") inside an unquoted field; quote the whole field and double the quote',
      });
    } else if (char === ",") {
      fields.push(field);
      if (fields.length >= limits.columns) {
        const message = `the ${ended === 0 ? "header" : "row"} has more than ${count(limits.columns)} fields; at most ${count(limits.columns)} columns are allowed`;
        issues.push({ file, line: recordLine, message });
        return;
      }
      field = "";
      fieldWasQuoted = false;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      line++;
      lineStart = i + 1;
      const record = endRecord();
      if (!isBlank(record)) yield record;
    } else {
      if (fieldWasQuoted) {
        issues.push({
          file,
          line,
          column: fields.length + 1,
          message: "text after a closing quote; quote the whole field",
        });
        fieldWasQuoted = false;
      }
      const end = plainRun(text, i, lineStart + limits.line, true);
      field += text.slice(i, end);
      i = end - 1;
    }
  }
  if (inQuotes) {
    issues.push({ file, line: quoteLine, column: quoteColumn, message: 'a quoted field is never closed (missing ")' });
  } else if (field !== "" || fields.length > 0 || fieldWasQuoted) {
    const record = endRecord();
    if (!isBlank(record)) yield record;
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Where the run of ordinary characters from `start` ends: at a quote, a line end, a comma when
 * `commaEnds` (outside quotes), or `limit`, so the line-length check still sees the first character
 * past it. Taken as one slice, not character by character.
 */
function plainRun(text: string, start: number, limit: number, commaEnds: boolean): number {
  const stop = Math.min(text.length, limit);
  let end = start + 1;
  while (end < stop) {
    const code = text.charCodeAt(end);
    if (code === QUOTE || code === LF || code === CR || (commaEnds && code === COMMA)) break;
    end++;
  }
  return end;
}

function isBlank(record: CsvRecord): boolean {
  return record.fields.every((field) => field.trim() === "");
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** Apostrophes before a formula character: a cell escaped on export, or text that would read as one. */
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * A cell a spreadsheet would run as a formula gets a leading apostrophe; unescapeCell takes one off
 * again, so escaped files still round-trip. Text that already starts with apostrophes before a
 * formula character gets one more, so it reads back as written. Plain numbers such as -3 are left
 * as they are.
 */
export function escapeCell(value: string): string {
  const formula = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
  const safe = formula || ESCAPED_FORMULA.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function unescapeCell(value: string): string {
  return ESCAPED_FORMULA.test(value) ? value.slice(1) : value;
}

export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows]
    .map((row) => row.map(escapeCell).join(","))
    .join("\n")
    .concat("\n");
}
