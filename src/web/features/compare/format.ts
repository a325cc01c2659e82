import type { ComparisonRow } from "./state.js";

/** A figure as the comparison prints it: shares as whole percentages, counts as they are. */
export function formatFigure(value: number | null, asPercent: boolean): string {
  if (value === null) return "–";
  return asPercent ? `${Math.round(value * 100)}%` : String(value);
}

/** The change with its sign ("+3", "−2", "0"); shares in percentage points. */
export function formatChange(row: ComparisonRow): string {
  const value = row.asPercent ? Math.round(row.change * 100) : row.change;
  if (row.kind === "flow") return String(value);
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${-value}`;
  return "0";
}
