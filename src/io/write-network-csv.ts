import type { Actor, CustomValue, Network, Tie } from "../model/index.js";
import { formatConsent, formatTags } from "./cells.js";
import { ALWAYS_WRITTEN_TIE_COLUMNS, NODE_COLUMNS, REQUIRED_NODE_COLUMNS, TIE_COLUMNS } from "./columns.js";
import { formatCsv } from "./csv.js";

type Cells = Record<string, string>;

const text = (value: string | number | undefined) => (value === undefined ? "" : String(value));

function actorCells(actor: Actor): Cells {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    area: text(actor.area),
    gifts: formatTags(actor.gifts),
    interests: formatTags(actor.interests),
    since: text(actor.since),
    until: text(actor.until),
    consent: formatConsent(actor.consent),
    notes: text(actor.notes),
  };
}

function tieCells(tie: Tie): Cells {
  return {
    source: tie.source,
    target: tie.target,
    type: tie.type,
    since: text(tie.since),
    until: text(tie.until),
    weight: text(tie.weight),
    note: text(tie.note),
  };
}

/**
 * Known columns that are always written or hold a value somewhere, then every custom column in the
 * order first met, so a file read and written again keeps its columns.
 */
function table<T extends { custom: Record<string, CustomValue> }>(
  records: readonly T[],
  known: readonly string[],
  always: readonly string[],
  cellsOf: (record: T) => Cells,
): string {
  const cells = records.map(cellsOf);
  const used = known.filter((column) => always.includes(column) || cells.some((row) => row[column] !== ""));
  const custom = [...new Set(records.flatMap((record) => Object.keys(record.custom)))];
  const rows = records.map((record, i) => [
    ...used.map((column) => cells[i]?.[column] ?? ""),
    // Own values only: a record without a column named e.g. "toString" must not write Object's method.
    ...custom.map((column) => text(Object.hasOwn(record.custom, column) ? record.custom[column] : undefined)),
  ]);
  return formatCsv([...used, ...custom], rows);
}

export function writeNetworkCsv(network: Network): { nodes: string; ties: string } {
  return {
    nodes: table(network.actors, NODE_COLUMNS, REQUIRED_NODE_COLUMNS, actorCells),
    ties: table(network.ties, TIE_COLUMNS, ALWAYS_WRITTEN_TIE_COLUMNS, tieCells),
  };
}
