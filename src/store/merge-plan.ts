import { type Actor, NotFoundError, type Tie, tieId, ValidationError } from "../model/index.js";

/** What merging one actor into another did to the ties of the first. */
export interface MergeResult {
  /** The actor that stays, as stored. */
  readonly actor: Actor;
  /** Each moved tie's old and new id (the new id is tieId of its new ends). */
  readonly moved: readonly { readonly from: string; readonly to: string }[];
  /** Ties not moved: they would have become self-ties or duplicates of a tie `into` already has. */
  readonly dropped: readonly string[];
}

export interface MergePlan {
  /** The ties to write under their new ids, after the old ones are deleted. */
  readonly put: readonly Tie[];
  readonly moved: MergeResult["moved"];
  readonly dropped: readonly string[];
}

/**
 * How the ties of `from` move to `into`: each end that was `from` becomes `into`, and the tie gets
 * the id tieId gives its new ends. A tie between the two would become a self-tie, and a tie whose
 * new id is already stored (or made by another moved tie) would be a duplicate: both are dropped.
 */
export function planMerge(
  from: Actor | undefined,
  into: Actor | undefined,
  touching: readonly Tie[],
  isStored: (tieId: string) => boolean,
  names: { readonly from: string; readonly into: string },
): MergePlan {
  if (from === undefined) throw new NotFoundError("actor", names.from);
  if (into === undefined) throw new NotFoundError("actor", names.into);
  if (from.id === into.id)
    throw new ValidationError([{ field: "into", message: "an actor cannot be merged into itself" }]);
  if (from.kind !== into.kind) {
    throw new ValidationError([
      {
        field: "into",
        message: `a ${from.kind} can only be merged into another ${from.kind}, not into a ${into.kind}`,
      },
    ]);
  }
  const put: Tie[] = [];
  const moved: { from: string; to: string }[] = [];
  const dropped: string[] = [];
  const made = new Set<string>();
  for (const tie of touching) {
    const next = movedTie(tie, from.id, into.id);
    if (next.source === next.target || made.has(next.id) || isStored(next.id)) {
      dropped.push(tie.id);
      continue;
    }
    made.add(next.id);
    put.push(next);
    moved.push({ from: tie.id, to: next.id });
  }
  return { put, moved, dropped };
}

/** The tie with each end that was `fromId` turned into `intoId`, under the id tieId gives it. */
export function movedTie(tie: Tie, fromId: string, intoId: string): Tie {
  const source = tie.source === fromId ? intoId : tie.source;
  const target = tie.target === fromId ? intoId : tie.target;
  return { ...tie, id: tieId(tie.type, source, target, tie.since), source, target };
}
