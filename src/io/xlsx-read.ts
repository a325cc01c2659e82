import readXlsxFile, { type Sheet } from "read-excel-file/universal";
import { type Issue, type Network, ValidationError } from "../model/index.js";
import { NODE_COLUMNS, REQUIRED_NODE_COLUMNS, REQUIRED_TIE_COLUMNS, TIE_COLUMNS } from "./columns.js";
import type { CsvRecord } from "./csv.js";
import { type NetworkSource, networkSource } from "./network-source.js";
import { collectNetwork, type ReadCsvOptions } from "./read-network-csv.js";
import { type ColumnNames, tableFromRecords } from "./table.js";
import { cellText } from "./xlsx-cells.js";

export interface XlsxFile {
  /** Shown in every message about the file, e.g. "network.xlsx". */
  readonly name: string;
  readonly bytes: Uint8Array;
}

const WORKBOOK_SHEETS = ["nodes", "ties"] as const;
type SheetName = (typeof WORKBOOK_SHEETS)[number];

/**
 * Reads a workbook with the sheets `nodes` and `ties` (the columns of nodes.csv and ties.csv) into a
 * network, through the same checks as the CSV files. Every problem names the sheet, row and column
 * (`network.xlsx [nodes]:4:3: …`); a file that is not a workbook, or lacks a sheet, is refused whole.
 */
export async function readNetworkXlsx(file: XlsxFile, options: ReadCsvOptions = {}): Promise<Network> {
  return collectNetwork(await networkXlsxSource(file, options.columns), options);
}

/** The workbook's two sheets as a NetworkSource (see readNetworkXlsx); a bad workbook is refused whole. */
export async function networkXlsxSource(
  file: XlsxFile,
  columns: ReadCsvOptions["columns"] = {},
): Promise<NetworkSource> {
  const sheets = await readSheets(file);
  const missing = WORKBOOK_SHEETS.filter((name) => sheets[name] === undefined);
  if (missing.length > 0) {
    const found = Object.keys(sheets.all).map((name) => `"${name}"`);
    throw new ValidationError(
      missing.map((name) => ({
        file: file.name,
        message: `the workbook has no sheet "${name}" (it has ${found.join(", ") || "no sheets"}); name the sheets nodes and ties`,
      })),
    );
  }
  const table = (name: SheetName, known: readonly string[], required: readonly string[]) => {
    const sheetFile = `${file.name} [${name}]`;
    const records = toRecords(sheets[name] ?? [], columns[name] ?? {});
    const issues: Issue[] =
      records.length === 0
        ? [
            {
              file: sheetFile,
              line: 1,
              message: `the sheet is empty; expected a header row starting ${required.join(",")}`,
            },
          ]
        : [];
    return tableFromRecords(sheetFile, records, issues, known, required, columns[name]);
  };
  return networkSource(
    table("nodes", NODE_COLUMNS, REQUIRED_NODE_COLUMNS),
    table("ties", TIE_COLUMNS, REQUIRED_TIE_COLUMNS),
  );
}

type SheetRows = Sheet["data"];
type Sheets = Partial<Record<SheetName, SheetRows>> & { all: Record<string, SheetRows> };

/** The workbook's sheets by name; `nodes` and `ties` matched without regard to case or spaces. */
async function readSheets(file: XlsxFile): Promise<Sheets> {
  let read: Sheet[];
  try {
    const { bytes } = file;
    read = await readXlsxFile(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      {
        trim: false,
      },
    );
  } catch (error) {
    throw new ValidationError([{ file: file.name, message: notAWorkbook(error) }]);
  }
  const all = Object.fromEntries(read.map((sheet) => [sheet.sheet, sheet.data]));
  const byName = (wanted: string) => read.find((sheet) => sheet.sheet.trim().toLowerCase() === wanted)?.data;
  return { all, nodes: byName("nodes"), ties: byName("ties") };
}

function notAWorkbook(error: unknown): string {
  const code = error instanceof Error && "code" in error ? error.code : undefined;
  if (code === "XLS_FILE_NOT_SUPPORTED") return "the file is an old Excel .xls workbook; save it as .xlsx";
  if (code === "NO_DATA") return "the file is empty; expected an .xlsx workbook";
  const cell = error instanceof Error ? /row (\d+), col (\d+)/.exec(error.message) : null;
  if (cell !== null) {
    return `row ${cell[1]}, column ${cell[2]} of a sheet cannot be read (a formula without a saved value?); open the workbook in a spreadsheet and save it again`;
  }
  return "the file is not an .xlsx workbook (or it is damaged); save it from a spreadsheet as .xlsx";
}

/**
 * Rows as the CSV reader's records: line is the sheet's row number, empty rows left out, each cell
 * as the text the CSV reader expects of its column.
 */
function toRecords(rows: SheetRows, rename: ColumnNames): CsvRecord[] {
  const records: CsvRecord[] = [];
  let columns: readonly string[] = [];
  rows.forEach((row, index) => {
    const fields = row.map((value, column) => cellText(value, columns[column] ?? ""));
    if (fields.every((field) => field.trim() === "")) return;
    if (records.length === 0) {
      columns = fields.map((cell) => {
        const name = cell.trim();
        return (Object.hasOwn(rename, name) ? (rename[name] ?? name) : name).toLowerCase();
      });
    }
    records.push({ line: index + 1, fields });
  });
  return records;
}
