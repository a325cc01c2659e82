import { statSync, writeSync } from "node:fs";
import { Worker } from "node:worker_threads";

/**
 * Input files from this size on (the two CSV files together) are analysed on a worker thread with a small
 * young generation. V8 sizes the young generation of the main thread's heap when the process starts, and
 * lets it grow to 16 MB semi-spaces (48 MB): at 10,000 actors (1.4 MB of CSV) the peak was 163–170 MB;
 * with a worker's young generation capped the peak falls (figures in the commit), the output identical.
 * Below, starting a worker costs more than it saves: 1,000 actors (0.13 MB) peak near 87 MB, far under
 * the 150 MB goal, and are over in half a second, where a thread's start is felt. `WEAVE_ANALYSE_WORKER_BYTES`
 * sets the size instead (0: always; tests run the worker's path with it).
 */
const IN_WORKER_FROM_BYTES = 512 * 1024;

/** The worker's young generation, in MB (V8: two semi-spaces and a third for new large objects). */
const YOUNG_GENERATION_MB = 12;

/**
 * Whether `weave analyse` with these arguments (process.argv) runs on a worker: when the files it names
 * are large. The arguments are not parsed here: every one that is a file counts, an option's value too,
 * which at worst moves the threshold; the analysis and its output are the same either way.
 */
export function analyseInWorkerWanted(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const threshold =
    env.WEAVE_ANALYSE_WORKER_BYTES === undefined ? IN_WORKER_FROM_BYTES : Number(env.WEAVE_ANALYSE_WORKER_BYTES);
  let bytes = 0;
  for (const argument of argv.slice(2)) {
    const stats = statSync(argument, { throwIfNoEntry: false });
    if (stats?.isFile() === true) bytes += stats.size;
  }
  return bytes >= threshold;
}

/**
 * Runs `main` (analyse-main.js) on a worker thread with the process's arguments, and ends the process
 * with the worker's exit code. This thread loads nothing more and waits, so its heap stays small. The
 * worker writes to the process's stdout and stderr itself (`writeStdioDirectly`), not through this thread.
 */
export function analyseInWorker(main: URL): void {
  const worker = new Worker(main, {
    argv: process.argv.slice(2),
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  worker.on("error", (error) => {
    // What Node prints for an error nothing caught on the main thread.
    writeAll(2, `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
  worker.on("exit", (code) => process.exit(process.exitCode ?? code));
}

/**
 * On the worker: process.stdout and process.stderr written straight to the process's file descriptors,
 * at once, as the main thread's are when they are files or pipes. A worker's own streams pass every chunk
 * to the parent thread as a message, written later: the 60 MB of JSON of 100,000 actors would be held
 * in memory meanwhile. A closed output (EPIPE) is reported as the stream's "error", as on the main thread.
 */
export function writeStdioDirectly(): void {
  for (const [stream, fd] of [
    [process.stdout, 1],
    [process.stderr, 2],
  ] as const) {
    stream.write = ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
      const done = typeof encoding === "function" ? encoding : callback;
      try {
        writeAll(fd, chunk);
      } catch (error) {
        stream.emit("error", error);
        return false;
      }
      if (typeof done === "function") done();
      return true;
    }) as typeof stream.write;
  }
}

/** Something to wait on for a millisecond: a full non-blocking pipe has no event to wait for here. */
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `chunk` to `fd`, waiting for room when it is a full non-blocking pipe (`| less`). */
function writeAll(fd: number, chunk: string | Uint8Array): void {
  let bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
