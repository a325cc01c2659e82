import type { BadInputCase } from "./bad-input-cases.js";
import { resident } from "./contract.js";

/**
 * The large cases of the bad-input corpus, made at test time so no big file is committed: very long
 * fields and lines, a 100,000-column header, wide rows, and the longest values the limits allow.
 */

const utf8 = (text: string) => new TextEncoder().encode(text);
/** A file generated on demand; memoised so every store and the HTTP test share one copy. */
const generated = (make: () => string): (() => Uint8Array) => {
  let bytes: Uint8Array | undefined;
  return () => {
    bytes ??= utf8(make());
    return bytes;
  };
};
const OK_NODES = "ok/nodes.csv";
const OK_TIES = "ok/ties.csv";
const names = (count: number, prefix = "c") => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

/** A physical line of exactly `length` characters: `start`, a quoted run of x, then `"`. */
function lineOf(length: number, start: string): string {
  const line = `${start}"${"x".repeat(length - start.length - 2)}"`;
  if (line.length !== length) throw new Error(`line of ${line.length} characters, not ${length}`);
  return line;
}

const LONGEST = {
  id: "B".repeat(200),
  name: "n".repeat(200),
  area: "a".repeat(200),
  notes: "x".repeat(10_000),
  gift: "g".repeat(60),
  interests: names(200, "i"),
  customName: "c".repeat(100),
  customText: "y".repeat(10_000),
  tieNote: "z".repeat(10_000),
};
const WIDEST = names(997);

export const GENERATED_CASES: readonly BadInputCase[] = [
  {
    name: "header-of-100000-columns",
    nodes: generated(() => `${["id", "name", "kind", ...names(99_997)].join(",")}\nB1,Bea,resident\n`),
    ties: OK_TIES,
    outcome: {
      refused: [
        {
          file: "nodes.csv",
          line: 1,
          message: "the header has more than 1,000 fields; at most 1,000 columns are allowed",
        },
      ],
    },
  },
  {
    name: "row-of-5000-fields",
    nodes: generated(() => `id,name,kind\nB1,Bea,resident\n${["B2", "Bo", "resident", ...names(4_997)].join(",")}\n`),
    ties: OK_TIES,
    outcome: {
      refused: [
        {
          file: "nodes.csv",
          line: 3,
          message: "the row has more than 1,000 fields; at most 1,000 columns are allowed",
        },
      ],
    },
  },
  {
    name: "line-of-2000001-characters",
    nodes: generated(() => `id,name,kind,notes\nB1,Bea,resident,\n${lineOf(2_000_001, "B2,Bo,resident,")}\n`),
    ties: OK_TIES,
    outcome: {
      refused: [
        { file: "nodes.csv", line: 3, message: "the line is longer than 1,048,576 characters; is this a CSV file?" },
      ],
    },
  },
  {
    name: "ties-line-of-2000001-characters-without-line-break",
    nodes: OK_NODES,
    ties: generated(() => "s".repeat(2_000_001)),
    outcome: {
      refused: [{ file: "ties.csv", line: 1, message: "the line is longer than 1,048,576 characters" }],
    },
  },
  {
    name: "name-of-1000000-characters",
    nodes: generated(() => `id,name,kind\nB1,${"n".repeat(1_000_000)},resident\n`),
    ties: OK_TIES,
    outcome: {
      refused: [
        { file: "nodes.csv", line: 2, column: 2, message: "name is 1000000 characters long; at most 200 are allowed" },
      ],
    },
  },
  {
    name: "notes-of-10001-characters",
    nodes: generated(() => `id,name,kind,notes\nB1,Bea,resident,${"x".repeat(10_001)}\n`),
    ties: OK_TIES,
    outcome: {
      refused: [
        { file: "nodes.csv", line: 2, column: 4, message: "notes is 10001 characters long; at most 10000 are allowed" },
      ],
    },
  },
  {
    name: "custom-text-of-10001-characters",
    nodes: generated(() => `id,name,kind,story\nB1,Bea,resident,"${"y".repeat(10_001)}"\n`),
    ties: OK_TIES,
    outcome: {
      refused: [
        { file: "nodes.csv", line: 2, column: 4, message: "story is 10001 characters long; at most 10000 are allowed" },
      ],
    },
  },
  {
    name: "tie-note-of-10001-characters",
    nodes: OK_NODES,
    ties: generated(() => `source,target,type,note\nS01,S02,knows,${"z".repeat(10_001)}\n`),
    outcome: {
      refused: [
        { file: "ties.csv", line: 2, column: 4, message: "note is 10001 characters long; at most 10000 are allowed" },
      ],
    },
  },
  {
    name: "year-cell-of-100000-characters",
    nodes: generated(() => `id,name,kind,since\nB1,Bea,resident,${"2".repeat(100_000)}\n`),
    ties: OK_TIES,
    outcome: {
      refused: [
        { file: "nodes.csv", line: 2, column: 4, message: `since "${"2".repeat(60)}…" is not a year (four digits` },
      ],
    },
  },
  {
    name: "escape-sequence-in-year-cell",
    nodes: generated(() => "id,name,kind,since\nB1,Bea,resident,\u001b[2J\u001b]0;pwned\u0007\n"),
    ties: OK_TIES,
    outcome: {
      refused: [
        {
          file: "nodes.csv",
          line: 2,
          column: 4,
          message: 'since "<U+001B>[2J<U+001B>]0;pwned<U+0007>" is not a year (four digits, e.g. 2021)',
        },
      ],
    },
  },
  {
    name: "longest-values-allowed",
    nodes: generated(() =>
      [
        `id,name,kind,area,gifts,interests,notes,${LONGEST.customName}`,
        [
          LONGEST.id,
          LONGEST.name,
          "resident",
          LONGEST.area,
          LONGEST.gift,
          LONGEST.interests.join(";"),
          LONGEST.notes,
          LONGEST.customText,
        ].join(","),
        "",
      ].join("\n"),
    ),
    ties: generated(() => `source,target,type,note\n${LONGEST.id},S01,knows,${LONGEST.tieNote}\n`),
    outcome: {
      stored: {
        actors: [
          resident(LONGEST.id, {
            name: LONGEST.name,
            area: LONGEST.area,
            gifts: [LONGEST.gift],
            interests: LONGEST.interests,
            notes: LONGEST.notes,
            custom: { [LONGEST.customName]: LONGEST.customText },
          }),
        ],
        ties: [{ source: LONGEST.id, target: "S01", type: "knows", weight: 1, note: LONGEST.tieNote, custom: {} }],
      },
    },
  },
  {
    name: "widest-header-allowed",
    nodes: generated(() =>
      [
        ["id", "name", "kind", ...WIDEST].join(","),
        ["W1", "Wide", "resident", ...WIDEST.map((column) => `v-${column}`)].join(","),
        "",
      ].join("\n"),
    ),
    ties: OK_TIES,
    outcome: {
      stored: {
        actors: [
          resident("W1", {
            name: "Wide",
            custom: Object.fromEntries(WIDEST.map((column) => [column, `v-${column}`])),
          }),
        ],
        ties: [],
      },
    },
  },
];
