import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import writeXlsxFile, { type Row } from "write-excel-file/node";
import { exportNetwork, readNetworkJson, readNetworkXlsx, writeNetworkXlsx } from "../../src/io/index.js";
import { formatIssue, type Network, ValidationError } from "../../src/model/index.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";

const NODES: Row[] = [
  ["id", "name", "kind", "since"],
  ["r1", "Ann", "resident", 2019],
  ["r2", "Bob", "resident", 2020],
  ["g1", "Choir", "group", null],
];
const TIES: Row[] = [
  ["source", "target", "type", "weight"],
  ["r1", "r2", "knows", 2.5],
];

async function workbook(sheets: Record<string, Row[]>): Promise<Uint8Array> {
  const buffer = await writeXlsxFile(
    Object.entries(sheets).map(([sheet, data]) => ({ sheet, data, dateFormat: "yyyy-mm-dd" })),
  ).toBuffer();
  return new Uint8Array(buffer);
}

const read = async (bytes: Uint8Array, options = {}) => readNetworkXlsx({ name: "network.xlsx", bytes }, options);

/** The exact lines a user would read, in order. */
async function problems(bytes: Uint8Array): Promise<string[]> {
  try {
    await read(bytes);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error("expected the workbook to be refused");
}

/** The network in the order exports write it, and as JSON reads it back (custom values included). */
const sorted = (network: Network) => readNetworkJson(exportNetwork(network, "json")["weave.json"] ?? "", "weave.json");

describe("workbooks", () => {
  it("writes the real s50 network to a workbook and reads it back equal (West of Scotland 11-16 study)", async () => {
    const s50 = readFixtureNetwork("s50");
    const back = await read(await writeNetworkXlsx(s50));
    expect(sorted(back)).toEqual(sorted(s50));
    expect(back.actors).toHaveLength(50);
  });

  it("round-trips text that a spreadsheet would run, numbers as text ids and apostrophes", async () => {
    const network: Network = {
      actors: [
        { id: "007", name: '=HYPERLINK("x")', kind: "resident", gifts: [], interests: [], custom: { code: "'=A1" } },
        { id: "12", name: "-3 degrees", kind: "group", gifts: ["+music"], interests: [], custom: { code: "@home" } },
      ],
      ties: [],
    };
    const bytes = await writeNetworkXlsx(network);
    const sheet = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
    expect(sheet).not.toContain("<f>");
    expect(sorted(await read(bytes))).toEqual(sorted(network));
  });

  it("reads numbers, dates, booleans and formulas' saved values as the CSV columns expect", async () => {
    const bytes = await workbook({
      nodes: [
        ["id", "name", "kind", "since", "consent", "notes", "Score"],
        ["r1", "Ann", "resident", new Date(Date.UTC(2019, 2, 1)), true, new Date(Date.UTC(2024, 2, 12)), 3.5],
        ["r2", "Bob", "resident", { value: "=2000+20", type: "Formula" }, false, null, 4],
      ],
      ties: TIES,
    });
    const network = await read(withSavedFormulaValue(bytes, "=2000+20", "2020"));
    expect(network.actors).toEqual([
      expect.objectContaining({
        id: "r1",
        since: 2019,
        consent: { given: true },
        notes: "2024-03-12",
        custom: { Score: 3.5 },
      }),
      expect.objectContaining({ id: "r2", since: 2020, consent: { given: false }, custom: { Score: 4 } }),
    ]);
    expect(network.ties[0]).toMatchObject({ source: "r1", target: "r2", weight: 2.5 });
  });

  it("finds the sheets whatever their case, and maps differently named columns to Weave's", async () => {
    const bytes = await workbook({
      Intro: [["Our street"]],
      Nodes: [["Code", "Naam", "Soort"], ...NODES.slice(1).map((row) => row.slice(0, 3))],
      TIES: TIES,
    });
    const network = await read(bytes, { columns: { nodes: { Code: "id", Naam: "name", Soort: "kind" } } });
    expect(network.actors.map((actor) => actor.name)).toEqual(["Ann", "Bob", "Choir"]);
  });

  it("refuses a workbook with a bad row whole, naming the sheet, row and column", async () => {
    const bytes = await workbook({
      nodes: [...NODES, [null, null, null, null], ["m1", "Zork", "martian", 2021], ["r3", "Cas", "resident", 21]],
      ties: [...TIES, ["r1", "nobody", "knows", 1]],
    });
    const lines = await problems(bytes);
    expect(lines).toEqual([
      expect.stringMatching(/^network\.xlsx \[nodes\]:6:3: kind "martian" is not/),
      'network.xlsx [nodes]:7:4: since "21" is not a year (four digits, e.g. 2021)',
      expect.stringMatching(/^network\.xlsx \[ties\]:3:2: .*"nobody"/),
    ]);
  });

  it("refuses a file that is not a workbook, and a workbook without a sheet", async () => {
    expect(await problems(strToU8("id,name,kind\nr1,Ann,resident\n"))).toEqual([
      "network.xlsx: the file is not an .xlsx workbook (or it is damaged); save it from a spreadsheet as .xlsx",
    ]);
    expect(await problems(new Uint8Array())).toEqual(["network.xlsx: the file is empty; expected an .xlsx workbook"]);
    expect(await problems(await workbook({ nodes: NODES, Sheet2: [["x"]] }))).toEqual([
      'network.xlsx: the workbook has no sheet "ties" (it has "nodes", "Sheet2"); name the sheets nodes and ties',
    ]);
    expect(await problems(await workbook({ nodes: [], ties: TIES }))).toEqual([
      "network.xlsx [nodes]:1: the sheet is empty; expected a header row starting id,name,kind",
    ]);
  });
});

/** A formula cell as a spreadsheet saves it: the formula and the value it last computed. */
function withSavedFormulaValue(bytes: Uint8Array, formula: string, value: string): Uint8Array {
  const files = unzipSync(bytes);
  const path = "xl/worksheets/sheet1.xml";
  const xml = strFromU8(files[path] ?? new Uint8Array());
  const saved = xml.replace(`<f>${formula}</f>`, `<f>${formula.slice(1)}</f><v>${value}</v>`);
  expect(saved).not.toBe(xml);
  return zipSync({ ...files, [path]: strToU8(saved) });
}
