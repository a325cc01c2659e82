import { parentPort, workerData } from "node:worker_threads";
import { type PathGraph, type PathWant, searchSources } from "../../analysis/path-kernel.js";
import type { PathTask } from "./path-threads.js";

// The entry of a shortest-path thread: the graph once (workerData), then blocks of sources until stopped.
if (parentPort === null) throw new Error("path-worker.ts runs only as a worker thread");
const port = parentPort;
const { graph, want } = workerData as { graph: PathGraph; want: PathWant };
port.on("message", ({ block, sources }: PathTask) => {
  const result = searchSources(graph, sources, want);
  const buffers = [result.betweenness.buffer, result.reached.buffer, result.total.buffer, result.harmonic.buffer];
  port.postMessage({ block, result }, buffers as ArrayBuffer[]);
});
