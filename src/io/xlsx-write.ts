import writeXlsxFile, { type Row } from "write-excel-file/node";
import type { Network } from "../model/index.js";
import { parseCsv, unescapeCell } from "./csv.js";
import { writeNetworkCsv } from "./write-network-csv.js";

/** Columns that hold text even when a cell looks like a number (an id "12", a note "3"). */
const TEXT_COLUMNS = new Set(["id", "name", "kind", "area", "gifts", "interests", "consent", "notes"]);
const TIE_TEXT_COLUMNS = new Set(["source", "target", "type", "note"]);
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * The network as a workbook with the sheets `nodes` and `ties`, holding exactly the columns of
 * nodes.csv and ties.csv (written by the CSV writer, so the two never drift apart). Years, weights
 * and numeric custom values are number cells; everything else is a text cell, so text starting
 * with `=` is stored as text and never run as a formula.
 */
export async function writeNetworkXlsx(network: Network): Promise<Uint8Array> {
  // In a stable order, as exportNetwork writes every other format.
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const { nodes, ties } = writeNetworkCsv({
    actors: [...network.actors].sort(byId),
    ties: [...network.ties].sort(byId),
  });
  const buffer = await writeXlsxFile([
    { sheet: "nodes", data: sheetRows(nodes, TEXT_COLUMNS), stickyRowsCount: 1 },
    { sheet: "ties", data: sheetRows(ties, TIE_TEXT_COLUMNS), stickyRowsCount: 1 },
  ]).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function sheetRows(csv: string, textColumns: ReadonlySet<string>): Row[] {
  const [header, ...body] = parseCsv(csv, "").records.map((record) => record.fields.map(unescapeCell));
  const names = header ?? [];
  const headerRow: Row = names.map((name) => ({ value: name, type: String, fontWeight: "bold" }));
  const rows = body.map(
    (fields): Row =>
      fields.map((text, column) => {
        if (text === "") return null;
        const name = names[column] ?? "";
        if (!textColumns.has(name) && NUMBER.test(text)) return { value: Number(text), type: Number };
        return { value: text, type: String };
      }),
  );
  return [headerRow, ...rows];
}
