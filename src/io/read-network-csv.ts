import type { Issue, Network, TieEnds } from "../model/index.js";
import { ValidationError } from "../model/index.js";
import { NODE_COLUMNS, REQUIRED_NODE_COLUMNS, REQUIRED_TIE_COLUMNS, TIE_COLUMNS } from "./columns.js";
import { type Collected, drain, type Kinds, type NetworkSource, networkSource, sortIssues } from "./network-source.js";
import { type ColumnNames, type CsvFile, readTable } from "./table.js";

export interface ReadCsvOptions {
  /** Actors already stored, so ties may point at them. */
  readonly existing?: Kinds;
  /** Ties already stored, so an actor the file gives another kind is checked against them. */
  readonly existingTies?: readonly TieEnds[];
  /** Differently named columns, per file, mapped to Weave's. */
  readonly columns?: { readonly nodes?: ColumnNames; readonly ties?: ColumnNames };
}

/**
 * nodes.csv and ties.csv as a NetworkSource: checked and read in batches, never held whole (the
 * text of both files is). For imports of any size; readNetworkCsv collects it.
 */
export function networkCsvSource(
  nodes: CsvFile,
  ties: CsvFile,
  columns: ReadCsvOptions["columns"] = {},
): NetworkSource {
  return networkSource(
    readTable(nodes, NODE_COLUMNS, REQUIRED_NODE_COLUMNS, columns.nodes),
    readTable(ties, TIE_COLUMNS, REQUIRED_TIE_COLUMNS, columns.ties),
  );
}

/**
 * Reads nodes.csv and ties.csv into a network, or throws a ValidationError that lists every problem
 * in both files with its file, line and column.
 */
export function readNetworkCsv(nodes: CsvFile, ties: CsvFile, options: ReadCsvOptions = {}): Network {
  return collectNetwork(networkCsvSource(nodes, ties, options.columns), options);
}

/**
 * A source (CSV files, a workbook's sheets) checked, stored ties included, and read whole in the same
 * pass; a ValidationError lists every problem.
 */
export function collectNetwork(source: NetworkSource, options: Omit<ReadCsvOptions, "columns"> = {}): Network {
  const network: Collected = { actors: [], ties: [] };
  const check = drain(source.check(options.existing, network));
  const issues: Issue[] = [...check.issues, ...check.kindIssues(options.existingTies ?? [])];
  if (issues.length > 0) throw new ValidationError(sortIssues(issues));
  return network;
}
