import { Worker, type WorkerOptions } from "node:worker_threads";

const TSX_API = import.meta.resolve("tsx/esm/api");

/**
 * Starts a worker thread on a TypeScript entry. The app runs its sources through tsx (registered by
 * bin/weave.js, or vitest's transform in tests), and neither reaches a new thread, so a small
 * bootstrap registers tsx inside the worker before importing the entry.
 */
export function startTypeScriptWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const bootstrap = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
