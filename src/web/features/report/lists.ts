/** How many rows of a long list the report prints in its body; the appendix prints them all. */
export const REPORT_LIST_LIMIT = 10;

export interface ListedPart<T> {
  readonly shown: readonly T[];
  /** How many are left out here: said in words ("and 187 more"), never cut silently. */
  readonly more: number;
}

/** The first `limit` items and how many more there are. */
export function listedPart<T>(items: readonly T[], limit = REPORT_LIST_LIMIT): ListedPart<T> {
  const shown = items.slice(0, Math.max(0, limit));
  return { shown, more: items.length - shown.length };
}
