import { parentPort, workerData } from "node:worker_threads";
import { analyseForApiThreaded } from "./analyse-for-api.js";
import { PathHelpers } from "./path-threads.js";
import type { AnalysisAnswer, AnalysisJob } from "./worker-protocol.js";

// The entry of an analysis worker thread: one job in, one answer out, for as long as it lives.
if (parentPort === null) throw new Error("analysis-worker.ts runs only as a worker thread");
const port = parentPort;
// Threads for the shortest paths of each job, shared out by the pool (path-threads.ts pathThreadsPerAnalysis).
const { pathThreads = 1 } = (workerData ?? {}) as { pathThreads?: number };
// Kept for the worker's life: started with every job, they cost more than the search they help with.
const helpers = new PathHelpers(pathThreads - 1);
port.on("message", async ({ network, options }: AnalysisJob) => {
  let answer: AnalysisAnswer;
  try {
    answer = { json: JSON.stringify(await analyseForApiThreaded(network, options, helpers)) };
  } catch (error) {
    const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
    answer = { error: { name, message, stack } };
  }
  port.postMessage(answer);
});
