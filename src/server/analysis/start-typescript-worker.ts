import { Worker, type WorkerOptions } from "node:worker_threads";

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
    // No execArgv: the thread inherits this one's Node options (--cpu-prof, --inspect …). Given
    // explicitly, V8's (--trace-gc, --max-old-space-size …) and the process's (--title …) are refused,
    // and they hold for every thread anyway. Source maps switched on at run time (`weave serve`) are no
    // option to inherit, so the thread switches them on itself before loading its entry.
    if (!process.sourceMapsEnabled) return new Worker(compiled, options);
    const bootstrap = `process.setSourceMapsEnabled(true); import(${JSON.stringify(compiled.href)});`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const bootstrap = `import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
