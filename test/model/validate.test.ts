import { describe, expect, it } from "vitest";
import {
  type Actor,
  checkActor,
  checkKindAgainstTies,
  checkNetwork,
  checkTie,
  type FieldIssue,
  isCalendarDate,
  LIMITS,
  quotedValue,
  type Tie,
  tieId,
} from "../../src/model/index.js";

const ann: Actor = { id: "r1", name: "Ann", kind: "resident", gifts: [], interests: [], custom: {} };
const issue = (field: string, message: string): FieldIssue => ({ field, message });
const many = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i));
const customs = (count: number) => Object.fromEntries(many(count, (i) => `c${i}`).map((name, i) => [name, i]));

describe("checkActor", () => {
  const cases: [string, Partial<Actor>, FieldIssue[]][] = [
    ["a plain resident", {}, []],
    [
      "every optional field filled",
      {
        area: "Spinnersstraat",
        gifts: ["cooking", "dutch lessons"],
        interests: ["gardening"],
        since: 1900,
        until: 2100,
        consent: { given: true, date: "2024-03-12" },
        notes: "first line\nsecond\tline\r\nthird",
        custom: { household: 3, remark: "two\nlines" },
      },
      [],
    ],
    ["an id of 200 characters", { id: "x".repeat(LIMITS.id) }, []],
    ["an empty id", { id: "" }, [issue("id", 'id "" must be 1 to 200 characters without surrounding spaces')]],
    [
      "an id with a leading space",
      { id: " r1" },
      [issue("id", 'id " r1" must be 1 to 200 characters without surrounding spaces')],
    ],
    [
      "an id of 201 characters",
      { id: "x".repeat(201) },
      [issue("id", `id "${"x".repeat(60)}…" must be 1 to 200 characters without surrounding spaces`)],
    ],
    ["an id with a bell", { id: "r\u00071" }, [issue("id", 'id "r<U+0007>1" holds the control character U+0007')]],
    ["a blank name", { name: "  " }, [issue("name", "name is empty")]],
    ["a name of 200 characters", { name: "n".repeat(LIMITS.name) }, []],
    [
      "a name of 1,000,000 characters",
      { name: "n".repeat(1_000_000) },
      [issue("name", "name is 1000000 characters long; at most 200 are allowed")],
    ],
    ["a name with NUL", { name: "A\u0000nn" }, [issue("name", "name holds the control character U+0000")]],
    ["a name with ESC", { name: "\u001b[31mAnn" }, [issue("name", "name holds the control character U+001B")]],
    ["a name with a C1 control", { name: "Ann\u009b" }, [issue("name", "name holds the control character U+009B")]],
    ["a name with a line break", { name: "Ann\nSmith" }, [issue("name", "name holds the control character U+000A")]],
    ["a name with a tab", { name: "Ann\tSmith" }, [issue("name", "name holds the control character U+0009")]],
    ["a name in any script, with emoji", { name: "Zoë 李 שלום 🎻" }, []],
    [
      "an area of 201 characters",
      { area: "a".repeat(201) },
      [issue("area", "area is 201 characters long; at most 200 are allowed")],
    ],
    ["an area with a bell", { area: "Main\u0007" }, [issue("area", "area holds the control character U+0007")]],
    [
      "an unknown kind",
      { kind: "pupil" as Actor["kind"] },
      [issue("kind", 'kind "pupil" is not one of resident, group, institution, place')],
    ],
    [
      "an upper-case gift",
      { gifts: ["Cooking"] },
      [issue("gifts", 'gifts tag "Cooking" must be lower-case text of 1 to 60 characters without ";"')],
    ],
    [
      "an interest holding the list separator",
      { interests: ["a;b"] },
      [issue("interests", 'interests tag "a;b" must be lower-case text of 1 to 60 characters without ";"')],
    ],
    [
      "a tag of 61 characters",
      { gifts: ["t".repeat(61)] },
      [issue("gifts", `gifts tag "${"t".repeat(60)}…" must be lower-case text of 1 to 60 characters without ";"`)],
    ],
    [
      "a tag with a control character",
      { gifts: ["sing\u0000"] },
      [issue("gifts", 'gifts tag "sing<U+0000>" holds the control character U+0000')],
    ],
    ["200 tags", { interests: many(LIMITS.tags, (i) => `t${i}`) }, []],
    [
      "201 tags",
      { interests: many(201, (i) => `t${i}`) },
      [issue("interests", "interests has 201 tags; at most 200 are allowed")],
    ],
    ["since 1899", { since: 1899 }, [issue("since", "since 1899 is not a year between 1900 and 2100")]],
    ["until 2101", { until: 2101 }, [issue("until", "until 2101 is not a year between 1900 and 2100")]],
    ["a fractional year", { since: 2020.5 }, [issue("since", "since 2020.5 is not a year between 1900 and 2100")]],
    ["until before since", { since: 2021, until: 2020 }, [issue("until", "until 2020 is before since 2021")]],
    ["one year long", { since: 2021, until: 2021 }, []],
    [
      "a consent date that is not a date",
      { consent: { given: true, date: "12-03-2024" } },
      [issue("consent", 'consent date "12-03-2024" is not a date (YYYY-MM-DD, e.g. 2024-03-12)')],
    ],
    [
      "consent for a group",
      { kind: "group", consent: { given: true } },
      [issue("consent", "consent is recorded for residents only, not for a group")],
    ],
    ["notes of 10,000 characters", { notes: "n".repeat(LIMITS.notes) }, []],
    [
      "notes of 10,001 characters",
      { notes: "n".repeat(10_001) },
      [issue("notes", "notes is 10001 characters long; at most 10000 are allowed")],
    ],
    [
      "notes with a NUL",
      { notes: "ok\n\u0000" },
      [issue("notes", "notes holds the control character U+0000; only tab and line breaks are allowed")],
    ],
    [
      "a custom text with ESC",
      { custom: { remark: "\u001b]0;owned\u0007" } },
      [issue("remark", "remark holds the control character U+001B; only tab and line breaks are allowed")],
    ],
    [
      "a custom text of 10,001 characters",
      { custom: { remark: "r".repeat(10_001) } },
      [issue("remark", "remark is 10001 characters long; at most 10000 are allowed")],
    ],
    [
      "a custom attribute name of 101 characters",
      { custom: { ["c".repeat(101)]: 1 } },
      [
        issue(
          "c".repeat(101),
          `custom attribute name is 101 characters long; at most 100 are allowed ("${"c".repeat(60)}…")`,
        ),
      ],
    ],
    [
      "a custom attribute name with a line break",
      { custom: { "a\nb": 1 } },
      [issue("a\nb", 'custom attribute name holds the control character U+000A ("a<U+000A>b")')],
    ],
    ["1,000 custom attributes", { custom: customs(LIMITS.customAttributes) }, []],
    [
      "1,001 custom attributes",
      { custom: customs(1001) },
      [issue("custom", "there are 1001 custom attributes; at most 1000 are allowed")],
    ],
  ];
  it.each(cases)("%s", (_title, change, expected) => {
    expect(checkActor({ ...ann, ...change })).toEqual(expected);
  });
});

describe("checkTie", () => {
  const kinds = new Map<string, Pick<Actor, "kind">>([
    ["r1", { kind: "resident" }],
    ["r2", { kind: "resident" }],
    ["g1", { kind: "group" }],
    ["i1", { kind: "institution" }],
    ["p1", { kind: "place" }],
  ]);
  const tie = (change: Partial<Tie>): Tie => {
    const base = { source: "r1", target: "g1", type: "member_of" as const, weight: 1, custom: {}, ...change };
    return { id: tieId(base.type, base.source, base.target, base.since), ...base };
  };
  const cases: [string, Partial<Tie>, FieldIssue[]][] = [
    ["a resident member of a group", {}, []],
    ["an undirected tie written either way round", { source: "g1", target: "i1", type: "partner_of" }, []],
    ["partner_of reversed", { source: "i1", target: "g1", type: "partner_of" }, []],
    [
      "a directed tie written the wrong way round",
      { source: "g1", target: "r1" },
      [issue("type", 'a member_of tie goes from resident to group, not from group "g1" to resident "r1"')],
    ],
    [
      "an unknown type",
      { type: "likes" as Tie["type"] },
      [
        issue(
          "type",
          'type "likes" is not one of knows, member_of, leads, volunteers_at, works_at, client_of, partner_of, supports, meets_at, visits',
        ),
      ],
    ],
    [
      "a tie to itself",
      { source: "r1", target: "r1", type: "knows" },
      [issue("target", 'a tie from "r1" to itself is not allowed')],
    ],
    ["weight 3", { weight: 3 }, []],
    ["weight 31.5 (a co-occurrence count, say)", { weight: 31.5 }, []],
    ["weight 0", { weight: 0 }, [issue("weight", "weight 0 is not a positive number")]],
    ["weight -2", { weight: -2 }, [issue("weight", "weight -2 is not a positive number")]],
    [
      "weight Infinity",
      { weight: Number.POSITIVE_INFINITY },
      [issue("weight", "weight Infinity is not a positive number")],
    ],
    ["weight NaN", { weight: Number.NaN }, [issue("weight", "weight NaN is not a positive number")]],
    ["until before since", { since: 2022, until: 2021 }, [issue("until", "until 2021 is before since 2022")]],
    [
      "an unknown source and target",
      { source: "x1", target: "x2" },
      [issue("source", 'source "x1" is not a known actor id'), issue("target", 'target "x2" is not a known actor id')],
    ],
    [
      "an unknown source holding ESC",
      { source: "x\u001b[2J" },
      [issue("source", 'source "x<U+001B>[2J" is not a known actor id')],
    ],
    ["a note on two lines", { note: "alto\nsince spring" }, []],
    [
      "a note with a bell",
      { note: "alto\u0007" },
      [issue("note", "note holds the control character U+0007; only tab and line breaks are allowed")],
    ],
    [
      "a note of 10,001 characters",
      { note: "n".repeat(10_001) },
      [issue("note", "note is 10001 characters long; at most 10000 are allowed")],
    ],
    [
      "a custom text with NUL",
      { custom: { role: "alto\u0000" } },
      [issue("role", "role holds the control character U+0000; only tab and line breaks are allowed")],
    ],
  ];
  it.each(cases)("%s", (_title, change, expected) => {
    expect(checkTie(tie(change), kinds)).toEqual(expected);
  });

  it("checks only the tie itself when no actors are given", () => {
    expect(checkTie(tie({ source: "x1", target: "x2" }))).toEqual([]);
  });
});

describe("checkNetwork", () => {
  const bob: Actor = { ...ann, id: "r2", name: "Bob" };
  const knows = (source: string, target: string, since?: number): Tie => ({
    id: tieId("knows", source, target, since),
    source,
    target,
    type: "knows",
    ...(since === undefined ? {} : { since }),
    weight: 1,
    custom: {},
  });

  it("accepts a valid network", () => {
    expect(checkNetwork({ actors: [ann, bob], ties: [knows("r1", "r2")] })).toEqual([]);
  });

  it("places each record's own issues by collection and index", () => {
    expect(checkNetwork({ actors: [ann, { ...bob, name: "" }], ties: [{ ...knows("r1", "r2"), weight: 0 }] })).toEqual([
      { collection: "actors", index: 1, field: "name", message: "name is empty" },
      { collection: "ties", index: 0, field: "weight", message: "weight 0 is not a positive number" },
    ]);
  });

  it("refuses an id used twice, naming the first record", () => {
    expect(checkNetwork({ actors: [ann, bob, { ...bob, name: "Bob again" }], ties: [] })).toEqual([
      { collection: "actors", index: 2, field: "id", message: 'id "r2" is used twice (first at record 2)' },
    ]);
  });

  it("refuses the same tie given twice, also when written the other way round", () => {
    expect(
      checkNetwork({ actors: [ann, bob], ties: [knows("r1", "r2", 2020), knows("r2", "r1", 2020), knows("r1", "r2")] }),
    ).toEqual([
      {
        collection: "ties",
        index: 1,
        field: "target",
        message: 'the same knows tie between "r2" and "r1" starting 2020 is given twice (first at record 1)',
      },
    ]);
  });

  it("names the first record by the reader's place when it knows one", () => {
    const place = (_collection: string, index: number) => `line ${index + 2}`;
    expect(checkNetwork({ actors: [ann, bob, { ...bob, name: "Bob again" }], ties: [] }, new Map(), { place })).toEqual(
      [{ collection: "actors", index: 2, field: "id", message: 'id "r2" is used twice (first at line 3)' }],
    );
  });

  it("refuses a kind change that a stored tie outside the network no longer fits", () => {
    const stored = new Map<string, Pick<Actor, "kind">>([
      ["r1", { kind: "resident" }],
      ["r2", { kind: "resident" }],
    ]);
    const storedTies = [knows("r1", "r2")];
    const choir: Actor = { ...ann, kind: "group" };
    expect(checkNetwork({ actors: [choir], ties: [] }, stored, { storedTies })).toEqual([
      {
        collection: "actors",
        index: 0,
        field: "kind",
        message:
          'kind "group" does not fit the stored knows tie from "r1" to "r2" (a knows tie goes from resident to resident); change or remove those ties first',
      },
    ]);
    // Without the stored ties, or with the kind unchanged, there is nothing to refuse.
    expect(checkNetwork({ actors: [choir], ties: [] }, stored)).toEqual([]);
    expect(checkNetwork({ actors: [ann], ties: [] }, stored, { storedTies })).toEqual([]);
  });

  it("lets ties point at actors already stored", () => {
    const stored = new Map([["r9", { kind: "resident" as const }]]);
    expect(checkNetwork({ actors: [ann], ties: [knows("r1", "r9")] }, stored)).toEqual([]);
    expect(checkNetwork({ actors: [ann], ties: [knows("r1", "r9")] })).toEqual([
      { collection: "ties", index: 0, field: "target", message: 'target "r9" is not a known actor id' },
    ]);
  });
});

describe("checkKindAgainstTies", () => {
  const kinds = new Map<string, Pick<Actor, "kind">>([
    ["r1", { kind: "group" }],
    ["g1", { kind: "group" }],
  ]);
  it("accepts ties the new kind fits and counts the ones it does not", () => {
    const partner = { id: "p", type: "partner_of" as const, source: "r1", target: "g1" };
    expect(checkKindAgainstTies({ id: "r1", kind: "group" }, [partner], kinds)).toEqual([]);
    const member = { id: "m", type: "member_of" as const, source: "r1", target: "g1" };
    const leads = { id: "l", type: "leads" as const, source: "r1", target: "g1" };
    expect(checkKindAgainstTies({ id: "r1", kind: "group" }, [partner, member, leads], kinds)).toEqual([
      issue(
        "kind",
        'kind "group" does not fit the stored member_of tie from "r1" to "g1" and 1 more stored ties (a member_of tie goes from resident to group); change or remove those ties first',
      ),
    ]);
  });
});

describe("quotedValue", () => {
  it("quotes short text as it is", () => {
    expect(quotedValue("Ann de Vries")).toBe('"Ann de Vries"');
  });
  it("cuts after 60 visible characters and shows every control character, line breaks too", () => {
    expect(quotedValue("x".repeat(100_000))).toBe(`"${"x".repeat(60)}…"`);
    expect(quotedValue("a\u001b[2J\nb")).toBe('"a<U+001B>[2J<U+000A>b"');
    expect(quotedValue("\u0007".repeat(100))).toBe(`"${"<U+0007>".repeat(7)}…"`);
  });
  it("never splits a character made of two UTF-16 units", () => {
    expect(quotedValue(`${"x".repeat(59)}👍👍`)).toBe(`"${"x".repeat(59)}…"`);
  });
});

describe("isCalendarDate", () => {
  it.each([
    ["2024-03-12", true],
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-13-45", false],
    ["2024-04-31", false],
    ["2024-00-10", false],
    ["12-03-2024", false],
  ])("%s: %s", (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});
