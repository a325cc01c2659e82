import { describe, expect, it } from "vitest";
import { parseCsv, readNetworkCsv } from "../../src/io/index.js";
import { formatIssue, ValidationError } from "../../src/model/index.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const nodes = (text: string | Uint8Array) => ({
  name: "nodes.csv",
  bytes: typeof text === "string" ? utf8(text) : text,
});
const ties = (text: string) => ({ name: "ties.csv", bytes: utf8(text) });
const TIES = "source,target,type\nr1,r2,knows\n";
const columns = (count: number) => Array.from({ length: count }, (_, i) => `c${i}`);

function problems(nodesFile: { name: string; bytes: Uint8Array }, tiesFile = ties(TIES)): string[] {
  try {
    readNetworkCsv(nodesFile, tiesFile);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error("expected the files to be refused");
}

/** UTF-16 little-endian, as a spreadsheet saves "Unicode text", without the byte order mark. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 * i] = code & 0xff;
    bytes[2 * i + 1] = code >> 8;
  }
  return bytes;
}

describe("readNetworkCsv keeps hostile files cheap and says what is wrong", () => {
  it("refuses a header of 100,000 columns at once, naming file and line", () => {
    const header = ["id", "name", "kind", ...columns(100_000)].join(",");
    expect(problems(nodes(`${header}\nr1,Ann,resident\n`))).toEqual([
      "nodes.csv:1: the header has more than 1,000 fields; at most 1,000 columns are allowed",
    ]);
  });

  it("reads a header of exactly 1,000 columns, and names its repeated columns", () => {
    const custom = columns(997);
    const row = (id: string) => [id, "Someone", "resident", ...custom.map(() => "1")].join(",");
    const network = readNetworkCsv(nodes(`id,name,kind,${custom.join(",")}\n${row("r1")}\n${row("r2")}\n`), ties(TIES));
    expect(Object.keys(network.actors[0]?.custom ?? {})).toHaveLength(997);
    const repeated = ["id", "name", "kind", ...custom.slice(0, 996), "c5"].join(",");
    expect(problems(nodes(`${repeated}\n${row("r1")}\n${row("r2")}\n`))).toEqual([
      'nodes.csv:1:1000: the column "c5" appears twice',
    ]);
  });

  it("refuses a row wider than 1,000 fields, naming its line", () => {
    const wide = ["r2", "Bob", "resident", ...columns(1_000)].join(",");
    expect(problems(nodes(`id,name,kind\nr1,Ann,resident\n${wide}\n`))).toEqual([
      "nodes.csv:3: the row has more than 1,000 fields; at most 1,000 columns are allowed",
    ]);
  });

  it("refuses a line longer than 1 MiB, naming its line", () => {
    const long = `r2,Bob,resident,"${"x".repeat(1_048_576)}"`;
    expect(problems(nodes(`id,name,kind,notes\nr1,Ann,resident,\n${long}\n`))).toEqual([
      "nodes.csv:3: the line is longer than 1,048,576 characters; is this a CSV file?",
    ]);
  });

  it("applies the API's field limits to imports: a name of 1,000,000 characters is refused", () => {
    expect(problems(nodes(`id,name,kind\nr1,${"n".repeat(1_000_000)},resident\nr2,Bob,resident\n`))).toEqual([
      "nodes.csv:2:2: name is 1000000 characters long; at most 200 are allowed",
    ]);
  });

  it("refuses control characters, showing them without printing them, but keeps tabs and line breaks in notes", () => {
    expect(
      problems(nodes('id,name,kind,notes\nr1,A\u0000nn,resident,\nr2,Bob\u001b[2J,resident,"ok\u0007"\n')),
    ).toEqual([
      "nodes.csv:2:2: name holds the control character U+0000",
      "nodes.csv:3:2: name holds the control character U+001B",
      "nodes.csv:3:4: notes holds the control character U+0007; only tab and line breaks are allowed",
    ]);
    const network = readNetworkCsv(
      nodes('id,name,kind,notes\nr1,Ann,resident,"first\tline\nsecond line"\nr2,Bob,resident,\n'),
      ties(TIES),
    );
    expect(network.actors[0]?.notes).toBe("first\tline\nsecond line");
  });

  it("reports a UTF-16 file without a byte order mark as an encoding problem", () => {
    expect(problems(nodes(utf16le("id,name,kind\nr1,Ann,resident\nr2,Bob,resident\n")))).toEqual([
      "nodes.csv:1: the file looks like UTF-16 (without a byte order mark); save it as UTF-8 (CSV UTF-8 in a spreadsheet)",
    ]);
  });

  it("counts the limits exactly: a line of the limit is read, one character more is refused", () => {
    const limits = { columns: 3, line: 5 };
    const read = (text: string) => parseCsv(text, "f.csv", limits);
    expect(read("abcde\r\nabcde").records).toHaveLength(2);
    expect(read("abcdef").issues).toEqual([
      { file: "f.csv", line: 1, message: "the line is longer than 5 characters; is this a CSV file?" },
    ]);
    expect(read('a\n"ab\ncdefg"').issues).toEqual([
      { file: "f.csv", line: 3, message: "the line is longer than 5 characters; is this a CSV file?" },
    ]);
    expect(read("a,b,c").records).toEqual([{ line: 1, fields: ["a", "b", "c"] }]);
    expect(read("a\n,,,").issues).toEqual([
      { file: "f.csv", line: 2, message: "the row has more than 3 fields; at most 3 columns are allowed" },
    ]);
  });
});
