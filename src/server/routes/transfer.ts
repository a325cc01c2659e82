import { basename } from "node:path";
import type { MultipartFile } from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { strToU8, zipSync } from "fflate";
import type { NetworkAnalysis } from "../../analysis/index.js";
import { EXPORT_FORMATS, type ExportFormat, exportNetwork, figureColumns, writeNetworkXlsx } from "../../io/index.js";
import { type Consent, ValidationError } from "../../model/index.js";
import type { ImportOptions } from "../../store/graph-store.js";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { COLUMNS_FIELD, importSource, parseColumnNames } from "../import/import-form.js";
import { importSourceOffThread } from "../import/import-off-thread.js";
import { ERRORS, queryYear, YEAR_PARAM } from "../schemas/common.js";

const TAGS = ["import and export"];
const FILE_FIELDS = ["nodes", "ties", "workbook"] as const;
type FileField = (typeof FILE_FIELDS)[number];

const SUMMARY = {
  type: "object",
  properties: Object.fromEntries(
    ["actorsCreated", "actorsUpdated", "actorsUnchanged", "tiesCreated", "tiesUpdated", "tiesUnchanged"].map((name) => [
      name,
      { type: "integer" },
    ]),
  ),
} as const;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "application/zip",
  json: "application/json; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
};

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface ExportQuery {
  format: ExportFormat | "xlsx";
  year?: string;
  pseudonymise?: "true" | "false";
  figures?: "true" | "false";
}

/**
 * Only an admin records consent, through an import as through PATCH: it decides who may see a name.
 * Sees the import batch by batch, and refuses it whole at the end of the actors.
 */
function refusingConsentChanges(): NonNullable<ImportOptions["vet"]> {
  const same = (a?: Consent, b?: Consent) => a?.given === b?.given && a?.date === b?.date;
  const shown: string[] = [];
  let changed = 0;
  return {
    actors(incoming, stored) {
      for (const actor of incoming) {
        if (same(stored.get(actor.id)?.consent, actor.consent)) continue;
        changed++;
        if (shown.length < 5) shown.push(actor.id);
      }
    },
    end() {
      if (changed === 0) return;
      const more = changed > shown.length ? ` and ${changed - shown.length} more` : "";
      throw new HttpError(
        403,
        "forbidden",
        `only an admin records consent; this import would change the consent of ${shown.join(", ")}${more}`,
      );
    },
  };
}

export function transferRoutes(app: FastifyInstance, { store, bus, privacy, analysis }: ServerContext): void {
  app.post(
    "/api/import",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary:
          "Import nodes.csv and ties.csv (multipart fields `nodes` and `ties`), or one workbook (.xlsx, field `workbook`, sheets nodes and ties), all or nothing",
        description:
          "An optional text field `columns` maps differently named columns to Weave's, per file: " +
          '`{"nodes": {"Naam": "name"}, "ties": {"Van": "source"}}`.',
        consumes: ["multipart/form-data"],
        response: { 200: SUMMARY, ...ERRORS },
      },
    },
    async (request) => {
      const files = new Map<FileField, { name: string; bytes: Uint8Array }>();
      let columns: ReturnType<typeof parseColumnNames> = {};
      for await (const part of request.parts()) {
        if (part.type === "field" && part.fieldname === COLUMNS_FIELD) {
          columns = parseColumnNames(part.value);
          continue;
        }
        if (part.type !== "file" || !(FILE_FIELDS as readonly string[]).includes(part.fieldname)) {
          throw new ValidationError([
            {
              field: part.fieldname,
              message: `the form has a field "${part.fieldname}"; send only the files nodes and ties, or workbook`,
            },
          ]);
        }
        files.set(part.fieldname as FileField, await readPart(part));
      }
      // Read and checked on a worker, written a batch at a time: the files' bytes move to the worker,
      // and the network is never held whole, so other requests are answered all along.
      const source = importSourceOffThread({ ...importSource(files), columns });
      files.clear();
      const vet = request.principal?.role === "admin" ? undefined : refusingConsentChanges();
      const summary = await store.importStream(source, { vet }).finally(source.close);
      bus.publish({ type: "import.finished", version: await store.version(), summary });
      return summary;
    },
  );

  app.get<{ Querystring: ExportQuery }>(
    "/api/export",
    {
      config: { access: "viewer" },
      schema: {
        tags: TAGS,
        summary:
          "Export the network: csv (a zip of nodes.csv and ties.csv), json, gexf, graphml or xlsx (a workbook with the sheets nodes and ties); pseudonymise=true gives every resident a pseudonym and withholds notes, custom fields and consent",
        querystring: {
          type: "object",
          properties: {
            format: { type: "string", enum: [...EXPORT_FORMATS, "xlsx"] },
            year: YEAR_PARAM,
            pseudonymise: { type: "string", enum: ["true", "false"] },
            // Each actor's figures of that year (centralities, cluster, role) in csv, gexf and graphml.
            figures: { type: "string", enum: ["true", "false"] },
          },
          required: ["format"],
          additionalProperties: false,
        },
        produces: [...Object.values(CONTENT_TYPES), XLSX_TYPE],
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const year = queryYear(request.query.year);
      const view = await privacy.view(request, { pseudonymise: request.query.pseudonymise === "true" });
      const network = view.network(await store.load(year === undefined ? {} : { year }));
      const figures =
        request.query.figures === "true"
          ? figureColumns(
              (JSON.parse((await analysis.get({ year }, { fresh: true, reader: false })).json) as NetworkAnalysis)
                .actors,
            )
          : undefined;
      const stem = year === undefined ? "weave" : `weave-${year}`;
      if (format === "xlsx") {
        return reply
          .type(XLSX_TYPE)
          .header("content-disposition", `attachment; filename="${stem}.xlsx"`)
          .send(Buffer.from(await writeNetworkXlsx(network)));
      }
      const files = exportNetwork(network, format, figures);
      const entries = Object.entries(files);
      const [only] = entries;
      if (format !== "csv" && entries.length === 1 && only !== undefined) {
        const extension = only[0].slice(only[0].lastIndexOf("."));
        return reply
          .type(CONTENT_TYPES[format])
          .header("content-disposition", `attachment; filename="${stem}${extension}"`)
          .send(only[1]);
      }
      const zip = zipSync(Object.fromEntries(entries.map(([name, text]) => [name, strToU8(text)])));
      return reply
        .type(CONTENT_TYPES.csv)
        .header("content-disposition", `attachment; filename="${stem}-csv.zip"`)
        .send(Buffer.from(zip));
    },
  );
}

async function readPart(part: MultipartFile): Promise<{ name: string; bytes: Uint8Array }> {
  const bytes = await part.toBuffer();
  const extension = part.fieldname === "workbook" ? "xlsx" : "csv";
  return { name: basename(part.filename || `${part.fieldname}.${extension}`), bytes };
}
