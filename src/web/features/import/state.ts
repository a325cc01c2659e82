/** The import dialog's pure parts: which columns Weave knows, the mapping, the preview, the problems. */

export type ImportPart = "nodes" | "ties";
export const IMPORT_PARTS: readonly ImportPart[] = ["nodes", "ties"];

/** The columns of the README's "Data formats" (the server's src/io/columns.ts; web cannot import io). */
export const WEAVE_COLUMNS: Readonly<Record<ImportPart, readonly string[]>> = {
  nodes: ["id", "name", "kind", "area", "gifts", "interests", "since", "until", "consent", "notes"],
  ties: ["source", "target", "type", "since", "until", "weight", "note"],
};

/** A file's own column name → the Weave column it holds. Unmapped columns stay custom attributes. */
export type ColumnMapping = Readonly<Record<string, string>>;
export type Mappings = Readonly<Record<ImportPart, ColumnMapping>>;
export const NO_MAPPINGS: Mappings = { nodes: {}, ties: {} };

/** The first rows of a file or sheet: its header and a few rows below it, as text. */
export interface Preview {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const PREVIEW_ROWS = 5;

const isKnown = (part: ImportPart, name: string) => WEAVE_COLUMNS[part].includes(name.trim().toLowerCase());

/** The header's columns Weave does not know by name: the ones the dialog offers to map. */
export function unknownColumns(part: ImportPart, header: readonly string[]): string[] {
  return [...new Set(header.map((name) => name.trim()).filter((name) => name !== "" && !isKnown(part, name)))];
}

/**
 * The mapping for a new upload: what was remembered for these column names, and nothing for the
 * rest. A remembered target the file already has a column for is left out, so it cannot repeat.
 */
export function initialMapping(part: ImportPart, header: readonly string[], remembered: ColumnMapping): ColumnMapping {
  const present = new Set(header.map((name) => name.trim().toLowerCase()));
  const entries = unknownColumns(part, header)
    .filter((name) => Object.hasOwn(remembered, name))
    .map((name) => [name, remembered[name] ?? ""] as const)
    .filter(([, target]) => WEAVE_COLUMNS[part].includes(target) && !present.has(target));
  return Object.fromEntries(entries);
}

/** Sets or clears one column's target: `(column, target) => (mapping) => mapping`. */
export const mapColumn =
  (column: string, target: string) =>
  (mapping: ColumnMapping): ColumnMapping => {
    const { [column]: _old, ...rest } = mapping;
    return target === "" ? rest : { ...rest, [column]: target };
  };

/** Required Weave columns that neither the header nor the mapping supplies. */
export function missingColumns(part: ImportPart, header: readonly string[], mapping: ColumnMapping): string[] {
  const required = part === "nodes" ? ["id", "name", "kind"] : ["source", "target", "type"];
  const supplied = new Set([...header.map((name) => name.trim().toLowerCase()), ...Object.values(mapping)]);
  return required.filter((name) => !supplied.has(name));
}

/** The multipart field `columns`, or undefined when nothing is renamed. */
export function columnsField(mappings: Mappings): string | undefined {
  const used = IMPORT_PARTS.filter((part) => Object.keys(mappings[part]).length > 0);
  return used.length === 0 ? undefined : JSON.stringify(Object.fromEntries(used.map((part) => [part, mappings[part]])));
}

const STORAGE_KEY = "weave.import.columns";

/** What the last successful upload mapped, per part; anything unreadable counts as nothing. */
export function rememberedMappings(storage: Pick<Storage, "getItem"> | undefined): Mappings {
  try {
    const stored = JSON.parse(storage?.getItem(STORAGE_KEY) ?? "{}") as Partial<Record<ImportPart, unknown>>;
    const part = (name: ImportPart): ColumnMapping => {
      const value = stored[name];
      if (typeof value !== "object" || value === null) return {};
      return Object.fromEntries(Object.entries(value).filter(([, target]) => typeof target === "string"));
    };
    return { nodes: part("nodes"), ties: part("ties") };
  } catch {
    return NO_MAPPINGS;
  }
}

/** Adds this upload's mapping to what is remembered (a column mapped before keeps its latest target). */
export function rememberMappings(storage: Pick<Storage, "getItem" | "setItem"> | undefined, mappings: Mappings): void {
  const before = rememberedMappings(storage);
  const merged = Object.fromEntries(IMPORT_PARTS.map((part) => [part, { ...before[part], ...mappings[part] }]));
  storage?.setItem(STORAGE_KEY, JSON.stringify(merged));
}

/**
 * The first records of CSV text for the preview only (the server reads the file for real): quoted
 * fields with commas, doubled quotes and line breaks are kept together.
 */
export function previewCsv(text: string, rows = PREVIEW_ROWS): Preview {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < source.length && records.length <= rows; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      fields.push(field);
      if (fields.some((cell) => cell.trim() !== "")) records.push(fields);
      fields = [];
      field = "";
    } else field += char;
  }
  if (records.length <= rows && (field !== "" || fields.length > 0)) records.push([...fields, field]);
  const [header = [], ...body] = records;
  return { header, rows: body.slice(0, rows) };
}

/** A workbook sheet's rows (cells of any type) as a preview: the first non-empty row is the header. */
export function previewSheet(data: readonly (readonly unknown[])[], rows = PREVIEW_ROWS): Preview {
  const text = (cell: unknown) =>
    cell === null || cell === undefined ? "" : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  const filled = data.map((row) => row.map(text)).filter((row) => row.some((cell) => cell.trim() !== ""));
  const [header = [], ...body] = filled;
  return { header, rows: body.slice(0, rows) };
}

/** A problem the server found, as the API sends it. */
export interface ImportProblem {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** Upload progress as a whole percentage, or undefined while the size is unknown. */
export function percent(loaded: number, total: number | undefined): number | undefined {
  if (total === undefined || total <= 0) return undefined;
  return Math.min(100, Math.round((loaded / total) * 100));
}
