export const ACTOR_KINDS = ["resident", "group", "institution", "place"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const TIE_TYPES = [
  "knows",
  "member_of",
  "leads",
  "volunteers_at",
  "works_at",
  "client_of",
  "partner_of",
  "supports",
  "meets_at",
  "visits",
] as const;
export type TieType = (typeof TIE_TYPES)[number];

export interface TieRule {
  readonly sources: readonly ActorKind[];
  readonly targets: readonly ActorKind[];
  /** Undirected ties are stored with their endpoints in a canonical order for identity. */
  readonly undirected: boolean;
}

const ASSOCIATIONS: readonly ActorKind[] = ["group", "institution"];

export const TIE_RULES: Readonly<Record<TieType, TieRule>> = {
  knows: { sources: ["resident"], targets: ["resident"], undirected: true },
  member_of: { sources: ["resident"], targets: ["group"], undirected: false },
  leads: { sources: ["resident"], targets: ["group"], undirected: false },
  volunteers_at: { sources: ["resident"], targets: ASSOCIATIONS, undirected: false },
  works_at: { sources: ["resident"], targets: ["institution"], undirected: false },
  client_of: { sources: ["resident"], targets: ["institution"], undirected: false },
  partner_of: { sources: ASSOCIATIONS, targets: ASSOCIATIONS, undirected: true },
  supports: { sources: ["institution"], targets: ["group"], undirected: false },
  meets_at: { sources: ASSOCIATIONS, targets: ["place"], undirected: false },
  visits: { sources: ["resident"], targets: ["place"], undirected: false },
};

export function isActorKind(value: string): value is ActorKind {
  return (ACTOR_KINDS as readonly string[]).includes(value);
}

export function isTieType(value: string): value is TieType {
  return (TIE_TYPES as readonly string[]).includes(value);
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/**
 * A tie weight is any positive finite number, as people measure it (co-occurrences, hours, contacts
 * per month); weighted analysis uses it as given. Ties entered by hand use 1–3 (weak, usual, strong).
 */
export function isWeight(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}
