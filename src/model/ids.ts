import { TIE_RULES, type TieType } from "./kinds.js";

/**
 * The identity of a tie when the data gives none: its type, its endpoints (sorted for undirected
 * types, so A knows B and B knows A are one tie) and the year it started. Two rows for the same pair
 * with different `since` are two periods of one relationship and stay two ties.
 */
export function tieId(type: TieType, source: string, target: string, since?: number): string {
  const [a, b] = TIE_RULES[type]?.undirected && target < source ? [target, source] : [source, target];
  return `${type}:${a}:${b}:${since ?? ""}`;
}

const ACTOR_ID = /^[^\s][^\n\r]{0,199}$/;

export function isValidActorId(id: string): boolean {
  return ACTOR_ID.test(id) && id.trim() === id;
}
