import { createHmac } from "node:crypto";
import type { Actor, Network, Tie } from "../model/index.js";
import { PSEUDONYM_FIRST_WORDS, PSEUDONYM_SECOND_WORDS } from "./pseudonym-words.js";

/**
 * Pseudonyms for people: two words from fixed lists ("Amber Heron"), picked by HMAC-SHA256 of the
 * actor's id under an installation's secret key, so the same person gets the same pseudonym in
 * every answer and export, and nobody without the key can tell who is behind it.
 *
 * 96 × 94 word pairs leave a few residents sharing a pair in a neighbourhood of hundreds. Over the
 * whole stored network, residents are taken in the order of their full HMAC (then id); the first
 * keeps the pair, the next gets "Amber Heron 2", then 3 …, and a pair that equals any actor's real
 * name is numbered too, so no two actors ever show the same name.
 */
export type PseudonymKey = Uint8Array;

export interface PseudonymTable {
  /** Every resident's pseudonym, by id. */
  readonly pseudonyms: ReadonlyMap<string, string>;
  /** The residents whose consent is not "yes": the ones hidden from everyone below admin. */
  readonly withoutConsent: ReadonlySet<string>;
  /** The ids of every other actor (groups, institutions, places): never hidden. */
  readonly others: ReadonlySet<string>;
}

/** What a reader may see: everything, residents without consent hidden, or every resident hidden. */
export type PrivacyMode = "full" | "consent" | "everyone";

function digest(key: PseudonymKey, id: string): Buffer {
  return createHmac("sha256", key).update(id, "utf8").digest();
}

function wordsOf(hash: Buffer): string {
  const first = PSEUDONYM_FIRST_WORDS[hash.readUInt32BE(0) % PSEUDONYM_FIRST_WORDS.length];
  const second = PSEUDONYM_SECOND_WORDS[hash.readUInt32BE(4) % PSEUDONYM_SECOND_WORDS.length];
  return `${first} ${second}`;
}

/** The two words alone, without the number a collision adds: for an actor not in the table. */
export function basePseudonym(key: PseudonymKey, id: string): string {
  return wordsOf(digest(key, id));
}

export function hasConsent(actor: Actor): boolean {
  return actor.consent?.given === true;
}

/** Every resident's pseudonym, unique across the given actors (pass all stored actors, not a year's). */
export function pseudonymTable(actors: readonly Actor[], key: PseudonymKey): PseudonymTable {
  const taken = new Set(actors.map((actor) => actor.name.toLowerCase()));
  const residents = actors
    .filter((actor) => actor.kind === "resident")
    .map((actor) => ({ id: actor.id, hash: digest(key, actor.id) }))
    .sort((a, b) => Buffer.compare(a.hash, b.hash) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pseudonyms = new Map<string, string>();
  for (const { id, hash } of residents) {
    const words = wordsOf(hash);
    let name = words;
    for (let number = 2; taken.has(name.toLowerCase()); number++) name = `${words} ${number}`;
    taken.add(name.toLowerCase());
    pseudonyms.set(id, name);
  }
  const withoutConsent = new Set(
    actors.filter((actor) => actor.kind === "resident" && !hasConsent(actor)).map((actor) => actor.id),
  );
  const others = new Set(actors.filter((actor) => actor.kind !== "resident").map((actor) => actor.id));
  return { pseudonyms, withoutConsent, others };
}

/** Rewrites actors and ties for one reader's mode; "full" returns them as they are. */
export class PseudonymView {
  constructor(
    readonly mode: PrivacyMode,
    readonly table: PseudonymTable,
    readonly key: PseudonymKey,
  ) {}

  /** True when this actor's name is replaced: judged by the record itself, so a fresh edit counts. */
  hides(actor: Actor): boolean {
    if (this.mode === "full" || actor.kind !== "resident") return false;
    return this.mode === "everyone" || !hasConsent(actor);
  }

  /** By id alone: an id the table does not know counts as hidden, the safe side. */
  hidesId(id: string): boolean {
    if (this.mode === "full" || this.table.others.has(id)) return false;
    if (!this.table.pseudonyms.has(id)) return true;
    return this.mode === "everyone" || this.table.withoutConsent.has(id);
  }

  pseudonymOf(id: string): string {
    return this.table.pseudonyms.get(id) ?? basePseudonym(this.key, id);
  }

  /** Hidden: the pseudonym, no notes, no custom fields. Below admin nobody sees consent records. */
  actor(actor: Actor): Actor {
    if (this.mode === "full") return actor;
    const { consent: _consent, notes, ...rest } = actor;
    if (this.hides(actor)) return { ...rest, name: this.pseudonymOf(actor.id), custom: {} };
    // Free text may name anyone: a download for everyone keeps none of it.
    return this.mode === "everyone" || notes === undefined ? rest : { ...rest, notes };
  }

  /** A tie's note and custom fields may be about its ends: withheld when either end is hidden. */
  tie(tie: Tie): Tie {
    if (this.mode === "full") return tie;
    if (this.mode === "consent" && !this.hidesId(tie.source) && !this.hidesId(tie.target)) return tie;
    const { note: _note, ...rest } = tie;
    return this.hidesId(tie.source) || this.hidesId(tie.target) ? { ...rest, custom: {} } : rest;
  }

  network(network: Network): Network {
    if (this.mode === "full") return network;
    return { actors: network.actors.map((actor) => this.actor(actor)), ties: network.ties.map((tie) => this.tie(tie)) };
  }
}
