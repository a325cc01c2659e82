import { describe, expect, it } from "vitest";
import { readTable } from "../../src/io/table.js";

const file = (text: string) => ({ name: "nodes.csv", bytes: new TextEncoder().encode(text) });

describe("readTable's rows", () => {
  it("give each cell by column name, formula escape taken off; a repeated name reads its last column", () => {
    const table = readTable(file("ID,name,name,note\nr1,Ann,Anna,'=1+1\nr2,Bob\n"), ["id", "name"], ["id"]);
    const rows = [...table.rows()].map((row) => ({
      line: row.line,
      cells: ["id", "name", "note", "kind"].map((name) => row.cell(name)),
    }));
    expect(rows).toEqual([
      { line: 2, cells: ["r1", "Anna", "=1+1", undefined] },
      { line: 3, cells: ["r2", "", "", undefined] },
    ]);
  });
});
