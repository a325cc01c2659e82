/** The analysis `weave analyse` runs, loaded by the command in one import once it runs. */
export { jsonChunks } from "../io/json-chunks.js";
export { readNetworkCsv } from "../io/read-network-csv.js";
export { analyseNetworkThreaded } from "../server/analysis/analyse-threaded.js";
export { defaultPathThreads } from "../server/analysis/path-threads.js";
