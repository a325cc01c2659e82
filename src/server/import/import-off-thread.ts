import type { Worker } from "node:worker_threads";
import { csvImportHeapMb } from "../../io/index.js";
import type { Actor, Issue, Tie, TieEnds } from "../../model/index.js";
import type { ImportSource } from "../../store/graph-store.js";
import { startTypeScriptWorker } from "../analysis/start-typescript-worker.js";
import type { ImportSource as FormFiles, ImportColumns } from "./import-form.js";

export type ImportRequest = FormFiles & { readonly columns?: ImportColumns };

/** What the main thread asks the worker, one question at a time. */
export type ToWorker =
  | { type: "open"; request: ImportRequest }
  | { type: "check"; stored: ReadonlyMap<string, Pick<Actor, "kind">> }
  | { type: "kind-issues"; ties: readonly TieEnds[] }
  | { type: "batches"; collection: "actors" | "ties" }
  | { type: "next" };

export type FromWorker =
  | { type: "checked"; issues: Issue[]; kindChanged: string[] }
  | { type: "issues"; issues: Issue[] }
  | { type: "started" }
  | { type: "batch"; batch: (Actor | Tie)[] }
  | { type: "done" }
  | { type: "failure"; message: string };

const ENTRY = new URL("./import-worker.ts", import.meta.url);

/**
 * The uploaded files as an ImportSource read on a worker thread of its own: parsing and checking a
 * large or hostile upload never holds up other users' requests, and batches come over one at a
 * time, when the store asks for them, so the network is never held whole on either thread. The
 * files' bytes move to the worker. `close` ends the worker.
 */
export function importSourceOffThread(request: ImportRequest): ImportSource & { close(): Promise<void> } {
  const files = "workbook" in request ? [request.workbook] : [request.nodes, request.ties];
  const transferList = files.flatMap(({ bytes }) =>
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
      ? [bytes.buffer]
      : [],
  );
  // A heap sized to the files makes V8 collect as it goes instead of growing first: a 50 MB import
  // took 531 MB over idle without it, 334 MB with it (test/bench/big-import.ts). A workbook's XML
  // is several times its zipped size, so it gets four times that.
  const heapMb =
    "workbook" in request
      ? Math.max(256, Math.ceil((4 * request.workbook.bytes.byteLength) / 2 ** 20))
      : csvImportHeapMb(request.nodes.bytes, request.ties.bytes);
  const worker = startTypeScriptWorker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  const ask = asker(worker);
  const opened = ask({ type: "open", request }, transferList);
  // Awaited by check; a worker that fails before then is no unhandled rejection.
  opened.catch(() => undefined);

  async function* batches<T>(collection: "actors" | "ties"): AsyncGenerator<T[]> {
    await ask({ type: "batches", collection });
    for (;;) {
      const reply = await ask({ type: "next" });
      if (reply.type !== "batch") return;
      yield reply.batch as T[];
    }
  }

  return {
    async check(stored, tiesTouching) {
      await opened;
      const reply = await ask({ type: "check", stored });
      if (reply.type === "issues") return reply.issues;
      if (reply.type !== "checked") throw new Error(`the import worker answered ${reply.type} to check`);
      if (reply.issues.length > 0 || reply.kindChanged.length === 0) return reply.issues;
      const answer = await ask({ type: "kind-issues", ties: await tiesTouching(reply.kindChanged) });
      return answer.type === "issues" ? answer.issues : [];
    },
    actors: () => batches<Actor>("actors"),
    ties: () => batches<Tie>("ties"),
    close: async () => {
      await worker.terminate();
    },
  };
}

/** Question and answer with the worker: one at a time; a failure or an early exit rejects. */
function asker(worker: Worker): (message: ToWorker, transferList?: ArrayBuffer[]) => Promise<FromWorker> {
  let pending: { resolve: (reply: FromWorker) => void; reject: (error: Error) => void } | undefined;
  let ended: Error | undefined;
  const fail = (error: Error) => {
    ended ??= error;
    pending?.reject(error);
    pending = undefined;
  };
  worker.on("message", (reply: FromWorker) => {
    const waiting = pending;
    pending = undefined;
    if (reply.type === "failure") waiting?.reject(new Error(`reading the import failed: ${reply.message}`));
    else waiting?.resolve(reply);
  });
  worker.once("error", fail);
  worker.once("exit", (code) => fail(new Error(`the import worker stopped (exit code ${code})`)));
  return (message, transferList) =>
    new Promise((resolve, reject) => {
      if (ended !== undefined) return reject(ended);
      pending = { resolve, reject };
      worker.postMessage(message, transferList);
    });
}
