import type { CellValue } from "read-excel-file/universal";

const YEAR_COLUMNS = new Set(["since", "until"]);

/**
 * A workbook cell as the text the CSV reader expects in its column: numbers as written (2021, 2.5),
 * a date as its year in since/until and as an ISO date elsewhere, TRUE/FALSE as yes/no in consent.
 * Formula cells arrive as the value the spreadsheet saved with them.
 */
export function cellText(value: CellValue | null | undefined, column: string): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return YEAR_COLUMNS.has(column) ? String(value.getUTCFullYear()) : isoDate(value);
  if (typeof value === "boolean") return column === "consent" ? (value ? "yes" : "no") : String(value);
  if (typeof value === "number") return String(value);
  return keepApostrophes(String(value));
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

/**
 * The table reader takes one apostrophe off text like '=A1, the escape CSV exports carry. A workbook
 * stores text as text, unescaped, so such a cell gets one more apostrophe to read back as written.
 */
function keepApostrophes(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
