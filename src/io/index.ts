export { parseCsv } from "./csv.js";
export { EXPORT_FORMATS, type ExportFormat, exportNetwork } from "./export.js";
export { figureColumns } from "./figure-columns.js";
export { readNetworkJson, writeNetworkJson } from "./json.js";
export { readNetworkCsv } from "./read-network-csv.js";
export type { ColumnNames, CsvFile } from "./table.js";
export { writeNetworkCsv } from "./write-network-csv.js";
export { readNetworkXlsx, type XlsxFile } from "./xlsx-read.js";
export { writeNetworkXlsx } from "./xlsx-write.js";
