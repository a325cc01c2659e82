import { parentPort } from "node:worker_threads";
import type { PathBlock } from "../../analysis/path-types.js";
import { searchAhead } from "./path-ahead.js";
import {
  addHeldBlocks,
  type PathClaimAnswer,
  type PathThreadJob,
  type PathThreadResult,
  runClaim,
} from "./path-threads.js";

// The entry of a shortest-path helper thread: for each pass it is given, claims blocks (and the hop
// classes) until none is left, adding each block to the shared sums when its turn comes. Then it sends
// the blocks whose turn has not come (the one before is another thread's) and says it is idle, and
// waits for the next pass. Between two blocks it searches what was sent ahead on the pass's `ahead` port.
if (parentPort === null) throw new Error("path-worker.ts runs only as a worker thread");
const port = parentPort;
port.on("message", ({ pass, plan, claims, merge, ahead }: PathThreadJob) => {
  const held = new Map<number, PathBlock>();
  for (;;) {
    searchAhead(ahead);
    const b = Atomics.add(claims, 0, 1);
    if (b > plan.blocks) break;
    const answer = runClaim(plan, b);
    if (answer === null) continue;
    if ("hopClasses" in answer) send({ ...answer, pass });
    else {
      held.set(answer.block, answer.result);
      addHeldBlocks(merge, plan, held);
    }
  }
  addHeldBlocks(merge, plan, held);
  for (const [block, result] of held) send({ block, result, pass });
  searchAhead(ahead);
  ahead?.close();
  send({ idle: true, pass });
});

const send = (result: PathThreadResult) => port.postMessage(result, "idle" in result ? [] : transfers(result));

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
