import { describe, expect, it } from "vitest";
import { parseCsv, readNetworkCsv } from "../../src/io/index.js";
import { type Actor, formatIssue, type Tie, tieId, ValidationError } from "../../src/model/index.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const nodes = (text: string | Uint8Array) => ({
  name: "nodes.csv",
  bytes: typeof text === "string" ? utf8(text) : text,
});
const ties = (text: string) => ({ name: "ties.csv", bytes: utf8(text) });
const NO_TIES = "source,target,type\n";

function problems(nodesFile: { name: string; bytes: Uint8Array }, tiesText = NO_TIES): string[] {
  try {
    readNetworkCsv(nodesFile, ties(tiesText));
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error("expected the files to be refused");
}

describe("parseCsv counts every kind of line end as a line", () => {
  it("counts a CR alone inside a quoted field, as Excel for Mac writes it", () => {
    const { records } = parseCsv('id,notes\rM1,"first\rsecond"\rM2,x\r', "nodes.csv");
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it("counts CRLF inside a quoted field once", () => {
    const { records } = parseCsv('id,notes\r\nM1,"first\r\nsecond"\r\nM2,x\r\n', "nodes.csv");
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });
});

describe("readNetworkCsv says what a file that is no CSV is", () => {
  const bytes = (...values: number[]) => new Uint8Array([...values, ...utf8("rest of the file")]);
  it.each([
    ["an xlsx workbook", bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)],
    ["a PNG image", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ["binary data", new Uint8Array(1024)],
    ["binary data", Uint8Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256)],
  ])("%s", (looksLike, file) => {
    expect(problems(nodes(file))).toEqual([
      `nodes.csv:1: this is not a text file (it looks like ${looksLike}); save the data as CSV UTF-8 (comma-separated)`,
    ]);
  });

  it("still names a single NUL in a text file where it is", () => {
    expect(problems(nodes("id,name,kind\nB1,B\u0000a,resident\n"))).toEqual([
      "nodes.csv:2:2: name holds the control character U+0000",
    ]);
  });

  it("names ';' as the separator of a file saved with semicolons, instead of listing missing columns", () => {
    expect(problems(nodes("id;name;kind\nB1;Bea;resident\n"))).toEqual([
      'nodes.csv:1: the file seems to use ";" as separator, and Weave reads commas; save it as CSV UTF-8 (comma-separated)',
    ]);
    expect(problems(nodes("sep=;\nid;name;kind\n"))).toEqual([
      'nodes.csv:1: the file seems to use ";" as separator, and Weave reads commas; save it as CSV UTF-8 (comma-separated)',
    ]);
  });

  it("skips Excel's sep=, line and counts lines as written", () => {
    const network = readNetworkCsv(nodes("sep=,\r\nid,name,kind\r\nB1,Bea,resident\r\n"), ties(NO_TIES));
    expect(network.actors.map((actor) => actor.id)).toEqual(["B1"]);
    expect(problems(nodes("sep=,\nid,name,kind,a\u001bb\nB1,Bea,group,x\nB2,,resident,y\n"))).toEqual([
      'nodes.csv:2:4: custom attribute name holds the control character U+001B ("a<U+001B>b")',
      "nodes.csv:4:2: name is empty",
    ]);
  });
});

describe("readNetworkCsv quotes cells short and printable", () => {
  it("cuts a long cell after 60 characters", () => {
    const [problem] = problems(nodes(`id,name,kind,since\nB1,Bea,resident,${"2".repeat(100_000)}\n`));
    expect(problem).toBe(`nodes.csv:2:4: since "${"2".repeat(60)}…" is not a year (four digits, e.g. 2021)`);
  });

  it("shows control characters in year, weight and consent cells", () => {
    expect(
      problems(
        nodes("id,name,kind,consent\nB1,Bea,resident,yes\u001b[2J\nB2,Bo,resident,\n"),
        "source,target,type,weight\nB1,B2,knows,\u0007\n",
      ),
    ).toEqual([
      'nodes.csv:2:4: consent "yes<U+001B>[2J" is not "yes" or "no", optionally followed by a date (yes 2024-03-12)',
      'ties.csv:2:4: weight "<U+0007>" is not a positive number (e.g. 1, 2.5 or 31)',
    ]);
  });

  it("names a control character in a tag", () => {
    expect(problems(nodes("id,name,kind,gifts\nB1,Bea,resident,baking;sing\u0007ing\n"))).toEqual([
      'nodes.csv:2:4: gifts tag "sing<U+0007>ing" holds the control character U+0007',
    ]);
  });

  it("refuses a consent date that is no day of the calendar", () => {
    expect(
      problems(nodes("id,name,kind,consent\nB1,Bea,resident,yes 2024-13-45\nB2,Bo,resident,yes 2024-02-29\n")),
    ).toEqual(['nodes.csv:2:4: consent date "2024-13-45" is not a date (YYYY-MM-DD, e.g. 2024-03-12)']);
  });

  it("reports a bad custom column name once, on the header line", () => {
    const name = "c".repeat(101);
    expect(problems(nodes(`id,name,kind,${name}\nB1,Bea,resident,x\nB2,Bo,resident,y\n`))).toEqual([
      `nodes.csv:1:4: custom attribute name is 101 characters long; at most 100 are allowed ("${"c".repeat(60)}…")`,
    ]);
  });

  it("names the first line of a duplicate id and a duplicate tie", () => {
    expect(
      problems(
        nodes('id,name,kind,notes\nB1,Bea,resident,"two\nlines"\nB2,Bo,resident,\nB1,Bea,resident,\n'),
        "source,target,type\nB1,B2,knows\nB2,B1,knows\n",
      ),
    ).toEqual([
      'nodes.csv:5:1: id "B1" is used twice (first at line 2)',
      'ties.csv:3:2: the same knows tie between "B2" and "B1" starting (no year) is given twice (first at line 2)',
    ]);
  });
});

describe("readNetworkCsv checks a kind change against the ties already stored", () => {
  const existing = new Map<string, Pick<Actor, "kind">>([
    ["S01", { kind: "resident" }],
    ["S02", { kind: "resident" }],
    ["S03", { kind: "resident" }],
    ["G1", { kind: "group" }],
    ["G2", { kind: "group" }],
  ]);
  const tie = (type: Tie["type"], source: string, target: string) => ({
    id: tieId(type, source, target),
    type,
    source,
    target,
  });
  const existingTies = [
    tie("knows", "S01", "S02"),
    tie("knows", "S03", "S01"),
    tie("member_of", "S02", "G1"),
    tie("volunteers_at", "S03", "G2"),
  ];
  const read =
    (nodesText: string, tiesText = NO_TIES) =>
    () =>
      readNetworkCsv(nodes(nodesText), ties(tiesText), { existing, existingTies });
  const issuesOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof ValidationError) return error.issues.map(formatIssue);
      throw error;
    }
    return [];
  };

  it("refuses a kind that a stored tie no longer fits, naming the file, line, column and tie", () => {
    expect(issuesOf(read("id,name,kind\nS01,Pupil 1,group\n"))).toEqual([
      'nodes.csv:2:3: kind "group" does not fit the stored knows tie from "S01" to "S02" and 1 more stored ties (a knows tie goes from resident to resident); change or remove those ties first',
    ]);
  });

  it("accepts a kind change that every stored tie still fits, and one the file's own ties replace", () => {
    // Residents volunteer at groups and at institutions alike.
    expect(issuesOf(read("id,name,kind\nS03,Pupil 3,resident\nG2,Food bank,institution\n"))).toEqual([]);
    // The file gives G1's stored tie again: it is checked once, as a tie of the file.
    expect(issuesOf(read("id,name,kind\nG1,Choir,place\n", "source,target,type\nS02,G1,member_of\n"))).toEqual([
      'ties.csv:2:3: a member_of tie goes from resident to group, not from resident "S02" to place "G1"',
    ]);
  });
});
