import { describe, expect, it } from "vitest";
import { escapeCell, parseCsv } from "../../src/io/csv.js";
import { exportNetwork, readNetworkCsv, readNetworkJson } from "../../src/io/index.js";
import type { Network } from "../../src/model/index.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const roundTripCsv = (network: Network) => {
  const files = exportNetwork(network, "csv");
  return readNetworkCsv(
    { name: "nodes.csv", bytes: utf8(files["nodes.csv"] ?? "") },
    { name: "ties.csv", bytes: utf8(files["ties.csv"] ?? "") },
  );
};
const sortById = (network: Network): Network => ({
  actors: [...network.actors].sort((a, b) => a.id.localeCompare(b.id)),
  ties: [...network.ties].sort((a, b) => a.id.localeCompare(b.id)),
});

const tricky: Network = {
  actors: [
    {
      id: "r1",
      name: '=HYPERLINK("http://x")',
      kind: "resident",
      gifts: ["cooking"],
      interests: [],
      notes: '+31 6 1234, "quoted"\nsecond line',
      consent: { given: false },
      custom: { score: -3, handle: "@ann" },
    },
    { id: "g1", name: "Choir", kind: "group", gifts: [], interests: ["singing"], since: 2020, custom: { score: 2 } },
  ],
  ties: [{ id: "member_of:r1:g1:", source: "r1", target: "g1", type: "member_of", weight: 1, custom: {} }],
};

describe("exports", () => {
  it("round-trips the real s50 network through CSV with every column (West of Scotland 11-16 study, RSiena s50)", () => {
    const s50 = readFixtureNetwork("s50");
    expect(roundTripCsv(s50)).toEqual(sortById(s50));
    expect(exportNetwork(s50, "csv")["nodes.csv"]?.split("\n")[0]).toBe(
      "id,name,kind,alcohol_2019,alcohol_2020,alcohol_2021,smoke_2019,smoke_2020,smoke_2021",
    );
    expect(exportNetwork(s50, "csv")["ties.csv"]?.split("\n")[0]).toBe("source,target,type,since,until,weight");
  });

  it("escapes cells a spreadsheet would run, and reads them back as they were", () => {
    const files = exportNetwork(tricky, "csv");
    expect(files["nodes.csv"]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(files["nodes.csv"]).toContain("'@ann");
    expect(escapeCell("-3")).toBe("-3");
    expect(escapeCell("-sum")).toBe("'-sum");
    expect(roundTripCsv(tricky)).toEqual(sortById(tricky));
  });

  it("round-trips everything through the JSON dump", () => {
    const s50 = readFixtureNetwork("s50");
    for (const network of [tricky, s50]) {
      expect(readNetworkJson(exportNetwork(network, "json")["weave.json"] ?? "", "weave.json")).toEqual(
        sortById(network),
      );
    }
  });

  it("refuses a JSON file that is not a dump, naming the record", () => {
    expect(() => readNetworkJson("{", "x.json")).toThrow(/x\.json: the file is not JSON/);
    expect(() =>
      readNetworkJson('{"format":"weave-network","version":1,"actors":[{"id":"a"}],"ties":[]}', "x.json"),
    ).toThrow(/actors\[0\]\.name must be text/);
  });

  it("parses CSV fields exactly as RFC 4180 says", () => {
    expect(parseCsv('a,"b,c","d""e"\n\n1,,3', "x.csv")).toEqual({
      records: [
        { line: 1, fields: ["a", "b,c", 'd"e'] },
        { line: 3, fields: ["1", "", "3"] },
      ],
      issues: [],
    });
  });
});
