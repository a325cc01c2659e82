import { parentPort, workerData } from "node:worker_threads";
import { readNetworkCsv, readNetworkXlsx } from "../../io/index.js";
import { ValidationError } from "../../model/index.js";
import type { ImportReply, ImportRequest } from "./read-network-off-thread.js";

// One import per worker: read the two files (or the workbook), answer once, and end with the thread.
const request = workerData as ImportRequest;
const options = { existing: request.existing, existingTies: request.existingTies, columns: request.columns };
let reply: ImportReply;
try {
  reply = {
    network:
      "workbook" in request
        ? await readNetworkXlsx(request.workbook, options)
        : readNetworkCsv(request.nodes, request.ties, options),
  };
} catch (error) {
  reply =
    error instanceof ValidationError
      ? { issues: [...error.issues] }
      : { failure: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(reply);
