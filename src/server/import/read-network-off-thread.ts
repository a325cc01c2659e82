import { type Actor, type Issue, type Network, type TieEnds, ValidationError } from "../../model/index.js";
import { startTypeScriptWorker } from "../analysis/start-typescript-worker.js";
import type { ImportColumns, ImportSource } from "./import-form.js";

export type ImportRequest = ImportSource & {
  readonly existing: ReadonlyMap<string, Pick<Actor, "kind">>;
  /** Stored ties, so a kind change is checked against them; none when omitted. */
  readonly existingTies?: readonly TieEnds[];
  readonly columns?: ImportColumns;
};

export type ImportReply = { network: Network } | { issues: Issue[] } | { failure: string };

const ENTRY = new URL("./import-worker.ts", import.meta.url);

/**
 * readNetworkCsv (or readNetworkXlsx) on a worker thread of its own, so a huge or hostile upload never holds up the
 * requests of other users. Throws the reader's ValidationError as if it had run here.
 */
export function readNetworkOffThread(request: ImportRequest): Promise<Network> {
  return new Promise((resolve, reject) => {
    const worker = startTypeScriptWorker(ENTRY, { workerData: request });
    let answered = false;
    worker.once("message", (reply: ImportReply) => {
      answered = true;
      if ("network" in reply) resolve(reply.network);
      else if ("issues" in reply) reject(new ValidationError(reply.issues));
      else reject(new Error(`reading the import failed: ${reply.failure}`));
    });
    worker.once("error", (error) => {
      answered = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!answered) reject(new Error(`the import worker stopped (exit code ${code}) before it answered`));
    });
  });
}
