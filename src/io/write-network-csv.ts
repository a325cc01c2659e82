import type { Actor, CustomValue, Network, Tie } from "../model/index.js";
import { formatConsent, formatTags } from "./cells.js";
import { ALWAYS_WRITTEN_TIE_COLUMNS, NODE_COLUMNS, REQUIRED_NODE_COLUMNS, TIE_COLUMNS } from "./columns.js";
import { formatCsv } from "./csv.js";
import { type ActorFigureColumns, FIGURE_COLUMNS } from "./figure-columns.js";

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

/** Given `figures`, nodes.csv also has a column per figure of the analysed year, after Weave's own. */
export function writeNetworkCsv(network: Network, figures?: ActorFigureColumns): { nodes: string; ties: string } {
  const nodes =
    figures === undefined
      ? table(network.actors, NODE_COLUMNS, REQUIRED_NODE_COLUMNS, actorCells)
      : table(
          network.actors,
          [...NODE_COLUMNS, ...FIGURE_COLUMNS],
          [...REQUIRED_NODE_COLUMNS, ...FIGURE_COLUMNS],
          (actor) => ({
            ...actorCells(actor),
            ...Object.fromEntries(FIGURE_COLUMNS.map((column) => [column, text(figures.get(actor.id)?.[column])])),
          }),
        );
  return {
    nodes,
    ties: table(network.ties, TIE_COLUMNS, ALWAYS_WRITTEN_TIE_COLUMNS, tieCells),
  };
}
