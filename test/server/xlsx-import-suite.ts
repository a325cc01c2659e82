import type { LightMyRequestResponse } from "fastify";
import { describe, expect, it } from "vitest";
import writeXlsxFile, { type Row } from "write-excel-file/node";
import { readNetworkXlsx } from "../../src/io/index.js";
import { seed } from "./fixtures.js";
import { errorCode, type OpenStore } from "./harness.js";
import { useRoleApp } from "./role-app.js";

const NODES: Row[] = [
  ["id", "name", "kind", "interests", "since"],
  ["n1", "Noor", "resident", "walking", 2020],
  ["n2", "Sam", "resident", null, null],
  ["ng", "Walking group", "group", "walking", 2019],
];
const TIES: Row[] = [
  ["source", "target", "type", "since", "weight"],
  ["n1", "n2", "knows", 2021, 2],
  ["n1", "ng", "member_of", null, null],
];

export async function workbook(sheets: Record<string, Row[]>): Promise<Buffer> {
  return writeXlsxFile(Object.entries(sheets).map(([sheet, data]) => ({ sheet, data }))).toBuffer();
}

/** A multipart/form-data body: files as [file name, bytes], text fields as strings. */
export function form(parts: Record<string, [string, Uint8Array] | string>): {
  payload: Buffer;
  headers: Record<string, string>;
} {
  const boundary = "----weave-xlsx-boundary";
  const chunks = Object.entries(parts).flatMap(([field, part]) =>
    typeof part === "string"
      ? [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${part}\r\n`)]
      : [
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${part[0]}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
          ),
          Buffer.from(part[1]),
          Buffer.from("\r\n"),
        ],
  );
  return {
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

/** POST /api/import with a workbook, and GET /api/export?format=xlsx, over one store adapter. */
export function describeWorkbookImport(name: string, open: OpenStore): void {
  describe(`workbook import and export on ${name}`, () => {
    const api = useRoleApp(open, seed);
    const post = (body: ReturnType<typeof form>): Promise<LightMyRequestResponse> =>
      api.request("editor", "POST", "/api/import", body.payload, body.headers);

    it("imports a good workbook, a second import changes nothing, and the export reads back", async () => {
      const body = form({ workbook: ["network.xlsx", await workbook({ nodes: NODES, ties: TIES })] });
      const first = await post(body);
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ actorsCreated: 3, tiesCreated: 2 });
      expect(await api.store.getActor("n1")).toMatchObject({ name: "Noor", interests: ["walking"], since: 2020 });
      expect((await post(body)).json()).toMatchObject({ actorsCreated: 0, actorsUnchanged: 3, tiesUnchanged: 2 });

      const exported = await api.request("editor", "GET", "/api/export?format=xlsx");
      expect(exported.statusCode).toBe(200);
      expect(exported.headers["content-disposition"]).toBe('attachment; filename="weave.xlsx"');
      const back = await readNetworkXlsx({ name: "weave.xlsx", bytes: exported.rawPayload });
      expect(back.actors.map((actor) => actor.id).sort()).toEqual(["g1", "i1", "n1", "n2", "ng", "r1", "r2"]);
      expect(back.ties).toHaveLength(4);
    });

    it("documents the workbook field and the xlsx export in the OpenAPI document", async () => {
      const spec = (await api.request("anonymous", "GET", "/api/openapi.json")).json();
      expect(spec.paths["/api/import"].post.summary).toContain("field `workbook`");
      const format = spec.paths["/api/export"].get.parameters.find((p: { name: string }) => p.name === "format");
      expect(format.schema.enum).toContain("xlsx");
    });

    it("maps differently named columns to Weave's with the field columns", async () => {
      const renamed = [["Code", "Naam", "Soort"], ...NODES.slice(1).map((row) => row.slice(0, 3))];
      const response = await post(
        form({
          columns: JSON.stringify({ nodes: { Code: "id", Naam: "name", Soort: "kind" } }),
          workbook: ["buurt.xlsx", await workbook({ nodes: renamed, ties: TIES })],
        }),
      );
      expect(response.statusCode).toBe(200);
      expect((await api.store.getActor("ng"))?.name).toBe("Walking group");
    });

    it("refuses a workbook with bad rows whole, naming sheet, row and column, and stores nothing", async () => {
      const version = await api.store.version();
      const bad = await workbook({
        nodes: [...NODES, ["n3", "Zork", "martian", null, 2021]],
        ties: [...TIES, ["n1", "nobody", "knows", null, null]],
      });
      const response = await post(form({ workbook: ["network.xlsx", bad] }));
      expect(response.statusCode).toBe(400);
      expect(errorCode(response)).toBe("invalid_input");
      const issues = response.json().error.issues;
      expect(issues).toContainEqual(
        expect.objectContaining({ file: "network.xlsx [nodes]", line: 5, column: 3, field: "kind" }),
      );
      expect(issues).toContainEqual(
        expect.objectContaining({ file: "network.xlsx [ties]", line: 4, column: 2, field: "target" }),
      );
      expect(await api.store.getActor("n1")).toBeUndefined();
      expect(await api.store.version()).toBe(version);
    });

    it("refuses a file that is not a workbook, a missing sheet, and a form with both kinds", async () => {
      const cases: [ReturnType<typeof form>, RegExp][] = [
        [form({ workbook: ["network.xlsx", Buffer.from("id,name,kind\n")] }), /is not an \.xlsx workbook/],
        [form({ workbook: ["network.xlsx", await workbook({ nodes: NODES })] }), /has no sheet "ties"/],
        [
          form({
            workbook: ["network.xlsx", await workbook({ nodes: NODES, ties: TIES })],
            nodes: ["n.csv", Buffer.from("")],
          }),
          /either nodes and ties, or workbook/,
        ],
        [form({ columns: "{nope", workbook: ["network.xlsx", Buffer.from("")] }), /"columns" is not JSON/],
      ];
      for (const [body, message] of cases) {
        const response = await post(body);
        expect(response.statusCode).toBe(400);
        expect(response.json().error.issues[0].message).toMatch(message);
      }
      expect(await api.store.getActor("n1")).toBeUndefined();
    });
  });
}
