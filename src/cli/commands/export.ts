import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { type Command, Option } from "commander";
import type { ExportFormat } from "../../io/export.js";
import { type Network, WeaveError } from "../../model/index.js";
import type { GraphStore } from "../../store/graph-store.js";
import { parseYearOption } from "../options.js";

/** The text formats of exportNetwork, and the workbook (binary, written by writeNetworkXlsx). */
type Format = ExportFormat | "xlsx";
const WORKBOOK = "weave.xlsx";

const SINGLE_FILE_EXTENSIONS: Readonly<Record<Exclude<Format, "csv">, string>> = {
  json: ".json",
  gexf: ".gexf",
  graphml: ".graphml",
  xlsx: ".xlsx",
};
// From the record above, which the type holds to every format, so that `weave --help` need not load
// the writers (src/io/export.ts) for their list: 50 ms of a 150 ms start.
const FORMATS = ["csv", ...Object.keys(SINGLE_FILE_EXTENSIONS)] as Format[];
const FILE_EXTENSIONS = new Set([".csv", ...Object.values(SINGLE_FILE_EXTENSIONS)]);

/**
 * Where each exported file goes. `--out` ending in the format's extension (.json, .gexf, .graphml)
 * is that one file; any other `--out` is a folder, created when missing, that the files go into
 * under their own names. csv is two files, so it always needs a folder.
 */
async function exportPaths(out: string, format: Format, names: readonly string[]): Promise<string[]> {
  const extension = extname(out).toLowerCase();
  const existing = await stat(out).catch(() => undefined);
  if (existing?.isDirectory() || !FILE_EXTENSIONS.has(extension)) {
    if (existing !== undefined && !existing.isDirectory()) {
      const file = format === "csv" ? "" : `, or a file name ending in ${SINGLE_FILE_EXTENSIONS[format]}`;
      throw new WeaveError("invalid_option", `--out ${out} is a file; give a folder${file}`);
    }
    await mkdir(out, { recursive: true });
    return names.map((name) => join(out, name));
  }
  if (format === "csv") {
    throw new WeaveError(
      "invalid_option",
      `--out ${out}: csv writes two files (nodes.csv and ties.csv); give a folder to put them in`,
    );
  }
  if (extension !== SINGLE_FILE_EXTENSIONS[format]) {
    throw new WeaveError(
      "invalid_option",
      `--out ${out} ends in ${extension} but the format is ${format}; use a name ending in ${SINGLE_FILE_EXTENSIONS[format]} or a folder`,
    );
  }
  await mkdir(dirname(out), { recursive: true });
  return [out];
}

/** Every resident under the pseudonym the server gives them: same key, same table over every stored actor. */
async function pseudonymised(store: GraphStore, network: Network): Promise<Network> {
  const [{ PseudonymView, pseudonymTable }, { dataDirOf }, { readPseudonymKey }] = await Promise.all([
    import("../../io/pseudonyms.js"),
    import("../../store/open-store.js"),
    import("../../store/pseudonym-key.js"),
  ]);
  const key = readPseudonymKey(dataDirOf(process.env));
  const { actors } = await store.load();
  return new PseudonymView("everyone", pseudonymTable(actors, key), key).network(network);
}

interface ExportOptions {
  format: Format;
  out: string;
  year?: number;
  pseudonymise?: boolean;
  figures?: boolean;
}

export function register(program: Command): void {
  program
    .command("export")
    .description(
      "Export the stored network: csv (nodes.csv and ties.csv), json (round-trips everything), gexf (Gephi), graphml, or xlsx (a workbook with the sheets nodes and ties)",
    )
    .addOption(new Option("--format <format>", "file format").choices(FORMATS).default("csv"))
    .requiredOption(
      "--out <path>",
      "a folder, created if needed, that the files go into (nodes.csv and ties.csv, weave.json, weave.gexf, weave.graphml or weave.xlsx); or, for json, gexf, graphml and xlsx, one file name ending in .json, .gexf, .graphml or .xlsx",
    )
    .option("--year <year>", "only the network as of this year", parseYearOption)
    .option(
      "--pseudonymise",
      "for sharing: every resident gets the installation's pseudonym (as the server gives them), and notes, custom fields and consent are left out",
    )
    .option(
      "--figures",
      "csv, gexf and graphml also carry each actor's figures of that year (centralities, cluster, role)",
    )
    .action(async (options: ExportOptions) => {
      const { format } = options;
      const { exportNetwork } = await import("../../io/export.js");
      // The file names do not depend on the data: check --out before touching the store.
      const names = format === "xlsx" ? [WORKBOOK] : Object.keys(exportNetwork({ actors: [], ties: [] }, format));
      const paths = await exportPaths(options.out, format, names);
      // Loaded here rather than above, so `weave --help` and the other commands start without them.
      const [{ analyseNetwork }, { figureColumns, writeNetworkXlsx }, { openStore }] = await Promise.all([
        import("../../analysis/index.js"),
        import("../../io/index.js"),
        import("../../store/open-store.js"),
      ]);
      const store = await openStore(process.env, { readOnly: true });
      try {
        const loaded = await store.load(options.year === undefined ? {} : { year: options.year });
        const network = options.pseudonymise === true ? await pseudonymised(store, loaded) : loaded;
        const figures =
          options.figures === true
            ? figureColumns(analyseNetwork(loaded, { year: options.year, years: false }).actors)
            : undefined;
        const files: Record<string, string | Uint8Array> =
          format === "xlsx" ? { [WORKBOOK]: await writeNetworkXlsx(network) } : exportNetwork(network, format, figures);
        for (const [index, name] of names.entries()) {
          const path = paths[index] ?? options.out;
          await writeFile(path, files[name] ?? "");
          process.stdout.write(`wrote ${path}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
