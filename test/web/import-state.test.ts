import { describe, expect, it } from "vitest";
import {
  columnsField,
  initialMapping,
  mapColumn,
  missingColumns,
  percent,
  previewCsv,
  previewSheet,
  rememberedMappings,
  rememberMappings,
  unknownColumns,
} from "../../src/web/features/import/state.js";

/** localStorage as the browser keeps it: strings by key. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
  };
}

describe("the import dialog's state", () => {
  it("previews the first rows of a CSV file, quotes and all, without a BOM", () => {
    const preview = previewCsv('\ufeffid,name,notes\r\nr1,"Ann, de Vries","says ""hi""\nloudly"\n\nr2,Bob,\n', 5);
    expect(preview).toEqual({
      header: ["id", "name", "notes"],
      rows: [
        ["r1", "Ann, de Vries", 'says "hi"\nloudly'],
        ["r2", "Bob", ""],
      ],
    });
    expect(previewCsv("id\n1\n2\n3\n", 2).rows).toEqual([["1"], ["2"]]);
  });

  it("previews a sheet from its first filled row, dates as ISO dates", () => {
    const preview = previewSheet([
      [null, null],
      ["id", "since"],
      ["r1", new Date(Date.UTC(2021, 0, 5))],
      ["r2", 2020],
    ]);
    expect(preview).toEqual({
      header: ["id", "since"],
      rows: [
        ["r1", "2021-01-05"],
        ["r2", "2020"],
      ],
    });
  });

  it("offers only the columns Weave does not know, and says which required ones are still missing", () => {
    const header = ["Code", "Naam", "KIND", "Buurt", ""];
    expect(unknownColumns("nodes", header)).toEqual(["Code", "Naam", "Buurt"]);
    const mapping = mapColumn("Naam", "name")(mapColumn("Code", "id")({}));
    expect(missingColumns("nodes", header, {})).toEqual(["id", "name"]);
    expect(missingColumns("nodes", header, mapping)).toEqual([]);
    expect(mapColumn("Naam", "")(mapping)).toEqual({ Code: "id" });
  });

  it("remembers a mapping for the next upload, and applies it only where it still fits", () => {
    const storage = memoryStorage();
    rememberMappings(storage, { nodes: { Naam: "name", Wijk: "area" }, ties: {} });
    rememberMappings(storage, { nodes: { Code: "id" }, ties: { Van: "source" } });
    const remembered = rememberedMappings(storage);
    expect(remembered).toEqual({ nodes: { Naam: "name", Wijk: "area", Code: "id" }, ties: { Van: "source" } });
    // "area" is there by name already, so Wijk cannot be mapped to it too.
    expect(initialMapping("nodes", ["Code", "Naam", "kind", "area", "Wijk"], remembered.nodes)).toEqual({
      Code: "id",
      Naam: "name",
    });
    expect(rememberedMappings(memoryStorage({ "weave.import.columns": "{broken" }))).toEqual({ nodes: {}, ties: {} });
  });

  it("sends the mapping only when something is renamed, and reports progress in whole percents", () => {
    expect(columnsField({ nodes: {}, ties: {} })).toBeUndefined();
    expect(columnsField({ nodes: { Naam: "name" }, ties: {} })).toBe('{"nodes":{"Naam":"name"}}');
    expect(percent(1, 3)).toBe(33);
    expect(percent(5, undefined)).toBeUndefined();
  });
});
