import { parentPort } from "node:worker_threads";
import { ValidationError } from "../../model/index.js";
import type { ImportSource } from "../../store/graph-store.js";
import type { ImportDone, ImportFailure, ImportFiles, ImportReport } from "./import.js";

// `weave import` runs here, on a thread whose heap the command sized to the files: it is sent the
// files, checks them, writes them to the store, and reports progress and the outcome. The files come
// as a message, not as workerData, so their bytes can go once decoded.
const report = (message: ImportReport) => parentPort?.postMessage(message);

async function sourceOf(files: ImportFiles): Promise<ImportSource> {
  const { importSourceOf, networkImportSource } = await import("../../store/import-plan.js");
  if ("ties" in files) {
    // Only what CSV needs: the workbook libraries stay unloaded.
    const { networkCsvSource } = await import("../../io/read-network-csv.js");
    return importSourceOf(networkCsvSource(files.nodes, files.ties));
  }
  const { networkXlsxSource, readNetworkJson } = await import("../../io/index.js");
  const { name, bytes } = files.file;
  return name.toLowerCase().endsWith(".json")
    ? networkImportSource(readNetworkJson(new TextDecoder().decode(bytes), name))
    : importSourceOf(await networkXlsxSource({ name, bytes }));
}

async function run(label: string, reading: Promise<ImportSource>): Promise<ImportDone> {
  const source = await reading;
  const { openStore } = await import("../../store/open-store.js");
  const store = await openStore();
  try {
    const count = (n: number) => n.toLocaleString("en");
    const summary = await store.importStream(source, {
      progress: (step, done) =>
        report({
          type: "progress",
          message: step === "checking" ? `checking ${label}` : `writing to ${store.kind}: ${count(done)} ${step}`,
        }),
    });
    return { store: store.kind, summary };
  } finally {
    await store.close();
  }
}

/** What the main thread needs to show an error as it would have been shown there. */
function failure(error: unknown): ImportFailure {
  if (error instanceof ValidationError) return { message: error.message, issues: [...error.issues] };
  const { message = String(error), code, path } = (error ?? {}) as { message?: string; code?: unknown; path?: unknown };
  return {
    message,
    ...(typeof code === "string" ? { code } : {}),
    ...(typeof path === "string" ? { path } : {}),
  };
}

parentPort?.once("message", (files: ImportFiles) => {
  run(files.label, sourceOf(files)).then(
    (done) => report({ type: "done", ...done }),
    (error: unknown) => report({ type: "failure", error: failure(error) }),
  );
});
