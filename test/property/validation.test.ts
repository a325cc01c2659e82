import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Actor, checkNetwork, type Network, TIE_TYPES, type Tie } from "../../src/model/index.js";
import { RUNS, typesFitting, validNetwork } from "./arbitraries.js";

interface Corruption {
  readonly network: Network;
  readonly collection: "actors" | "ties";
  readonly index: number;
  readonly field: string;
  /** For an actor's fault: its id before the fault, whose ties may be blamed too. */
  readonly actorId?: string;
}

type Corrupt<T> = (record: T, network: Network) => Partial<T>;

/** One thing wrong with one actor, and the field an issue must name. */
const ACTOR_CORRUPTIONS: readonly (readonly [string, Corrupt<Actor>])[] = [
  ["kind", () => ({ kind: "alien" as Actor["kind"] })],
  ["name", () => ({ name: "  " })],
  ["id", (actor) => ({ id: ` ${actor.id}` })],
  ["since", () => ({ since: 1800 })],
  ["until", () => ({ since: 2001, until: 2000 })],
  ["gifts", (actor) => ({ gifts: [...actor.gifts, "Capitals"] })],
  [
    "consent",
    (actor) => ({ consent: actor.kind === "resident" ? { given: true, date: "12-03-2024" } : { given: true } }),
  ],
];

/** One thing wrong with one tie, and the field an issue must name. */
const TIE_CORRUPTIONS: readonly (readonly [string, Corrupt<Tie>])[] = [
  ["type", () => ({ type: "loves" as Tie["type"] })],
  ["type", (tie, network) => ({ type: TIE_TYPES.find((type) => !fits(type, tie, network)) as Tie["type"] })],
  ["target", (tie) => ({ target: tie.source })],
  ["target", () => ({ target: "no actor has this id" })],
  ["source", () => ({ source: "no actor has this id" })],
  ["weight", () => ({ weight: 0 })],
  ["weight", () => ({ weight: -1.5 })],
  ["since", () => ({ since: 2101 })],
  ["until", () => ({ since: 2001, until: 2000 })],
];

function fits(type: Tie["type"], tie: Tie, network: Network): boolean {
  const kindOf = (id: string) => network.actors.find((actor) => actor.id === id)?.kind as Actor["kind"];
  return typesFitting(kindOf(tie.source), kindOf(tie.target)).includes(type);
}

const replaced = <T>(records: readonly T[], index: number, change: Partial<T>): T[] =>
  records.map((record, i) => (i === index ? { ...record, ...change } : record));

/** A valid network with exactly one record made invalid (or one record given twice). */
const corrupted: fc.Arbitrary<Corruption> = validNetwork
  .filter((network) => network.actors.length > 0)
  .chain((network) =>
    fc.record({
      network: fc.constant(network),
      onTie: network.ties.length > 0 ? fc.boolean() : fc.constant(false),
      index: fc.nat(),
      which: fc.nat(),
    }),
  )
  .map(({ network, onTie, index, which }): Corruption => {
    const records: readonly (Actor | Tie)[] = onTie ? network.ties : network.actors;
    const kinds = onTie ? TIE_CORRUPTIONS.length : ACTOR_CORRUPTIONS.length;
    const duplicate = which % (kinds + 1) === kinds;
    const at = index % records.length;
    const collection = onTie ? "ties" : "actors";
    if (duplicate) {
      const copy = records[at];
      const changed = onTie ? { ties: [...network.ties, copy as Tie] } : { actors: [...network.actors, copy as Actor] };
      const field = onTie ? "target" : "id";
      return { network: { ...network, ...changed }, collection, index: records.length, field };
    }
    if (onTie) {
      const [field, corrupt] = TIE_CORRUPTIONS[which % TIE_CORRUPTIONS.length] ?? [];
      const ties = replaced(network.ties, at, corrupt?.(network.ties[at] as Tie, network) ?? {});
      return { network: { ...network, ties }, collection, index: at, field: field ?? "" };
    }
    const [field, corrupt] = ACTOR_CORRUPTIONS[which % ACTOR_CORRUPTIONS.length] ?? [];
    const actors = replaced(network.actors, at, corrupt?.(network.actors[at] as Actor, network) ?? {});
    return {
      network: { ...network, actors },
      collection,
      index: at,
      field: field ?? "",
      actorId: network.actors[at]?.id,
    };
  });

describe("model validation (property)", () => {
  it("finds nothing wrong in a valid network", () => {
    fc.assert(
      fc.property(validNetwork, (network) => {
        expect(checkNetwork(network)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("reports a single corruption on the record and field it is in, and blames nothing unrelated", () => {
    fc.assert(
      fc.property(corrupted, ({ network, collection, index, field, actorId }) => {
        const issues = checkNetwork(network);
        expect(issues).toContainEqual(expect.objectContaining({ collection, index, field }));
        // An actor's fault may also show on the ties that touch it; nothing else may be blamed.
        for (const issue of issues) {
          const tie = issue.collection === "ties" ? network.ties[issue.index] : undefined;
          const touches = tie !== undefined && actorId !== undefined && [tie.source, tie.target].includes(actorId);
          expect(issue.collection === collection && issue.index === index ? true : touches).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
