import { describe, expect, it } from "vitest";
import { readNetworkCsv } from "../../src/io/index.js";
import { formatIssue, ValidationError } from "../../src/model/index.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const nodes = (text: string) => ({ name: "nodes.csv", bytes: utf8(text) });
const ties = (text: string) => ({ name: "ties.csv", bytes: utf8(text) });
const NODES = "id,name,kind\nr1,Ann,resident\nr2,Bob,resident\ng1,Choir,group\n";
const TIES = "source,target,type\nr1,r2,knows\n";

/** The exact lines a user would read, in order. */
function problems(nodesFile: { name: string; bytes: Uint8Array }, tiesFile: { name: string; bytes: Uint8Array }) {
  try {
    readNetworkCsv(nodesFile, tiesFile);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error("expected the files to be refused");
}

describe("readNetworkCsv on good input", () => {
  it("reads actors and ties with every standard column", () => {
    const network = readNetworkCsv(
      nodes(
        "id,name,kind,area,gifts,interests,since,until,consent,notes\n" +
          "r1,Ann de Vries,resident,Spinnersstraat,Cooking; listening ;cooking,gardening,2018,,yes 2024-03-12,\n" +
          "g1,Choir,group,,,,2020,,,Tuesdays\n",
      ),
      ties("source,target,type,since,until,weight,note\nr1,g1,member_of,2021,2023,2,alto\n"),
    );
    expect(network.actors[0]).toEqual({
      id: "r1",
      name: "Ann de Vries",
      kind: "resident",
      area: "Spinnersstraat",
      gifts: ["cooking", "listening"],
      interests: ["gardening"],
      since: 2018,
      consent: { given: true, date: "2024-03-12" },
      custom: {},
    });
    expect(network.ties).toEqual([
      {
        id: "member_of:r1:g1:2021",
        source: "r1",
        target: "g1",
        type: "member_of",
        since: 2021,
        until: 2023,
        weight: 2,
        note: "alto",
        custom: {},
      },
    ]);
  });

  it("accepts a BOM, CRLF line ends, quoted fields with commas, quotes and line breaks, and blank lines", () => {
    const text =
      '\uFEFFid,name,kind,notes\r\nr1,"Vries, Ann de",resident,"says ""hi""\r\nevery day"\r\n\r\nr2,Bob,resident,\r\n';
    const network = readNetworkCsv(nodes(text), ties("source,target,type\r\nr1,r2,knows\r\n"));
    expect(network.actors.map((actor) => [actor.name, actor.notes])).toEqual([
      ["Vries, Ann de", 'says "hi"\r\nevery day'],
      ["Bob", undefined],
    ]);
  });

  it("keeps extra columns as custom attributes: numbers where every value is numeric, else text", () => {
    const network = readNetworkCsv(
      nodes("id,name,kind,household_size,postcode\nr1,Ann,resident,3,1011AB\nr2,Bob,resident,,0123\n"),
      ties(TIES),
    );
    expect(network.actors.map((actor) => actor.custom)).toEqual([
      { household_size: 3, postcode: "1011AB" },
      { postcode: "0123" },
    ]);
  });

  it("gives undirected ties one identity whichever way round they are written", () => {
    const a = readNetworkCsv(nodes(NODES), ties("source,target,type\nr1,r2,knows\n"));
    const b = readNetworkCsv(nodes(NODES), ties("source,target,type\nr2,r1,knows\n"));
    expect(a.ties[0]?.id).toBe(b.ties[0]?.id);
  });
});

describe("readNetworkCsv on malformed input: every problem, located, in plain words", () => {
  it("names missing required columns", () => {
    expect(problems(nodes("id,name\nr1,Ann\n"), ties("source,type\nr1,knows\n"))).toEqual([
      'nodes.csv:1: the header has no "kind" column',
      'ties.csv:1: the header has no "target" column',
    ]);
  });

  it("names an unknown kind and an unknown tie type", () => {
    expect(
      problems(nodes("id,name,kind\nr1,Ann,resdent\nr2,Bob,resident\n"), ties("source,target,type\nr1,r2,friends\n")),
    ).toEqual([
      'nodes.csv:2:3: kind "resdent" is not one of resident, group, institution, place',
      'ties.csv:2:3: type "friends" is not one of knows, member_of, leads, volunteers_at, works_at, client_of, partner_of, supports, meets_at, visits',
    ]);
  });

  it("names bad years, years out of range, until before since, and a bad weight", () => {
    expect(
      problems(
        nodes("id,name,kind,since,until\nr1,Ann,resident,2O19,\nr2,Bob,resident,1850,\nr3,Cas,resident,2020,2019\n"),
        ties("source,target,type,weight\nr1,r2,knows,0\nr2,r3,knows,two\nr1,r3,knows,31.5\n"),
      ),
    ).toEqual([
      'nodes.csv:2:4: since "2O19" is not a year (four digits, e.g. 2021)',
      "nodes.csv:3:4: since 1850 is not a year between 1900 and 2100",
      "nodes.csv:4:5: until 2019 is before since 2020",
      'ties.csv:2:4: weight "0" is not a positive number (e.g. 1, 2.5 or 31)',
      'ties.csv:3:4: weight "two" is not a positive number (e.g. 1, 2.5 or 31)',
    ]);
  });

  it("names a duplicate id, a tie to an unknown id, a self-tie, and a tie that does not fit the kinds", () => {
    expect(
      problems(
        nodes("id,name,kind\nr1,Ann,resident\nr1,Ann again,resident\ng1,Choir,group\n"),
        ties("source,target,type\nr1,r9,knows\nr1,r1,knows\ng1,r1,member_of\n"),
      ),
    ).toEqual([
      'nodes.csv:3:1: id "r1" is used twice (first at line 2)',
      'ties.csv:2:2: target "r9" is not a known actor id',
      'ties.csv:3:2: a tie from "r1" to itself is not allowed',
      'ties.csv:4:3: a member_of tie goes from resident to group, not from group "g1" to resident "r1"',
    ]);
  });

  it("names a duplicated tie", () => {
    expect(problems(nodes(NODES), ties("source,target,type,since\nr1,r2,knows,2020\nr2,r1,knows,2020\n"))).toEqual([
      'ties.csv:3:2: the same knows tie between "r2" and "r1" starting 2020 is given twice (first at line 2)',
    ]);
  });

  it("names an unclosed quote by the line it opened on", () => {
    expect(problems(nodes('id,name,kind\nr1,"Ann,resident\nr2,Bob,resident\n'), ties(TIES))).toEqual([
      'nodes.csv:2:2: a quoted field is never closed (missing ")',
    ]);
  });

  it("names a row with the wrong number of fields", () => {
    expect(problems(nodes("id,name,kind\nr1,Ann,resident,extra\nr2,Bob,resident\n"), ties(TIES))).toEqual([
      "nodes.csv:2: the row has 4 fields but the header has 3 columns",
    ]);
  });

  it("names an empty file", () => {
    expect(problems(nodes(""), ties(""))).toEqual([
      "nodes.csv:1: the file is empty; expected a header row starting id,name,kind",
      "ties.csv:1: the file is empty; expected a header row starting source,target,type",
    ]);
  });

  it("names a file in the wrong encoding, with the first line that is not UTF-8", () => {
    const latin1 = Uint8Array.from([...utf8("id,name,kind\nr1,Ann,resident\nr2,Jos"), 0xe9, ...utf8(",resident\n")]);
    const utf16 = Uint8Array.from([0xff, 0xfe, ...utf8("s")]);
    expect(problems({ name: "nodes.csv", bytes: latin1 }, { name: "ties.csv", bytes: utf16 })).toEqual([
      "nodes.csv:3: the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in a spreadsheet)",
      "ties.csv:1: the file is UTF-16; save it as UTF-8 (CSV UTF-8 in a spreadsheet)",
    ]);
  });

  it("names a bad consent cell and consent on something that is not a resident", () => {
    expect(
      problems(
        nodes("id,name,kind,consent\nr1,Ann,resident,maybe\ng1,Choir,group,yes\n"),
        ties("source,target,type\n"),
      ),
    ).toEqual([
      'nodes.csv:2:4: consent "maybe" is not "yes" or "no", optionally followed by a date (yes 2024-03-12)',
      "nodes.csv:3:4: consent is recorded for residents only, not for a group",
    ]);
  });
});
