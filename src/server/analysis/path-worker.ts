import { parentPort } from "node:worker_threads";
import { type PathClaimAnswer, type PathThreadJob, type PathThreadResult, runClaim } from "./path-threads.js";

// The entry of a shortest-path helper thread: for each pass it is given, claims blocks (and the hop
// classes) until none is left and sends each answer as it finishes; then waits for the next pass.
if (parentPort === null) throw new Error("path-worker.ts runs only as a worker thread");
const port = parentPort;
port.on("message", ({ pass, plan, claims }: PathThreadJob) => {
  for (let b = Atomics.add(claims, 0, 1); b <= plan.blocks; b = Atomics.add(claims, 0, 1)) {
    const answer = runClaim(plan, b);
    if (answer !== null) port.postMessage({ ...answer, pass } satisfies PathThreadResult, transfers(answer));
  }
});

function transfers(answer: PathClaimAnswer): ArrayBuffer[] {
  if ("hopClasses" in answer) return answer.hopClasses === null ? [] : [answer.hopClasses.buffer as ArrayBuffer];
  const { result } = answer;
  return [
    result.betweenness.buffer,
    result.reached.buffer,
    result.total.buffer,
    result.harmonic.buffer,
  ] as ArrayBuffer[];
}
