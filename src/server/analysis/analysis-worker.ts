import { parentPort } from "node:worker_threads";
import { analyseForApi } from "./analyse-for-api.js";
import type { AnalysisAnswer, AnalysisJob } from "./worker-protocol.js";

// The entry of an analysis worker thread: one job in, one answer out, for as long as it lives.
if (parentPort === null) throw new Error("analysis-worker.ts runs only as a worker thread");
const port = parentPort;
port.on("message", ({ network, options }: AnalysisJob) => {
  let answer: AnalysisAnswer;
  try {
    answer = { json: JSON.stringify(analyseForApi(network, options)) };
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    answer = { error: { name, message, stack } };
  }
  port.postMessage(answer);
});
