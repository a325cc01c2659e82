import { parentPort, workerData } from "node:worker_threads";
import { blockSources } from "../../analysis/brandes.js";
import { searchSources } from "../../analysis/path-kernel.js";
import type { PathThreadData, PathThreadResult } from "./path-threads.js";

// The entry of a shortest-path helper thread: claims blocks until none is left, sends each block's
// sums as it finishes, then ends by itself.
if (parentPort === null) throw new Error("path-worker.ts runs only as a worker thread");
const { plan, claims } = workerData as PathThreadData;
for (let b = Atomics.add(claims, 0, 1); b < plan.blocks; b = Atomics.add(claims, 0, 1)) {
  const result = searchSources(plan.graph, blockSources(plan, b), plan.want);
  const buffers = [result.betweenness.buffer, result.reached.buffer, result.total.buffer, result.harmonic.buffer];
  parentPort.postMessage({ block: b, result } satisfies PathThreadResult, buffers as ArrayBuffer[]);
}
