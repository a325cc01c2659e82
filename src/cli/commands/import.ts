import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Command } from "commander";
import { csvImportHeapMb } from "../../io/import-heap.js";
import type { CsvFile } from "../../io/index.js";
import { type Issue, ValidationError, WeaveError } from "../../model/index.js";
import { startTypeScriptWorker } from "../../server/analysis/start-typescript-worker.js";
import type { ImportSummary } from "../../store/graph-store.js";
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
      if (tiesPath === undefined) checkOneFile(nodesPath);
      const done = await importFiles(nodesPath, tiesPath);
      const s = done.summary;
      const elapsed = Math.round(performance.now() - started);
      process.stdout.write(
        `imported into ${done.store} in ${elapsed} ms: actors ${s.actorsCreated} new, ${s.actorsUpdated} changed, ${s.actorsUnchanged} unchanged; ties ${s.tiesCreated} new, ${s.tiesUpdated} changed, ${s.tiesUnchanged} unchanged\n`,
      );
    });
}

/** The files import-worker.ts is sent: nodes.csv and ties.csv, or one workbook or JSON export. */
export type ImportFiles = { readonly label: string } & (
  | { readonly nodes: CsvFile; readonly ties: CsvFile }
  | { readonly file: CsvFile }
);

/** An error as the worker sends it: what errorText in main.ts shows. */
export interface ImportFailure {
  readonly message: string;
  readonly code?: string;
  readonly path?: string;
  readonly issues?: Issue[];
}

/** The store imported into, and what changed. */
export interface ImportDone {
  readonly store: string;
  readonly summary: ImportSummary;
}

export type ImportReport =
  | { type: "progress"; message: string }
  | ({ type: "done" } & ImportDone)
  | { type: "failure"; error: ImportFailure };

/** One workbook (.xlsx), or a JSON dump of `weave export --format json` (restoring a backup). */
function checkOneFile(path: string): void {
  const extension = extname(path).toLowerCase();
  if (extension !== ".xlsx" && extension !== ".json") {
    throw new WeaveError(
      "invalid_option",
      `${path}: give nodes.csv and ties.csv, one workbook ending in .xlsx with the sheets nodes and ties, or a JSON export ending in .json`,
    );
  }
}

/**
 * Reads the files here (a mistyped path should not open, or create, the store) and imports them on a
 * worker thread. Two CSV files get a heap limit sized to them (csvImportHeapMb), so V8 collects as
 * the import goes; should a file need more than that estimate, the import runs again without the
 * limit (it is all or nothing: the first run wrote nothing). A workbook or JSON export expands too
 * much for an estimate from its size, so it runs without one.
 */
async function importFiles(nodesPath: string, tiesPath: string | undefined): Promise<ImportDone> {
  const read = async (): Promise<ImportFiles> => {
    progress(`reading ${tiesPath === undefined ? basename(nodesPath) : "the files"}`);
    try {
      if (tiesPath === undefined) {
        return { label: basename(nodesPath), file: { name: basename(nodesPath), bytes: await readFile(nodesPath) } };
      }
      const [nodes, ties] = await Promise.all([readFile(nodesPath), readFile(tiesPath)]);
      return {
        label: `${basename(nodesPath)} and ${basename(tiesPath)}`,
        nodes: { name: basename(nodesPath), bytes: nodes },
        ties: { name: basename(tiesPath), bytes: ties },
      };
    } finally {
      endProgress();
    }
  };
  const files = await read();
  const heapMb = "ties" in files ? (heapLimitSet() ?? csvImportHeapMb(files.nodes.bytes, files.ties.bytes)) : undefined;
  try {
    return await importOnWorker(files, heapMb);
  } catch (error) {
    if (heapMb === undefined || !outOfMemory(error)) throw error;
    endProgress();
    process.stderr.write(`note: the import needed more than ${heapMb} MB of heap; importing again without a limit\n`);
    return importOnWorker(await read(), undefined);
  } finally {
    endProgress();
  }
}

/** WEAVE_IMPORT_HEAP_MB: the heap limit of a CSV import in MB, instead of the estimate from the files. */
function heapLimitSet(): number | undefined {
  const value = Number(process.env.WEAVE_IMPORT_HEAP_MB);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

function outOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === "ERR_WORKER_OUT_OF_MEMORY";
}

/** Runs import-worker.ts on `files`, whose bytes move to it, with at most `heapMb` of V8 heap when given. */
function importOnWorker(files: ImportFiles, heapMb: number | undefined): Promise<ImportDone> {
  const worker = startTypeScriptWorker(
    new URL("./import-worker.ts", import.meta.url),
    heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: heapMb } },
  );
  return new Promise<ImportDone>((resolve, reject) => {
    worker.on("message", (report: ImportReport) => {
      if (report.type === "progress") progress(report.message);
      else if (report.type === "done") resolve(report);
      else reject(errorOf(report.error));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the import stopped unexpectedly (exit code ${code})`)));
    const parts = "ties" in files ? [files.nodes, files.ties] : [files.file];
    worker.postMessage(
      files,
      parts.flatMap(({ bytes }) => (wholeBuffer(bytes) ? [bytes.buffer] : [])),
    );
  }).finally(() => worker.terminate());
}

/** Bytes that are all of their ArrayBuffer can move to the worker instead of being copied. */
function wholeBuffer(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
}

function errorOf(failure: ImportFailure): Error {
  if (failure.issues !== undefined) return new ValidationError(failure.issues);
  return Object.assign(new Error(failure.message), {
    ...(failure.code === undefined ? {} : { code: failure.code }),
    ...(failure.path === undefined ? {} : { path: failure.path }),
  });
}
