import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";
import type * as AnalyseCli from "./analyse-cli.js";
import { analyseInWorker, analyseInWorkerWanted, writeStdioDirectly } from "./analyse-in-worker.js";
import { requireWithCodeCache } from "./code-cache.js";

// What bin/weave.js runs for `weave analyse`, instead of main.ts: one bundle of the command and all it
// loads but the tables (analyse-cli.ts), run with V8's code cache, where main.js is ES modules (150 KB, commander and every command)
// that Node 20 parses and compiles anew at every start.
// Large files are analysed on a worker thread running this file, with a smaller young generation (analyse-in-worker.ts).
if (isMainThread && analyseInWorkerWanted(process.argv)) {
  analyseInWorker(new URL(import.meta.url));
} else {
  if (!isMainThread) writeStdioDirectly();
  await analyse();
}

async function analyse(): Promise<void> {
  const cli = requireWithCodeCache<typeof AnalyseCli>(fileURLToPath(new URL("./analyse-cli.cjs", import.meta.url)));
  await cli.exports.run(() => import("./analyse-tables.js"));
  // Only after an analysis: a cache made by a failed run would hold little more than the start, for good.
  if (process.exitCode === undefined || process.exitCode === 0) cli.keep();
  // The output written, the process ends at once rather than waiting for V8's compiler threads to finish
  // optimising code that will not run again.
  process.stdout.write("", () => process.exit());
}
