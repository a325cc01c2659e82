/** Writes a generated network as nodes.csv and ties.csv, to time `weave analyse` on it:
 *  npx tsx test/bench/write-generated.ts 10000 /tmp/weave-10k */
import { writeGeneratedCsv } from "./generated-csv.js";

const [size = "10000", directory = "/tmp/weave-generated"] = process.argv.slice(2);
writeGeneratedCsv(Number(size), directory);
console.log(`wrote ${directory}/nodes.csv and ties.csv`);
