import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isValidActorId,
  MAX_YEAR,
  MIN_YEAR,
  TIE_RULES,
  TIE_TYPES,
  type TieType,
  tieId,
} from "../../src/model/index.js";
import { RUNS } from "./arbitraries.js";

/** Actor ids built from the pieces most likely to collide: separators, escapes and their look-alikes. */
const actorId = fc
  .array(fc.constantFrom(":", "%", "%3A", "%25", "3A", "a", "b", "é", "😀", " "), { minLength: 1, maxLength: 5 })
  .map((pieces) => pieces.join("").trim())
  .filter((id) => id !== "");

interface TieKey {
  readonly type: TieType;
  readonly source: string;
  readonly target: string;
  readonly since: number | undefined;
}

const tieKey: fc.Arbitrary<TieKey> = fc.record({
  type: fc.constantFrom(...TIE_TYPES),
  source: actorId,
  target: actorId,
  since: fc.option(fc.integer({ min: MIN_YEAR, max: MAX_YEAR }), { nil: undefined }),
});

/**
 * Pairs that an id joined with bare `:` could not tell apart: the second moves the split between
 * source and target to another `:` in `source:target`.
 */
const resplitPair: fc.Arbitrary<[TieKey, TieKey]> = fc
  .tuple(tieKey, fc.nat())
  .map(([key, choice]) => {
    const joined = `${key.source}:${key.target}`;
    const colons = [...joined].flatMap((character, i) => (character === ":" ? [i] : []));
    const at = colons[choice % colons.length] ?? key.source.length;
    return [key, { ...key, source: joined.slice(0, at), target: joined.slice(at + 1) }] as [TieKey, TieKey];
  })
  .filter(([, moved]) => isValidActorId(moved.source) && isValidActorId(moved.target));

const keyPair = fc.oneof(fc.tuple(tieKey, tieKey), resplitPair);

/** What makes two ties the same: type, ends (in either order when undirected) and since. */
function sameTie(a: TieKey, b: TieKey): boolean {
  const ends = (key: TieKey) =>
    TIE_RULES[key.type].undirected ? [key.source, key.target].sort() : [key.source, key.target];
  const [a1, a2] = ends(a);
  const [b1, b2] = ends(b);
  return a.type === b.type && a1 === b1 && a2 === b2 && a.since === b.since;
}

const plainKey = tieKey.map((key) => ({
  ...key,
  source: key.source.replaceAll(/[%:]/g, "-"),
  target: key.target.replaceAll(/[%:]/g, "-"),
}));

const idOf = (key: TieKey) => tieId(key.type, key.source, key.target, key.since);

describe("tie identity (property)", () => {
  it("gives two ties the same id exactly when they are the same tie", () => {
    fc.assert(
      fc.property(keyPair, ([a, b]) => {
        expect(idOf(a) === idOf(b)).toBe(sameTie(a, b));
      }),
      RUNS,
    );
  });

  it("lets an id determine its tie: among many ties, ids repeat only for the same tie", () => {
    fc.assert(
      fc.property(
        fc.array(keyPair, { maxLength: 20 }).map((pairs) => pairs.flat()),
        (keys) => {
          const byId = new Map<string, TieKey>();
          for (const key of keys) {
            const seen = byId.get(idOf(key));
            if (seen === undefined) byId.set(idOf(key), key);
            else expect(sameTie(seen, key)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it("leaves ids of actors without '%' or ':' in the plain type:source:target:since form", () => {
    fc.assert(
      fc.property(plainKey, (key) => {
        const [a, b] =
          TIE_RULES[key.type].undirected && key.target < key.source
            ? [key.target, key.source]
            : [key.source, key.target];
        expect(idOf(key)).toBe(`${key.type}:${a}:${b}:${key.since ?? ""}`);
      }),
      RUNS,
    );
  });
});
