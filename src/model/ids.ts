import { TIE_RULES, type TieType } from "./kinds.js";

/**
 * `%` and `:` inside an actor id are percent-encoded in a tie id, so the `:` between its parts is
 * never ambiguous: knows(a:b, c) is `knows:a%3Ab:c:`, knows(a, b:c) is `knows:a:b%3Ac:`. Ids whose
 * actors hold neither character read exactly as before.
 */
const TIE_ID_SPECIAL = /[%:]/g;
const ENCODED: Readonly<Record<string, string>> = { "%": "%25", ":": "%3A" };

function tieIdPart(actorId: string): string {
  return actorId.replace(TIE_ID_SPECIAL, (character) => ENCODED[character] ?? character);
}

/**
 * The identity of a tie when the data gives none: its type, its endpoints (sorted for undirected
 * types, so A knows B and B knows A are one tie) and the year it started. Two rows for the same pair
 * with different `since` are two periods of one relationship and stay two ties. Distinct ties never
 * share an id (see TIE_ID_SPECIAL).
 */
export function tieId(type: TieType, source: string, target: string, since?: number): string {
  const [a, b] = TIE_RULES[type]?.undirected && target < source ? [target, source] : [source, target];
  return `${type}:${tieIdPart(a)}:${tieIdPart(b)}:${since ?? ""}`;
}

const ACTOR_ID = /^[^\s][^\n\r]{0,199}$/;

export function isValidActorId(id: string): boolean {
  return ACTOR_ID.test(id) && id.trim() === id;
}
