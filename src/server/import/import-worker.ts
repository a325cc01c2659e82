import { parentPort, workerData } from "node:worker_threads";
import { readNetworkCsv } from "../../io/index.js";
import { ValidationError } from "../../model/index.js";
import type { ImportReply, ImportRequest } from "./read-network-off-thread.js";

// One import per worker: read the two files, answer once, and end with the thread.
const { nodes, ties, existing, existingTies } = workerData as ImportRequest;
let reply: ImportReply;
try {
  reply = { network: readNetworkCsv(nodes, ties, { existing, existingTies }) };
} catch (error) {
  reply =
    error instanceof ValidationError
      ? { issues: [...error.issues] }
      : { failure: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(reply);
