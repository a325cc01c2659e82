import { IMPORT_PARTS, type ImportPart, type Preview, previewCsv, previewSheet } from "./state.js";

/** Larger workbooks are not unzipped in the page just for a preview; the server checks them anyway. */
const MAX_WORKBOOK_PREVIEW_BYTES = 8 * 1024 * 1024;
/** A CSV preview needs only its first lines. */
const CSV_PREVIEW_BYTES = 64 * 1024;

export type PartPreview = { readonly preview: Preview } | { readonly problem: "unavailable" | "tooLarge" | "noSheet" };

export async function previewCsvFile(file: File): Promise<PartPreview> {
  try {
    return { preview: previewCsv(await file.slice(0, CSV_PREVIEW_BYTES).text()) };
  } catch {
    return { problem: "unavailable" };
  }
}

/** The sheets nodes and ties of a workbook (matched without regard to case), each as a preview. */
export async function previewWorkbook(file: File): Promise<Record<ImportPart, PartPreview>> {
  const all = (problem: "unavailable" | "tooLarge") => ({ nodes: { problem }, ties: { problem } });
  if (file.size > MAX_WORKBOOK_PREVIEW_BYTES) return all("tooLarge");
  try {
    // Loaded on demand: most visitors never import, and the reader is the dialog's largest part.
    const { default: readXlsxFile } = await import("read-excel-file/universal");
    const sheets = await readXlsxFile(await file.arrayBuffer(), { trim: false });
    const sheet = (part: ImportPart): PartPreview => {
      const found = sheets.find((candidate) => candidate.sheet.trim().toLowerCase() === part);
      return found === undefined ? { problem: "noSheet" } : { preview: previewSheet(found.data) };
    };
    return Object.fromEntries(IMPORT_PARTS.map((part) => [part, sheet(part)])) as Record<ImportPart, PartPreview>;
  } catch {
    return all("unavailable");
  }
}
