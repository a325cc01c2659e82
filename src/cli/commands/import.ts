import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Command } from "commander";
import type { NetworkSource } from "../../io/index.js";
import { WeaveError } from "../../model/index.js";
import type { ImportSource } from "../../store/graph-store.js";
import { endProgress, progress } from "../progress.js";

export function register(program: Command): void {
  program
    .command("import")
    .description(
      "Import nodes.csv and ties.csv, one workbook network.xlsx with the sheets nodes and ties, or a JSON export (a backup) into the configured store (Neo4j when NEO4J_URI is set, else the SQLite file in WEAVE_DATA_DIR). All or nothing: on any problem nothing is written and every problem is listed. Importing the same files again changes nothing.",
    )
    .argument(
      "<nodes.csv>",
      "actors: id,name,kind then any of area,gifts,interests,since,until,consent,notes and custom columns; or a workbook (.xlsx) with these columns in its sheet nodes and the ties' in its sheet ties, or a JSON export",
    )
    .argument("[ties.csv]", "ties: source,target,type then any of since,until,weight,note")
    .action(async (nodesPath: string, tiesPath: string | undefined) => {
      const started = performance.now();
      if (tiesPath === undefined) return importOneFile(nodesPath, started);
      // Read first: a mistyped path should not open, or create, the store.
      const source = await readCsvFiles(nodesPath, tiesPath);
      const { importSourceOf } = await import("../../store/import-plan.js");
      await write(importSourceOf(source), `${basename(nodesPath)} and ${basename(tiesPath)}`, started);
    });
}

/**
 * The two files as a source, read, checked and written a batch at a time: never held as one
 * network. Their bytes are let go once decoded (nothing here keeps them past the return).
 */
async function readCsvFiles(nodesPath: string, tiesPath: string): Promise<NetworkSource> {
  progress("reading the files");
  const [nodes, ties] = await Promise.all([readFile(nodesPath), readFile(tiesPath)]).finally(endProgress);
  // Only what CSV needs: the workbook libraries stay unloaded.
  const { networkCsvSource } = await import("../../io/read-network-csv.js");
  return networkCsvSource({ name: basename(nodesPath), bytes: nodes }, { name: basename(tiesPath), bytes: ties });
}

/** One workbook (.xlsx), or a JSON dump of `weave export --format json` (restoring a backup). */
async function importOneFile(path: string, started: number): Promise<void> {
  const extension = extname(path).toLowerCase();
  if (extension !== ".xlsx" && extension !== ".json") {
    throw new WeaveError(
      "invalid_option",
      `${path}: give nodes.csv and ties.csv, one workbook ending in .xlsx with the sheets nodes and ties, or a JSON export ending in .json`,
    );
  }
  progress(`reading ${basename(path)}`);
  const bytes = await readFile(path).finally(endProgress);
  const [{ networkXlsxSource, readNetworkJson }, { importSourceOf, networkImportSource }] = await Promise.all([
    import("../../io/index.js"),
    import("../../store/import-plan.js"),
  ]);
  const source =
    extension === ".json"
      ? networkImportSource(readNetworkJson(new TextDecoder().decode(bytes), basename(path)))
      : importSourceOf(await networkXlsxSource({ name: basename(path), bytes }));
  await write(source, basename(path), started);
}

async function write(source: ImportSource, files: string, started: number): Promise<void> {
  const { openStore } = await import("../../store/open-store.js");
  const store = await openStore();
  try {
    const count = (n: number) => n.toLocaleString("en");
    const s = await store.importStream(source, {
      progress: (step, done) =>
        progress(step === "checking" ? `checking ${files}` : `writing to ${store.kind}: ${count(done)} ${step}`),
    });
    endProgress();
    const elapsed = Math.round(performance.now() - started);
    process.stdout.write(
      `imported into ${store.kind} in ${elapsed} ms: actors ${s.actorsCreated} new, ${s.actorsUpdated} changed, ${s.actorsUnchanged} unchanged; ties ${s.tiesCreated} new, ${s.tiesUpdated} changed, ${s.tiesUnchanged} unchanged\n`,
    );
  } finally {
    endProgress();
    await store.close();
  }
}
