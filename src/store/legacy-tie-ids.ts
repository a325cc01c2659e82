import { currentTieId, type Tie, type TieType } from "../model/index.js";

export type StoredTieKey = Pick<Tie, "id" | "type" | "source" | "target" | "since">;

export interface TieIdRename {
  readonly type: TieType;
  readonly from: string;
  readonly to: string;
}

/** The characters that change an end's part of a tie id; stores select candidate ties by them. */
export const TIE_ID_SPECIAL_CHARACTERS: readonly string[] = ["%", ":"];

/**
 * The stored ties whose id must move (SQLite schema 2, Neo4j schema 1): those holding the id tieId
 * gave before it encoded `%` and `:` in ends, where it now gives another. Ids the data gave stay.
 */
export function tieIdRenames(ties: Iterable<StoredTieKey>): TieIdRename[] {
  const renames: TieIdRename[] = [];
  for (const tie of ties) {
    const to = currentTieId(tie);
    if (to !== tie.id) renames.push({ type: tie.type, from: tie.id, to });
  }
  return renames;
}
