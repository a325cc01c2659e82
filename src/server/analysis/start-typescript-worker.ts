import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * V8's heap and stack sizes are the process's: a thread given them explicitly fails to start (its own
 * are `resourceLimits`). The rest (--cpu-prof, --inspect …) carries over to the threads.
 */
const isThreadFlag = (flag: string): boolean =>
  !/^--(?:(?:max|initial)[-_][\w-]*size|stack[-_]size|expose[-_]gc)(?:=|$)/.test(flag);

/** True when this module runs as compiled JavaScript (build/, via bin/weave.js); false from the .ts sources. */
const COMPILED = import.meta.url.endsWith(".js");

/**
 * Starts a worker thread on a TypeScript entry, named by its source: `new URL("./x-worker.ts", import.meta.url)`.
 * - Compiled (bin/weave.js runs build/), the entry is its own bundle, at its source's place in build/
 *   (bin/build.js finds the entries by that `new URL`), with source maps when this thread has them
 *   (`weave serve`), so a worker's stack trace points at src/ as the main thread's does.
 * - From the sources (vitest, tsx), nothing compiled exists and neither runner reaches a new thread, so
 *   a small bootstrap registers tsx (a devDependency, present wherever the sources run) inside the
 *   worker before importing the entry.
 */
export function startTypeScriptWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (!entry.pathname.endsWith(".ts")) throw new Error(`a worker entry names its .ts source: ${entry.href}`);
  if (COMPILED) {
    const compiled = new URL(entry.href.replace(/\.ts$/, ".js"));
    return new Worker(compiled, {
      ...options,
      execArgv: [
        ...(options.execArgv ?? process.execArgv.filter(isThreadFlag)),
        ...(process.sourceMapsEnabled ? ["--enable-source-maps"] : []),
      ],
    });
  }
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const bootstrap = `import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
