/** The analysis `weave analyse` runs (commands/analyse.ts), in one module. */
export { writeJsonChunks } from "../io/json-chunks.js";
export { readNetworkCsv } from "../io/read-network-csv.js";
export { analyseNetworkThreaded } from "../server/analysis/analyse-threaded.js";
export { defaultPathThreads } from "../server/analysis/path-threads.js";
