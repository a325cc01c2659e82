import { TIE_RULES, type Tie, type TieType, tieId } from "../model/index.js";

export type StoredTieKey = Pick<Tie, "id" | "type" | "source" | "target" | "since">;

export interface TieIdRename {
  readonly type: TieType;
  readonly from: string;
  readonly to: string;
}

/** The characters that change an end's part of a tie id; stores select candidate ties by them. */
export const TIE_ID_SPECIAL_CHARACTERS: readonly string[] = ["%", ":"];

/**
 * Before SQLite schema 2 and Neo4j schema 1, a derived tie id joined type, ends and since with `:`
 * and nothing escaped, so an actor id holding `:` let two ties share an id. Frozen here for the
 * migrations: it must keep recognising what older stores hold, whatever `tieId` becomes.
 */
function legacyTieId({ type, source, target, since }: StoredTieKey): string {
  const [a, b] = TIE_RULES[type]?.undirected && target < source ? [target, source] : [source, target];
  return `${type}:${a}:${b}:${since ?? ""}`;
}

/**
 * The stored ties whose id must move: those holding the legacy derived id where `tieId` now gives
 * another (an end holds `%` or `:`). Ids the data gave are left alone.
 */
export function tieIdRenames(ties: Iterable<StoredTieKey>): TieIdRename[] {
  const renames: TieIdRename[] = [];
  for (const tie of ties) {
    if (tie.id !== legacyTieId(tie)) continue;
    const to = tieId(tie.type, tie.source, tie.target, tie.since);
    if (to !== tie.id) renames.push({ type: tie.type, from: tie.id, to });
  }
  return renames;
}
