import type { ColumnNames, CsvFile, XlsxFile } from "../../io/index.js";
import { ValidationError } from "../../model/index.js";

/** Two CSV files, or one workbook with the sheets nodes and ties. */
export type ImportSource = { readonly nodes: CsvFile; readonly ties: CsvFile } | { readonly workbook: XlsxFile };

/** The optional text field of an import form that maps a file's own column names to Weave's. */
export const COLUMNS_FIELD = "columns";

export interface ImportColumns {
  readonly nodes?: ColumnNames;
  readonly ties?: ColumnNames;
}

/** `{"nodes": {"Naam": "name"}, "ties": {"Van": "source"}}`, or a ValidationError naming the field. */
export function parseColumnNames(value: unknown): ImportColumns {
  const refuse = (message: string) => new ValidationError([{ field: COLUMNS_FIELD, message }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(value));
  } catch {
    throw refuse('the field "columns" is not JSON; send e.g. {"nodes": {"Naam": "name"}}');
  }
  if (!isRecord(parsed)) throw refuse('the field "columns" is not an object like {"nodes": {"Naam": "name"}}');
  const columns: Record<string, ColumnNames> = {};
  for (const [file, names] of Object.entries(parsed)) {
    if (file !== "nodes" && file !== "ties") throw refuse(`the field "columns" names "${file}"; use nodes and ties`);
    if (!isRecord(names) || !Object.values(names).every((name) => typeof name === "string")) {
      throw refuse(`the field "columns" maps ${file} to something else than column names`);
    }
    columns[file] = names as ColumnNames;
  }
  return columns;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The two CSV files, or the one workbook: refused when the form holds neither, or both. */
export function importSource(files: ReadonlyMap<string, CsvFile>): ImportSource {
  const workbook = files.get("workbook");
  const nodes = files.get("nodes");
  const ties = files.get("ties");
  if (workbook !== undefined) {
    if (nodes === undefined && ties === undefined) return { workbook };
    throw new ValidationError([
      { field: "workbook", message: "the form has a workbook and CSV files; send either nodes and ties, or workbook" },
    ]);
  }
  if (nodes !== undefined && ties !== undefined) return { nodes, ties };
  throw new ValidationError(
    (["nodes", "ties"] as const)
      .filter((field) => !files.has(field))
      .map((field) => ({ field, message: `the file "${field}" (${field}.csv) is missing from the form` })),
  );
}
