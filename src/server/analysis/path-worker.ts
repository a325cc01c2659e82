import { parentPort, workerData } from "node:worker_threads";
import { type PathThreadData, type PathThreadResult, runClaim } from "./path-threads.js";

// The entry of a shortest-path helper thread: claims blocks (and the hop classes) until none is left,
// sends each answer as it finishes, then ends by itself.
if (parentPort === null) throw new Error("path-worker.ts runs only as a worker thread");
const { plan, claims } = workerData as PathThreadData;
for (let b = Atomics.add(claims, 0, 1); b <= plan.blocks; b = Atomics.add(claims, 0, 1)) {
  const answer = runClaim(plan, b);
  if (answer !== null) parentPort.postMessage(answer satisfies PathThreadResult, transfers(answer));
}

function transfers(answer: PathThreadResult): ArrayBuffer[] {
  if ("hopClasses" in answer) return answer.hopClasses === null ? [] : [answer.hopClasses.buffer as ArrayBuffer];
  const { result } = answer;
  return [
    result.betweenness.buffer,
    result.reached.buffer,
    result.total.buffer,
    result.harmonic.buffer,
  ] as ArrayBuffer[];
}
