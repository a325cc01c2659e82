/** Writes a generated network as nodes.csv and ties.csv, to time `weave analyse` on it:
 *  npx tsx test/bench/write-generated.ts 10000 /tmp/weave-10k */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeNetworkCsv } from "../../src/io/index.js";
import { generateNetwork } from "./generate-network.js";

const [size = "10000", directory = "/tmp/weave-generated"] = process.argv.slice(2);
const files = writeNetworkCsv(generateNetwork(Number(size)));
mkdirSync(directory, { recursive: true });
writeFileSync(join(directory, "nodes.csv"), files.nodes);
writeFileSync(join(directory, "ties.csv"), files.ties);
console.log(`wrote ${directory}/nodes.csv and ties.csv`);
