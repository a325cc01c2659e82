import type { ActorKind, TieType } from "./kinds.js";

/** Any extra CSV column: a number where every value in the column is numeric, else text. */
export type CustomValue = string | number;
export type CustomAttributes = Record<string, CustomValue>;

export interface Consent {
  readonly given: boolean;
  /** ISO date (YYYY-MM-DD) the answer was recorded, when known. */
  readonly date?: string;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly area?: string;
  readonly gifts: readonly string[];
  readonly interests: readonly string[];
  readonly since?: number;
  readonly until?: number;
  readonly consent?: Consent;
  readonly notes?: string;
  readonly custom: CustomAttributes;
}

export interface Tie {
  /** Stable identity; derived from type, endpoints and `since` when the data gives none (see tieId). */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: TieType;
  readonly since?: number;
  /** Inclusive. */
  readonly until?: number;
  /** Any positive number (see isWeight); ties entered by hand use 1–3 (weak, usual, strong). */
  readonly weight: number;
  readonly note?: string;
  readonly custom: CustomAttributes;
}

export interface Network {
  readonly actors: readonly Actor[];
  readonly ties: readonly Tie[];
}
