import { type ActorKind, TIE_RULES, TIE_TYPES, type TieType } from "../../../model/index.js";

/** The explorer's convention for ties entered by hand. */
export const WEIGHTS = [
  { weight: 1, name: "weak" },
  { weight: 2, name: "usual" },
  { weight: 3, name: "strong" },
] as const;

/** A type the pair may have, and whether it reads from the second actor to the first. */
export interface TieChoice {
  readonly type: TieType;
  readonly reversed: boolean;
}

/**
 * The tie types `TIE_RULES` allow between two kinds, in either direction: a resident picked second
 * can still be a "member of" the group picked first.
 */
export function tieChoices(first: ActorKind, second: ActorKind): TieChoice[] {
  const choices: TieChoice[] = [];
  for (const type of TIE_TYPES) {
    const rule = TIE_RULES[type];
    if (rule.sources.includes(first) && rule.targets.includes(second)) choices.push({ type, reversed: false });
    else if (rule.sources.includes(second) && rule.targets.includes(first)) choices.push({ type, reversed: true });
  }
  return choices;
}

export interface TieDraft {
  readonly first: string;
  readonly second: string;
  readonly choice: TieChoice;
  readonly since: string;
  readonly weight: number;
  readonly note: string;
}

/** The POST body: ends in the order the type reads, and the year as typed when it is not digits. */
export function newTieBody(draft: TieDraft): Record<string, unknown> {
  const [source, target] = draft.choice.reversed ? [draft.second, draft.first] : [draft.first, draft.second];
  const since = draft.since.trim();
  return {
    source,
    target,
    type: draft.choice.type,
    weight: draft.weight,
    ...(since === "" ? {} : { since: /^\d+$/.test(since) ? Number(since) : since }),
    ...(draft.note.trim() === "" ? {} : { note: draft.note.trim() }),
  };
}
