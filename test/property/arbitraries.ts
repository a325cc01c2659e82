import fc from "fast-check";
import {
  ACTOR_KINDS,
  type Actor,
  type ActorKind,
  type Consent,
  type CustomAttributes,
  type CustomValue,
  MAX_YEAR,
  MIN_YEAR,
  type Network,
  TIE_RULES,
  TIE_TYPES,
  type Tie,
  type TieType,
  tieId,
  withoutUndefined,
} from "../../src/model/index.js";

/** Every property runs seeded, so a failure names a seed and path that replay it exactly. */
export const RUNS = { seed: 11, numRuns: 300 } as const;

/** Characters CSV, spreadsheets, tie ids and tag lists treat specially, and text beyond ASCII. */
const AWKWARD = ['"', ",", "'", "=", "+", "-", "@", ";", ":", "%", " ", "é", "ß", "İ", "中", "😀", "\u00a0"];

const character = fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }));

/** One line of text without control characters, trimmed and not empty, as the readers keep it. */
export const lineText = (maxLength = 24): fc.Arbitrary<string> =>
  fc
    .string({ unit: character, minLength: 1, maxLength })
    .map((text) => text.trim())
    .filter((text) => text !== "");

/** Notes may hold newlines and tabs inside (not at the ends, which readers trim). */
const noteText = fc
  .string({ unit: fc.oneof(character, fc.constantFrom("\n", "\t")), minLength: 1, maxLength: 40 })
  .map((text) => text.trim())
  .filter((text) => text !== "");

export const actorId = lineText(12);

const year = fc.integer({ min: MIN_YEAR, max: MAX_YEAR });

/** since ≤ until, either or both absent. */
const period = fc
  .record({ since: fc.option(year, { nil: undefined }), until: fc.option(year, { nil: undefined }) })
  .map(({ since, until }) =>
    since !== undefined && until !== undefined && until < since ? { since: until, until: since } : { since, until },
  );

const tag = lineText(20)
  .map((text) => text.replaceAll(";", "").trim().toLowerCase())
  .filter((text) => text !== "" && text === text.trim().toLowerCase() && text.length <= 60);

const tags = fc.uniqueArray(tag, { maxLength: 3 });

const consent: fc.Arbitrary<Consent> = fc
  .record({
    given: fc.boolean(),
    date: fc.option(
      fc
        .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => [y, m, d].map((part, i) => String(part).padStart(i === 0 ? 4 : 2, "0")).join("-")),
      { nil: undefined },
    ),
  })
  .map((value) => withoutUndefined(value));

const CANONICAL_NUMBER = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

/** A custom column holds numbers throughout or text throughout (text that does not read as a number). */
type ColumnKind = "number" | "text";

const customValue = (kind: ColumnKind): fc.Arbitrary<CustomValue> =>
  kind === "number"
    ? fc.oneof(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc
          .double({ min: -1e6, max: 1e6, noNaN: true })
          .filter((n) => !Object.is(n, -0) && CANONICAL_NUMBER.test(String(n))),
      )
    : lineText(16).filter((text) => !CANONICAL_NUMBER.test(text));

/**
 * Custom column names: never empty, trimmed, and never a known column's name in any case; now and
 * then the name of a method every object has.
 */
const customColumns = (known: readonly string[]) =>
  fc.uniqueArray(
    fc.tuple(
      fc
        .oneof(lineText(10), fc.constantFrom("toString", "constructor", "valueOf"))
        .filter((name) => !known.includes(name.toLowerCase())),
      fc.constantFrom<ColumnKind>("number", "text"),
    ),
    { maxLength: 3, selector: ([name]) => name },
  );

const customOf = (columns: readonly (readonly [string, ColumnKind])[]): fc.Arbitrary<CustomAttributes> =>
  fc
    .tuple(...columns.map(([, kind]) => fc.option(customValue(kind), { nil: undefined })))
    .map((values) =>
      Object.fromEntries(
        columns.flatMap(([name], i) => (values[i] === undefined ? [] : [[name, values[i] as CustomValue]])),
      ),
    );

const NODE_COLUMNS = ["id", "name", "kind", "area", "gifts", "interests", "since", "until", "consent", "notes"];
const TIE_COLUMNS = ["source", "target", "type", "since", "until", "weight", "note"];

const actor = (id: string, columns: readonly (readonly [string, ColumnKind])[]): fc.Arbitrary<Actor> =>
  fc
    .record({
      kind: fc.constantFrom<ActorKind>(...ACTOR_KINDS),
      name: lineText(),
      area: fc.option(lineText(), { nil: undefined }),
      gifts: tags,
      interests: tags,
      period,
      consent: fc.option(consent, { nil: undefined }),
      notes: fc.option(noteText, { nil: undefined }),
      custom: customOf(columns),
    })
    .map(({ period: { since, until }, consent: given, kind, ...rest }) =>
      withoutUndefined({ id, kind, ...rest, since, until, consent: kind === "resident" ? given : undefined }),
    );

/** The tie types that may go from an actor of one kind to one of another. */
export function typesFitting(source: ActorKind, target: ActorKind): TieType[] {
  return TIE_TYPES.filter((type) => {
    const rule = TIE_RULES[type];
    const fits = (a: ActorKind, b: ActorKind) => rule.sources.includes(a) && rule.targets.includes(b);
    return fits(source, target) || (rule.undirected && fits(target, source));
  });
}

const tieDraft = (columns: readonly (readonly [string, ColumnKind])[]) =>
  fc.record({
    ends: fc.tuple(fc.nat(), fc.nat()),
    typeChoice: fc.nat(),
    period,
    weight: fc.integer({ min: 1, max: 3 }),
    note: fc.option(noteText, { nil: undefined }),
    custom: customOf(columns),
  });

/** A network the model accepts whole: unique ids, ties between known actors of fitting kinds, once each. */
export const validNetwork: fc.Arbitrary<Network> = fc
  .record({
    ids: fc.uniqueArray(actorId, { maxLength: 8 }),
    actorColumns: customColumns(NODE_COLUMNS),
    tieColumns: customColumns(TIE_COLUMNS),
  })
  .chain(({ ids, actorColumns, tieColumns }) =>
    fc.record({
      actors: fc.tuple(...ids.map((id) => actor(id, actorColumns))),
      drafts: fc.array(tieDraft(tieColumns), { maxLength: ids.length === 0 ? 0 : 12 }),
    }),
  )
  .map(({ actors, drafts }) => {
    const ties = new Map<string, Tie>();
    for (const { ends, typeChoice, period: when, ...rest } of drafts) {
      const source = actors[ends[0] % actors.length] as Actor;
      const target = actors[ends[1] % actors.length] as Actor;
      const types = typesFitting(source.kind, target.kind);
      if (source.id === target.id || types.length === 0) continue;
      const type = types[typeChoice % types.length] as TieType;
      const id = tieId(type, source.id, target.id, when.since);
      if (!ties.has(id)) {
        ties.set(id, withoutUndefined({ id, source: source.id, target: target.id, type, ...when, ...rest }));
      }
    }
    return { actors, ties: [...ties.values()] };
  });
