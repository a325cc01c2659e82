/**
 * Generates the synthetic sample neighbourhood "Weverskwartier" (data/sample/README.md tells its story):
 *
 *   npx tsx scripts/sample/generate.ts [folder]      (default: data/sample)
 *
 * Deterministic (one seeded mulberry32 stream, no Date, no Math.random): it writes the same bytes every run.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeNetworkCsv } from "../../src/io/index.js";
import { checkNetwork, type Network, recordIssuesToError } from "../../src/model/index.js";
import { addActors } from "./actors.js";
import { SampleBuilder } from "./builder.js";
import { addGroupTies } from "./group-ties.js";
import { addInstitutionTies } from "./institution-ties.js";
import { addResidentTies } from "./resident-ties.js";

const DEFAULT_FOLDER = fileURLToPath(new URL("../../data/sample/", import.meta.url));

/** The sample network, checked against Weave's model: it throws a ValidationError if any record breaks it. */
function generateSample(): Network {
  const builder = new SampleBuilder();
  addActors(builder);
  addResidentTies(builder);
  addGroupTies(builder);
  addInstitutionTies(builder);
  const network = builder.network();
  const issues = checkNetwork(network);
  if (issues.length > 0) throw recordIssuesToError(issues, "generated sample");
  return network;
}

/** Writes nodes.csv and ties.csv into `folder` (made if missing) and returns the network written. */
export function writeSample(folder: string): Network {
  const network = generateSample();
  const csv = writeNetworkCsv(network);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "nodes.csv"), csv.nodes);
  writeFileSync(join(folder, "ties.csv"), csv.ties);
  return network;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = resolve(process.argv[2] ?? DEFAULT_FOLDER);
  const network = writeSample(folder);
  console.log(`wrote ${network.actors.length} actors and ${network.ties.length} ties to ${folder}`);
}
