import { mkdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Command, Option } from "commander";
import { EXPORT_FORMATS, type ExportFormat, exportNetwork } from "../../io/index.js";
import { openStore } from "../../store/open-store.js";
import { parseYearOption } from "../options.js";

export function register(program: Command): void {
  program
    .command("export")
    .description(
      "Export the stored network: csv (nodes.csv and ties.csv), json (round-trips everything), gexf (Gephi) or graphml",
    )
    .addOption(new Option("--format <format>", "file format").choices(EXPORT_FORMATS).default("csv"))
    .requiredOption("--out <path>", "a directory (csv, or any format) or a file name (json, gexf, graphml)")
    .option("--year <year>", "only the network as of this year", parseYearOption)
    .action(async (options: { format: ExportFormat; out: string; year?: number }) => {
      const store = await openStore(process.env, { readOnly: true });
      try {
        const network = await store.load(options.year === undefined ? {} : { year: options.year });
        const files = exportNetwork(network, options.format);
        const names = Object.keys(files);
        const toDirectory = names.length > 1 || (await isDirectory(options.out));
        if (toDirectory) await mkdir(options.out, { recursive: true });
        for (const [name, text] of Object.entries(files)) {
          const path = toDirectory ? join(options.out, name) : options.out;
          await writeFile(path, text);
          process.stdout.write(`wrote ${path}\n`);
        }
      } finally {
        await store.close();
      }
    });
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}
