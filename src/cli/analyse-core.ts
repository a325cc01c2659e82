/**
 * What `weave analyse` runs: bin/build.js bundles it once more on its own, as build/cli/analyse-core.cjs,
 * which the command runs with V8's code cache (code-cache.ts).
 */
export { jsonChunks } from "../io/json-chunks.js";
export { readNetworkCsv } from "../io/read-network-csv.js";
export { analyseNetworkThreaded } from "../server/analysis/analyse-threaded.js";
export { defaultPathThreads } from "../server/analysis/path-threads.js";
