import { parentPort } from "node:worker_threads";
import { blockSources } from "../../analysis/brandes.js";
import { searchSources } from "../../analysis/path-kernel.js";
import type { PathThreadJob, PathThreadResult } from "./path-threads.js";

// The entry of a shortest-path helper thread: for each pass it is given, claims blocks until none is
// left and sends each block's sums as it finishes; then waits for the next pass.
if (parentPort === null) throw new Error("path-worker.ts runs only as a worker thread");
const port = parentPort;
port.on("message", ({ pass, plan, claims }: PathThreadJob) => {
  for (let b = Atomics.add(claims, 0, 1); b < plan.blocks; b = Atomics.add(claims, 0, 1)) {
    const result = searchSources(plan.graph, blockSources(plan, b), plan.want);
    const buffers = [result.betweenness.buffer, result.reached.buffer, result.total.buffer, result.harmonic.buffer];
    port.postMessage({ pass, block: b, result } satisfies PathThreadResult, buffers as ArrayBuffer[]);
  }
});
