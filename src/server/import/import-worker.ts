import { parentPort } from "node:worker_threads";
import { type NetworkSource, networkCsvSource, networkXlsxSource } from "../../io/index.js";
import { drain, type NetworkCheck } from "../../io/network-source.js";
import { type Actor, type Tie, ValidationError } from "../../model/index.js";
import type { FromWorker, ImportRequest, ToWorker } from "./import-off-thread.js";

// One import per worker: it is sent the two files (or the workbook), reads them, and answers the
// main thread's questions one at a time — check, then the batches — until the main thread ends it.
// The files come as the first message, not as workerData, so their bytes can go once decoded.
let opening: Promise<NetworkSource> | undefined;
let check: NetworkCheck | undefined;
let batches: Iterator<(Actor | Tie)[]> | undefined;

function open(request: ImportRequest): Promise<NetworkSource> {
  const opened =
    "workbook" in request
      ? networkXlsxSource(request.workbook, request.columns)
      : Promise.resolve().then(() => networkCsvSource(request.nodes, request.ties, request.columns));
  // A workbook that cannot be read is answered when the main thread asks; until then it is no crash.
  opened.catch(() => undefined);
  return opened;
}

async function answer(message: ToWorker): Promise<FromWorker> {
  if (message.type === "open") {
    opening = open(message.request);
    return { type: "started" };
  }
  let source: NetworkSource;
  try {
    if (opening === undefined) throw new Error("asked before the files were sent");
    source = await opening;
  } catch (error) {
    if (error instanceof ValidationError) return { type: "issues", issues: [...error.issues] };
    throw error;
  }
  switch (message.type) {
    case "check":
      check = drain(source.check(message.stored));
      return { type: "checked", issues: check.issues, kindChanged: [...check.kindChanged] };
    case "kind-issues":
      return { type: "issues", issues: check?.kindIssues(message.ties) ?? [] };
    case "batches":
      batches = message.collection === "actors" ? source.actors() : source.ties();
      return { type: "started" };
    case "next": {
      const step = batches?.next();
      return step === undefined || step.done === true ? { type: "done" } : { type: "batch", batch: step.value };
    }
  }
}

parentPort?.on("message", (message: ToWorker) => {
  answer(message).then(
    (reply) => parentPort?.postMessage(reply),
    (error: unknown) =>
      parentPort?.postMessage({ type: "failure", message: error instanceof Error ? error.message : String(error) }),
  );
});
